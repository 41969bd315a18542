"""Two gunicorn processes sharing one Redis: a change published by a third process is
on both on the very next request, though both had the page cached."""

import shutil

import pytest
from bs4 import BeautifulSoup

from tests.deploy.production_process import UNTRACED, run_manage, run_script

from .servers import get, gunicorns, redis_server

CREATE_LETTING = """
import json
from lettings.models import Address, LettingIndexPage, LettingPage
index = LettingIndexPage.objects.get()
letting = index.add_child(instance=LettingPage(
    title="Twin Peaks House", slug="twin-peaks-house", summary="Shared by two.",
    address=Address.objects.create(
        number=1, street="Ridge Road", city="Irvine", state="CA", zip_code="92618"),
))
letting.save_revision().publish()
print(json.dumps({"url": letting.url}))
"""

PUBLISH_EDIT = """
import json
from lettings.models import LettingPage
letting = LettingPage.objects.get(slug="twin-peaks-house")
letting.title = "Twin Peaks House, repainted"
letting.save_revision().publish()
print(json.dumps({"published": True}))
"""


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory):
    """A SQLite database migrated by production's manage.py, and the static files
    collected, once for the module: a migrate and a collectstatic cost many CPU seconds
    each, and the tests need only a fresh copy of what they make."""
    database = tmp_path_factory.mktemp("migrated") / "site.sqlite3"
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        completed = run_manage(
            *command,
            "--verbosity",
            "0",
            DATABASE_URL=f"sqlite:///{database}",
            **UNTRACED,
        )
        assert completed.returncode == 0, completed.stderr
    return database


@pytest.fixture
def shared_services(migrated_database, tmp_path):
    """A fresh SQLite database (a copy of the migrated one) and a private Redis, as the
    production variables."""
    database = shutil.copy(migrated_database, tmp_path / "site.sqlite3")
    with redis_server() as redis_url:
        yield {"DATABASE_URL": f"sqlite:///{database}", "REDIS_URL": redis_url}


def test_both_processes_serve_the_change_on_their_next_request(
    shared_services, tmp_path
):
    letting_url = run_script(CREATE_LETTING, **shared_services)["url"]
    pages = [letting_url, "/lettings/"]
    with open(tmp_path / "gunicorn.log", "w") as log:
        with gunicorns(log, 2, **shared_services) as (one, two):
            # The first render stores the site's settings, a change in itself.
            get(one, letting_url)
            warm = [get(one, page) for page in pages] + [get(two, p) for p in pages]
            assert [headers["X-Page-Cache"] for _, headers, _ in warm] == [
                "miss",
                "miss",
                # The second process is answered from the entries the first stored.
                "hit",
                "hit",
            ]

            assert run_script(PUBLISH_EDIT, **shared_services) == {"published": True}
            # Each process meets the change on its very next request of each page.
            after = [get(one, letting_url), get(two, "/lettings/")]
            after += [get(two, letting_url), get(one, "/lettings/")]

    assert [status for status, _, _ in after] == [200] * 4
    assert all("Twin Peaks House, repainted" in html for _, _, html in after)
    assert [headers["X-Page-Cache"] for _, headers, _ in after] == [
        "miss",
        "miss",
        "hit",
        "hit",
    ]


RENAME_SECTION = """
import json
from lettings.models import LettingIndexPage
section = LettingIndexPage.objects.get()
section.title = "Homes to rent"
section.save_revision().publish()
print(json.dumps({"renamed": True}))
"""


def menu_titles(html):
    soup = BeautifulSoup(html, "html.parser")
    return [link.get_text() for link in soup.select("nav.site-nav a")]


def test_both_processes_forget_their_memos_with_the_page_cache_off(
    shared_services, tmp_path
):
    """The site and the sections are remembered in each process (pagecache/memo.py)
    under the generation both read from Redis: a change made by a third process reaches
    both menus on their next request, with nothing cached to miss."""
    uncached = {**shared_services, "PAGE_CACHE_SECONDS": "0"}
    with open(tmp_path / "gunicorn.log", "w") as log:
        with gunicorns(log, 2, **uncached) as (one, two):
            before = [get(server, "/") for server in (one, two, one, two)]
            assert run_script(RENAME_SECTION, **shared_services) == {"renamed": True}
            after = [get(server, "/") for server in (one, two)]

    assert [menu_titles(html)[0] for _, _, html in before] == ["Lettings"] * 4
    assert [menu_titles(html)[0] for _, _, html in after] == ["Homes to rent"] * 2
    # Rendered every time: no page came from the cache.
    assert not any("X-Page-Cache" in headers for _, headers, _ in before + after)
