"""An editor panel whose contents other apps supply, so lettings imports none of them."""

from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.panels import Panel

# Functions registered under this name are called as `fn(letting, request)` and return
# a component to show in the letting's editor, or None.
EDITOR_PANEL_HOOK = "construct_letting_editor_panel"


class HookedPanel(Panel):
    """Read-only: each component a hook under `hook_name` gives, hidden when none does."""

    def __init__(self, hook_name, **kwargs):
        super().__init__(**kwargs)
        self.hook_name = hook_name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "hook_name": self.hook_name}

    @property
    def clean_name(self):
        return super().clean_name or self.hook_name

    class BoundPanel(Panel.BoundPanel):
        template_name = "lettings/panels/hooked_panel.html"

        @cached_property
        def components(self):
            if self.instance is None or self.instance.pk is None:
                return []
            found = (
                fn(self.instance, self.request)
                for fn in hooks.get_hooks(self.panel.hook_name)
            )
            return [component for component in found if component is not None]

        def is_shown(self):
            return bool(self.components) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["components"] = self.components
            return context
