"""The search page and the suggestions behind the header search box."""

from functools import wraps
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .results import (
    filter_lettings,
    profiles_section,
    promotions_for,
    record_search,
    search_site,
    search_terms,
    suggestions,
    visitor_query,
)

RESULTS_PER_PAGE = 10


def noindex(view):
    """A search page exists for any query: search engines should keep none of them."""

    @wraps(view)
    def view_not_to_index(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex"
        return response

    return view_not_to_index


@noindex
@require_safe
def search(request):
    query = visitor_query(request.GET.get("q", ""))
    terms = search_terms(query)
    lettings_filter = filter_lettings(request.GET)
    results = search_site(terms, lettings_filter)
    context = {
        "search_query": query,
        "lettings_filter": lettings_filter,
        # The filter form submits here; its "Clear" link keeps the query.
        "filters_action": reverse("search:search")
        + (f"?{urlencode({'q': query})}" if query else ""),
    }
    if results is not None:
        context["results_page"] = Paginator(results, RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        context["results"] = results
        context["profiles_section"] = profiles_section(results)
    if terms:
        # Pagination links carry a page number: each search is counted once.
        if "page" not in request.GET:
            record_search(terms)
        context["promotions"] = promotions_for(terms)
    return render(request, "search/search_results.html", context)


@noindex
@require_safe
def suggest(request):
    terms = search_terms(visitor_query(request.GET.get("q", "")))
    return JsonResponse({"query": terms, "suggestions": suggestions(terms, request)})
