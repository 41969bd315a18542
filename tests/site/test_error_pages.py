"""Errors answer with designed pages, never Django's debug or bare pages."""

from django.template.loader import render_to_string
from pytest_django.asserts import assertContains, assertInHTML


def test_server_error_page_stands_alone():
    html = render_to_string("500.html")
    assertInHTML("<h1>Something went wrong on our side</h1>", html)
    assertInHTML('<meta name="robots" content="noindex">', html)


def test_unknown_path_is_a_404_page(client, db):
    response = client.get("/no/such/page/")
    assertContains(
        response,
        '<li><a href="/lettings/">Browse all lettings</a></li>',
        status_code=404,
        html=True,
    )
