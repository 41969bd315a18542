"""The demo's outdoor pictures and portraits: house fronts, Orange County landscapes and
member avatars (rooms are in `rooms.py`).

Each scene takes a seeded `random.Random`, so it is the same on every run, and returns a
`Picture`: the drawing and the words that describe what was drawn, from the very choices
that drew it, so an image title built from them is honest alt text.
"""

from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter

from . import drawing
from .palettes import (
    BACKDROPS,
    FABRICS,
    HAIR_COLOURS,
    ROOFS,
    SKIES,
    SKIN_TONES,
    WALLS,
    pick,
)

PHOTO_SIZE = (1200, 800)
HERO_SIZE = (1600, 800)
PORTRAIT_SIZE = (600, 600)


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


STOREY_WORDS = {1: "single-story", 2: "two-story", 3: "three-story"}


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
    hair_name, hair = pick(rng, HAIR_COLOURS)
    top_name, top = pick(rng, FABRICS)
    long_hair = rng.random() < 0.5
    if long_hair:
        draw.rounded_rectangle([175, 150, 425, 430], 90, fill=hair)
    draw.ellipse([110, 420, 490, 760], fill=top)
    draw.rectangle([265, 360, 335, 450], fill=skin)
    draw.ellipse([190, 150, 410, 400], fill=skin)
    draw.chord([180, 120, 420, 360], 180, 360, fill=hair)
    for eye_x in (255, 345):
        draw.ellipse([eye_x - 9, 265, eye_x + 9, 283], fill=(50, 40, 40))
    draw.arc([255, 290, 345, 350], 20, 160, fill=(150, 70, 60), width=5)
    length = "long" if long_hair else "short"
    return Picture(soften(image), f"{length} {hair_name} hair and a {top_name} top")
