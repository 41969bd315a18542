"""Enquiries: a renter asks to view a letting; the lettings team works the request."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from lettings.models import LettingPage


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
