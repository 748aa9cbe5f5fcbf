"""Image-theft comparison, offline: which of the seller's images are copies of the team's originals, and how close.

A whole-image perceptual hash survives resizing, re-encoding, a watermark or a small edit, but not a crop or a mirror.
So each original is hashed many ways: whole, and cut to 90 %, 80 % and 70 % of its width and height at nine
positions, each also mirrored. A seller's image is hashed whole; its distance to an original is the smallest, over
the original's variants, of the mean of the pHash and dHash distances (bits out of 64). Two different hash
algorithms must agree, which keeps unrelated images with a chance pHash likeness apart. Nothing is fetched from the
internet: only the files given are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.errors import BadInput
from assistant.services.evidence.image_hashes import HASH_SIZE, NotAnImage, exif_capture_date, is_image_path, open_image
from assistant.services.evidence.manifest import sha256_of

# Chosen on a calibration set generated apart from the benchmark's (benchmarks/image_match_benchmark.py --calibrate,
# other seeds): the largest distance at which precision on that set stayed >= 0.99. See benchmarks/README.md.
DEFAULT_THRESHOLD = 15.0
CROP_SCALES = (0.9, 0.8, 0.7)
_POSITIONS = (0.0, 0.5, 1.0)  # left/top, centre, right/bottom
_WORKING_SIZE = 256  # originals are shrunk first: hashing a crop of a 256 px copy is as good and far faster
MAX_FILES = 2_000


class ImageMatch(BaseModel):
    """A seller's image found to copy one of the originals."""

    suspect: str
    original: str
    distance: float = Field(description="Mean of pHash and dHash distances, in bits of 64; 0 is identical.")
    variant: str = Field(description="How the original best lines up: 'whole', 'mirrored', 'crop 80% at left-top'...")
    identical_file: bool = Field(description="Byte for byte the same file (same SHA-256).")
    original_capture_date: str | None = Field(default=None, description="The original's EXIF capture date, verbatim.")


class UnreadableFile(BaseModel):
    path: str
    reason: str


class MatchReport(BaseModel):
    """Every match under the threshold, and what could not be compared."""

    threshold: float
    originals: int
    suspects: int
    matches: list[ImageMatch]
    unmatched_suspects: list[str] = Field(description="Seller's images that match none of the originals.")
    unreadable: list[UnreadableFile] = Field(default_factory=list)
    made_at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))


@dataclass(frozen=True)
class _Variant:
    label: str
    phash: object
    dhash: object


@dataclass(frozen=True)
class _Hashed:
    path: Path
    sha256: str
    variants: tuple[_Variant, ...]


def _hashes(image) -> tuple[object, object]:
    import imagehash

    return imagehash.phash(image, hash_size=HASH_SIZE), imagehash.dhash(image, hash_size=HASH_SIZE)


def _place(fraction: float) -> str:
    return {0.0: "start", 0.5: "centre", 1.0: "end"}[fraction]


def original_variants(image) -> tuple[_Variant, ...]:
    """The whole image and its crops, each as is and mirrored."""
    from PIL import ImageOps

    image = image.copy()
    image.thumbnail((_WORKING_SIZE, _WORKING_SIZE))
    variants = []
    for mirrored, source in ((False, image), (True, ImageOps.mirror(image))):
        prefix = "mirrored " if mirrored else ""
        variants.append(_Variant(f"{prefix}whole".strip(), *_hashes(source)))
        width, height = source.size
        for scale in CROP_SCALES:
            crop_w, crop_h = round(width * scale), round(height * scale)
            for x in _POSITIONS:
                for y in _POSITIONS:
                    left, top = round((width - crop_w) * x), round((height - crop_h) * y)
                    box = (left, top, left + crop_w, top + crop_h)
                    label = f"{prefix}crop {round(scale * 100)}% at {_place(x)}-{_place(y)}"
                    variants.append(_Variant(label, *_hashes(source.crop(box))))
    return tuple(variants)


def distance(suspect: _Variant, original: _Hashed) -> tuple[float, str]:
    """The smallest mean pHash/dHash distance between the suspect and any variant of the original, with that variant."""
    best, label = float("inf"), ""
    for variant in original.variants:
        value = ((suspect.phash - variant.phash) + (suspect.dhash - variant.dhash)) / 2
        if value < best:
            best, label = value, variant.label
    return best, label


def _image_files(paths: list[str | Path], what: str) -> list[Path]:
    """The image files named, folders expanded to the images directly inside them."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.is_file() and is_image_path(p))
        elif path.is_file():
            files.append(path)
        else:
            raise BadInput(f"The {what} {path} does not exist.")
    if not files:
        raise BadInput(f"No {what} images were found in what was given.")
    if len(files) > MAX_FILES:
        raise BadInput(f"At most {MAX_FILES} {what} images per comparison.")
    return files


def match_images(originals: list[str | Path], suspects: list[str | Path], *, threshold: float = DEFAULT_THRESHOLD) -> MatchReport:
    """Compare the seller's images with the team's originals; every pair within `threshold` is a match."""
    if not 0 <= threshold <= 64:
        raise BadInput("The threshold is a distance in bits between 0 and 64.")
    unreadable: list[UnreadableFile] = []
    hashed_originals: list[_Hashed] = []
    for path in _image_files(originals, "original"):
        try:
            hashed_originals.append(_Hashed(path, sha256_of(path), original_variants(open_image(path))))
        except NotAnImage as exc:
            unreadable.append(UnreadableFile(path=str(path), reason=str(exc)))
    suspect_files = _image_files(suspects, "suspect")
    capture_dates = {item.path: exif_capture_date(item.path) for item in hashed_originals}
    matches: list[ImageMatch] = []
    unmatched: list[str] = []
    for path in suspect_files:
        try:
            whole = _Variant("whole", *_hashes(open_image(path)))
        except NotAnImage as exc:
            unreadable.append(UnreadableFile(path=str(path), reason=str(exc)))
            continue
        digest = sha256_of(path)
        found = False
        for original in hashed_originals:
            value, label = distance(whole, original)
            identical = digest == original.sha256
            if identical or value <= threshold:
                found = True
                matches.append(
                    ImageMatch(
                        suspect=str(path), original=str(original.path), distance=0.0 if identical else value, variant=label,
                        identical_file=identical, original_capture_date=capture_dates[original.path],
                    )
                )
        if not found:
            unmatched.append(str(path))
    matches.sort(key=lambda match: (match.suspect, match.distance))
    return MatchReport(
        threshold=threshold, originals=len(hashed_originals), suspects=len(suspect_files), matches=matches,
        unmatched_suspects=unmatched, unreadable=unreadable,
    )


def evidence_text(report: MatchReport) -> str:
    """The comparison as a document for the image-theft evidence: each match, its distance, the original's capture date."""
    lines = [
        "# Image comparison: the seller's images against our originals",
        "",
        f"Made {report.made_at} offline by perceptual hashing (pHash and dHash, 64 bits; mirrored and cropped variants of "
        f"each original). Distance is in bits out of 64 (0 = identical); a match is at most {report.threshold:g}.",
        f"{report.originals} original(s), {report.suspects} image(s) from the listing, {len(report.matches)} match(es).",
        "",
        "| Seller's image | Our original | Distance | How it lines up | Same file | Original taken (EXIF) |",
        "|---|---|---:|---|---|---|",
    ]
    for match in report.matches:
        lines.append(
            f"| {Path(match.suspect).name} | {Path(match.original).name} | {match.distance:.1f} | {match.variant} | "
            f"{'yes' if match.identical_file else 'no'} | {match.original_capture_date or 'not recorded'} |"
        )
    if report.unmatched_suspects:
        lines += ["", "No match: " + ", ".join(Path(path).name for path in report.unmatched_suspects)]
    lines += [
        "",
        "IPP asks for the original unedited camera files and other shots from the same set; attach them with this table.",
    ]
    return "\n".join(lines) + "\n"
