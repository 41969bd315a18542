"""wagtail-2fa's own first migration, with the dependencies it forgot.

The packaged one creates the `wagtailadmin.enable_2fa` permission but declares no
dependency, so Django may run it before the content types and permissions exist and it
fails ("No installed app with label 'contenttypes'"). MIGRATION_MODULES points
wagtail_2fa here; the name and the effect are the package's.
"""

from django.db import migrations


def create_permission(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    admin, _ = ContentType.objects.get_or_create(
        app_label="wagtailadmin", model="admin"
    )
    Permission.objects.get_or_create(
        content_type=admin, codename="enable_2fa", defaults={"name": "Enable 2FA"}
    )


def remove_permission(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_permission, remove_permission)]
