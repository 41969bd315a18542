"""Page-privacy passwords, throttled like sign-ins.

Wagtail checks the password of a password-restricted page or document in a view of its
own, outside Django's authentication, so django-axes never hears of a wrong guess. This
middleware reports each wrong guess to axes as a failed sign-in of the pseudo-account
"page-privacy:<restriction>", and refuses further guesses once axes locks that
restriction (for everyone) or the guessing address (for every restriction and sign-in).
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib.auth.signals import user_login_failed

PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": "page_view_restriction_id",
    "wagtaildocs_authenticate_with_password": "restriction_id",
}


def credentials_for(url_name, view_kwargs):
    kind = "page" if url_name.startswith("wagtailcore") else "document"
    restriction_id = view_kwargs[PASSWORD_VIEWS[url_name]]
    return {"username": f"{kind}-privacy:{restriction_id}"}


class PagePasswordThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        url_name = request.resolver_match.url_name
        if request.method != "POST" or url_name not in PASSWORD_VIEWS:
            return None
        credentials = credentials_for(url_name, view_kwargs)
        if not AxesProxyHandler.is_allowed(request, credentials):
            return get_lockout_response(request, credentials=credentials)
        response = view_func(request, *view_args, **view_kwargs)
        # The form comes back (200) only when the password was wrong; right, it redirects.
        if response.status_code == 200:
            user_login_failed.send(
                sender=__name__, credentials=credentials, request=request
            )
        return response
