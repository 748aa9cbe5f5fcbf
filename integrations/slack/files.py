"""Files a support person shares with the appeal form, downloaded through Slack with the bot token.

A shared file's ``url_private_download`` needs the bot token in an Authorization header (the files:read scope).
The token is sent only to Slack's own file host or the host of the configured Web API address (the loopback stub
in tests), never to an address a message or a file object names elsewhere. Downloads are cut off past the size
limit the triage reads, and are kept in memory: nothing is written to disk.
"""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from assistant.services.attachment_text import MAX_FILE_BYTES

SLACK_FILE_HOSTS = frozenset({"files.slack.com", "slack-files.com"})
MAX_FILES = 10
TIMEOUT_SECONDS = 20


@dataclass
class SharedFile:
    """A file as downloaded: its name (untrusted) and its bytes, or why it could not be had."""

    name: str
    data: bytes | None
    problem: str | None = None


def _allowed(url: str, api_url: str) -> bool:
    parsed = urlparse(url)
    api = urlparse(api_url)
    if parsed.hostname in SLACK_FILE_HOSTS and parsed.scheme == "https":
        return True
    return parsed.hostname == api.hostname and parsed.port == api.port and parsed.scheme == api.scheme


def download(file: dict[str, Any], *, token: str, api_url: str, limit: int = MAX_FILE_BYTES) -> SharedFile:
    """One shared file's bytes, with the bot token; a problem instead when it cannot be had or is too large."""
    name = str(file.get("name") or file.get("title") or file.get("id") or "file")
    url = str(file.get("url_private_download") or file.get("url_private") or "")
    if not url or not _allowed(url, api_url):
        return SharedFile(name, None, "it is not on Slack's file host")
    if int(file.get("size") or 0) > limit:
        return SharedFile(name, None, f"it is larger than {limit // (1024 * 1024)} MB")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - host checked above
            data = response.read(limit + 1)
    except OSError as exc:
        return SharedFile(name, None, f"it could not be downloaded ({type(exc).__name__})")
    if len(data) > limit:
        return SharedFile(name, None, f"it is larger than {limit // (1024 * 1024)} MB")
    return SharedFile(name, data)


def download_all(files: list[dict[str, Any]], *, token: str, api_url: str) -> list[SharedFile]:
    """The first MAX_FILES shared files, downloaded one after another."""
    return [download(file, token=token, api_url=api_url) for file in files[:MAX_FILES]]


__all__ = ["MAX_FILES", "SharedFile", "download", "download_all"]
