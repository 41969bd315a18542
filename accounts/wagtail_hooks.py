from django.urls import path, reverse
from wagtail import hooks

from .recovery_codes import recovery_codes_view
from .two_factor import LoginView


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        # Ahead of wagtail-2fa's own view at the same address (accounts is installed
        # first, so its hook runs first): the same view with a working form.
        path("2fa/auth", LoginView.as_view(), name="wagtail_2fa_auth"),
        path(
            "account/recovery-codes/",
            recovery_codes_view,
            name="accounts_recovery_codes",
        ),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("accounts_recovery_codes"),
        "label": "Two-factor recovery codes",
        "help_text": "One-time codes to sign in with when your phone is not at hand.",
    }
