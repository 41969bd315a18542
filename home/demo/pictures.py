"""The demo's pictures: house fronts, rooms, Orange County landscapes and portraits.

Each scene takes a seeded `random.Random`, so it is the same on every run, and returns a
`Picture`: the drawing and the words that describe what was drawn, from the very choices
that drew it, so an image title built from them is honest alt text.
"""

from collections import namedtuple
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter

from . import drawing

PHOTO_SIZE = (1200, 800)
HERO_SIZE = (1600, 800)
PORTRAIT_SIZE = (600, 600)

Sky = namedtuple("Sky", "top bottom sun")

SKIES = {
    "a clear blue sky": Sky((60, 130, 210), (185, 220, 245), (255, 244, 200)),
    "a golden-hour sky": Sky((235, 160, 90), (255, 225, 160), (255, 210, 110)),
    "a sunset sky": Sky((110, 80, 150), (250, 150, 110), (255, 190, 120)),
    "a soft morning sky": Sky((150, 180, 215), (240, 225, 215), (255, 245, 225)),
}
WALLS = {
    "white": (245, 242, 235),
    "sand-coloured": (226, 204, 160),
    "terracotta": (198, 112, 82),
    "sage green": (160, 180, 145),
    "pale blue": (172, 200, 222),
    "coral": (238, 145, 122),
}
ROOFS = {
    "a red tile roof": (168, 72, 52),
    "a slate grey roof": (82, 86, 96),
    "a brown shingle roof": (112, 82, 60),
}
PAINTS = {
    "white": (244, 242, 236),
    "warm grey": (205, 198, 190),
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
    "grey": (130, 134, 140),
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
HAIR_COLOURS = [
    (40, 30, 25),
    (90, 60, 40),
    (180, 140, 80),
    (150, 70, 40),
    (200, 200, 200),
]


@dataclass
class Picture:
    image: Image.Image
    description: str

    def as_jpeg(self):
        """The picture as JPEG bytes, ready to be stored as a file."""
        buffer = BytesIO()
        self.image.save(buffer, format="JPEG", quality=82, optimize=True)
        buffer.seek(0)
        return buffer


def pick(rng, palette):
    """A (name, colour) pair from `palette`."""
    name = rng.choice(sorted(palette))
    return name, palette[name]


def canvas(size, colour=(255, 255, 255)):
    image = Image.new("RGB", size, colour)
    return image, ImageDraw.Draw(image)


def soften(image):
    """Take the hard edge off Pillow's unsmoothed shapes."""
    return image.filter(ImageFilter.SMOOTH)


def outdoor_backdrop(draw, size, rng, sky, coastal):
    """Sky, sun and, behind the ground line, the sea or the hills."""
    width, height = size
    horizon = int(height * 0.55)
    drawing.vertical_gradient(draw, (0, 0, width, horizon), sky.top, sky.bottom)
    drawing.sun(
        draw,
        (rng.randrange(width // 8, width * 7 // 8), rng.randrange(80, horizon - 120)),
        55,
        sky.sun,
    )
    for _ in range(rng.randrange(1, 4)):
        drawing.cloud(
            draw,
            (rng.randrange(width), rng.randrange(60, horizon // 2)),
            rng.randrange(40, 70),
        )
    if coastal:
        drawing.sea(draw, width, horizon, height, rng)
    else:
        drawing.vertical_gradient(
            draw, (0, horizon, width, height), (185, 195, 145), (140, 170, 105)
        )
        drawing.hills(draw, width, horizon + 40, [(150, 160, 120), (120, 145, 95)], rng)
    return horizon


def building_front(rng, coastal, noun, storeys):
    """A Californian home of `storeys` floors seen from the street; `noun` names it."""
    sky_name, sky = pick(rng, SKIES)
    wall_name, wall = pick(rng, WALLS)
    roof_name, roof = pick(rng, ROOFS)
    image, draw = canvas(PHOTO_SIZE)
    outdoor_backdrop(draw, PHOTO_SIZE, rng, sky, coastal)
    drawing.vertical_gradient(draw, (0, 600, 1200, 800), (120, 170, 90), (90, 140, 70))
    draw_building(draw, rng, wall, roof, storeys)
    for foot_x in rng.sample([90, 170, 1030, 1110], 2):
        drawing.palm_tree(draw, (foot_x, 640), rng.randrange(380, 520), rng)
    description = f"a {wall_name} {STOREY_WORDS[storeys]} {noun} with {roof_name}, palm trees and {sky_name}"
    return Picture(soften(image), description)


STOREY_WORDS = {1: "single-storey", 2: "two-storey", 3: "three-storey"}


def draw_building(draw, rng, wall, roof, storeys):
    left = rng.randrange(260, 360)
    right = left + rng.randrange(520, 600)
    storey_height = 150 if storeys > 2 else 170
    ground = 640
    top = ground - storey_height * storeys
    draw.rectangle([left, top, right, ground], fill=wall)
    draw.polygon(
        [(left - 40, top), ((left + right) // 2, top - 130), (right + 40, top)],
        fill=roof,
    )
    glass = (150, 195, 225)
    for floor in range(storeys):
        row_top = top + 35 + floor * storey_height
        for column in range(3):
            x = left + 50 + column * ((right - left - 100) // 3)
            if floor == storeys - 1 and column == 1:
                continue
            drawing.window(draw, (x, row_top, x + 90, row_top + 85), glass)
    door_x = (left + right) // 2 - 40
    draw.rectangle([door_x, ground - 130, door_x + 80, ground], fill=blend_darker(wall))
    draw.polygon(
        [
            (door_x, ground),
            (door_x + 80, ground),
            (door_x + 140, 800),
            (door_x - 60, 800),
        ],
        fill=(215, 205, 185),
    )
    for x in (left + 20, right - 20):
        drawing.shrub(draw, (x, ground), 45, (60, 125, 70))


def blend_darker(colour):
    return drawing.blend(colour, (40, 30, 30), 0.55)


def room(rng, kind):
    """The inside of a home: `kind` is one of ROOM_PAINTERS."""
    paint_name, paint = pick(rng, PAINTS)
    floor_name, floor = pick(rng, FLOORS)
    fabric_name, fabric = pick(rng, FABRICS)
    image, draw = canvas(PHOTO_SIZE, paint)
    draw.rectangle([0, 560, 1200, 800], fill=floor)
    for y in range(590, 800, 40):
        draw.line(
            [(0, y), (1200, y)], fill=drawing.blend(floor, (0, 0, 0), 0.12), width=2
        )
    window_left = rng.choice((120, 760))
    drawing.window(draw, (window_left, 140, window_left + 320, 420), (170, 210, 235))
    furnishing = ROOM_PAINTERS[kind](draw, rng, fabric, window_left)
    description = (
        f"{paint_name} walls, {floor_name} and {furnishing.format(fabric=fabric_name)}"
    )
    return Picture(soften(image), description)


def draw_living_room(draw, rng, fabric, window_left):
    sofa_left = 640 if window_left < 600 else 160
    draw.ellipse([sofa_left - 80, 640, sofa_left + 480, 760], fill=(225, 215, 195))
    draw.rounded_rectangle([sofa_left, 450, sofa_left + 400, 600], 30, fill=fabric)
    draw.rounded_rectangle(
        [sofa_left - 30, 520, sofa_left + 430, 640], 25, fill=blend_darker(fabric)
    )
    for offset in (60, 250):
        draw.rounded_rectangle(
            [sofa_left + offset, 470, sofa_left + offset + 90, 540],
            18,
            fill=(240, 230, 210),
        )
    draw.rectangle([sofa_left + 120, 160, sofa_left + 280, 290], fill=(90, 70, 50))
    draw.rectangle([sofa_left + 130, 170, sofa_left + 270, 280], fill=(240, 170, 90))
    return "a {fabric} sofa"


def draw_bedroom(draw, rng, fabric, window_left):
    bed_left = 600 if window_left < 600 else 140
    draw.rounded_rectangle(
        [bed_left, 380, bed_left + 460, 560], 20, fill=(150, 110, 80)
    )
    draw.rectangle([bed_left - 20, 520, bed_left + 480, 680], fill=(245, 243, 238))
    draw.rectangle([bed_left - 20, 580, bed_left + 480, 700], fill=fabric)
    for offset in (30, 250):
        draw.rounded_rectangle(
            [bed_left + offset, 480, bed_left + offset + 180, 540],
            20,
            fill=(250, 250, 248),
        )
    table_x = bed_left + 500
    draw.rectangle([table_x, 540, table_x + 90, 640], fill=(150, 110, 80))
    draw.polygon(
        [
            (table_x + 20, 460),
            (table_x + 70, 460),
            (table_x + 85, 510),
            (table_x + 5, 510),
        ],
        fill=(250, 235, 190),
    )
    draw.line([(table_x + 45, 510), (table_x + 45, 540)], fill=(60, 60, 60), width=5)
    return "a bed made up with a {fabric} cover"


def draw_kitchen(draw, rng, fabric, window_left):
    draw.rectangle([0, 470, 1200, 620], fill=fabric)
    draw.rectangle([0, 450, 1200, 475], fill=(235, 235, 230))
    for x in range(40, 1200, 200):
        draw.line([(x, 485), (x, 610)], fill=blend_darker(fabric), width=4)
    cupboards_left = 560 if window_left < 600 else 40
    draw.rectangle([cupboards_left, 110, cupboards_left + 600, 300], fill=fabric)
    for x in range(cupboards_left + 150, cupboards_left + 600, 150):
        draw.line([(x, 110), (x, 300)], fill=blend_darker(fabric), width=4)
    lamp_x = cupboards_left - 120 if cupboards_left > 300 else 900
    draw.line([(lamp_x, 0), (lamp_x, 180)], fill=(60, 60, 60), width=3)
    draw.chord([lamp_x - 60, 150, lamp_x + 60, 270], 180, 360, fill=(40, 40, 45))
    bowl_x = window_left + 160
    for dx in (-40, 0, 40):
        draw.ellipse(
            [bowl_x + dx - 25, 385, bowl_x + dx + 25, 435], fill=(245, 140, 30)
        )
    draw.chord([bowl_x - 75, 360, bowl_x + 75, 455], 0, 180, fill=(70, 110, 150))
    return "{fabric} cupboards and a bowl of oranges"


ROOM_PAINTERS = {
    "living room": draw_living_room,
    "bedroom": draw_bedroom,
    "kitchen": draw_kitchen,
}


def landscape(rng, coastal, size=PHOTO_SIZE):
    """Open country: the beach and the Pacific, or hills with orange groves."""
    sky_name, sky = pick(rng, SKIES)
    image, draw = canvas(size)
    width, height = size
    horizon = outdoor_backdrop(draw, size, rng, sky, coastal)
    if coastal:
        draw.polygon(
            [(0, height), (0, height - 170), (width, height - 120), (width, height)],
            fill=(236, 214, 170),
        )
        scenery = "palm trees on a sandy beach by the Pacific"
    else:
        orange_grove(draw, width, horizon + 90, rng)
        scenery = "rolling hills and an orange grove"
    for _ in range(3):
        foot = (rng.randrange(40, width - 40), rng.randrange(height - 110, height - 30))
        drawing.palm_tree(draw, foot, rng.randrange(300, 480), rng)
    return Picture(soften(image), f"{scenery} under {sky_name}")


def orange_grove(draw, width, top, rng):
    for row, y in enumerate(range(top, top + 300, 75)):
        for x in range(40 + row % 2 * 60, width, 130):
            drawing.shrub(draw, (x, y), 48 + row * 6, (50, 115, 55))
            for _ in range(4):
                fx, fy = x + rng.randrange(-30, 30), y + rng.randrange(-20, 15)
                draw.ellipse([fx - 6, fy - 6, fx + 6, fy + 6], fill=(245, 145, 30))


def portrait(rng):
    """A friendly head-and-shoulders avatar."""
    image, draw = canvas(PORTRAIT_SIZE, rng.choice(BACKDROPS))
    skin = rng.choice(SKIN_TONES)
    hair = rng.choice(HAIR_COLOURS)
    _, shirt = pick(rng, FABRICS)
    long_hair = rng.random() < 0.5
    if long_hair:
        draw.rounded_rectangle([175, 150, 425, 430], 90, fill=hair)
    draw.ellipse([110, 420, 490, 760], fill=shirt)
    draw.rectangle([265, 360, 335, 450], fill=skin)
    draw.ellipse([190, 150, 410, 400], fill=skin)
    draw.chord([180, 120, 420, 360], 180, 360, fill=hair)
    for eye_x in (255, 345):
        draw.ellipse([eye_x - 9, 265, eye_x + 9, 283], fill=(50, 40, 40))
    draw.arc([255, 290, 345, 350], 20, 160, fill=(150, 70, 60), width=5)
    return Picture(soften(image), "illustrated portrait")
