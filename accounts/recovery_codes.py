"""Recovery codes: ten one-time codes that stand in for the authenticator app.

Made (and remade) only from a session already verified with the app, shown once, kept
as django-otp static tokens; the two-factor form accepts one in place of an app code,
and each works once.
"""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

CODE_COUNT = 10
DEVICE_NAME = "Recovery codes"


def make_codes(user):
    """Replace the user's recovery codes with fresh ones, and return them."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=DEVICE_NAME)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def remaining_codes(user):
    return StaticToken.objects.filter(
        device__user=user, device__name=DEVICE_NAME
    ).count()


@require_http_methods(["GET", "POST"])
def recovery_codes_view(request):
    user = request.user
    can_make = user.is_verified() and user_has_device(user, confirmed=True)
    codes = make_codes(user) if request.method == "POST" and can_make else []
    context = {"can_make": can_make, "codes": codes, "remaining": remaining_codes(user)}
    return TemplateResponse(request, "accounts/recovery_codes.html", context)
