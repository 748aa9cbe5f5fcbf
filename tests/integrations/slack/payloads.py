"""What people see in the app's Slack messages, checked after every Slack test: no coded value (``counterfeit_features``),
no raw Slack user id outside a mention (``UEMP`` instead of ``<@UEMP>``, ``slack:UEMP``), no folder or path of the server.

Only the words Slack shows are read: message and notification text, the text of blocks and views, upload comments;
not button values, action or block ids, or option values, which people never see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from assistant.labels import coded_values

SHOWN_PARAMS = ("text", "markdown_text", "initial_comment", "title", "blocks", "view", "chunks", "prompts")
HIDDEN_KEYS = {"value", "action_id", "block_id", "callback_id", "private_metadata", "external_id", "url", "image_url"}
_CODED = re.compile(r"(?<![\w/.-])(" + "|".join(sorted(map(re.escape, coded_values()), key=len, reverse=True)) + r")(?![\w/.-])")


# Any absolute path of two parts or more (/srv/ipr/x, /tmp/a/b), not inside a link, a word or a date.
_SERVER_PATH = re.compile(r"(?<![\w.:/~<|-])/(?:[\w.@+-]+/)+[\w.@+-]*")


def shown_strings(value: Any, key: str | None = None) -> Iterator[str]:
    """Every string in a payload that Slack shows to people."""
    if key in HIDDEN_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for name, item in value.items():
            if name == "type":
                continue
            yield from shown_strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from shown_strings(item, key)


def problems(calls: Iterable[Any], *, user_ids: Iterable[str], folders: Iterable[str]) -> list[str]:
    raw_user = re.compile(r"slack:\w+|(?<!<@)\b(" + "|".join(map(re.escape, user_ids)) + r")\b")
    found = []
    for call in calls:
        for name in SHOWN_PARAMS:
            for text in shown_strings(call.params.get(name), name):
                bare = re.sub(r"<(?:https?|mailto):[^>|]*\|", "<", text)  # a link's address is not shown, its label is
                for match in _CODED.finditer(bare):
                    found.append(f"{call.method}: coded value {match.group(0)!r} in {text[:200]!r}")
                for match in raw_user.finditer(bare):
                    found.append(f"{call.method}: raw user id {match.group(0)!r} in {text[:200]!r}")
                for folder in folders:
                    if folder and folder in text:
                        found.append(f"{call.method}: server folder in {text[:200]!r}")
                for match in _SERVER_PATH.finditer(bare):
                    found.append(f"{call.method}: path on the server {match.group(0)!r} in {text[:200]!r}")
    return found
