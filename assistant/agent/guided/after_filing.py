"""The guided mode's requests for after filing: verify a package's evidence, compare images, re-file a rejected
complaint, repeat sellers, import a pasted status file. Plain keyword rules; each request runs one read-only tool (a
re-filing or a status import is then proposed for confirmation like any other change).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.agent import confirmation
from assistant.agent.guided.intents import status_update_request
from assistant.agent.reply import Reply
from assistant.agent.tools import ToolContext
from assistant.domain.models import Confidence
from assistant.labels import label

_VERIFY = re.compile(r"\b(?:verify|check|has anything changed in|did anything change in)\b[^.?!\n]{0,40}\b(?:package|manifest|evidence files?)\b", re.I)
_PACKAGE_NAME = re.compile(r"\b(?:package|folder)\s+(?:of\s+|at\s+|in\s+)?[\"'`]?(?P<name>[^\s\"'`?!,]+)", re.I)
_COMPARE = re.compile(r"\b(?:compare|match)\b[^.?!\n]{0,60}\b(?:images?|photos?|pictures?)\b", re.I)
_FOLDERS = re.compile(
    r"\b(?:in|from|folder)\s+[\"'`]?(?P<originals>[\w./~-]+)[\"'`]?\s+(?:with|against|to|and|vs\.?)\b[^\"'`\w]*"
    r"(?:(?:the\s+)?(?:seller'?s?|suspect|listing)?\s*(?:images?|photos?|pictures?)?\s*(?:in|from|folder)\s+)?[\"'`]?(?P<suspects>[\w./~-]+)",
    re.I,
)


_REFILE = re.compile(r"\b(?:re-?file|re-?submit|file\b[^.?!\n]{0,30}\bagain|submit\b[^.?!\n]{0,30}\bagain)\b|重新提交|重新投诉", re.I)
_COMPLAINT_ID = re.compile(r"\b(?:complaint|case)\s+(?:no\.?\s*|number\s+|#)?(?P<id>\d{1,9})\b|(?:投诉|投诉编号)\s*(?P<zh>\d{1,9})", re.I)
_REJECTION = re.compile(
    r"\brejected\b|\brejection\b|\bunable to process\b|\b(?:cannot|could not|can't) be processed\b|\bnot supported\b|"
    r"\bnot valid in this region\b|\bis invalid\b|\bevidence (?:is )?insufficient\b|驳回|不通过|未通过|审核结果|无法处理|投诉不成立",
    re.I,
)
_SELLERS = re.compile(r"\b(?:repeat|recurring|returning)\s+(?:sellers?|shops?|offenders?)\b|\bsellers?\s+(?:we|you)\s+(?:have\s+)?reported\b|\bwhich\s+(?:sellers|shops)\b", re.I)
# A pasted status file: its header line names complaint_id and status (the format of `complaints import-status`).
_STATUS_HEADER = re.compile(r"^[ \t]*\ufeff?complaint_id[ \t]*,(?=[^\n]*\bstatus\b)", re.I | re.M)
_APPEAL_WORDS = re.compile(r"\b(?:counter[- ]?notice|counter[- ]?notif\w*|seller (?:says|claims|replied|responded|wrote))\b", re.I)


def about_rejection(words: str) -> bool:
    """Whether a person's words are about the platform rejecting a complaint, or re-filing it."""
    return bool(_REJECTION.search(words) or _REFILE.search(words))


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
    if (csv_text := status_file_in(text)) is not None:
        return Request("import_status", {"csv": csv_text})
    complaint = _COMPLAINT_ID.search(text)
    complaint_id = (complaint.group("id") or complaint.group("zh")) if complaint else None
    if _REFILE.search(text):
        return Request("refile", {"complaint_id": complaint_id, "notice": _notice_part(text)})
    if _REJECTION.search(text) and not all(status_update_request(text)) and not _APPEAL_WORDS.search(text):
        return Request("rejection", {"complaint_id": complaint_id, "notice": text.strip()})
    if _SELLERS.search(text):
        return Request("sellers")
    if _VERIFY.search(text):
        name = _PACKAGE_NAME.search(text)
        return Request("verify", {"package": name.group("name").rstrip(".") if name else None})
    if _COMPARE.search(text):
        folders = _FOLDERS.search(text)
        args = {"originals": folders.group("originals"), "suspects": folders.group("suspects").rstrip(".")} if folders else {}
        return Request("compare", args)
    return None


def status_file_in(text: str) -> str | None:
    """The status file pasted in a message, from its header line on (code fences dropped), or None."""
    header = _STATUS_HEADER.search(text)
    if header is None:
        return None
    lines = [line for line in text[header.start():].splitlines() if not line.strip().startswith("```")]
    return "\n".join(lines).strip() + "\n"


def _notice_part(text: str) -> str | None:
    """The pasted notice after a request line ("refile complaint 12: <notice>"), if there is one."""
    _, _, rest = text.partition(":") if ":" in text.split("\n", 1)[0] else ("", "", text.partition("\n")[2])
    rest = rest.strip()
    return rest if len(rest) > 15 else None


def respond(runner: Runner, ctx: ToolContext, reply: Reply, request: Request) -> Reply:
    """Run the request's tool and say what it found."""
    if request.kind in ("refile", "rejection"):
        return _refile(runner, ctx, reply, request)
    if request.kind == "import_status":
        return _import_status(runner, ctx, reply, request)
    if request.kind == "sellers":
        result = runner._run(ctx, reply, "list_repeat_sellers", {"min_complaints": 2})
        if result is not None:
            reply.add(sellers_text(result.data["sellers"]))
        return reply
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
    note = (
        "" if data.get("manifest_checked") is not None
        else " The manifest itself can only be checked against the SHA-256 printed at export: compare it with this one."
    )
    return text + f"\n\nManifest SHA-256: {data['manifest_sha256']}.{note}"


def _refile(runner: Runner, ctx: ToolContext, reply: Reply, request: Request) -> Reply:
    """A rejection read, and for a rejected complaint the fix plan and a re-filing proposed for confirmation."""
    complaint_id, notice = request.args.get("complaint_id"), request.args.get("notice")
    if complaint_id is None:
        if request.kind == "refile" or not notice:
            reply.add("Which complaint did IPP reject? For example: *refile complaint 12* (see /status for the ids).")
            return reply
        result = runner._run(ctx, reply, "read_rejection_notice", {"notice": notice})
        if result is not None:
            reply.add(rejection_text(result.data) + "\n\nName the complaint (*refile complaint 12*) and I will plan the corrected complaint.")
        return reply
    args = {"complaint_id": complaint_id, "notice": notice}
    result = runner._run(ctx, reply, "plan_refile", args)
    if result is None:
        return reply
    reply.add(plan_text(result.data))
    if result.data.get("existing_refile"):
        reply.add(f"Complaint {result.data['existing_refile']} already re-files it; nothing new to save.")
        return reply
    change = confirmation.propose(ctx, [("refile_complaint", args)])
    reply.pending = change
    reply.add(f"Shall I save the corrected complaint as a new draft? Answer yes or no.\n\n{change.summary}")
    return reply


def _import_status(runner: Runner, ctx: ToolContext, reply: Reply, request: Request) -> Reply:
    """A pasted status file checked against the records (nothing recorded), then proposed for confirmation."""
    result = runner._run(ctx, reply, "check_status_import", request.args)
    if result is None:
        return reply
    reply.add("\n".join(result.data["summary"]))
    if not result.data["applied"] and not result.data["shops_recorded"]:
        reply.add("Every line is already recorded; nothing to change.")
        return reply
    change = confirmation.propose(ctx, [("import_statuses", request.args)])
    reply.pending = change
    reply.add(f"Shall I record them? Answer yes or no.\n\n{change.summary}")
    return reply


def rejection_text(data: dict[str, Any]) -> str:
    if not data.get("recognised"):
        return "The notice matches none of the rejection reasons I know clearly. Which one is it? (" + ", ".join(
            alt["name"] for alt in data.get("alternatives", [])[:3]) + "...)"
    reason = data["reason"]
    said = f"IPP rejected it because: **{reason['name']}** (read from \"{data.get('clause') or ''}\"" + (
        f", words: {', '.join(data['words'])}" if data.get("words") else "") + ")."
    return said + "\n\nWhat to change:\n" + "\n".join(f"- {fix}" for fix in reason["fixes"])


def plan_text(data: dict[str, Any]) -> str:
    lines = []
    if data.get("reason"):
        confidence = label(data["reason"]["confidence"], Confidence)  # the words, not the code
        lines.append(f"Complaint {data['complaint_id']} was rejected because: **{data['reason']['name']}** ({confidence}).")
    if data.get("changes"):
        from assistant.services.refiling import changes_basis

        basis = changes_basis(data.get("changes_confidence"), data.get("changes_sources") or [])
        lines += ["", "What to change" + (f" ({basis})" if basis else "") + ":", *[f"- {change}" for change in data["changes"]]]
    lines += ["", "What the team's records say:"]
    lines += [f"- [{ {True: 'ok', False: 'missing', None: 'check'}[check['ok']] }] {check['finding']}" for check in data.get("checks", [])]
    lines += ["", f"Listings carried over: {data['listings_carried_over']}."]
    lines += [f"- left out: {item['url']} ({item['why']})" for item in data.get("dropped_listings", [])]
    if data.get("ready"):
        lines.append("The corrected complaint passes validation.")
    else:
        lines += ["", "Still missing before it can be filed:", *[f"- {item}" for item in data.get("still_missing", [])]]
    return "\n".join(lines)


def sellers_text(sellers: list[dict[str, Any]]) -> str:
    if not sellers:
        return "No shop appears in two or more of the team's complaints (shops are known from shop links and product links that carry the shop)."
    lines = ["Shops the team has reported more than once:"]
    for seller in sellers[:20]:
        outcomes = ", ".join(f"{label(status)} {count}" for status, count in sorted(seller["outcomes"].items()))
        ids = ", ".join(item["complaint_id"] for item in seller["complaints"])
        lines.append(f"- {seller['site']} {seller['shop_url'] or seller['seller_id']}: complaints {ids} ({outcomes})")
    return "\n".join(lines)


def good_faith_text(data: dict[str, Any]) -> str:
    """The Good Faith report in words: per reason, how far the team is from the programme's thresholds, and the
    complaints that move it."""
    lines = [f"Good Faith over the last {data.get('months', 3)} months, against the programme's thresholds:"]
    for group in [data["overall"], *data.get("per_reason", [])]:
        name = label(group["reason"]) if group.get("reason") else "All complaints"
        summary = group["distance"]["summary"] if group.get("distance") else "nothing decided yet"
        lines.append(f"- **{name}**: {summary}")
        if group.get("reason"):
            lines += [f"  - complaint {item['complaint_id']} ({label(item['status'])}): {item['why']}" for item in group.get("moving_complaints", [])[:5]]
    return "\n".join(lines)


def renewals_text(renewals: list[dict[str, Any]]) -> str:
    """Rights and powers of attorney that expire within the window, with what to upload to IPP after renewal."""
    lines = []
    for item in renewals:
        what = "Right" if item["kind"] == "right_expires" else "Power of attorney"
        state = "expired" if item["days_left"] < 0 else f"{item['days_left']} day(s) left"
        relying = f"; complaints relying on it: {', '.join(item['complaints'])}" if item.get("complaints") else ""
        lines.append(f"- {what} **{item['name']}** expires {item['due_on']} ({state}){relying}. After renewal: {item['upload_after_renewal']}")
    return "Expiring soon:\n" + "\n".join(lines)


def known_sellers_notice(ctx: ToolContext, draft: Any) -> str | None:
    """A notice when a listing of the draft belongs to a shop the team has reported before; None otherwise."""
    from assistant.domain.sellers import seller_of
    from assistant.services.sellers import reported_before

    site = draft.site.value if draft.site else None
    given = [(item.url, item.site or site, item.kind, item.listing_id, item.normalized) for item in draft.listings]
    given += [(link.input, site, None, None, None) for link in draft.rejected_links]  # e.g. a shop already under complaint
    refs = [ref for ref in (seller_of(*values) for values in given) if ref]
    store = getattr(ctx.services.complaints, "store", None)
    if not refs or store is None:
        return None
    earlier = reported_before(store, refs, except_complaint=draft.complaint_id)
    if not earlier:
        return None
    parts = [f"{seller.shop_url or seller.seller_id} (complaints {', '.join(c.complaint_id + ': ' + label(c.status) for c in seller.complaints)})" for seller in earlier]
    return "The team has reported this shop before: " + "; ".join(parts) + "."
