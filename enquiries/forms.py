"""The "Request a viewing" form on every letting page."""

import re
from datetime import timedelta

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone

from .models import PREFERRED_DATE_FIELDS, Enquiry
from .stamps import PLACEHOLDER

MAX_LINKS = 2
# How far ahead a visitor may ask for a viewing.
PREFERRED_DATE_HORIZON = timedelta(days=365)
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
# Newlines and other control characters: never in a name that ends up in an email.
NO_CONTROL_CHARACTERS = RegexValidator(
    r"^[^\x00-\x1f\x7f]*\Z", "Use letters, spaces and punctuation only."
)


class EnquiryForm(forms.ModelForm):
    # The honeypot: hidden from people by CSS and aria-hidden, filled by robots.
    website = forms.CharField(required=False, label="Leave this field empty")
    # Made in each response that carries the form (stamps.py says why).
    stamp = forms.CharField(widget=forms.HiddenInput, initial=PLACEHOLDER)
    consent = forms.BooleanField(
        label="I agree that OC Lettings keeps these details to answer my request."
    )

    class Meta:
        model = Enquiry
        fields = [
            "name",
            "email",
            "phone",
            "preferred_times",
            *PREFERRED_DATE_FIELDS,
            "message",
        ]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "preferred_times": forms.TextInput(
                attrs={"placeholder": "e.g. weekday evenings, Saturday morning"}
            ),
            "message": forms.Textarea(attrs={"rows": 5}),
            **{
                name: forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
                for name in PREFERRED_DATE_FIELDS
            },
        }
        labels = {
            "phone": "Phone (optional)",
            "preferred_date_1": "First choice (optional)",
            "preferred_date_2": "Second choice (optional)",
            "preferred_date_3": "Third choice (optional)",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].validators.append(NO_CONTROL_CHARACTERS)
        self.fields["phone"].validators.append(
            RegexValidator(r"^[0-9 +().-]*\Z", "Use digits, spaces and + ( ) - only.")
        )
        self.fields["preferred_times"].validators.append(NO_CONTROL_CHARACTERS)
        self.fields["preferred_times"].label = "Preferred days and times (optional)"
        tomorrow = timezone.localdate() + timedelta(days=1)
        for name in PREFERRED_DATE_FIELDS:
            self.fields[name].widget.attrs["min"] = tomorrow.isoformat()
            self.fields[name].error_messages[
                "invalid"
            ] = "Enter a real date, as year-month-day."

    def clean(self):
        cleaned_data = super().clean()
        tomorrow = timezone.localdate() + timedelta(days=1)
        for name in PREFERRED_DATE_FIELDS:
            chosen = cleaned_data.get(name)
            if chosen is None:
                continue
            if chosen < tomorrow:
                self.add_error(name, "Choose a day from tomorrow on.")
            elif chosen > tomorrow + PREFERRED_DATE_HORIZON:
                self.add_error(name, "Choose a day within the next twelve months.")
        return cleaned_data

    def preferred_date_fields(self):
        return [self[name] for name in PREFERRED_DATE_FIELDS]

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
