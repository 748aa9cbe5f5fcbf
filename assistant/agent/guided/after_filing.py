"""The guided mode's requests for after filing: verify a package's evidence, compare images, re-file a rejected
complaint, repeat sellers. Plain keyword rules; each request runs one read-only tool (a re-filing is then proposed
for confirmation like any other change).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.agent.reply import Reply
from assistant.agent.tools import ToolContext

_VERIFY = re.compile(r"\b(?:verify|check|has anything changed in|did anything change in)\b[^.?!\n]{0,40}\b(?:package|manifest|evidence files?)\b", re.I)
_PACKAGE_NAME = re.compile(r"\b(?:package|folder)\s+(?:of\s+|at\s+|in\s+)?[\"'`]?(?P<name>[^\s\"'`?!,]+)", re.I)
_COMPARE = re.compile(r"\b(?:compare|match)\b[^.?!\n]{0,60}\b(?:images?|photos?|pictures?)\b", re.I)
_FOLDERS = re.compile(
    r"\b(?:in|from|folder)\s+[\"'`]?(?P<originals>[\w./~-]+)[\"'`]?\s+(?:with|against|to|and|vs\.?)\b[^\"'`\w]*"
    r"(?:(?:the\s+)?(?:seller'?s?|suspect|listing)?\s*(?:images?|photos?|pictures?)?\s*(?:in|from|folder)\s+)?[\"'`]?(?P<suspects>[\w./~-]+)",
    re.I,
)


@dataclass
class Request:
    kind: str
    args: dict[str, Any] = field(default_factory=dict)


class Runner(Protocol):
    def _run(self, ctx: ToolContext, reply: Reply, name: str, args: dict[str, Any]) -> Any: ...


def recognise(text: str, *, topic: str | None = None, expecting: str | None = None) -> Request | None:
    """An after-filing request in the message, or None."""
    if topic == "appeal" and expecting == "appeal_text":
        return None
    if _VERIFY.search(text):
        name = _PACKAGE_NAME.search(text)
        return Request("verify", {"package": name.group("name").rstrip(".") if name else None})
    if _COMPARE.search(text):
        folders = _FOLDERS.search(text)
        args = {"originals": folders.group("originals"), "suspects": folders.group("suspects").rstrip(".")} if folders else {}
        return Request("compare", args)
    return None


def respond(runner: Runner, ctx: ToolContext, reply: Reply, request: Request) -> Reply:
    """Run the request's tool and say what it found."""
    if request.kind == "verify":
        package = request.args.get("package") or ctx.state.draft.exported_to
        if not package:
            reply.add("Which package? Name its folder, e.g. *verify package ACME-2026-014*.")
            return reply
        result = runner._run(ctx, reply, "verify_evidence_package", {"package": package})
        if result is not None:
            reply.add(verify_text(result.data))
    elif request.kind == "compare":
        if not request.args:
            reply.add(
                "Put our original images and the images saved from the listing in two folders inside the data directory's "
                "`evidence` folder, then say for example: *compare images in originals with suspects*."
            )
            return reply
        result = runner._run(ctx, reply, "compare_images", request.args)
        if result is not None:
            reply.add(result.data["evidence_text"])
    return reply


def verify_text(data: dict[str, Any]) -> str:
    if data.get("unchanged"):
        text = f"Every file of the package is as its manifest of {data['created_at']} lists it ({data['files_checked']} files)."
    else:
        lines = [f"- {change['change']}: {change['path']} ({change['detail']})" for change in data.get("changes", [])]
        text = f"The package changed since its manifest of {data['created_at']}:\n\n" + "\n".join(lines)
    return text + f"\n\nManifest SHA-256: {data['manifest_sha256']}"
