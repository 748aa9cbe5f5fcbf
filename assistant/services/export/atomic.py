"""Write a folder all at once: build it beside the target, then rename it into place, so nothing half-written remains."""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from assistant.errors import BadInput

# Marks a folder as a package we wrote, so --force replaces our own output and never someone's other files.
PACKAGE_MARKER = ".ipr-assistant-package"


def check_out_dir(out_dir: Path, *, force: bool) -> None:
    """Refuse an out dir that is a link, a file, under a file, or that holds files (unless `force` and they are an
    earlier package)."""
    if out_dir.is_symlink():
        raise BadInput(f"{out_dir} is a symbolic link; give the folder itself, so the package lands where you can see it.")
    if out_dir.exists() and not out_dir.is_dir():
        raise BadInput(f"{out_dir} exists and is not a folder.")
    for ancestor in out_dir.absolute().parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise BadInput(f"{out_dir} cannot be created: {ancestor} is a file, not a folder.")
            break
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
    token = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    staging = parent / f".{out_dir.name}.partial-{token}"
    retired = parent / f".{out_dir.name}.replaced-{token}"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(out_dir)
        staging.mkdir()
    except OSError as exc:
        raise BadInput(f"The folder {out_dir} cannot be written: {exc.strerror or exc}.") from None
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
        except OSError as exc:
            if retired.exists() and not out_dir.exists():
                os.rename(retired, out_dir)  # put the earlier package back
            raise BadInput(f"The folder {out_dir} cannot be written: {exc.strerror or exc}.") from None
    except OSError as exc:
        raise BadInput(f"The package could not be written to {out_dir}: {exc.strerror or exc}. Nothing was left behind.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)


_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?:partial|replaced)-(?:(?P<pid>\d+)-)?[0-9a-f]{8}")


def remove_leftovers(out_dir: Path) -> None:
    """Remove the staging folders an interrupted export to ``out_dir`` left behind (its process is gone)."""
    parent = out_dir.absolute().parent
    if not parent.is_dir():
        return
    for candidate in parent.glob(f".{glob_escape(out_dir.name)}.*-*"):
        match = _LEFTOVER.fullmatch(candidate.name)
        if not match or match["name"] != out_dir.name or candidate.is_symlink() or not candidate.is_dir():
            continue
        if match["pid"] and _alive(int(match["pid"])):
            continue  # another export to the same folder is still writing
        shutil.rmtree(candidate, ignore_errors=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
