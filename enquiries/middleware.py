"""The enquiry form posts without a CSRF token.

Letting pages are cached for every anonymous visitor (pagecache/), so a per-visitor
token cannot be in them. A forged cross-site post could only file an enquiry, which is
what the form is for; what keeps robots and floods out is the signed timestamp, the
honeypot and the rate limits (enquiries/spam.py). Only POSTs to a page's `enquire/`
sub-route through Wagtail's page view are exempt; no other view is.
"""

from wagtail import views as wagtail_views

ENQUIRE_SUFFIX = "/enquire/"


class EnquiryFormCsrfExemptMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            request.method == "POST"
            and view_func is wagtail_views.serve
            and request.path.endswith(ENQUIRE_SUFFIX)
        ):
            request._dont_enforce_csrf_checks = True
