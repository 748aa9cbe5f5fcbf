"""Filing packages in Slack: the exported folder goes to the person as one zip file, uploaded with Slack's current
upload flow (files.getUploadURLExternal, the upload, files.completeUploadExternal; slack_sdk's files_upload_v2),
and the folder's place on the server is never shown.

Where the package goes: into the thread when the thread is private (a direct message with the app); from a channel's
thread it goes to the person's direct messages, because a package holds the complaint's details.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.services.export.atomic import PACKAGE_MARKER

ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed: the same folder always gives the same bytes
_PATH_END = r"[^\s`'\"<>|)]*"


def zip_folder(folder: Path) -> bytes:
    """The package folder as a zip: every file under it (not the marker the export leaves), sorted, with fixed dates."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != PACKAGE_MARKER):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def hide_server_paths(text: str, roots: Iterable[Path]) -> str:
    """``text`` without any path under the data directory: "to the folder <path>" becomes a plain promise, any other
    such path "the package folder"."""
    for root in {str(root) for r in roots for root in (r, r.absolute(), r.resolve())}:
        path = re.escape(root.rstrip("/")) + _PATH_END
        text = re.sub(r" to the folder " + path, " and share it with you here", text)
        text = re.sub(path, "the package folder", text)
    return text


# An absolute path on the server (/srv/ipr/..., /tmp/x.json): not part of a link or a word.
_ANY_PATH_RE = re.compile(r"(?<![\w.:/~-])/(?:[\w.@+-]+/)+[\w.@+-]*")


def hide_any_path(text: str) -> str:
    """Text for people without any absolute path of the server in it (error messages, whatever raised them)."""
    return _ANY_PATH_RE.sub("a file on the server", text)


@dataclass(frozen=True)
class Shared:
    """Where a package was uploaded: ``here`` (the thread itself) or ``direct`` (the person's direct messages)."""

    where: str
    filename: str
    file_id: str | None


def package_name(complaint_id: Any) -> str:
    return f"filing-package-{complaint_id}.zip" if complaint_id else "filing-package.zip"


def share_package(client: Any, *, folder: Path, filename: str, channel: str, thread_ts: str | None, user: str, private: bool) -> Shared:
    """Upload the zipped folder: into the thread when it is private, else into the person's direct messages."""
    content = zip_folder(folder)
    if private:
        target, target_ts, where = channel, thread_ts or None, "here"
    else:
        intro = client.chat_postMessage(
            channel=user, text=f"The filing package you confirmed in <#{channel}> is below.",
        )
        target, target_ts, where = intro.get("channel") or user, intro.get("ts"), "direct"
    response = client.files_upload_v2(
        channel=target, thread_ts=target_ts, file=content, filename=filename, title=filename,
        initial_comment="The filing package: upload its files into IPP's complaint form.",
    )
    file = response.get("file") or {}
    return Shared(where=where, filename=filename, file_id=file.get("id"))
