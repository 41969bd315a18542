"""Admin panels of the profiles app."""

from django.utils.text import capfirst
from wagtail.admin.panels import FieldPanel


class SetOnceFieldPanel(FieldPanel):
    """An editable field while the object is new, shown as text once it is saved
    (when the form, such as ProfileForm, leaves the field out)."""

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            saved = self.instance is not None and self.instance.pk is not None
            if self.form is not None and self.bound_field is None and saved:
                self.read_only = True
                field = self.panel.db_field
                self.heading = self.panel.heading or capfirst(field.verbose_name)
                self.help_text = self.panel.help_text or capfirst(field.help_text)
