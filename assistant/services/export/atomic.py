"""Write a folder all at once: build it beside the target, then rename it into place, so nothing half-written remains."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from assistant.errors import BadInput

# Marks a folder as a package we wrote, so --force replaces our own output and never someone's other files.
PACKAGE_MARKER = ".ipr-assistant-package"


def check_out_dir(out_dir: Path, *, force: bool) -> None:
    """Refuse an out dir that is a file, or that holds files, unless `force` and they are an earlier package."""
    if out_dir.exists() and not out_dir.is_dir():
        raise BadInput(f"{out_dir} exists and is not a folder.")
    if not out_dir.is_dir() or not any(out_dir.iterdir()):
        return
    if not force:
        raise BadInput(f"The folder {out_dir} is not empty; nothing was written.", hint="Choose an empty folder, or pass --force to replace an earlier package.")
    if not (out_dir / PACKAGE_MARKER).is_file():
        raise BadInput(
            f"The folder {out_dir} holds files that are not a filing package; --force only replaces an earlier package.",
            hint="Choose an empty or new folder.",
        )


def write_directory_atomically(out_dir: Path, write: Callable[[Path], None], *, replace: bool) -> None:
    """Let `write` fill a fresh folder beside out_dir, then put it in out_dir's place (replacing an earlier one if `replace`)."""
    parent = out_dir.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:8]
    staging = parent / f".{out_dir.name}.partial-{token}"
    retired = parent / f".{out_dir.name}.replaced-{token}"
    staging.mkdir()
    try:
        write(staging)
        (staging / PACKAGE_MARKER).write_text("Written by ipr-assistant export.\n", encoding="utf-8")
        if out_dir.is_dir():
            if any(out_dir.iterdir()):
                if not replace:
                    raise BadInput(f"The folder {out_dir} is not empty; nothing was written.")
                os.rename(out_dir, retired)
            else:
                out_dir.rmdir()
        try:
            os.rename(staging, out_dir)
        except OSError:
            if retired.exists() and not out_dir.exists():
                os.rename(retired, out_dir)  # put the earlier package back
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)
