"""Copying the evidence files a complaint names into its package, so the manifest can vouch for them."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.domain.models import Complaint
from assistant.services.evidence.manifest import MissingEvidence

EVIDENCE_FOLDER = "evidence"
MAX_EVIDENCE_BYTES = 200 * 1024 * 1024  # a scan or a camera file is far smaller; a video is not evidence IPP takes


def copy_evidence(complaint: Complaint, root: Path | None, folder: Path) -> tuple[dict[str, str], list[MissingEvidence]]:
    """Copy each evidence file (relative to `root`) into folder/evidence/, keeping its modification time.

    Returns ({relative path in the package: evidence kind}, [files that could not be included and why]). With no
    `root` (the chat and Slack, which must not read files from wherever a complaint points), nothing is copied.
    """
    kinds: dict[str, str] = {}
    missing: list[MissingEvidence] = []
    for item in complaint.evidence:
        if not item.file:
            continue
        if root is None:
            missing.append(MissingEvidence(kind=item.kind, file=item.file, reason="not copied: files are included only by `ipr-assistant export`"))
            continue
        source = (root / item.file).expanduser()
        if not source.is_file():
            missing.append(MissingEvidence(kind=item.kind, file=item.file, reason="no such file"))
            continue
        if source.stat().st_size > MAX_EVIDENCE_BYTES:
            missing.append(MissingEvidence(kind=item.kind, file=item.file, reason=f"larger than {MAX_EVIDENCE_BYTES // 2**20} MB"))
            continue
        target = _free_name(folder / EVIDENCE_FOLDER, source.name)
        target.parent.mkdir(exist_ok=True)
        shutil.copy2(source, target)
        kinds[target.relative_to(folder).as_posix()] = item.kind
    return kinds, missing


def _free_name(folder: Path, name: str) -> Path:
    candidate, number = folder / name, 2
    while candidate.exists():
        candidate = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    return candidate
