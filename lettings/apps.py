from django.apps import AppConfig
from django.db.models.signals import post_save


class LettingsConfig(AppConfig):
    name = "lettings"

    def ready(self):
        from .signals import reindex_lettings_at_address

        post_save.connect(
            reindex_lettings_at_address,
            sender=self.get_model("Address"),
            dispatch_uid="reindex_lettings_at_address",
        )
