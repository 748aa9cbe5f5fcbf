"""The evidence manifest of a filing package, and checking a package against it later.

Every file of the package (the evidence files copied into it and the files the export wrote) is listed with its
SHA-256, size and modification time, and images with their perceptual hashes too, so anyone can tell later whether a
file changed after the package was made: a changed byte changes the SHA-256.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.errors import BadInput
from assistant.services.evidence.image_hashes import NotAnImage, fingerprint, is_image_path

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "ipr-assistant evidence manifest"
MANIFEST_VERSION = 1
# Files a package folder may hold that the manifest does not cover: the manifest itself and the export's marker.
NOT_LISTED = frozenset({MANIFEST_NAME, ".ipr-assistant-package"})
_CHUNK = 1024 * 1024


class ImageHashes(BaseModel):
    """Perceptual hashes of an image file (imagehash's pHash and dHash, 64 bits, hex)."""

    phash: str
    dhash: str
    width: int
    height: int
    exif_capture_date: str | None = Field(default=None, description="The capture date the EXIF data states, verbatim.")


class ManifestEntry(BaseModel):
    """One file of the package."""

    path: str = Field(description="Relative to the package folder, with '/' separators.")
    sha256: str
    size: int = Field(description="Bytes.")
    mtime: str = Field(description="Modification time when the manifest was made (UTC, ISO 8601).")
    evidence_kind: str | None = Field(default=None, description="For an evidence file: the kind of document it is.")
    image: ImageHashes | None = None


class MissingEvidence(BaseModel):
    """An evidence file the complaint names that could not be put into the package."""

    kind: str
    file: str
    reason: str


class Manifest(BaseModel):
    """What a package held when it was made."""

    format: str = MANIFEST_FORMAT
    version: int = MANIFEST_VERSION
    created_at: str
    complaint_id: str | None = None
    files: list[ManifestEntry]
    evidence_not_included: list[MissingEvidence] = Field(default_factory=list)


class FileChange(BaseModel):
    path: str
    change: str = Field(description="changed | missing | added")
    detail: str = ""


class VerifyReport(BaseModel):
    """Whether a package still holds exactly what its manifest lists."""

    package: str
    manifest_sha256: str = Field(description="SHA-256 of manifest.json: record it to prove later the manifest itself is unchanged.")
    created_at: str
    files_checked: int
    unchanged: bool
    changes: list[FileChange]
    touched: list[str] = Field(default_factory=list, description="Files whose content is the same but whose modification time differs.")
    manifest_checked: bool | None = Field(
        default=None,
        description="True: manifest.json has the SHA-256 kept at export; False: it does not (the manifest itself was edited); "
        "None: no kept SHA-256 was given, so only the files were checked against the manifest.",
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _mtime(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")


def describe_file(folder: Path, path: Path, *, evidence_kind: str | None = None) -> ManifestEntry:
    """The manifest entry of one file."""
    image = None
    if is_image_path(path):
        try:
            image = ImageHashes(**fingerprint(path).__dict__)
        except NotAnImage:
            image = None  # listed by its SHA-256 like any other file
    return ManifestEntry(
        path=path.relative_to(folder).as_posix(), sha256=sha256_of(path), size=path.stat().st_size, mtime=_mtime(path),
        evidence_kind=evidence_kind, image=image,
    )


def package_files(folder: Path) -> list[Path]:
    """The files a manifest covers: every regular file under the folder except the manifest and the marker."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and p.relative_to(folder).as_posix() not in NOT_LISTED)


def build_manifest(
    folder: Path, *, evidence_kinds: dict[str, str] | None = None, complaint_id: str | None = None,
    not_included: list[MissingEvidence] | None = None,
) -> Manifest:
    """The manifest of everything in `folder` now. `evidence_kinds` maps a relative path to its evidence kind."""
    kinds = evidence_kinds or {}
    entries = [describe_file(folder, path, evidence_kind=kinds.get(path.relative_to(folder).as_posix())) for path in package_files(folder)]
    return Manifest(
        created_at=datetime.now(UTC).isoformat(timespec="seconds"), complaint_id=complaint_id, files=entries,
        evidence_not_included=not_included or [],
    )


def write_manifest(folder: Path, manifest: Manifest) -> str:
    """Write manifest.json into the folder; returns its SHA-256."""
    path = folder / MANIFEST_NAME
    path.write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return sha256_of(path)


def read_manifest(package: Path) -> Manifest:
    if not package.is_dir():
        raise BadInput(f"{package} is not a folder; give the folder a package was exported to.")
    path = package / MANIFEST_NAME
    if not path.is_file():
        raise BadInput(f"{package} has no {MANIFEST_NAME}; it was not exported with an evidence manifest.")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest.model_validate(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path} cannot be read as an evidence manifest.") from exc
    if manifest.format != MANIFEST_FORMAT:
        raise BadInput(f"{path} is not an ipr-assistant evidence manifest.")
    return manifest


def verify_package(package: str | Path, *, kept_manifest_sha256: str | None = None) -> VerifyReport:
    """Compare every file of the package with its manifest: changed, missing and added files, by SHA-256 and size.

    A manifest cannot vouch for itself: someone who edits a file and its manifest entry leaves a consistent package.
    The SHA-256 of manifest.json printed at export, kept elsewhere and given here, closes that gap.
    """
    folder = Path(package).expanduser()
    manifest = read_manifest(folder)
    kept = _kept_sha256(kept_manifest_sha256)
    listed = {entry.path: entry for entry in manifest.files}
    present = {p.relative_to(folder).as_posix(): p for p in package_files(folder)}
    changes: list[FileChange] = []
    touched: list[str] = []
    for name, entry in listed.items():
        path = present.get(name)
        if path is None:
            changes.append(FileChange(path=name, change="missing", detail="listed in the manifest, not in the package"))
            continue
        size, digest = path.stat().st_size, sha256_of(path)
        if size != entry.size or digest != entry.sha256:
            detail = f"size {entry.size} -> {size} bytes" if size != entry.size else "same size, different content"
            changes.append(FileChange(path=name, change="changed", detail=f"{detail}; SHA-256 {entry.sha256[:12]}... -> {digest[:12]}..."))
        elif _mtime(path) != entry.mtime:
            touched.append(name)
    changes += [FileChange(path=name, change="added", detail="not in the manifest") for name in sorted(set(present) - set(listed))]
    manifest_sha256 = sha256_of(folder / MANIFEST_NAME)
    checked = None if kept is None else manifest_sha256 == kept
    if checked is False:
        changes.insert(0, FileChange(
            path=MANIFEST_NAME, change="changed",
            detail=f"its SHA-256 is not the one kept at export ({kept[:12]}... -> {manifest_sha256[:12]}...): the manifest itself was edited",
        ))
    return VerifyReport(
        package=str(folder), manifest_sha256=manifest_sha256, created_at=manifest.created_at,
        files_checked=len(listed), unchanged=not changes, changes=changes, touched=touched, manifest_checked=checked,
    )


def _kept_sha256(value: str | None) -> str | None:
    if value is None:
        return None
    kept = value.strip().lower()
    if len(kept) != 64 or any(c not in "0123456789abcdef" for c in kept):
        raise BadInput("The manifest's SHA-256 kept at export is 64 hexadecimal characters, as `export` printed it.")
    return kept
