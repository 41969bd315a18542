"""How often one client may call the API: API_THROTTLE_RATE, counted per client address
in the shared cache (every process sees the same counts)."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class ClientRateThrottle(AnonRateThrottle):
    scope = "api"

    def get_rate(self):
        # Read on each request, so the setting is the one in force (DRF's own rates
        # table is copied once, at import).
        return settings.API_THROTTLE_RATE
