"""The demo's cast: the homes to let, the members with profiles, the words on the home page.

Everything else about a letting (rent, address, pictures...) is derived from its entry
here with a random generator seeded by its slug, so it comes out the same on every run.
"""

from dataclasses import dataclass

from django.utils.text import slugify


@dataclass(frozen=True)
class LettingEntry:
    title: str
    city: str
    property_type: str
    bedrooms: int
    highlight: str

    @property
    def slug(self):
        return slugify(self.title)


@dataclass(frozen=True)
class MemberEntry:
    username: str
    first_name: str
    last_name: str
    favorite_city: str
    bio: str

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"


# One home a line reads best as a table.
# fmt: off
LETTINGS = [
    LettingEntry("Harbor Lights Cottage", "Newport Beach", "cottage", 2, "two streets from the harbor"),
    LettingEntry("Balboa Peninsula Beach House", "Newport Beach", "house", 3, "with the sand at the end of the road"),
    LettingEntry("Corona del Mar Garden Apartment", "Newport Beach", "apartment", 1, "opening onto a shared garden"),
    LettingEntry("Heisler Park View Studio", "Laguna Beach", "studio", 0, "with a glimpse of the ocean"),
    LettingEntry("Canyon Road Craftsman", "Laguna Beach", "house", 3, "set among eucalyptus trees"),
    LettingEntry("Surf City Bungalow", "Huntington Beach", "house", 2, "with a board rack and an outdoor shower"),
    LettingEntry("Main Street Pier Condo", "Huntington Beach", "condo", 2, "a short stroll from the pier"),
    LettingEntry("Goldenwest Family Home", "Huntington Beach", "house", 4, "with a big fenced back yard"),
    LettingEntry("Woodbridge Lakeside Townhouse", "Irvine", "townhouse", 3, "overlooking the lagoon"),
    LettingEntry("University Park Apartment", "Irvine", "apartment", 2, "close to UC Irvine"),
    LettingEntry("Turtle Rock Family Home", "Irvine", "house", 4, "backing onto a nature trail"),
    LettingEntry("Anaheim Colony Bungalow", "Anaheim", "house", 2, "on a quiet historic street"),
    LettingEntry("Anaheim Hills View Home", "Anaheim", "house", 4, "with views across the valley"),
    LettingEntry("Packing District Apartment", "Anaheim", "apartment", 1, "near the food hall"),
    LettingEntry("French Park Victorian Apartment", "Santa Ana", "apartment", 2, "in a restored Victorian house"),
    LettingEntry("Downtown Santa Ana Loft", "Santa Ana", "condo", 1, "above the Artists Village"),
    LettingEntry("Floral Park Family Home", "Santa Ana", "house", 3, "under old sycamore trees"),
    LettingEntry("Eastside Costa Mesa Cottage", "Costa Mesa", "cottage", 2, "with a lemon tree in the garden"),
    LettingEntry("South Coast Plaza Townhouse", "Costa Mesa", "townhouse", 2, "near the theaters and shops"),
    LettingEntry("Sunny Hills Ranch House", "Fullerton", "house", 3, "with a sunny patio"),
    LettingEntry("Downtown Fullerton Studio", "Fullerton", "studio", 0, "a few minutes from the station"),
    LettingEntry("Old Towne Orange Craftsman", "Orange", "house", 3, "with a deep front porch"),
    LettingEntry("Orange Plaza Apartment", "Orange", "apartment", 1, "around the corner from the Plaza"),
    LettingEntry("Tustin Ranch Townhouse", "Tustin", "townhouse", 3, "by the golf course"),
    LettingEntry("Old Town Tustin Cottage", "Tustin", "cottage", 2, "on a street of old pepper trees"),
    LettingEntry("Lake Mission Viejo Condo", "Mission Viejo", "condo", 2, "with lake access"),
    LettingEntry("Dana Point Harbor Townhouse", "Dana Point", "townhouse", 3, "above the harbor"),
    LettingEntry("Capistrano Beach Studio", "Dana Point", "studio", 0, "steps from Doheny State Beach"),
    LettingEntry("Pier Bowl Spanish Colonial", "San Clemente", "house", 3, "with arched windows and a tiled roof terrace"),
    LettingEntry("T-Street Surf Shack", "San Clemente", "cottage", 1, "a short walk from the surf"),
]
# fmt: on

FEATURED_SLUGS = [
    "balboa-peninsula-beach-house",
    "canyon-road-craftsman",
    "woodbridge-lakeside-townhouse",
    "old-towne-orange-craftsman",
    "surf-city-bungalow",
    "pier-bowl-spanish-colonial",
]

MEMBERS = [
    MemberEntry(
        "maria.lopez",
        "Maria",
        "Lopez",
        "Laguna Beach",
        "Ceramicist and early-morning swimmer. I moved to Laguna for the light and "
        "stayed for the tide pools.",
    ),
    MemberEntry(
        "james.nguyen",
        "James",
        "Nguyen",
        "Irvine",
        "Software engineer, father of two and keen cyclist on the San Diego Creek "
        "trail. Always hunting for the best pho in Little Saigon.",
    ),
    MemberEntry(
        "priya.raman",
        "Priya",
        "Raman",
        "Costa Mesa",
        "Theater lover with a season ticket at the Segerstrom Center. Happiest with "
        "a coffee and a good book at The Camp.",
    ),
    MemberEntry(
        "tom.becker",
        "Tom",
        "Becker",
        "Huntington Beach",
        "Surf instructor and weekend volleyball player. You will find me by the pier "
        "most evenings.",
    ),
    MemberEntry(
        "keiko.tanaka",
        "Keiko",
        "Tanaka",
        "Fullerton",
        "Graduate student at Cal State Fullerton and volunteer at the Arboretum. I "
        "take the train everywhere.",
    ),
    MemberEntry(
        "daniel.okafor",
        "Daniel",
        "Okafor",
        "San Clemente",
        "Nurse, runner and amateur photographer. Trestles at dawn is my favorite "
        "place in the world.",
    ),
]

# 555-01xx numbers are reserved for fiction; example.com is reserved for examples.
ENQUIRY_DETAILS = (
    "(949) 555-0142",
    "lettings@example.com",
    "Monday to Saturday, 9am to 6pm",
)

HOME_INTRO = (
    "<p>From beach cottages in <b>Laguna Beach</b> to family homes in <b>Irvine</b>, "
    "Orange County Lettings finds you a place to live between the hills and the "
    "Pacific. Every home is visited by our team before it is listed.</p>"
)
HOME_HERO_TITLE = "The Orange County coast"
LETTINGS_INTRO = (
    "<p>Homes to rent across Orange County, from studios by the sea to family houses "
    "inland. Narrow the list by city, bedrooms, rent or moving date.</p>"
)
PROFILES_INTRO = "Meet some of the people who found their home through us."

FEATURES = [
    "In-unit washer and dryer",
    "Central air conditioning",
    "Private patio",
    "Updated kitchen with quartz counters",
    "Hardwood floors",
    "Ceiling fans throughout",
    "Walk-in closet",
    "Electric car charger",
    "Solar panels",
    "Community pool",
    "Double-glazed windows",
    "Storage room",
]

REVIEWS = [
    "We spent three happy years here. The light in the mornings is wonderful.",
    "Quiet neighbors, a responsive landlord and everything we needed close by.",
    "The best place we have rented in Orange County. We were sad to leave.",
    "Well looked after, bright and comfortable. Repairs were always done quickly.",
    "Our kids loved the garden and we loved being so close to the beach.",
    "A lovely home in a friendly neighborhood. We would rent it again tomorrow.",
]
