"""Who may read drafts and who may share them, as one Wagtail permission policy."""

from django.contrib.auth import get_permission_codename, get_user_model
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy


class SharingPermissionPolicy(ModelPermissionPolicy):
    """The share-link rights (add, change, delete, view), plus "view_draft": reading
    the saved revisions of every letting and profile, a right of its own kept on the
    ShareLink model. A link shows a draft to anyone, so "add" also takes "view_draft".
    """

    extra_rights = {"view_draft": ("view_draft",)}

    def rights_for(self, action):
        """The permission codenames a user needs, all of them, to do `action`."""
        if action in self.extra_rights:
            return self.extra_rights[action]
        codename = get_permission_codename(action, self.model._meta)
        if action == "add":
            return (codename, *self.extra_rights["view_draft"])
        return (codename,)

    def user_has_permission(self, user, action):
        return user.has_perms(
            [f"{self.app_label}.{codename}" for codename in self.rights_for(action)]
        )

    def users_with_permission(self, action):
        users = get_user_model().objects.filter(is_active=True)
        for codename in self.rights_for(action):
            users = users.filter(
                pk__in=self._get_users_with_any_permission_codenames([codename])
            )
        return users

    def users_with_any_permission(self, actions):
        having_any = Q(pk__in=[])
        for action in actions:
            having_any |= Q(pk__in=self.users_with_permission(action))
        return get_user_model().objects.filter(having_any)


sharing_policy = SharingPermissionPolicy("editorial.ShareLink")
