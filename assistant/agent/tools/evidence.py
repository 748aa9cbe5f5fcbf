"""After filing: an exported package checked against its manifest, the seller's images compared with the originals.

Files are read only from the data directory (packages and its `evidence/` folder) or a folder this conversation
wrote: the same tools serve Slack, where a message must never make the app read the machine's other files.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from assistant.agent.tool_args import Args
from assistant.agent.tools.base import ToolContext, ToolResult, ToolSpec, as_json, to_data
from assistant.services.evidence.locations import folder_inside


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
    data = to_data(verify_package(folder))
    return ToolResult(content=as_json(data), kind="evidence_verify", data=data)


def compare_images(ctx: ToolContext, args: CompareImagesArgs) -> ToolResult:
    from assistant.services.evidence.matching import evidence_text, match_images

    root = evidence_folder(ctx)
    originals = folder_inside(root, args.originals, what="image")
    suspects = folder_inside(root, args.suspects, what="image")
    report = match_images([originals], [suspects])
    data = to_data(report) | {"evidence_text": evidence_text(report)}
    return ToolResult(content=data["evidence_text"], kind="image_match", data=data)


VERIFY_PACKAGE = ToolSpec(
    "verify_evidence_package",
    "Check an exported filing package against its manifest: which files changed, went missing or were added since it was made.",
    VerifyPackageArgs, verify_evidence_package,
)
COMPARE_IMAGES = ToolSpec(
    "compare_images",
    "Compare the seller's images with the team's originals offline by perceptual hash (crops, resizing, re-encoding, "
    "mirroring tolerated); each match with its distance and the original's EXIF capture date.",
    CompareImagesArgs, compare_images,
)
