"""Response headers every page carries: Permissions-Policy, and the admin's own CSP.

Our pages get the strict policy of `CONTENT_SECURITY_POLICY`. Wagtail's admin is
Wagtail's code: it gets `ADMIN_CONTENT_SECURITY_POLICY`, enforced, and the strict
policy report-only beside it (see the README's security section for what the admin
still needs and why).
"""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """The site's policy on our pages, the admin's on /admin/, and frame-ancestors
    saying what X-Frame-Options says.

    Wagtail renders a preview by running a request for the page's own URL through the
    middleware, so the preview panel's frame carries our pages' policy (as it should:
    it shows the page as visitors get it), and the preview view then marks the answer
    SAMEORIGIN; the frame-ancestors of the policy already written follow that here.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and not parts.config:
            policy = (
                settings.CONTENT_SECURITY_POLICY
                if report_only
                else settings.ADMIN_CONTENT_SECURITY_POLICY
            )
            parts.config = policy["DIRECTIVES"]
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            for header in (HEADER, HEADER_REPORT_ONLY):
                if header in response:
                    response[header] = response[header].replace(
                        "frame-ancestors 'none'", "frame-ancestors 'self'"
                    )
        return response


class PermissionsPolicyMiddleware:
    """Switch off the browser features no page of ours uses, on every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
