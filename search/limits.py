"""How much ranking work one request may cost, whatever the database."""

# Suggestions rank at most this many of the entries whose words start like the query: a
# short prefix ("be") matches nearly every letting, and ranking them all to show five
# grew with the catalogue.
SUGGESTION_CANDIDATES = 200
