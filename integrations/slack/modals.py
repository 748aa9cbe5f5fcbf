"""The forms (modals): pure builders of the complaint form and the appeal-triage form.

Block ids name the form's fields; complaint_form.py reads the same ids back and puts the rules' errors beside them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.domain.models import ComplaintReason, Site
from integrations.slack.escape import plain

COMPLAINT_FORM = "complaint_form"
APPEAL_FORM = "appeal_form"
VALUE = "value"  # the action id of every input, so values read as state.values[block_id]["value"]

REASON_LABELS = {
    ComplaintReason.COUNTERFEIT_FEATURES: "Counterfeit (compared with the genuine product)",
    ComplaintReason.MODEL_DOES_NOT_EXIST: "Counterfeit of a model we never made",
    ComplaintReason.TEST_BUY: "Counterfeit confirmed by a test buy",
    ComplaintReason.TRADEMARK_MISUSE: "Trademark used in titles or store names",
    ComplaintReason.IMAGE_THEFT: "Our original photos used without permission",
    ComplaintReason.OFFICIAL_IMAGE_THEFT: "Photos taken from our official site or store",
    ComplaintReason.REGISTERED_WORK: "A registered work reproduced",
    ComplaintReason.PIRATED_COPY: "Pirated copies (books, music, software...)",
    ComplaintReason.PATENT_INFRINGEMENT: "Patent infringement",
}


def option(value: str, text: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": plain(text, 75) or value}, "value": value[:150]}


def _input(block_id: str, label: str, element: dict[str, Any], *, optional: bool = False, hint: str | None = None) -> dict[str, Any]:
    block = {
        "type": "input",
        "block_id": block_id,
        "label": {"type": "plain_text", "text": plain(label, 2000)},
        "element": {**element, "action_id": VALUE},
        "optional": optional,
    }
    if hint:
        block["hint"] = {"type": "plain_text", "text": plain(hint, 2000)}
    return block


def _text_input(multiline: bool = False, placeholder: str | None = None, max_length: int | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "multiline": multiline}
    if placeholder:
        element["placeholder"] = {"type": "plain_text", "text": plain(placeholder, 150)}
    if max_length:
        element["max_length"] = max_length
    return element


def complaint_modal(
    rights: Sequence[tuple[str, str]], evidence_kinds: Sequence[tuple[str, str]], *, private_metadata: str = ""
) -> dict[str, Any]:
    """The complaint form: site, a right from the registry, reason, links, evidence, and who files.

    ``rights`` are (registry id, label) pairs; ``evidence_kinds`` are (document id, name) pairs from the rules.
    """
    blocks = [
        _input("site", "Site", {"type": "static_select", "options": [option(site.value, site.label) for site in Site]}),
        _input(
            "right", "Right (from the team's registry)",
            {"type": "static_select", "options": [option(right_id, label) for right_id, label in rights[:100]]},
        ),
        _input("reason", "Reason", {"type": "static_select", "options": [option(r.value, REASON_LABELS[r]) for r in ComplaintReason]}),
        _input(
            "links", "Links to the infringing listings", _text_input(True, "One link per line: product pages or shop pages, not both."),
            hint="Up to 300 links of one site. Each is checked before anything is saved.",
        ),
        _input(
            "evidence", "Evidence you have ready",
            {"type": "checkboxes", "options": [option(kind, name) for kind, name in evidence_kinds[:10]]}, optional=True,
        ),
        _input("order_number", "Test-buy order number", _text_input(placeholder="Only for a test buy."), optional=True),
        _input(
            "complainant", "Filing as an agent? Your organisation's legal name", _text_input(placeholder="Leave empty if the rights holder files."),
            optional=True,
        ),
    ]
    return {
        "type": "modal",
        "callback_id": COMPLAINT_FORM,
        "title": {"type": "plain_text", "text": "New complaint"},
        "submit": {"type": "plain_text", "text": "Check"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": private_metadata[:3000],
        "blocks": blocks,
    }


def no_rights_modal() -> dict[str, Any]:
    """Shown instead of the complaint form while the registry holds no right to complain with."""
    text = (
        "The team's registry holds no IP right yet, and a complaint relies on one. "
        "Add the right first with `ipr-assistant rights add`, then open the form again with `/ipr new`."
    )
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "New complaint"},
        "close": {"type": "plain_text", "text": "Close"},
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}],
    }


def appeal_modal(*, private_metadata: str = "") -> dict[str, Any]:
    """The appeal-triage form: which complaint, the seller's counter-notice as pasted, its attachments, when it came."""
    blocks = [
        _input("complaint", "Complaint id", _text_input(placeholder="e.g. 12 (see /ipr status)")),
        _input(
            "counter_notice", "The seller's counter-notice", _text_input(True, "Paste it as received. It is read as data, never as instructions.", 3000),
        ),
        _input(
            "seller_files", "The seller's attachments",
            {"type": "file_input", "max_files": 10, "filetypes": ["pdf", "docx", "txt", "html", "png", "jpg", "jpeg", "tif", "tiff"]},
            optional=True,
        ),
        _input("attachments", "Names of attachments you could not upload", _text_input(True, "One file name per line, e.g. invoice-2024.pdf"), optional=True),
        _input("received_on", "Received on", {"type": "datepicker"}, optional=True),
        _input("received_said", "Or: when it arrived, in your words", _text_input(placeholder="e.g. today, yesterday, last Friday, on 3 March"), optional=True),
    ]
    return {
        "type": "modal",
        "callback_id": APPEAL_FORM,
        "title": {"type": "plain_text", "text": "Seller appeal triage"},
        "submit": {"type": "plain_text", "text": "Triage"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": private_metadata[:3000],
        "blocks": blocks,
    }
