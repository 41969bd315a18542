"""The "Request a viewing" form on every letting page."""

import re

from django import forms
from django.core.validators import RegexValidator

from .models import Enquiry
from .stamps import new_stamp

MAX_LINKS = 2
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
# Newlines and other control characters: never in a name that ends up in an email.
NO_CONTROL_CHARACTERS = RegexValidator(
    r"^[^\x00-\x1f\x7f]*\Z", "Use letters, spaces and punctuation only."
)


class EnquiryForm(forms.ModelForm):
    # The honeypot: hidden from people by CSS and aria-hidden, filled by robots.
    website = forms.CharField(required=False, label="Leave this field empty")
    stamp = forms.CharField(widget=forms.HiddenInput, initial=new_stamp)
    consent = forms.BooleanField(
        label="I agree that OC Lettings keeps these details to answer my request."
    )

    class Meta:
        model = Enquiry
        fields = ["name", "email", "phone", "preferred_times", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "preferred_times": forms.TextInput(
                attrs={"placeholder": "e.g. weekday evenings, Saturday morning"}
            ),
            "message": forms.Textarea(attrs={"rows": 5}),
        }
        labels = {"phone": "Phone (optional)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].validators.append(NO_CONTROL_CHARACTERS)
        self.fields["phone"].validators.append(
            RegexValidator(r"^[0-9 +().-]*\Z", "Use digits, spaces and + ( ) - only.")
        )
        self.fields["preferred_times"].validators.append(NO_CONTROL_CHARACTERS)
        self.fields["preferred_times"].label = "Preferred days and times (optional)"

    def clean_message(self):
        message = self.cleaned_data["message"]
        if len(LINK.findall(message)) > MAX_LINKS:
            raise forms.ValidationError(
                f"Please include at most {MAX_LINKS} links in your message."
            )
        return message

    def is_robot(self):
        """The honeypot was filled: a robot, whatever else it sent."""
        return bool(self.data.get("website"))
