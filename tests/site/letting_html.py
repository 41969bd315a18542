"""Reading a letting page and its cards as a visitor's browser would: parsed HTML."""

from bs4 import BeautifulSoup


def parsed_page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def facts(container):
    """{term: description} of the first fact list in `container`."""
    fact_list = container.select_one("dl.facts")
    return {
        item.dt.get_text(strip=True): item.dd.get_text(" ", strip=True)
        for item in fact_list.find_all("div", recursive=False)
    }


def cards(html):
    return html.select("article.card")


def card_titles(section):
    return [title.get_text(strip=True) for title in section.select(".card__title")]
