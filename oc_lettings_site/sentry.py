"""Error reporting: Sentry starts only when a DSN is configured, and never sends
personal data (cookies, session, user details, client IP)."""

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration


def init_sentry(dsn, *, environment, release, traces_sample_rate, transport=None):
    """Start Sentry when `dsn` is set; return whether it started.

    `transport` replaces the network transport (the tests pass one that keeps the
    envelopes in memory).
    """
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=environment,
        # Empty means "not baked in": Sentry then guesses from the environment.
        release=release or None,
        traces_sample_rate=traces_sample_rate,
        send_default_pii=False,
        # Even without PII, Sentry would send a form's body and each frame's local
        # variables: an enquiry's name, email, phone and message among them.
        max_request_body_size="never",
        include_local_variables=False,
        transport=transport,
    )
    return True
