"""In Chromium, with the Content Security Policy enforced, no page of ours is refused
anything: not for a visitor, and not for an editor who sees Wagtail's user bar."""

import pytest

from tests.factories import GroupMemberFactory, LettingPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def record_violations(page):
    refused = []

    def keep_violation(message):
        if "Content Security Policy" in message.text:
            refused.append(message.text)

    page.on("console", keep_violation)
    return refused


def visit(page, paths):
    for path in paths:
        page.goto(path)
        page.wait_for_load_state("networkidle")


def test_visitor_and_editor_pages_load_without_violations(open_session):
    letting = LettingPageFactory(title="Harbour View Cottage")
    paths = ["/", "/lettings/", letting.url, "/profiles/", "/search/?q=harbour"]
    visitor = open_session()
    refused = record_violations(visitor)
    visit(visitor, paths)
    search_box = visitor.get_by_role("combobox", name="Search lettings and profiles")
    search_box.fill("")
    search_box.press_sequentially("harb")
    visitor.get_by_role("option").first.wait_for()
    editor = open_session(GroupMemberFactory(group="Editors", username="ed"))
    refused += record_violations(editor)
    visit(editor, paths)
    assert refused == []
