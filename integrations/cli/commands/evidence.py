"""`ipr-assistant evidence ...`: check a filing package against its manifest; compare a seller's images with ours.

Exit codes: 0 fine (nothing changed; the comparison ran), 1 problems found (a file changed, went missing or was
added), 2 bad input. --json prints exactly one JSON object.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

evidence_app = typer.Typer(help="Evidence that proves itself: package manifests and offline image-theft comparison.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(evidence_app, name="evidence")


def manifest_note(checked: bool | None) -> str:
    if checked is None:
        return (
            "The files were checked against the manifest; the manifest itself can only be checked against the SHA-256 "
            "printed at export: compare it with the one above, or give it with --manifest-sha256."
        )
    return "The manifest is the one made at export (its SHA-256 is the one kept)." if checked else "The manifest itself was edited since export."


def emit(payload: dict) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, default=str))


@evidence_app.command("verify")
def verify_command(
    package: Path = typer.Argument(..., metavar="PACKAGE", help="The folder a package was exported to."),
    manifest_sha256: str = typer.Option(
        None, "--manifest-sha256", metavar="SHA256",
        help="The manifest's SHA-256 printed at export: also proves the manifest itself unchanged.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Tell whether any file of an exported package changed, went missing or was added since it was made.

    Exit 0: every file is as the manifest lists it. Exit 1: something changed. Exit 2: no manifest to check.
    """
    from assistant.services.evidence.manifest import verify_package

    report = verify_package(package, kept_manifest_sha256=manifest_sha256)
    if as_json:
        emit(report.model_dump(mode="json"))
    else:
        console = Console(highlight=False)
        for change in report.changes:
            console.print(f"[red]{change.change.upper()}[/] {escape(change.path)}: {escape(change.detail)}")
        if report.touched:
            console.print(f"Same content, new modification time: {escape(', '.join(report.touched))}")
        verdict = "unchanged" if report.unchanged else f"{len(report.changes)} change(s)"
        console.print(
            f"{escape(report.package)}: {report.files_checked} file(s) in the manifest of {report.created_at}; {verdict}.\n"
            f"Manifest SHA-256: {report.manifest_sha256}"
        )
        console.print(manifest_note(report.manifest_checked))
    if not report.unchanged:
        raise typer.Exit(1)


@evidence_app.command(
    "match", context_settings={"ignore_unknown_options": True, "allow_extra_args": False},
)
def match_command(
    paths: list[str] = typer.Argument(
        ..., metavar="ORIGINALS... --suspect FILES...",
        help="Our original images (files or folders), then --suspect and the images saved from the seller's listing.",
    ),
    threshold: float = typer.Option(None, "--threshold", help="Largest distance (bits of 64) that counts as a match; default: the calibrated one."),
    out: Path = typer.Option(None, "--out", metavar="FILE.md", help="Also write the comparison as an evidence document (a new file)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Compare the seller's images with our originals offline (perceptual hashes): crops, resizing, re-encoding,
    watermarks, small edits and mirroring are tolerated. Each match is listed with its distance and the original's
    EXIF capture date. Nothing is fetched from the internet.

    Exit 0: the comparison ran (matches or not). Exit 2: bad input.
    """
    from assistant.errors import BadInput
    from assistant.services.evidence.matching import DEFAULT_THRESHOLD, evidence_text, match_images

    originals, suspects = split_suspects(paths)
    if out is not None and out.exists():
        raise BadInput(f"{out} already exists; nothing was written.", hint="Name a new file for the comparison.")
    report = match_images(originals, suspects, threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    if out is not None:
        out.expanduser().parent.mkdir(parents=True, exist_ok=True)
        out.expanduser().write_text(evidence_text(report), encoding="utf-8")
    if as_json:
        emit(report.model_dump(mode="json") | {"written": str(out) if out else None})
        return
    typer.echo(evidence_text(report))
    console = Console(highlight=False)
    for item in report.unreadable:
        console.print(f"[yellow]Not compared:[/] {escape(item.path)}: {escape(item.reason)}")
    if out is not None:
        console.print(f"Wrote {escape(str(out))}: attach it to the image-theft evidence with the original camera files.")


def split_suspects(paths: list[str]) -> tuple[list[str], list[str]]:
    """ORIGINALS... --suspect FILES...: the paths before the first --suspect, and those after it."""
    from assistant.errors import BadInput

    markers = {"--suspect", "--suspects"}
    if not any(path in markers for path in paths):
        raise BadInput("Name the seller's images after --suspect: `evidence match ORIGINALS... --suspect FILES...`.")
    cut = next(index for index, path in enumerate(paths) if path in markers)
    originals = paths[:cut]
    suspects = [path for path in paths[cut + 1:] if path not in markers]
    unknown = [path for path in originals + suspects if path.startswith("--")]
    if unknown:
        raise BadInput(f"Unknown option {unknown[0]}.")
    if not originals or not suspects:
        raise BadInput("Give at least one original and one suspect image: `evidence match ORIGINALS... --suspect FILES...`.")
    return originals, suspects
