"""Reading the admin's main menu as its sidebar receives it: the JSON props Wagtail
renders into the page, turned into labels and addresses."""

import json

from bs4 import BeautifulSoup
from django.urls import reverse


def _entry(item):
    options, *rest = item["_args"]
    if item["_type"] == "wagtail.sidebar.SubMenuItem":
        return options["label"], [_entry(child) for child in rest[0]]
    return options["label"], options["url"]


def main_menu(client):
    """[(label, url), or (label, [children...])] in the order the sidebar shows."""
    html = client.get(reverse("wagtailadmin_home")).content
    props = BeautifulSoup(html, "html.parser").find(id="wagtail-sidebar-props")
    modules = json.loads(props.string)["modules"]
    (menu,) = [m for m in modules if m["_type"] == "wagtail.sidebar.MainMenuModule"]
    return [_entry(item) for item in menu["_args"][0]]


def top_labels(client):
    return [label for label, _ in main_menu(client)]


def submenu(client, label):
    """The {label: url} of the group called `label` in the main menu."""
    (children,) = [entry for name, entry in main_menu(client) if name == label]
    return dict(children)
