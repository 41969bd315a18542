"""The address a request came from, as the sign-in throttling counts it.

Behind Heroku's router the connection comes from the router, which appends the address
it saw to X-Forwarded-For; whatever stands before that was written by the client and
may be forged. So exactly `FORWARDED_FOR_HOPS` entries from the right are trusted (1 on
Heroku), and with 0 (no proxy in front, e.g. a plain `docker run`) only the socket's
own address is.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    hops = settings.FORWARDED_FOR_HOPS
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if hops and len(forwarded) >= hops:
        candidate = forwarded[-hops]
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")
