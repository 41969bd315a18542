"""The "Lettings team" group works enquiries; Marketing may see how many there are.

Idempotent. Permissions are made here when missing because Django only creates them
after the last migration of a fresh database has run.
"""

from django.db import migrations

TEAM = "Lettings team"
GRANTS = {
    TEAM: [
        ("wagtailadmin", "admin", "access_admin"),
        ("enquiries", "enquiry", "view_enquiry"),
        ("enquiries", "enquiry", "change_enquiry"),
    ],
    "Marketing": [("enquiries", "enquiry", "view_enquiry_counts")],
}
NAMES = {
    "view_enquiry_counts": "Can see how many enquiries there are, no details",
    "view_enquiry": "Can view enquiry",
    "change_enquiry": "Can change enquiry",
    "access_admin": "Can access Wagtail admin",
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    for group_name, grants in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, model, codename in grants:
            content_type, _ = ContentType.objects.get_or_create(
                app_label=app_label, model=model
            )
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": NAMES[codename]},
            )
            group.permissions.add(permission)


def remove_team(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=TEAM).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("enquiries", "0001_enquiry"),
        ("editorial", "0002_roles"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, remove_team)]
