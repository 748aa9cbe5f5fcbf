"""Which folders the chat and Slack may read evidence from: the data directory's own, never wherever a message points."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import BadInput


def folder_inside(root: Path, name: str, *, also: tuple[str | None, ...] = (), what: str = "package") -> Path:
    """`name` as a folder inside `root` (a relative name is taken from `root`), or one of `also` (folders this
    conversation wrote); anything else is refused, so a message cannot make the app read the machine's other files."""
    if not name or not name.strip():
        raise BadInput(f"Name the {what} folder.")
    root = root.expanduser().resolve()
    candidate = Path(name.strip()).expanduser()
    candidate = (candidate if candidate.is_absolute() else root / candidate).resolve()
    allowed = [Path(path).expanduser().resolve() for path in also if path]
    if candidate == root or not (candidate.is_relative_to(root) or candidate in allowed):
        raise BadInput(f"I only read {what} folders inside {root} (or one this conversation wrote); '{name.strip()[:80]}' is not one.")
    return candidate
