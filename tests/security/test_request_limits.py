"""Oversized requests are refused (413) before anything reads them; big form fields
are a 400; uploads have their own, larger ceiling."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from pytest_django.asserts import assertContains

pytestmark = pytest.mark.django_db


def post_of_size(client, path, size, **extra):
    return client.generic(
        "POST",
        path,
        b"x" * size,
        content_type="application/octet-stream",
        **extra,
    )


def test_a_request_larger_than_the_cap_is_413_without_being_read(client, settings):
    response = post_of_size(
        client, "/admin/login/", settings.REQUEST_BODY_MAX_BYTES + 1
    )

    assertContains(
        response, "<h1>That was too large to send</h1>", status_code=413, html=True
    )


def test_a_large_multipart_login_is_refused(client, settings):
    big_file = b"x" * (settings.REQUEST_BODY_MAX_BYTES + 1024)
    response = client.post(
        "/admin/login/",
        {"username": "a", "password": "b", "f": SimpleUploadedFile("f.bin", big_file)},
    )

    assert response.status_code == 413


def test_a_request_at_the_cap_goes_through(client, settings):
    response = post_of_size(client, "/healthz/", settings.REQUEST_BODY_MAX_BYTES)

    assert response.status_code == 405  # healthz refuses POST: it was not capped


@override_settings(REQUEST_BODY_MAX_BYTES=10 * 1024 * 1024)
def test_form_fields_beyond_djangos_memory_cap_are_a_400(client, settings):
    field = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)

    response = client.post("/admin/login/", {"username": field, "password": "p"})

    assert response.status_code == 400


def test_upload_views_have_their_own_ceiling(client, settings):
    size = settings.REQUEST_BODY_MAX_BYTES + 1
    assert size <= settings.UPLOAD_REQUEST_MAX_BYTES

    allowed = post_of_size(client, "/admin/images/multiple/add/", size)
    refused = post_of_size(
        client, "/admin/images/multiple/add/", settings.UPLOAD_REQUEST_MAX_BYTES + 1
    )

    assert allowed.status_code == 302  # to the login page: not refused for its size
    assert refused.status_code == 413
