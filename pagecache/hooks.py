"""The seam for parts of a cached page that must be new in every response.

A function registered with Wagtail's hooks under `HOOK_NAME` is called as
`fn(request, body)` for every page body the middleware sends, from the cache or not, and
returns the body to send instead, or None to leave it. A template renders a placeholder
once; the hook swaps it for the fresh value (a signed timestamp, say) in each response.
A rewritten body is this response's alone: it goes out with `Cache-Control: private,
no-cache`, so no shared cache (a CDN) keeps it, while the page cache keeps the body with
the placeholder. Answered from a cache entry, it carries the entry's ETag made weak: the
browser's conditional GET gets a 304 while the page is unchanged, and keeps the value of
its own first fetch. Rendered without the cache (a visitor with a session, a page that is
not stored), it carries no validator.
"""

from wagtail import hooks

HOOK_NAME = "rewrite_page_body"


def rewritten(request, body):
    """`body` after every registered hook, or None if none changed it."""
    changed = None
    for rewrite in hooks.get_hooks(HOOK_NAME):
        new_body = rewrite(request, changed if changed is not None else body)
        if new_body is not None:
            changed = new_body
    return changed
