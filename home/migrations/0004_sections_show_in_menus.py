"""The main menu is made from the pages shown in menus: the two sections are."""

from django.db import migrations

SECTIONS = [("lettings", "LettingIndexPage"), ("profiles", "ProfileIndexPage")]


def show_sections_in_menus(apps, schema_editor):
    for app_label, model_name in SECTIONS:
        apps.get_model(app_label, model_name).objects.update(show_in_menus=True)


def hide_sections_from_menus(apps, schema_editor):
    for app_label, model_name in SECTIONS:
        apps.get_model(app_label, model_name).objects.update(show_in_menus=False)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_site_skeleton")]

    operations = [
        migrations.RunPython(show_sections_in_menus, hide_sections_from_menus)
    ]
