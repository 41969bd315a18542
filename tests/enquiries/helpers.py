"""Shared helpers for the enquiry tests: a valid post, with a stamp old enough."""

import time

from enquiries.stamps import MIN_FILL_SECONDS, new_stamp


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
