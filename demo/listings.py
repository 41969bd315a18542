"""What a demo letting costs, offers and says, derived from its catalogue entry.

Each function takes the letting's own seeded `random.Random` (see `letting_random`), so
adding or reordering lettings never changes the others.
"""

import random
from datetime import timedelta
from decimal import Decimal

from .catalogue import FEATURES, REVIEWS

RENT_FACTORS = {
    "house": 1.15,
    "cottage": 1.0,
    "townhouse": 1.05,
    "condo": 0.95,
    "apartment": 0.9,
    "studio": 0.75,
}
PARKING_SPACES = {"house": 2, "townhouse": 2, "condo": 1, "cottage": 1}
NUMBER_WORDS = ["no", "one", "two", "three", "four"]
BATHROOM_CHOICES = {
    0: ["1"],
    1: ["1"],
    2: ["1", "1.5", "2"],
    3: ["2", "2.5"],
    4: ["2.5", "3"],
}
# How each type of home looks from the street: what to call it and how many floors.
BUILDING_SHAPES = {
    "house": ("house", (1, 2)),
    "cottage": ("cottage", (1,)),
    "townhouse": ("townhouse", (2,)),
    "condo": ("apartment building", (3,)),
    "apartment": ("apartment building", (2, 3)),
    "studio": ("apartment building", (2, 3)),
}
# Gallery captions and the room each shows; a home shows as many bedrooms as it has, up to two.
GALLERY_ROOMS = [
    ("Living room", "living room"),
    ("Kitchen", "kitchen"),
    ("Main bedroom", "bedroom"),
    ("Second bedroom", "bedroom"),
]
ADJECTIVES = ["bright", "sunny", "airy", "peaceful", "light-filled", "welcoming"]


def letting_random(slug):
    # Seeded on purpose: the same demo content every run; nothing secret is drawn.
    return random.Random(f"oc-lettings-demo:{slug}")  # noqa: S311


def picture_random(key):
    """A generator of its own for each picture, so pictures never shift each other."""
    return random.Random(f"oc-lettings-demo-picture:{key}")  # noqa: S311


def gallery_rooms(entry):
    return GALLERY_ROOMS[: 2 + min(entry.bedrooms, 2)]


def facts(entry, city, rng, today):
    """The LettingPage fields that describe the home, as a dict."""
    rent = monthly_rent(entry, city, rng)
    return {
        "property_type": entry.property_type,
        "bedrooms": entry.bedrooms,
        "bathrooms": Decimal(rng.choice(BATHROOM_CHOICES[entry.bedrooms])),
        "monthly_rent": rent,
        "deposit": rent,
        "floor_area_sqft": floor_area(entry.bedrooms, rng),
        "parking_spaces": PARKING_SPACES.get(entry.property_type, rng.choice([0, 1])),
        "available_from": available_from(rng, today),
        "pets_allowed": rng.random() < 0.45,
        "furnished": rng.random() < (0.4 if entry.bedrooms <= 1 else 0.15),
    }


def monthly_rent(entry, city, rng):
    """Rent in whole dollars, rounded to $25 like a real advert."""
    extra_bedrooms = max(entry.bedrooms - 1, 0)
    rent = city.one_bedroom_rent * (1 + 0.35 * extra_bedrooms)
    rent *= RENT_FACTORS[entry.property_type] * rng.uniform(0.93, 1.07)
    return round(rent / 25) * 25


def floor_area(bedrooms, rng):
    if bedrooms == 0:
        return rng.randrange(420, 560, 10)
    return 500 + bedrooms * 360 + rng.randrange(-60, 160, 10)


def available_from(rng, today):
    """None (available now) for about a quarter of homes, else a date in the next months."""
    if rng.random() < 0.25:
        return None
    return today + timedelta(days=rng.choice([7, 14, 21, 30, 45, 60, 75]))


def address(city, rng):
    """The fields of a `lettings.Address` on one of the city's streets."""
    return {
        "number": rng.randrange(100, 4000),
        "street": rng.choice(city.streets),
        "city": city.name,
        "state": "CA",
        "zip_code": rng.choice(city.zip_codes),
        "country_iso_code": "USA",
    }


def home_words(entry):
    """'studio', 'two-bedroom cottage'..."""
    if entry.property_type == "studio":
        return "studio"
    return f"{NUMBER_WORDS[entry.bedrooms]}-bedroom {entry.property_type}"


def summary(entry, city, letting_facts, rng):
    terms = [
        "Furnished" if letting_facts["furnished"] else "Unfurnished",
        "pets welcome" if letting_facts["pets_allowed"] else "no pets",
    ]
    return (
        f"A {rng.choice(ADJECTIVES)} {home_words(entry)} in {city.name}, "
        f"{entry.highlight}. {', '.join(terms)}."
    )


def rooms_sentence(entry, letting_facts):
    if entry.bedrooms == 0:
        bedrooms = "one open-plan room to live and sleep in"
    else:
        plural = "s" if entry.bedrooms > 1 else ""
        bedrooms = f"{NUMBER_WORDS[entry.bedrooms]} bedroom{plural}"
    whole, half = divmod(letting_facts["bathrooms"], 1)
    bathrooms = NUMBER_WORDS[int(whole)] + (" and a half" if half else "")
    plural = "s" if whole > 1 or half else ""
    return (
        f"This {entry.property_type} has {bedrooms} and {bathrooms} bathroom{plural}, "
        f"with about {letting_facts['floor_area_sqft']:,} square feet of living space."
    )


def about_html(entry, letting_facts, rng):
    items = "".join(f"<li>{feature}</li>" for feature in rng.sample(FEATURES, 4))
    return f"<p>{rooms_sentence(entry, letting_facts)}</p><ul>{items}</ul>"


def body(entry, city, letting_facts, rng, view_image):
    """The letting's body as StreamField data: LettingBodyBlock's raw JSON form."""
    return [
        {"type": "heading", "value": {"text": "About the home", "size": "h2"}},
        {"type": "paragraph", "value": about_html(entry, letting_facts, rng)},
        {"type": "heading", "value": {"text": "The neighborhood", "size": "h2"}},
        {"type": "paragraph", "value": f"<p>{city.blurb}</p>"},
        {
            "type": "image",
            "value": {
                "image": {
                    "image": view_image.pk,
                    "decorative": False,
                    "alt_text": view_image.title,
                },
                "caption": city.view_name(),
            },
        },
        {
            "type": "quote",
            "value": {"text": rng.choice(REVIEWS), "attribution": "A past tenant"},
        },
    ]
