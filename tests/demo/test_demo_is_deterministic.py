"""The demo comes out the same on every run: facts, words and pictures are drawn from
random generators seeded by name, each letting and picture with its own."""

from datetime import date

from demo import listings, pictures
from demo.catalogue import LETTINGS
from demo.places import CITIES

TODAY = date(2026, 6, 1)


def letting_text(entry):
    city = CITIES[entry.city]
    rng = listings.letting_random(entry.slug)
    facts = listings.facts(entry, city, rng, TODAY)
    return facts, listings.address(city, rng), listings.summary(entry, city, facts, rng)


def test_a_letting_gets_the_same_facts_every_time():
    for entry in LETTINGS:
        assert letting_text(entry) == letting_text(entry)


def test_lettings_differ_from_one_another():
    rents = {letting_text(entry)[0]["monthly_rent"] for entry in LETTINGS}
    assert len(rents) > len(LETTINGS) * 0.8


def test_a_picture_is_the_same_every_time():
    def draw():
        rng = listings.picture_random("harbor-lights-cottage:front")
        return pictures.building_front(rng, True, "cottage", 1)

    first, second = draw(), draw()
    assert first.description == second.description
    assert first.as_jpeg().getvalue() == second.as_jpeg().getvalue()


def test_rents_follow_the_market():
    def rent(slug):
        entry = next(entry for entry in LETTINGS if entry.slug == slug)
        return letting_text(entry)[0]["monthly_rent"]

    assert rent("balboa-peninsula-beach-house") > rent("floral-park-family-home")
    assert rent("heisler-park-view-studio") < rent("canyon-road-craftsman")
