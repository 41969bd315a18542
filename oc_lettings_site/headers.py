"""Response headers every page carries: Permissions-Policy, and the admin's own CSP.

Our pages get the strict policy of `CONTENT_SECURITY_POLICY`. Wagtail's admin is
Wagtail's code: it gets `ADMIN_CONTENT_SECURITY_POLICY`, enforced, and the strict
policy report-only beside it (see the README's security section for what the admin
still needs and why).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not request.path_info.startswith(ADMIN_PREFIX):
            return parts
        if report_only:
            config = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
        else:
            config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return PolicyParts(
            config=parts.config or config,
            update=parts.update,
            replace=parts.replace,
            nonce=parts.nonce,
        )


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
