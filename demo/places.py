"""Orange County cities the demo lets homes in: real streets and ZIP codes, invented house
numbers, a typical one-bedroom rent and a few words on each neighborhood."""

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    name: str
    zip_codes: tuple
    streets: tuple
    coastal: bool
    one_bedroom_rent: int
    blurb: str

    def view_name(self):
        """What a picture of the city's surroundings shows, for its title."""
        if self.coastal:
            return f"The coast at {self.name}"
        return f"The countryside near {self.name}"


CITIES = {
    city.name: city
    for city in [
        City(
            "Newport Beach",
            ("92660", "92661", "92663", "92625"),
            ("Balboa Boulevard", "Via Lido", "Marguerite Avenue", "Irvine Avenue"),
            True,
            3400,
            "Newport Harbor is on the doorstep, with the Balboa ferry, the Wedge and "
            "Fashion Island all a short ride away. Evenings here mean a walk on the "
            "boardwalk and dinner looking over the boats.",
        ),
        City(
            "Laguna Beach",
            ("92651",),
            ("Glenneyre Street", "Park Avenue", "Thalia Street", "Catalina Street"),
            True,
            3300,
            "Laguna's galleries, tide pools and hidden coves are within walking "
            "distance, and Heisler Park is the place to watch the sun go down over ",
        ),
        City(
            "Huntington Beach",
            ("92646", "92647", "92648", "92649"),
            ("Main Street", "Goldenwest Street", "Atlanta Avenue", "Lake Street"),
            True,
            2800,
            "Surf City lives up to its name: the pier, Main Street's cafés and miles "
            "of beach bike path are close by, and Central Park offers shade and lakes "
            "on hot afternoons.",
        ),
        City(
            "Dana Point",
            ("92629",),
            ("Del Prado Avenue", "Street of the Golden Lantern", "Camino Capistrano"),
            True,
            3000,
            "Dana Point Harbor is the place for whale watching, paddle boarding and "
            "fish tacos, and Doheny State Beach is a short walk along the shore.",
        ),
        City(
            "San Clemente",
            ("92672", "92673"),
            ("Avenida Del Mar", "Calle Frontera", "Avenida Pico", "El Camino Real"),
            True,
            2900,
            "The Spanish Village by the Sea keeps its small-town feel: the pier, the "
            "beach trail and the shops of Avenida Del Mar are all within reach.",
        ),
        City(
            "Irvine",
            ("92602", "92604", "92612", "92614", "92618", "92620"),
            ("Culver Drive", "Yale Loop", "Harvard Avenue", "Walnut Avenue"),
            False,
            2900,
            "Irvine is known for safe, leafy villages, excellent schools and "
            "parks at every turn. The Spectrum Center, UC Irvine and the San Joaquin "
            "Marsh are close by, and the coast is fifteen minutes away.",
        ),
        City(
            "Costa Mesa",
            ("92626", "92627"),
            (
                "Newport Boulevard",
                "Placentia Avenue",
                "Victoria Street",
                "Fairview Road",
            ),
            False,
            2700,
            "Costa Mesa calls itself the City of the Arts: South Coast Plaza, the "
            "Segerstrom Center and the independent shops of The Camp are nearby, "
            "with Newport's beaches just to the south.",
        ),
        City(
            "Anaheim",
            ("92801", "92804", "92805", "92806", "92807"),
            ("Lincoln Avenue", "Harbor Boulevard", "Ball Road", "Euclid Street"),
            False,
            2300,
            "Anaheim has more than the famous theme parks: the Packing District's "
            "food hall, the historic Colony neighborhood and the trails of Anaheim "
            "Hills make it a good place to settle.",
        ),
        City(
            "Santa Ana",
            ("92701", "92703", "92705", "92706"),
            ("Main Street", "Bristol Street", "Flower Street", "Fairview Street"),
            False,
            2200,
            "Santa Ana's downtown is full of life, from the Artists Village to the "
            "4th Street Market, and the historic streets of French Park and Floral "
            "Park are lined with old trees.",
        ),
        City(
            "Fullerton",
            ("92831", "92832", "92833", "92835"),
            (
                "Chapman Avenue",
                "Commonwealth Avenue",
                "Malvern Avenue",
                "Harbor Boulevard",
            ),
            False,
            2300,
            "Fullerton is a college town with a historic downtown, a busy train "
            "station with trains to Los Angeles, and the Fullerton Arboretum for "
            "quiet weekend walks.",
        ),
        City(
            "Orange",
            ("92865", "92866", "92867", "92869"),
            ("Glassell Street", "Chapman Avenue", "Shaffer Street", "Tustin Street"),
            False,
            2500,
            "Old Towne Orange has one of California's largest historic districts: "
            "antique shops and cafés around the Plaza, Chapman University and tree-"
            "lined streets of Craftsman homes.",
        ),
        City(
            "Tustin",
            ("92780", "92782"),
            ("El Camino Real", "Red Hill Avenue", "Main Street", "Newport Avenue"),
            False,
            2600,
            "Tustin pairs a charming Old Town with the modern District and Tustin "
            "Legacy parks, with the 5 and the 55 freeways close at hand for commuters.",
        ),
        City(
            "Mission Viejo",
            ("92691", "92692"),
            ("Marguerite Parkway", "La Paz Road", "Olympiad Road", "Alicia Parkway"),
            False,
            2600,
            "Mission Viejo is a green, planned community built around its lake, "
            "with swimming, paddling and summer concerts, and Saddleback's trails "
            "on the horizon.",
        ),
    ]
}
