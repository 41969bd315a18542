"""Enquiry emails, sent by the task worker so a slow mail server never slows a visitor.

Each email is its own task: a failing team address never blocks the visitor's
acknowledgement. A failed send is retried `MAX_ATTEMPTS` times, `RETRY_DELAY` apart,
where the backend can defer (the worker's database backend); every failure is logged
with the enquiry's number only, never the visitor's details.
"""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import default_task_backend, task

from . import emails
from .models import Enquiry

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
RETRY_DELAY = timedelta(minutes=5)
BUILDERS = {
    "acknowledgement": emails.acknowledgement,
    "team_notification": emails.team_notification,
}


def enqueue_enquiry_emails(enquiry_id):
    for kind in BUILDERS:
        send_enquiry_email_task.enqueue(enquiry_id, kind, 1)


@task()
def send_enquiry_email_task(enquiry_id, kind, attempt):
    enquiry = Enquiry.objects.select_related("letting").filter(pk=enquiry_id).first()
    if enquiry is None or enquiry.anonymised_at is not None:
        return "gone"
    message = BUILDERS[kind](enquiry)
    if message is None:
        logger.warning("Enquiry %s: no team address to notify", enquiry_id)
        return "no recipient"
    try:
        message.send()
    except Exception as error:
        # The exception's class only: its text may quote an address.
        logger.warning(
            "Enquiry %s: %s email failed (attempt %s of %s): %s",
            enquiry_id,
            kind,
            attempt,
            MAX_ATTEMPTS,
            type(error).__name__,
        )
        retry(enquiry_id, kind, attempt)
        return "failed"
    return "sent"


def retry(enquiry_id, kind, attempt):
    if attempt >= MAX_ATTEMPTS:
        logger.error("Enquiry %s: %s email given up", enquiry_id, kind)
        return
    if not default_task_backend.supports_defer:
        logger.error("Enquiry %s: %s email not retried (no deferral)", enquiry_id, kind)
        return
    send_enquiry_email_task.using(run_after=timezone.now() + RETRY_DELAY).enqueue(
        enquiry_id, kind, attempt + 1
    )
