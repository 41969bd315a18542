"""Reading answers as a browser would: parsed HTML, never substrings of the bytes."""

from bs4 import BeautifulSoup


def parsed(response, status_code=200):
    assert response.status_code == status_code
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    """The text of each element, with its white space collapsed."""
    return [" ".join(element.get_text(" ").split()) for element in elements]


def listing_rows(response):
    """The text of each row of an admin listing's table."""
    return texts(parsed(response).select("table.listing tbody tr"))


def listing_row_links(response):
    """The address of every link in an admin listing's rows."""
    return {
        link["href"] for link in parsed(response).select("table.listing tbody tr a")
    }
