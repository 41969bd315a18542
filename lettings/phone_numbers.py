"""Phone numbers as links: `tel:` wants E.164 (+, country code, digits), which every
phone dials from anywhere; the enquiry details hold the number as editors write it."""

import re

NANP_COUNTRY_CODE = "1"


def e164(phone):
    """`phone` in E.164, or None when it is not clearly a number. Without a leading "+"
    it is taken as North American: ten digits, or eleven starting with the 1."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return f"+{digits}" if 8 <= len(digits) <= 15 else None
    if len(digits) == 10:
        return f"+{NANP_COUNTRY_CODE}{digits}"
    if len(digits) == 11 and digits.startswith(NANP_COUNTRY_CODE):
        return f"+{digits}"
    return None
