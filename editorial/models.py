"""Share links: a signed, expiring address that shows one draft revision to anyone."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone

TOKEN_SALT = (
    "editorial.share-link"  # noqa: S105 (a namespace for signing, not a secret)
)


def new_key():
    return secrets.token_urlsafe(24)


def default_expiry():
    return timezone.now() + timedelta(days=settings.SHARE_LINK_DEFAULT_DAYS)


class ShareLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())

    def from_token(self, token):
        """The active link `token` opens, or None if it is tampered, unknown or spent."""
        try:
            key = signing.Signer(salt=TOKEN_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return self.active().select_related("revision").filter(key=key).first()


class ShareLink(models.Model):
    """A link to one revision of a letting or profile, for people without an account.

    The token in the URL is a random key signed with SECRET_KEY: guessing it needs both
    the key (192 random bits) and the secret.
    """

    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="share_links"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=default_expiry)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        permissions = [
            ("view_draft", "Can view the drafts of every letting and profile")
        ]

    def __str__(self):
        return f"{self.shared_object_title} (revision {self.revision_id})"

    def get_absolute_url(self):
        return reverse("share_link", kwargs={"token": self.token})

    @property
    def shared_object_title(self):
        return self.revision.object_str

    @property
    def token(self):
        return signing.Signer(salt=TOKEN_SALT).sign(self.key)

    @property
    def is_active(self):
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def status(self):
        if self.revoked_at:
            return "Revoked"
        return "Active" if self.is_active else "Expired"

    def revoke(self):
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])
