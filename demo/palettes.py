"""Named colours for the demo's pictures. The names are American English because they end
up in image titles, which the site shows as alt text."""

from collections import namedtuple

Sky = namedtuple("Sky", "top bottom sun")

SKIES = {
    "a clear blue sky": Sky((60, 130, 210), (185, 220, 245), (255, 244, 200)),
    "a golden-hour sky": Sky((235, 160, 90), (255, 225, 160), (255, 210, 110)),
    "a sunset sky": Sky((110, 80, 150), (250, 150, 110), (255, 190, 120)),
    "a soft morning sky": Sky((150, 180, 215), (240, 225, 215), (255, 245, 225)),
}
WALLS = {
    "white": (245, 242, 235),
    "sand-colored": (226, 204, 160),
    "terracotta": (198, 112, 82),
    "sage green": (160, 180, 145),
    "pale blue": (172, 200, 222),
    "coral": (238, 145, 122),
}
ROOFS = {
    "a red tile roof": (168, 72, 52),
    "a slate gray roof": (82, 86, 96),
    "a brown shingle roof": (112, 82, 60),
}
PAINTS = {
    "white": (244, 242, 236),
    "warm gray": (205, 198, 190),
    "soft green": (196, 214, 190),
    "pale yellow": (246, 232, 180),
    "dusty blue": (184, 202, 218),
}
FLOORS = {
    "an oak floor": (192, 150, 104),
    "a walnut floor": (120, 86, 62),
    "a pale tiled floor": (226, 220, 208),
}
FABRICS = {
    "teal": (40, 120, 125),
    "mustard": (215, 165, 50),
    "gray": (130, 134, 140),
    "rust": (175, 85, 50),
    "navy": (40, 60, 105),
}
BACKDROPS = [
    (250, 225, 200),
    (205, 230, 225),
    (225, 215, 240),
    (250, 240, 190),
    (210, 225, 245),
]
SKIN_TONES = [
    (255, 219, 185),
    (238, 192, 150),
    (205, 150, 110),
    (160, 110, 75),
    (110, 75, 50),
]
HAIR_COLOURS = {
    "dark": (40, 30, 25),
    "brown": (90, 60, 40),
    "fair": (180, 140, 80),
    "auburn": (150, 70, 40),
    "gray": (200, 200, 200),
}


def pick(rng, palette):
    """A (name, colour) pair from `palette`."""
    name = rng.choice(sorted(palette))
    return name, palette[name]
