from django import forms
from django.conf import settings

MAX_SHARE_LINK_DAYS = 90


class ShareLinkForm(forms.Form):
    valid_for_days = forms.IntegerField(
        label="Link works for (days)",
        min_value=1,
        max_value=MAX_SHARE_LINK_DAYS,
        help_text=f"From 1 to {MAX_SHARE_LINK_DAYS} days. It can be revoked at any time.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["valid_for_days"].initial = settings.SHARE_LINK_DEFAULT_DAYS
