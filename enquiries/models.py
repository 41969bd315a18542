"""Enquiries: a renter asks to view a letting; the lettings team works the request."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.models import PrivacyNoticePage
from lettings.models import LettingPage

PREFERRED_DATE_FIELDS = ["preferred_date_1", "preferred_date_2", "preferred_date_3"]


class EnquiryQuerySet(models.QuerySet):
    def received(self):
        """Every enquiry but those the team marked as spam: what the counts count."""
        return self.exclude(status=Enquiry.Status.SPAM)


class Enquiry(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        VIEWING_BOOKED = "viewing_booked", "Viewing booked"
        CLOSED = "closed", "Closed"
        SPAM = "spam", "Spam"

    letting = models.ForeignKey(
        LettingPage, on_delete=models.CASCADE, related_name="enquiries"
    )
    name = models.CharField(max_length=100)
    email = models.EmailField()
    phone = models.CharField(max_length=32, blank=True)
    preferred_times = models.CharField(
        "preferred days and times", max_length=200, blank=True
    )
    preferred_date_1 = models.DateField("first preferred date", null=True, blank=True)
    preferred_date_2 = models.DateField("second preferred date", null=True, blank=True)
    preferred_date_3 = models.DateField("third preferred date", null=True, blank=True)
    message = models.TextField(max_length=2000)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_enquiries",
        limit_choices_to={"is_active": True, "is_staff": True},
    )
    notes = models.TextField(blank=True, help_text="For the team only.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = EnquiryQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("letting", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("name", read_only=True),
                        FieldPanel("email", read_only=True),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("phone", read_only=True),
                        FieldPanel("preferred_times", read_only=True),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel(name, read_only=True) for name in PREFERRED_DATE_FIELDS]
                ),
                FieldPanel("message", read_only=True),
            ],
            heading="Request",
        ),
        FieldRowPanel([FieldPanel("status"), FieldPanel("assignee")]),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "enquiries"
        permissions = [
            ("view_enquiry_counts", "Can see how many enquiries there are, no details")
        ]

    def __str__(self):
        # Shown in the admin's history and log entries: never the visitor's details.
        return f"Enquiry {self.pk} about {self.letting.title}"

    def preferred_dates(self):
        """The dates the visitor chose, in the order they gave them."""
        dates = (getattr(self, name) for name in PREFERRED_DATE_FIELDS)
        return [date for date in dates if date is not None]


@register_setting(icon="doc-full")
class PrivacyNoticeSettings(BaseSiteSetting):
    """Which page is the privacy notice the enquiry form and the footer link to."""

    privacy_notice = models.ForeignKey(
        PrivacyNoticePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from the enquiry form's consent line and the site's footer.",
    )

    panels = [FieldPanel("privacy_notice")]
    # The page comes with the setting: the footer costs one query on every page.
    select_related = ["privacy_notice"]

    class Meta:
        verbose_name = "privacy notice"
