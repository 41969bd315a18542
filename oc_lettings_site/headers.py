"""Response headers every page carries: Permissions-Policy, and the admin's own CSP.

Our pages get the strict policy of `CONTENT_SECURITY_POLICY`. Wagtail's admin is
Wagtail's code: it gets `ADMIN_CONTENT_SECURITY_POLICY`, enforced, and the strict
policy report-only beside it (see the README's security section for what the admin
still needs and why).
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """The site's policy on our pages, the admin's on /admin/, and frame-ancestors
    saying what X-Frame-Options says (the preview panel's frames are SAMEORIGIN)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and not parts.config:
            policy = (
                settings.CONTENT_SECURITY_POLICY
                if report_only
                else settings.ADMIN_CONTENT_SECURITY_POLICY
            )
            parts.config = policy["DIRECTIVES"]
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


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
