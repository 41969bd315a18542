from wagtail import hooks
from wagtail.log_actions import LogFormatter

from lettings.models import LettingPage
from lettings.panels import EDITOR_PANEL_HOOK
from lettings.wagtail_hooks import LISTING_COLUMNS_HOOK
from pagecache.hooks import HOOK_NAME as REWRITE_PAGE_BODY_HOOK

from .counts import count_column, letting_panel
from .models import Enquiry
from .panels import EnquiriesPanel, may_see_counts
from .stamps import stamp_body
from .views import enquire, enquire_thanks
from .viewsets import STATUS_CHANGE, EnquiryViewSet

hooks.register(LettingPage.ENQUIRE_HOOK, enquire)
hooks.register(LettingPage.ENQUIRE_THANKS_HOOK, enquire_thanks)
hooks.register(LISTING_COLUMNS_HOOK, count_column)
hooks.register(EDITOR_PANEL_HOOK, letting_panel)
hooks.register(REWRITE_PAGE_BODY_HOOK, stamp_body)


@hooks.register("register_admin_viewset")
def register_enquiry_viewset():
    return EnquiryViewSet()


@hooks.register("construct_homepage_panels")
def add_enquiries_panel(request, panels):
    if may_see_counts(request.user):
        panels.append(EnquiriesPanel())


@hooks.register("register_log_actions")
def register_status_change(actions):
    @actions.register_action(STATUS_CHANGE)
    class StatusChange(LogFormatter):
        label = "Change status"

        def format_message(self, log_entry):
            labels = dict(Enquiry.Status.choices)
            data = log_entry.data or {}
            was, now = data.get("from"), data.get("to")
            return (
                f"Status changed from {labels.get(was, was)} to {labels.get(now, now)}"
            )
