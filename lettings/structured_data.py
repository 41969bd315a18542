"""Lettings as schema.org data: a letting is a RealEstateListing offering a home for a
monthly rent; the lettings list is an ItemList of them.

Images are the renditions already made (prefetched with the page's pictures), never
made here: a letting whose photos are still being processed lists none for now.
"""

from images.rendition_sets import RENDITION_SETS
from images.renditions import existing_renditions
from seo.urls import absolute, page_address

SCHEMA = "https://schema.org"
# schema.org has no condo, townhouse, studio or cottage: the nearest Accommodation.
ACCOMMODATION_TYPES = {
    "house": "House",
    "apartment": "Apartment",
    "condo": "Apartment",
    "townhouse": "House",
    "studio": "Apartment",
    "cottage": "House",
}


def largest_rendition_url(image, set_name):
    renditions = existing_renditions(image, RENDITION_SETS[set_name])
    jpegs = [spec for spec in renditions if spec.startswith("format-jpeg|")]
    return absolute(renditions[jpegs[-1]].url) if jpegs else None


def image_urls(letting, gallery):
    pictures = (
        [(letting.listing_image, "letting_hero")] if letting.listing_image else []
    )
    pictures += [(item.image, "gallery") for item in gallery]
    urls = (largest_rendition_url(image, set_name) for image, set_name in pictures)
    return [url for url in urls if url]


def postal_address(address):
    return {
        "@type": "PostalAddress",
        "streetAddress": f"{address.number} {address.street}",
        "addressLocality": address.city,
        "addressRegion": address.state,
        "postalCode": address.zip_code,
        "addressCountry": address.country_iso_code,
    }


def accommodation(letting):
    home = {
        "@type": ACCOMMODATION_TYPES.get(letting.property_type, "Accommodation"),
        "name": letting.title,
        "address": postal_address(letting.address),
        "petsAllowed": letting.pets_allowed,
    }
    if letting.bedrooms is not None:
        home["numberOfBedrooms"] = letting.bedrooms
    if letting.bathrooms is not None:
        home["numberOfBathroomsTotal"] = float(letting.bathrooms)
    if letting.floor_area_sqft:
        home["floorSize"] = {
            "@type": "QuantitativeValue",
            "value": letting.floor_area_sqft,
            "unitCode": "FTK",
        }
    return home


def offer(letting):
    """What is offered, from when, and for how much a month (nothing said of the price
    when the rent is on request)."""
    terms = {
        "@type": "Offer",
        "businessFunction": "http://purl.org/goodrelations/v1#LeaseOut",
        "availability": f"{SCHEMA}/InStock",
        "itemOffered": accommodation(letting),
    }
    if letting.available_from:
        terms["availabilityStarts"] = letting.available_from
    if letting.monthly_rent:
        terms["price"] = letting.monthly_rent
        terms["priceCurrency"] = "USD"
        terms["priceSpecification"] = {
            "@type": "UnitPriceSpecification",
            "price": letting.monthly_rent,
            "priceCurrency": "USD",
            "unitCode": "MON",
            "unitText": "month",
            "referenceQuantity": {
                "@type": "QuantitativeValue",
                "value": 1,
                "unitCode": "MON",
            },
        }
    return terms


def real_estate_listing(letting, gallery, request):
    listing = {
        "@context": SCHEMA,
        "@type": "RealEstateListing",
        "name": letting.title,
        "description": letting.summary,
        "url": page_address(letting, request),
        "image": image_urls(letting, gallery),
        "offers": offer(letting),
    }
    if letting.first_published_at:
        listing["datePosted"] = letting.first_published_at.date()
    return listing


def item_list(lettings, first_position, request):
    """`lettings` (one page of the list, starting at `first_position`) as an ItemList."""
    return {
        "@context": SCHEMA,
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "url": page_address(letting, request),
                "name": letting.title,
            }
            for position, letting in enumerate(lettings, start=first_position)
        ],
    }
