"""Shared helpers for the enquiry tests: a valid post, with a stamp old enough."""

import time

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client

from enquiries.stamps import MIN_FILL_SECONDS, new_stamp
from tests.factories import UserFactory
from tests.signin import verified_login


def valid_data(**overrides):
    data = {
        "name": "Rosa Díaz",
        "email": "rosa@example.com",
        "phone": "(949) 555 0123",
        "preferred_times": "Saturday morning",
        "message": "Could I see the house this weekend?",
        "consent": "on",
        "website": "",
        "stamp": new_stamp(time.time() - MIN_FILL_SECONDS - 1),
    }
    data.update(overrides)
    return data


def enquire_url(letting):
    return letting.url + "enquire/"


def thanks_url(letting):
    return letting.url + "enquire/thanks/"


def post_enquiry(client, letting, **overrides):
    return client.post(enquire_url(letting), valid_data(**overrides))


def form_of(response):
    """The enquiry form of a page, parsed."""
    page = BeautifulSoup(response.content, "html.parser")
    return page.select_one("#request-a-viewing form")


def error_for(form, name):
    """The error text tied to field `name` by aria-describedby, or None."""
    field = form.find(attrs={"name": name})
    for described_by in (field.get("aria-describedby") or "").split():
        element = form.find(id=described_by)
        if element is not None and "errorlist" in (element.get("class") or []):
            return element.get_text(" ", strip=True)
    return None


def signed_in(*group_names, **user_fields):
    """A client signed in to the admin as a staff member of `group_names`."""
    user = UserFactory(is_staff=True, **user_fields)
    user.groups.set(Group.objects.filter(name__in=group_names))
    return verified_login(Client(), user), user
