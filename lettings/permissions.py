"""What an editor may do with a letting, without a query per letting on admin listings.

Wagtail lets someone who may change but not publish delete a page only if no page among
it and its descendants is live, and asks the database that for every page, every time
(the "All lettings" listing asked it twice a row). A letting never has subpages: the
answer is whether it is live, which the row already holds.
"""

from wagtail.models import PagePermissionTester


class LettingPermissionTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        if self.asks_about_live_descendants():
            return not self.page.live
        return super().can_delete(ignore_bulk)

    def asks_about_live_descendants(self):
        """Whether Wagtail's `can_delete` would come down to its descendants query."""
        user = self.user
        if not user.is_active or user.is_superuser or not self.page.is_leaf():
            return False
        return "change" in self.permissions and "publish" not in self.permissions
