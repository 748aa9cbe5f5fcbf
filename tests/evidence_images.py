"""Test images drawn with Pillow: distinct scenes, the changes sellers make to stolen photos, EXIF capture dates."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

DATE_TAKEN = "2025:03:14 09:26:53"


def scene(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A picture with a gradient and shapes; different seeds give unrelated pictures."""
    rng = random.Random(seed)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = [tuple(rng.randrange(256) for _ in range(3)) for _ in range(2)]
    for y in range(size[1]):
        t = y / (size[1] - 1)
        draw.line([(0, y), (size[0], y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(7):
        x0, y0 = rng.randrange(size[0]), rng.randrange(size[1])
        box = [x0, y0, x0 + rng.randint(60, 300), y0 + rng.randint(60, 240)]
        colour = tuple(rng.randrange(256) for _ in range(3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    return image


def save_with_date(image: Image.Image, path: Path, taken: str | None = DATE_TAKEN, quality: int = 92) -> Path:
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[36867] = taken  # DateTimeOriginal
    image.save(path, quality=quality, exif=exif)
    return path


def seller_versions(image: Image.Image) -> dict[str, Image.Image]:
    """What sellers do to a stolen photo."""
    width, height = image.size
    marked = image.copy()
    ImageDraw.Draw(marked).text((20, 20), "BEST SHOP 8888 BEST SHOP 8888", fill=(255, 255, 255))
    return {
        "cropped": image.crop((int(width * 0.1), int(height * 0.08), int(width * 0.95), int(height * 0.9))),
        "smaller": image.resize((width // 3, height // 3)),
        "mirrored": ImageOps.mirror(image),
        "watermarked": marked,
    }
