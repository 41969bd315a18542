"""The editorial team's roles: Editors, Moderators and Marketing.

Idempotent: running it again restores the roles as written here. Wagtail's own first
migrations already make Editors and Moderators with page rights over the whole tree and a
"Moderators approval" workflow on the root; this narrows their page rights to the
lettings section, adds what they need on addresses, profiles and share links, creates
Marketing, and puts lettings and profiles under that same moderation workflow.

Permissions are made here when missing because Django only creates them after the last
migration of a fresh database has run.
"""

from django.db import migrations

WORKFLOW_NAME = "Moderators approval"

# Rights on the lettings section (the LettingIndexPage and every letting under it).
PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "lock_page"],
    "Moderators": [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ],
    "Marketing": [],
}

ADMIN_ACCESS = ("wagtailadmin", "admin", ["access_admin"])
SHARING = (
    "editorial",
    "sharelink",
    ["add_sharelink", "change_sharelink", "view_sharelink", "view_draft"],
)
MODEL_PERMISSIONS = {
    "Editors": [
        ADMIN_ACCESS,
        SHARING,
        ("lettings", "address", ["add_address", "change_address", "view_address"]),
        (
            "profiles",
            "profile",
            ["add_profile", "change_profile", "lock_profile", "view_profile"],
        ),
    ],
    "Moderators": [
        ADMIN_ACCESS,
        SHARING,
        (
            "lettings",
            "address",
            ["add_address", "change_address", "delete_address", "view_address"],
        ),
        (
            "profiles",
            "profile",
            [
                "add_profile",
                "change_profile",
                "delete_profile",
                "publish_profile",
                "lock_profile",
                "unlock_profile",
                "view_profile",
            ],
        ),
    ],
    "Marketing": [
        ADMIN_ACCESS,
        SHARING,
        ("lettings", "address", ["view_address"]),
        ("profiles", "profile", ["view_profile"]),
    ],
}

# Rights in the root collection, so that editors can upload and pick images.
IMAGE_PERMISSIONS = {
    "Editors": ["add_image", "change_image", "choose_image"],
    "Moderators": ["add_image", "change_image", "choose_image"],
    "Marketing": [],
}

PERMISSION_NAMES = {"view_draft": "Can view the drafts of every letting and profile"}


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    lettings_section = _lettings_section(apps)
    for group_name in PAGE_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=group_name)
        _grant_model_permissions(apps, group, MODEL_PERMISSIONS[group_name])
        _grant_image_permissions(apps, group, IMAGE_PERMISSIONS[group_name])
        if lettings_section is not None:
            _set_page_permissions(
                apps, group, lettings_section, PAGE_PERMISSIONS[group_name]
            )
    _assign_workflow(apps, Group.objects.get(name="Moderators"), lettings_section)


def _lettings_section(apps):
    section = apps.get_model("lettings.LettingIndexPage").objects.first()
    if section is None:
        return None
    return apps.get_model("wagtailcore.Page").objects.get(pk=section.pk)


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    name = PERMISSION_NAMES.get(codename, "Can " + codename.replace("_", " "))
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _grant_model_permissions(apps, group, grants):
    for app_label, model, codenames in grants:
        for codename in codenames:
            group.permissions.add(_permission(apps, app_label, model, codename))


def _grant_image_permissions(apps, group, codenames):
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is None:
        return
    for codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=_permission(apps, "wagtailimages", "image", codename),
        )


def _set_page_permissions(apps, group, section, codenames):
    """Exactly `codenames` on the lettings section, and no page rights elsewhere."""
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    wanted = [_permission(apps, "wagtailcore", "page", code) for code in codenames]
    GroupPagePermission.objects.filter(group=group).exclude(
        page=section, permission__in=wanted
    ).delete()
    for permission in wanted:
        GroupPagePermission.objects.get_or_create(
            group=group, page=section, permission=permission
        )


def _assign_workflow(apps, moderators, lettings_section):
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=WORKFLOW_NAME, content_type=task_type, active=True
        )
    task.groups.add(moderators)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    if lettings_section is not None:
        WorkflowPage.objects.update_or_create(
            page=lettings_section, defaults={"workflow": workflow}
        )
    profile_type, _ = ContentType.objects.get_or_create(
        app_label="profiles", model="profile"
    )
    WorkflowContentType.objects.update_or_create(
        content_type=profile_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_share_link"),
        ("home", "0003_site_skeleton"),
        ("profiles", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
