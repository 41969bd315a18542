"""Nothing hidden shows anywhere: each case a visitor may not see is present, every
public surface is walked as an anonymous visitor, and none of it is shown, while what
may be seen is (so an empty or broken surface cannot pass)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from home.models import HomePageFeaturedLetting
from tests.factories import LettingPageFactory, ProfileFactory, UserFactory
from tests.site.public_surfaces import mentions, shown_strings

pytestmark = pytest.mark.django_db

PAST = timezone.now() - datetime.timedelta(hours=1)
SEARCH = "/search/?q=heron"
SUGGEST = "/search/suggest/?q=hero"
# Words only the draft edits hold: they must find nothing.
DRAFT_WORDS = ["/search/?q=secret", "/search/suggest/?q=secre"]
LISTS = ["/", "/lettings/", "/lettings/?city=Irvine&min_bedrooms=1", "/profiles/"]
FINDERS = [SEARCH, SUGGEST, "/sitemap.xml", *DRAFT_WORDS]


def restrict(page, restriction_type):
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="s3cret"
    )


def expire(item):
    type(item).objects.filter(pk=item.pk).update(expire_at=PAST)


def member(first_name, **fields):
    return UserFactory(
        username=f"{first_name.lower()}_heron",
        first_name=first_name,
        last_name="Heron",
        **fields,
    )


@pytest.fixture
def shown(home_page, profile_index):
    """What visitors may see: a letting, a live letting with a draft edit, and two
    profiles, one of them with a draft edit."""
    lodge = LettingPageFactory(title="Heron Shown Lodge")
    villa = LettingPageFactory(title="Heron Edited Villa")
    # Names no generated text holds ("Vera" is in "several", "Liv" in "Olive").
    vera = ProfileFactory(user=member("Xanthippe"))
    liv = ProfileFactory(user=member("Quorraine"))
    feature(home_page, lodge, villa)
    return {"lettings": [lodge, villa], "profiles": [vera, liv]}


@pytest.fixture
def hidden_items(home_page, shown):
    """Every letting and profile a visitor may not see, each with the words that would
    betray it: the title, the address, the name, the draft-only text."""
    villa = shown["lettings"][1]
    villa.title = "Heron Secret Rewrite"
    villa.save_revision()
    villa.refresh_from_db()
    lettings = {
        "draft": LettingPageFactory(title="Heron Draft Barn", live=False),
        "unpublished": LettingPageFactory(title="Heron Withdrawn Mill"),
        "expired": LettingPageFactory(title="Heron Expired Loft"),
        "password": LettingPageFactory(title="Heron Password House"),
        "login": LettingPageFactory(title="Heron Members Cabin"),
        # Off every list once its days as "let agreed" are over; its page answers.
        "let_agreed": LettingPageFactory(
            title="Heron Taken Cottage",
            let_agreed_on=timezone.localdate() - datetime.timedelta(days=10),
            let_agreed_days=7,
        ),
    }
    lettings["unpublished"].unpublish()
    expire(lettings["expired"])
    restrict(lettings["password"], PageViewRestriction.PASSWORD)
    restrict(lettings["login"], PageViewRestriction.LOGIN)
    feature(home_page, *lettings.values())

    liv = shown["profiles"][1]
    liv.bio = "Secret bio rewrite"
    liv.save_revision()
    liv.refresh_from_db()
    profiles = {
        "draft": ProfileFactory(user=member("Dorwenna"), live=False),
        "inactive": ProfileFactory(user=member("Inaxia", is_active=False)),
        "expired": ProfileFactory(user=member("Exavera")),
    }
    expire(profiles["expired"])
    tokens = ["Heron Secret Rewrite", "Secret bio rewrite"]
    for letting in lettings.values():
        tokens += [letting.title, letting.slug]
    for profile in profiles.values():
        tokens += [profile.user.first_name, profile.user.username]
    return {"lettings": lettings, "profiles": profiles, "tokens": tokens}


def feature(home_page, *lettings):
    for letting in lettings:
        HomePageFeaturedLetting.objects.create(page=home_page, letting=letting)


def letting_tokens(letting):
    return [letting.title, letting.slug]


def profile_tokens(profile):
    return [profile.user.first_name, profile.user.username]


def detail_urls(lettings, profiles, profile_index):
    return [letting.url for letting in lettings] + [
        f"{profile_index.url}{profile.user.username}/" for profile in profiles
    ]


def walk(client, urls):
    """Each URL's response as an anonymous visitor sees it, never a server error."""
    shown = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        shown[url] = shown_strings(response)
    return shown


def assert_nowhere(shown, tokens):
    for url, strings in shown.items():
        # A page refusing a visitor may name its own address (a password form's target).
        for token in (token for token in tokens if token.lower() not in url.lower()):
            assert not mentions(strings, token), (url, token)


def test_hidden_lettings_and_profiles_show_nowhere(
    client, shown, hidden_items, profile_index
):
    profiles = list(hidden_items["profiles"].values())
    let_agreed = hidden_items["lettings"]["let_agreed"]
    urls = LISTS + FINDERS
    urls += detail_urls(
        shown["lettings"] + list(hidden_items["lettings"].values()),
        shown["profiles"] + profiles,
        profile_index,
    )

    seen = walk(client, urls)

    # The let agreed letting's own page names it: nothing else may.
    own_page = seen.pop(let_agreed.url)
    assert mentions(own_page, let_agreed.title) and "Let agreed" in own_page
    assert_nowhere(seen, hidden_items["tokens"])
    statuses = {
        hiding: client.get(letting.url).status_code
        for hiding, letting in hidden_items["lettings"].items()
    }
    # Expired and still live (the scheduler has not run): gone all the same.
    assert statuses == {
        "draft": 404,
        "unpublished": 404,
        "expired": 404,
        "password": 200,
        "login": 302,
        "let_agreed": 200,
    }
    draft_found = [letting.slug for letting in shown["lettings"]] + [
        profile.user.username for profile in shown["profiles"]
    ]
    assert_nowhere({url: seen[url] for url in DRAFT_WORDS}, draft_found)
    for letting in shown["lettings"]:
        for url in ("/", "/lettings/", SEARCH, SUGGEST):
            assert mentions(seen[url], letting.title), url
        assert mentions(seen["/sitemap.xml"], letting.slug)
    for profile in shown["profiles"]:
        assert mentions(seen[SEARCH], profile.user.username)
        assert mentions(seen["/profiles/"], profile.user.username)


def hide(section, hiding):
    if hiding == "unpublished":
        section.unpublish()
    elif hiding == "expired":
        expire(section)
    else:
        restrict(section, hiding)


@pytest.mark.parametrize(
    "section_name, hiding",
    [
        ("lettings", "unpublished"),
        ("lettings", "login"),
        ("profiles", "unpublished"),
        ("profiles", "expired"),
        ("profiles", "password"),
        ("profiles", "login"),
    ],
)
def test_hidden_section_shows_none_of_its_content(
    client, shown, profile_index, letting_index, section_name, hiding
):
    section = {"lettings": letting_index, "profiles": profile_index}[section_name]
    hide(Page.objects.get(pk=section.pk).specific, hiding)
    other_name = "profiles" if section_name == "lettings" else "lettings"
    tokenize = {"lettings": letting_tokens, "profiles": profile_tokens}
    urls = LISTS + FINDERS
    urls += detail_urls(shown["lettings"], shown["profiles"], profile_index)

    seen = walk(client, urls)

    hidden_tokens = [
        token for item in shown[section_name] for token in tokenize[section_name](item)
    ]
    assert_nowhere(seen, hidden_tokens)
    for item in shown[other_name]:
        for url in (SEARCH, "/sitemap.xml"):
            assert mentions(seen[url], tokenize[other_name](item)[1]), (url, item)
