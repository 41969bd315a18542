"""wagtail-2fa's code form, fixed for django-otp 1.7.

django-otp 1.7 no longer tries every device of the user in turn: the form must name the
device a code is for, and wagtail-2fa 1.8's form names none, so every code failed
("Please select a device"). A code of the app's length in digits is for the
authenticator app; anything else is tried as a recovery code.
"""

from django import forms
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import views as wagtail_2fa_views


def device_for(user, token):
    app = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if app and token.isdigit() and len(token) == app.digits:
        return app
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


class TokenForm(wagtail_2fa_forms.TokenForm):
    def clean(self):
        token = (self.cleaned_data.get("otp_token") or "").strip()
        device = device_for(self.user, token)
        if device is None:
            raise forms.ValidationError(
                "Enter the code your authenticator app shows, or a recovery code."
            )
        self.cleaned_data["otp_device"] = device.persistent_id
        return super().clean()


class LoginView(wagtail_2fa_views.LoginView):
    form_class = TokenForm
