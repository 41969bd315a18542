"""The one way tests sign someone in to the admin: `verified_login`.

Superusers and Moderators must pass two-factor authentication, so a plain
`force_login` or a password alone no longer reaches the admin for them. `verified_login`
gives the person an authenticator (a confirmed TOTP device) when they have none, and:

- with Django's test `Client`, logs them in and marks the session verified, as
  django-otp does after a correct code;
- with a Playwright `Page`, signs in through the login form with `PASSWORD` and, when
  the two-factor form follows, types the app's current code, as a person would.

Everyone else (Editors, Marketing) is signed in the same way and never asked for a code.
"""

import time

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY, user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "correct-horse-battery-staple"


def needs_second_factor(user):
    return user.is_superuser or user.has_perm("wagtailadmin.enable_2fa")


def authenticator(user):
    """The user's authenticator app, made (confirmed) when they have none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)


def current_code(device):
    """What the app shows now; one step on if that code was already used."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        totp.drift += device.last_t + 1 - totp.t()
    return f"{totp.token():0{device.digits}d}"


def verified_login(session, user):
    """Sign `user` in, second factor included when their role requires it.

    `session` is a Django test `Client` or a Playwright `Page`; returns it.
    """
    device = authenticator(user) if needs_second_factor(user) else None
    if isinstance(session, Client):
        session.force_login(user)
        if device or user_has_device(user, confirmed=True):
            device = device or authenticator(user)
            stored = session.session
            stored[DEVICE_ID_SESSION_KEY] = device.persistent_id
            stored.save()
        return session
    session.goto("/admin/login/")
    session.fill("#id_username", user.username)
    session.fill("#id_password", PASSWORD)
    session.click("button[type=submit]")
    if device:
        session.wait_for_url("**/admin/2fa/auth**")
        session.fill("#id_otp_token", current_code(device))
        session.click("button[type=submit]")
    session.wait_for_url("**/admin/")
    return session
