"""The public side of share links: `/share/<token>/`, no account needed."""

from django.http import Http404
from django.views.decorators.http import require_safe

from .drafts import DraftBanner, render_draft
from .models import ShareLink


@require_safe
def share_link(request, token):
    """The shared revision, read-only; the site's 404 page for any token that is
    tampered with, unknown, expired or revoked."""
    link = ShareLink.objects.from_token(token)
    if link is None:
        raise Http404("No such share link.")
    banner = DraftBanner(link.revision, link_expires_at=link.expires_at)
    return render_draft(request, link.revision, banner)
