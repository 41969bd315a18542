"""The admin form of a profile."""

from wagtail.admin.forms import WagtailAdminModelForm


class ProfileForm(WagtailAdminModelForm):
    """The member is chosen when the profile is made and stays: the profile's public
    address is the member's username, and its revisions and share links are theirs.
    Once saved, the field is left out, so no posted value can move the profile."""

    set_once_fields = ("user",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            for name in self.set_once_fields:
                self.fields.pop(name, None)
