from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_save


class ProfilesConfig(AppConfig):
    name = "profiles"

    def ready(self):
        from .signals import reindex_profile_of_user

        post_save.connect(
            reindex_profile_of_user,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="reindex_profile_of_user",
        )
