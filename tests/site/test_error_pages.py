"""Errors answer with designed pages, never Django's debug or bare pages."""

from django.template.loader import render_to_string


def test_server_error_page_stands_alone():
    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
    assert 'name="robots" content="noindex"' in html


def test_unknown_path_is_a_404_page(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert 'href="/lettings/"' in response.content.decode()
