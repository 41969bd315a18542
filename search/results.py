"""What a visitor's query finds on the site, and in what order.

Lettings and profiles are searched separately, each ranked by relevance, and shown as one
list: every matching letting first, then every matching profile. The two searches' scores
are not on one scale (a letting has a weighted title, a profile none; SQLite ranks with
BM25, PostgreSQL with ts_rank), so interleaving them would only pretend to a precision
that is not there. Lettings come first because they are what visitors come for.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from lettings.filters import SORTS, LettingSearchFilterSet
from lettings.models import LettingPage
from profiles.models import Profile, ProfileIndexPage
from visibility.pages import listed_pages

# Control characters (NUL among them, which PostgreSQL refuses in text).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Anything but letters, digits and "_" separates words, for both databases' tokenizers;
# dropping it also keeps quotes and operators out of the full-text query syntax.
NOT_A_WORD = re.compile(r"\W+")


def visitor_query(raw_query):
    """The query as typed, to show back: no control characters, no surrounding space,
    at most the length Wagtail records."""
    return CONTROL_CHARACTERS.sub(" ", raw_query)[:MAX_QUERY_STRING_LENGTH].strip()


def search_terms(query):
    """The words of `query` in lower case, joined by single spaces ("" if it holds none),
    as the search backend receives them and Wagtail records them."""
    words = NOT_A_WORD.sub(" ", unicodedata.normalize("NFKC", query).lower())
    # Folding case or compatibility characters can lengthen the text: cut it again.
    return words[:MAX_QUERY_STRING_LENGTH].strip()


def filter_lettings(params):
    """The site's FilterSet over every live, public letting, bound to `params`."""
    return LettingSearchFilterSet(
        params,
        queryset=LettingPage.objects.listed().as_cards(),
        places_memo="lettings:places-listed",
    )


def search_site(terms, lettings_filter):
    """Everything matching `terms` and the filters, or None if the visitor gave neither."""
    if not terms and not lettings_filter.active_filters:
        return None
    return CombinedResults(
        matching_lettings(terms, lettings_filter),
        matching_profiles(terms, lettings_filter),
    )


def matching_lettings(terms, lettings_filter):
    """Lettings visitors may see matching every term and every valid filter, best first
    unless sorted.

    With no terms and no sort, newest first, as the lettings list orders them.
    """
    lettings = lettings_filter.qs
    sorted_by_visitor = lettings_filter.valid_value("sort") is not None
    if not terms:
        return lettings if sorted_by_visitor else lettings.order_by(*SORTS["newest"][1])
    return get_search_backend().search(
        terms, lettings, operator="and", order_by_relevance=not sorted_by_visitor
    )


def matching_profiles(terms, lettings_filter):
    """Profiles visitors may see matching every term, best first.

    The filters describe homes, so while one is on no profile matches.
    """
    if not terms or lettings_filter.active_filters:
        return Profile.objects.none()
    profiles = Profile.objects.visible_to_visitors().as_cards()
    return get_search_backend().search(terms, profiles, operator="and")


def record_search(terms):
    """Count one more search for `terms`, for the editors' "Search terms" report."""
    Query.get(terms).add_hit()


def promotions_for(terms):
    """The results editors pinned to `terms`, leaving out pages visitors may not see."""
    return (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(terms)
        )
        .filter(Q(page__isnull=True) | Q(page__in=listed_pages()))
        .select_related("page")
    )


def suggestions(terms, request, lettings_limit=5, profiles_limit=3):
    """Titles and addresses of the live lettings and profiles whose words start like
    `terms` (the last one may be unfinished), for the header search box."""
    if not terms:
        return []
    backend = get_search_backend()
    lettings = backend.autocomplete(
        terms,
        LettingPage.objects.listed().defer_streamfields(),
        operator="and",
    )[:lettings_limit]
    profiles = backend.autocomplete(
        terms,
        Profile.objects.visible_to_visitors().select_related("user"),
        operator="and",
    )[:profiles_limit]
    # Profiles are found only while their section is shown, so it exists then.
    section = ProfileIndexPage.objects.get() if profiles else None
    return [
        {"type": "letting", "title": letting.title, "url": letting.get_url(request)}
        for letting in lettings
    ] + [
        {
            "type": "profile",
            "title": profile.display_name,
            "url": section.profile_url(profile, request),
        }
        for profile in profiles
    ]


def profiles_section(results):
    """The section the profiles found are shown in, or None when none is found (as when
    the section is hidden)."""
    if not results.profile_count:
        return None
    # Profiles are found only while their section is shown.
    return ProfileIndexPage.objects.get()


@dataclass(frozen=True)
class Hit:
    """One search result: what kind of thing it is, and the thing."""

    kind: str
    item: object


class CombinedResults:
    """Matching lettings, then matching profiles, as one list a Paginator slices lazily:
    a page costs the same queries however many results match."""

    def __init__(self, lettings, profiles):
        self.lettings = lettings
        self.profiles = profiles

    @cached_property
    def letting_count(self):
        return self.lettings.count()

    @cached_property
    def profile_count(self):
        return self.profiles.count()

    def count(self):
        return self.letting_count + self.profile_count

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        hits = []
        if start < self.letting_count:
            hits += [Hit("letting", item) for item in self.lettings[start:stop]]
        profiles_stop = stop - self.letting_count
        if profiles_stop > 0:
            profiles_start = max(start - self.letting_count, 0)
            hits += [
                Hit("profile", item)
                for item in self.profiles[profiles_start:profiles_stop]
            ]
        return hits
