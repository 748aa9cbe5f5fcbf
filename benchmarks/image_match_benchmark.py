"""Image-theft matching on a generated set: perceptual hashing (evidence match) beside plain SHA-256, same run.

Originals are generated scenes (gradients, shapes, lines, noise). Each is turned into suspects by the things sellers
do to stolen photos: crop, scale, JPEG re-encoding, a watermark, a mirror, a small edit, and combinations; distinct
generated images are the non-matching suspects. Every suspect is compared with every original; a pair counts as found
when the method reports it. Precision and recall are over pairs.

    .venv/bin/python benchmarks/image_match_benchmark.py               # markdown table
    .venv/bin/python benchmarks/image_match_benchmark.py --json        # the same figures
    .venv/bin/python benchmarks/image_match_benchmark.py --calibrate   # choose the threshold on the calibration seeds

The calibration set and the benchmark set come from different seeds; the threshold in assistant/services/evidence/
matching.py was chosen with --calibrate only. Exits 1 when precision < 0.98 or recall < 0.9 at that threshold.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

from assistant.services.evidence.matching import DEFAULT_THRESHOLD, match_images  # noqa: E402

BENCHMARK_SEED, CALIBRATION_SEED = 20261129, 77
TARGET_PRECISION, TARGET_RECALL = 0.98, 0.9


def scene(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A product-photo-like picture: a gradient background, a few filled shapes, lines and some sensor noise."""
    width, height = size
    top, bottom = [tuple(rng.randrange(256) for _ in range(3)) for _ in range(2)]
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(rng.randint(4, 9)):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        x1, y1 = x0 + rng.randint(width // 10, width // 2), y0 + rng.randint(height // 10, height // 2)
        colour = tuple(rng.randrange(256) for _ in range(3))
        shape = rng.choice(("ellipse", "rectangle", "polygon"))
        if shape == "ellipse":
            draw.ellipse([x0, y0, x1, y1], fill=colour)
        elif shape == "rectangle":
            draw.rectangle([x0, y0, x1, y1], fill=colour)
        else:
            draw.polygon([(rng.randrange(width), rng.randrange(height)) for _ in range(rng.randint(3, 6))], fill=colour)
    for _ in range(rng.randint(2, 6)):
        draw.line([(rng.randrange(width), rng.randrange(height)) for _ in range(2)], fill=tuple(rng.randrange(256) for _ in range(3)), width=rng.randint(2, 8))
    noise = Image.effect_noise(size, rng.uniform(8, 25)).convert("RGB")
    return Image.blend(image, noise, 0.08).filter(ImageFilter.GaussianBlur(0.6))


def crop(image: Image.Image, rng: random.Random) -> Image.Image:
    width, height = image.size
    keep_w, keep_h = rng.uniform(0.75, 0.92), rng.uniform(0.75, 0.92)
    left, top = rng.uniform(0, 1 - keep_w) * width, rng.uniform(0, 1 - keep_h) * height
    return image.crop((round(left), round(top), round(left + keep_w * width), round(top + keep_h * height)))


def scale(image: Image.Image, rng: random.Random) -> Image.Image:
    factor = rng.choice((0.35, 0.5, 0.75, 1.5))
    return image.resize((max(16, round(image.width * factor)), max(16, round(image.height * factor))), Image.LANCZOS)


def watermark(image: Image.Image, rng: random.Random) -> Image.Image:
    marked = image.copy()
    draw = ImageDraw.Draw(marked, "RGBA")
    text = rng.choice(("BEST-SHOP", "hot sale 2026", "shop88888", "SUPER DEAL"))
    for row in range(rng.randint(1, 3)):
        x, y = rng.randrange(max(1, image.width // 2)), rng.randrange(max(1, image.height - 20))
        draw.text((x, y + row * 12), text * 2, fill=(255, 255, 255, 150))
    draw.rectangle([0, image.height - image.height // 10, image.width // 3, image.height], fill=(0, 0, 0, 120))
    return marked


def small_edit(image: Image.Image, rng: random.Random) -> Image.Image:
    edited = ImageEnhance.Brightness(image).enhance(rng.uniform(0.85, 1.15))
    edited = ImageEnhance.Contrast(edited).enhance(rng.uniform(0.85, 1.15))
    draw = ImageDraw.Draw(edited)
    x, y = rng.randrange(image.width - image.width // 8), rng.randrange(image.height - image.height // 8)
    draw.rectangle([x, y, x + image.width // 10, y + image.height // 10], fill=tuple(rng.randrange(256) for _ in range(3)))
    return edited


TRANSFORMS = {
    "copy": lambda image, rng: image,
    "crop": crop,
    "scale": scale,
    "jpeg": lambda image, rng: image,  # the quality is applied when saving
    "watermark": watermark,
    "mirror": lambda image, rng: ImageOps.mirror(image),
    "small edit": small_edit,
    "crop + scale + jpeg": lambda image, rng: scale(crop(image, rng), rng),
    "mirror + watermark": lambda image, rng: watermark(ImageOps.mirror(image), rng),
}


def generate(folder: Path, seed: int, *, originals: int = 40, distinct: int = 120) -> tuple[list[Path], list[Path], set[tuple[str, str]]]:
    """Write originals and suspects under folder; returns (originals, suspects, the true (suspect, original) pairs)."""
    rng = random.Random(seed)
    (folder / "originals").mkdir(parents=True)
    (folder / "suspects").mkdir()
    originals_paths, suspect_paths, truth = [], [], set()
    for number in range(originals):
        size = rng.choice(((640, 480), (800, 800), (480, 640), (1024, 768)))
        original = scene(rng, size)
        path = folder / "originals" / f"o{number:03}.jpg"
        original.save(path, quality=95)
        originals_paths.append(path)
        for name, transform in TRANSFORMS.items():
            suspect = folder / "suspects" / f"s-o{number:03}-{name.replace(' ', '').replace('+', '_')}.jpg"
            if name == "copy":
                suspect.write_bytes(path.read_bytes())
            else:
                quality = rng.choice((20, 35, 50)) if "jpeg" in name else rng.choice((70, 85, 95))
                transform(Image.open(path).convert("RGB"), rng).save(suspect, quality=quality)
            suspect_paths.append(suspect)
            truth.add((str(suspect), str(path)))
    for number in range(distinct):
        size = rng.choice(((640, 480), (800, 800), (480, 640)))
        path = folder / "suspects" / f"d{number:03}.jpg"
        scene(rng, size).save(path, quality=rng.choice((60, 85, 95)))
        suspect_paths.append(path)
    return originals_paths, suspect_paths, truth


def scores(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict[str, float]:
    true_positive = len(found & truth)
    return {
        "precision": true_positive / len(found) if found else 1.0,
        "recall": true_positive / len(truth) if truth else 1.0,
        "found": len(found),
        "false_matches": len(found - truth),
    }


def sha256_pairs(originals: list[Path], suspects: list[Path]) -> set[tuple[str, str]]:
    import hashlib

    digests: dict[str, list[str]] = {}
    for path in originals:
        digests.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), []).append(str(path))
    return {(str(s), o) for s in suspects for o in digests.get(hashlib.sha256(s.read_bytes()).hexdigest(), [])}


def per_transform_recall(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict[str, float]:
    result = {}
    for name in TRANSFORMS:
        tag = f"-{name.replace(' ', '').replace('+', '_')}.jpg"
        pairs = {pair for pair in truth if pair[0].endswith(tag)}
        result[name] = len(found & pairs) / len(pairs) if pairs else 0.0
    return result


def calibrate(folder: Path) -> dict:
    """Distances on the calibration set; the largest threshold keeping precision >= 0.99, and recall there."""
    originals, suspects, truth = generate(folder, CALIBRATION_SEED)
    report = match_images(originals, suspects, threshold=32)
    pairs = [((m.suspect, m.original), m.distance) for m in report.matches]
    table = []
    chosen = None
    for step in range(0, 33):
        threshold = step / 2 if step <= 32 else step
        found = {pair for pair, value in pairs if value <= threshold}
        result = scores(found, truth)
        table.append({"threshold": threshold, **result})
        if result["precision"] >= 0.99:
            chosen = threshold
    return {"seed": CALIBRATION_SEED, "chosen_threshold": chosen, "table": table}


def run(folder: Path) -> dict:
    originals, suspects, truth = generate(folder, BENCHMARK_SEED)
    started = time.perf_counter()
    report = match_images(originals, suspects)
    seconds = time.perf_counter() - started
    found = {(m.suspect, m.original) for m in report.matches}
    started = time.perf_counter()
    sha_found = sha256_pairs(originals, suspects)
    sha_seconds = time.perf_counter() - started
    return {
        "seed": BENCHMARK_SEED,
        "threshold": DEFAULT_THRESHOLD,
        "originals": len(originals),
        "suspects": len(suspects),
        "true_pairs": len(truth),
        "perceptual": {**scores(found, truth), "seconds": round(seconds, 2), "recall_by_transform": per_transform_recall(found, truth)},
        "sha256": {**scores(sha_found, truth), "seconds": round(sha_seconds, 2), "recall_by_transform": per_transform_recall(sha_found, truth)},
        "missed": sorted(Path(s).name for s, _ in truth - found)[:20],
        "false_matches": sorted(f"{Path(s).name} ~ {Path(o).name}" for s, o in found - truth)[:20],
    }


def markdown(result: dict) -> str:
    lines = [
        f"Generated set (seed {result['seed']}): {result['originals']} originals, {result['suspects']} suspects, "
        f"{result['true_pairs']} true pairs; threshold {result['threshold']:g}.",
        "",
        "| method | precision | recall | false matches | seconds |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, key in (("perceptual hash (evidence match)", "perceptual"), ("SHA-256", "sha256")):
        row = result[key]
        lines.append(f"| {name} | {row['precision']:.3f} | {row['recall']:.3f} | {row['false_matches']} | {row['seconds']} |")
    lines += ["", "| transform | perceptual recall | SHA-256 recall |", "| --- | ---: | ---: |"]
    for name in TRANSFORMS:
        lines.append(f"| {name} | {result['perceptual']['recall_by_transform'][name]:.3f} | {result['sha256']['recall_by_transform'][name]:.3f} |")
    if result["missed"]:
        lines += ["", "Missed: " + ", ".join(result["missed"])]
    if result["false_matches"]:
        lines += ["", "False matches: " + ", ".join(result["false_matches"])]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--calibrate", action="store_true", help="Choose the threshold on the calibration set (other seeds).")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if options.calibrate:
            result = calibrate(Path(folder))
            print(json.dumps(result, indent=2) if options.json else
                  "\n".join(f"{row['threshold']:>5}: precision {row['precision']:.3f} recall {row['recall']:.3f} false {row['false_matches']}" for row in result["table"])
                  + f"\nchosen threshold: {result['chosen_threshold']}")
            return 0
        result = run(Path(folder))
    print(json.dumps(result, indent=2) if options.json else markdown(result))
    ok = result["perceptual"]["precision"] >= TARGET_PRECISION and result["perceptual"]["recall"] >= TARGET_RECALL
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
