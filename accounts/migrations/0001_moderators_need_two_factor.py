"""Moderators publish: they must sign in with two-factor authentication.

wagtail-2fa requires a second factor of whoever holds `wagtailadmin.enable_2fa`
(superusers hold every permission); others may add one. Idempotent.
"""

from django.db import migrations

ROLE = "Moderators"


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    )
    Group.objects.get(name=ROLE).permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get(name=ROLE).permissions.remove(
        *Group.objects.get(name=ROLE).permissions.filter(codename="enable_2fa")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_roles"),
        ("wagtail_2fa", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
