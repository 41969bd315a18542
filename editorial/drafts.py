"""Showing a saved revision of a letting or profile exactly as its live page would."""

from dataclasses import dataclass
from datetime import datetime

from django.http import Http404
from django.utils.cache import patch_cache_control
from wagtail.models import Revision

from .shareable import SHAREABLE_MODELS


@dataclass(frozen=True)
class DraftBanner:
    """What the "Unpublished draft" banner says above a rendered revision."""

    revision: Revision
    link_expires_at: datetime | None = None


def revision_as_object(revision):
    """The letting or profile as saved in `revision`; a 404 for anything else."""
    if not isinstance(revision.content_object, SHAREABLE_MODELS):
        raise Http404("Only lettings and profiles can be shown as drafts.")
    return revision.as_object()


def render_draft(request, revision, banner, mode=None):
    """Render `revision` through Wagtail's preview machinery: the live page's template
    and context, with the draft banner, and headers that keep it out of caches and
    search engines."""
    draft = revision_as_object(revision)
    if mode is None:
        mode = draft.default_preview_mode
    if mode not in dict(draft.preview_modes):
        raise Http404("Unknown preview mode.")
    response = draft.make_preview_request(request, mode, {"draft_banner": banner})
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response
