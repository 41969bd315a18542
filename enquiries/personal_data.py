"""What the law asks of the enquiries we keep: anonymise when old, export and erase
everything about one email address on request."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .models import Enquiry

ANONYMOUS = {
    "name": "(anonymised)",
    "email": "anonymised@invalid",
    "phone": "",
    "preferred_times": "",
    "preferred_date_1": None,
    "preferred_date_2": None,
    "preferred_date_3": None,
    "message": "(anonymised)",
    "notes": "",
}
EXPORTED_FIELDS = [
    "created_at",
    "name",
    "email",
    "phone",
    "preferred_times",
    "preferred_date_1",
    "preferred_date_2",
    "preferred_date_3",
    "message",
    "status",
]


def anonymise_older_than(days=None):
    """Anonymise enquiries received more than `days` ago; how many were."""
    days = settings.ENQUIRY_RETENTION_DAYS if days is None else days
    cutoff = timezone.now() - timedelta(days=days)
    due = Enquiry.objects.filter(created_at__lt=cutoff, anonymised_at__isnull=True)
    return due.update(**ANONYMOUS, anonymised_at=timezone.now())


def enquiries_of(email):
    return Enquiry.objects.filter(email__iexact=email.strip())


def export_for(email):
    """Everything we hold about `email`, as plain data (a subject access request)."""
    return [
        {
            **{name: str(getattr(enquiry, name)) for name in EXPORTED_FIELDS},
            "letting": enquiry.letting.title,
        }
        for enquiry in enquiries_of(email).select_related("letting")
    ]


@transaction.atomic
def erase_for(email):
    """Delete every enquiry from `email` and their history; how many there were."""
    enquiries = enquiries_of(email)
    ids = [str(pk) for pk in enquiries.values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(
        content_type__app_label="enquiries", object_id__in=ids
    ).delete()
    count, _ = enquiries.delete()
    return count
