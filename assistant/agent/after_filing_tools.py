"""Tools for after a complaint is filed: checking a package's evidence, comparing images, re-filing, repeat sellers.

Each wraps one service of assistant/services/; tools.py makes them ToolSpecs and lists them with the others (this
module imports tools.py only inside the functions, so the two can import each other). Files are read only from the
data directory (packages and its `evidence/` folder) or a folder this conversation wrote: the same tools serve
Slack, where a message must never make the app read the machine's other files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field

from assistant.agent.tool_args import Args
from assistant.services.evidence.locations import folder_inside

if TYPE_CHECKING:
    from assistant.agent.tools import ToolContext, ToolResult


def _result(content: str, kind: str, data: dict[str, Any]) -> ToolResult:
    from assistant.agent.tools import ToolResult

    return ToolResult(content=content, kind=kind, data=data)


def _data(value: Any) -> Any:
    from assistant.agent.tools import to_data

    return to_data(value)


class VerifyPackageArgs(Args):
    package: str = Field(description="The package folder: its name in the packages folder, or the folder this conversation exported to.", min_length=1)


class CompareImagesArgs(Args):
    originals: str = Field(description="Folder of the team's original images, inside the data directory's evidence folder.", min_length=1)
    suspects: str = Field(description="Folder of the images saved from the seller's listing, inside the evidence folder.", min_length=1)


def evidence_folder(ctx: ToolContext) -> Path:
    """Where the chat and Slack read images from: `evidence/` beside the packages folder in the data directory."""
    return ctx.services.packages_dir.parent / "evidence"


def verify_evidence_package(ctx: ToolContext, args: VerifyPackageArgs) -> ToolResult:
    from assistant.services.evidence.manifest import verify_package

    state = ctx.state
    folder = folder_inside(ctx.services.packages_dir, args.package, also=(state.draft.exported_to, state.package_dir))
    report = verify_package(folder)
    data = _data(report)
    return _result(json.dumps(data, ensure_ascii=False), "evidence_verify", data)


def compare_images(ctx: ToolContext, args: CompareImagesArgs) -> ToolResult:
    from assistant.services.evidence.matching import evidence_text, match_images

    root = evidence_folder(ctx)
    originals = folder_inside(root, args.originals, what="image")
    suspects = folder_inside(root, args.suspects, what="image")
    report = match_images([originals], [suspects])
    data = _data(report) | {"evidence_text": evidence_text(report)}
    return _result(data["evidence_text"], "image_match", data)


# (name, description for the model, argument schema, implementation); tools.py turns each into a ToolSpec.
READ_ONLY = [
    (
        "verify_evidence_package",
        "Check an exported filing package against its manifest: which files changed, went missing or were added since it was made.",
        VerifyPackageArgs, verify_evidence_package,
    ),
    (
        "compare_images",
        "Compare the seller's images with the team's originals offline by perceptual hash (crops, resizing, re-encoding, "
        "mirroring tolerated); each match with its distance and the original's EXIF capture date.",
        CompareImagesArgs, compare_images,
    ),
]
STATE_CHANGING: list[tuple] = []
