"""Shapes the demo pictures are made of: skies, sun, sea, hills, palm trees.

Each function draws onto a Pillow `ImageDraw` in place; the scenes in `pictures.py` combine
them. Colours are RGB tuples.
"""

import math


def blend(top, bottom, share):
    """The colour `share` (0 to 1) of the way from `top` to `bottom`."""
    return tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))


def vertical_gradient(draw, box, top, bottom):
    """Fill `box` (left, top, right, bottom) with colour fading from `top` to `bottom`."""
    left, upper, right, lower = box
    height = max(lower - upper, 1)
    for row in range(upper, lower):
        draw.line(
            [(left, row), (right, row)], fill=blend(top, bottom, (row - upper) / height)
        )


def sun(draw, centre, radius, colour):
    """A sun with a soft halo."""
    x, y = centre
    halo = blend(colour, (255, 255, 255), 0.5)
    draw.ellipse(
        [x - radius * 1.4, y - radius * 1.4, x + radius * 1.4, y + radius * 1.4],
        fill=halo,
    )
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)


def sea(draw, width, horizon, shore, rng):
    """The Pacific from `horizon` down to `shore`, with glints on the water."""
    vertical_gradient(draw, (0, horizon, width, shore), (40, 110, 160), (90, 170, 200))
    for _ in range(40):
        x = rng.randrange(width)
        y = rng.randrange(horizon + 4, shore - 4)
        length = rng.randrange(12, 48)
        draw.line([(x, y), (x + length, y)], fill=(210, 235, 245), width=3)


def hills(draw, width, base, colours, rng):
    """Overlapping rolling hills, farthest first, their feet at `base`."""
    for layer, colour in enumerate(colours):
        crest = base - 160 + layer * 50
        points = [(0, base)]
        phase = rng.uniform(0, math.tau)
        for x in range(0, width + 40, 40):
            wave = math.sin(x / width * math.tau * 1.3 + phase) * 40
            points.append((x, crest + wave))
        points.append((width, base))
        draw.polygon(points, fill=colour)


def palm_tree(draw, foot, height, rng):
    """A palm: a gently curved trunk with a crown of drooping fronds."""
    x, y = foot
    lean = rng.uniform(-0.2, 0.2)
    trunk = [
        (x + lean * height * (step / 10) ** 2, y - height * step / 10)
        for step in range(11)
    ]
    draw.line(trunk, fill=(120, 90, 60), width=max(height // 24, 6), joint="curve")
    crown = trunk[-1]
    for angle in range(-10, 200, 30):
        frond(
            draw,
            crown,
            math.radians(angle + rng.uniform(-8, 8)),
            height * rng.uniform(0.38, 0.46),
        )
    draw.ellipse(
        [crown[0] - 12, crown[1] - 10, crown[0] + 12, crown[1] + 12], fill=(95, 75, 45)
    )


def frond(draw, base, angle, length):
    """A leaf from `base`, pointing at `angle` (0 is right, downwards is positive) and drooping."""
    bx, by = base
    tip = (
        bx + math.cos(angle) * length,
        by - math.sin(angle) * length * 0.5 + length * 0.45,
    )
    middle = ((bx + tip[0]) / 2, (by + tip[1]) / 2 - length * 0.18)
    half_width = length * 0.09
    draw.polygon(
        [
            base,
            (middle[0], middle[1] - half_width),
            tip,
            (middle[0], middle[1] + half_width),
        ],
        fill=(44, 112, 62),
    )


def cloud(draw, centre, size):
    """A fair-weather cloud of overlapping puffs."""
    x, y = centre
    for dx, dy, radius in (
        (-1.0, 0.2, 0.55),
        (0, -0.2, 0.75),
        (1.0, 0.2, 0.55),
        (0.5, 0.25, 0.6),
    ):
        r = radius * size
        draw.ellipse(
            [
                x + dx * size - r,
                y + dy * size - r * 0.7,
                x + dx * size + r,
                y + dy * size + r * 0.7,
            ],
            fill=(250, 250, 252),
        )


def shrub(draw, centre, radius, colour):
    """A round bush."""
    x, y = centre
    draw.ellipse(
        [x - radius, y - radius * 0.7, x + radius, y + radius * 0.7], fill=colour
    )


def window(draw, box, glass, frame=(250, 250, 245)):
    """A window with a frame and a cross bar."""
    left, top, right, bottom = box
    draw.rectangle(box, fill=frame)
    draw.rectangle([left + 6, top + 6, right - 6, bottom - 6], fill=glass)
    middle_x, middle_y = (left + right) // 2, (top + bottom) // 2
    draw.line([(middle_x, top), (middle_x, bottom)], fill=frame, width=5)
    draw.line([(left, middle_y), (right, middle_y)], fill=frame, width=5)
