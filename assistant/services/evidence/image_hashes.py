"""Perceptual fingerprints of image files: what stays the same when a photo is resized, re-encoded, cropped or mirrored.

Uses `imagehash` (PyPI, BSD; pure Python over Pillow, NumPy and SciPy, works offline): its pHash and dHash are the
well-known published algorithms, so a fingerprint in a manifest can be recomputed by anyone with the same library.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"})
# A listing photo is a few megapixels; anything far larger is refused rather than decoded (decompression bombs).
MAX_PIXELS = 80_000_000
HASH_SIZE = 8  # 64-bit hashes: the libraries' default, and what the matching threshold was calibrated with

# EXIF tags (from the EXIF 2.3 specification): DateTimeOriginal lives in the Exif sub-IFD, DateTime in IFD0.
_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 36867
_DATE_TIME = 306


class NotAnImage(ValueError):
    """The file cannot be read as an image."""


@dataclass(frozen=True)
class ImageFingerprint:
    """One image's perceptual hashes (hex), size and the capture date its EXIF data states, verbatim."""

    phash: str
    dhash: str
    width: int
    height: int
    exif_capture_date: str | None


def is_image_path(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def open_image(path: Path) -> Any:
    """The image at `path` (a PIL image), fully decoded, in RGB, turned upright as its EXIF orientation says."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # imported here: most commands never read an image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise NotAnImage(f"{path.name} is larger than {MAX_PIXELS // 1_000_000} megapixels.")
                image.load()
                upright = ImageOps.exif_transpose(image)
                return upright.convert("RGB")
    except NotAnImage:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise NotAnImage(f"{path.name} cannot be read as an image ({type(exc).__name__}).") from exc


def exif_capture_date(path: Path) -> str | None:
    """The capture date the file's EXIF data states (DateTimeOriginal, else DateTime), exactly as written; None if absent."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            exif = image.getexif()
            value = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    text = str(value).strip("\x00 ") if value else ""
    return text or None


def fingerprint(path: Path) -> ImageFingerprint:
    """pHash and dHash of the image at `path`, with its size and EXIF capture date."""
    import imagehash

    image = open_image(path)
    return ImageFingerprint(
        phash=str(imagehash.phash(image, hash_size=HASH_SIZE)),
        dhash=str(imagehash.dhash(image, hash_size=HASH_SIZE)),
        width=image.width,
        height=image.height,
        exif_capture_date=exif_capture_date(path),
    )
