"""Rooms for a letting's gallery: a living room, a bedroom or a kitchen, each in colours
chosen by a seeded random generator and described in the words of those choices."""

from . import drawing
from .palettes import FABRICS, FLOORS, PAINTS, pick
from .pictures import PHOTO_SIZE, Picture, blend_darker, canvas, soften


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
