"""A fresh database gets a working skeleton: the home page as the site root, with the
lettings and profiles sections under it, so importers and editors have somewhere to
put things. Historical models know nothing of treebeard, so tree paths are set by hand.
"""

from django.db import migrations

SECTIONS = [
    ("lettings", "lettingindexpage", "Lettings", "lettings"),
    ("profiles", "profileindexpage", "Profiles", "profiles"),
]


def create_skeleton(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")
    if HomePage.objects.exists():
        return

    # Wagtail's own migrations create a placeholder "Welcome" page as the site root.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    locale = Locale.objects.order_by("pk").first()
    root = Page.objects.get(depth=1)
    home_path = root.path + _next_step(Page, root)

    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        hero_heading="Homes to rent across Orange County",
        content_type=ContentType.objects.get_for_model(HomePage),
        locale=locale,
        path=home_path,
        depth=2,
        numchild=len(SECTIONS),
        url_path="/home/",
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    for step, (app_label, model_name, title, slug) in enumerate(SECTIONS, start=1):
        model = apps.get_model(app_label, model_name)
        model.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=ContentType.objects.get_for_model(model),
            locale=locale,
            path=f"{home_path}{step:04d}",
            depth=3,
            numchild=0,
            url_path=f"/home/{slug}/",
            live=True,
        )

    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )


def _next_step(Page, parent):
    """The next free four-character step under `parent` (treebeard's base 36)."""
    last = (
        Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = int(last[-4:], 36) + 1 if last else 1
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    step = ""
    for _ in range(4):
        number, remainder = divmod(number, 36)
        step = digits[remainder] + step
    return step


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("lettings", "0001_initial"),
        ("profiles", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_skeleton, migrations.RunPython.noop)]
