"""Parity: the same request typed into any front end (the CLI commands, the guided chat, the model's tools, the Slack
app) gets the same result. Each case is what a person pastes or asks; each `*_outcome` keeps the part of a result
that must not depend on where it was typed, from the JSON every front end can give.

The front ends themselves are driven by tests/parity/ (they live in integrations/, which the evals never import).
"""

from __future__ import annotations

from typing import Any

# Listing 1005001234567001 is held by an active complaint of the team before the cases run (already_in_active_complaint).
HELD_LISTING = "https://www.aliexpress.com/item/1005001234567001.html"

LINK_CASES: list[dict[str, Any]] = [
    {"id": "lookalike-with-scheme", "text": "Please check these links: https://aliexpress-deals.ru/item/1005001234567890.html"},
    {"id": "lookalike-without-scheme", "text": "Please check these links: aliexpress-deals.ru/item/1005001234567890.html"},
    {"id": "short-link", "text": "Please check these links: https://s.click.aliexpress.com/e/_DlXyz1"},
    {"id": "without-scheme", "text": "Please check these links: www.aliexpress.com/item/1005001234567890.html"},
    {"id": "already-active", "text": f"Please check these links: {HELD_LISTING}?spm=a2g0o.detail"},
    {
        "id": "mixed-paste",
        "text": "Can you check these listings? www.aliexpress.com/item/1005001234567892.html and "
        "aliexpress-deals.ru/item/1005001234567893.html, also https://s.click.aliexpress.com/e/_DlXyz2",
    },
]

# A seller's counter-notice against a complaint filed on 2026-11-02 and received on 2026-11-13 (both recorded in the store).
TRIAGE_CASE: dict[str, Any] = {
    "id": "authorised-reseller-invoice",
    "filed_on": "2026-11-02",
    "received_on": "2026-11-13",
    "counter_notice": (
        "We are an authorised reseller of ACME. We bought these shoes from the brand's distributor and attach the "
        "purchase invoice (invoice-2026-118.pdf). Please restore our listing."
    ),
    "attachments": ["invoice-2026-118.pdf"],
}


# Counter-notices against the same complaint whose grounds end in different statuses: a letter named and given by
# name only (nobody could read it: not verified, ask for a readable copy), a certificate named in the text but not
# given, in English and in Chinese (named, not received), and a purchase claimed with no document (falls short).
STATUS_CASES: list[dict[str, Any]] = [
    {"id": "licence-given-by-name-only", "attachments": ["owner-licence-2026.pdf"],
     "counter_notice": "We hold a licence from the brand owner to sell ACME shoes; the licence is attached (owner-licence-2026.pdf). "
                       "Please restore our listing."},
    {"id": "certificate-named-not-given", "attachments": [],
     "counter_notice": "ACME is our own brand and we hold the trademark for it, see attached acme_tm_certificate.pdf. "
                       "Withdraw the complaint."},
    {"id": "licence-named-not-given-zh", "attachments": [],
     "counter_notice": "您好，本店的鞋子均为正品，品牌方出具的授权书已附上，请恢复商品链接。"},
    {"id": "purchase-without-document", "attachments": [],
     "counter_notice": "Our ACME shoes are genuine: we bought 200 pairs from a wholesaler last month. Please withdraw the complaint."},
    # An authorised reseller relying on a letter named as attached (the licence, never a purchase lacking its invoice),
    # and a licence renewed by an e-mail named as attached ('dicho correo': the licence's document, named, not received).
    {"id": "authorised-reseller-letter-named", "attachments": [],
     "counter_notice": "Hello, We are an authorized reseller of ACME. Please see the attached authorization letter from ACME GmbH, "
                       "signed by its Managing Director. Please withdraw the complaint. Thanks Sunny (Brightway store)"},
    {"id": "licence-renewed-by-email-es", "attachments": [],
     "counter_notice": "Les informamos de que el contrato de licencia fue renovado por ACME GmbH mediante correo electrónico "
                       "del 15 de enero de 2026 hasta el 31 de diciembre de 2027. Adjuntamos dicho correo. Calzados Levante S.L."},
]


def link_outcome(report: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Per link: the canonical form, the site and the problems' codes (what decides whether it can be filed)."""
    return [
        (result.get("normalized"), result.get("site"), tuple(sorted(problem["code"] for problem in result.get("problems", []))))
        for result in report.get("results", [])
    ]


def triage_outcome(triage: dict[str, Any]) -> dict[str, Any]:
    """The recommendation, the seller's grounds with their status, and our deadline."""
    deadline = triage.get("response_deadline") or {}
    return {
        "recommendation": triage.get("recommendation"),
        "grounds": sorted((ground["ground"], ground["status"]) for ground in triage.get("grounds", [])),
        "deadline": (deadline.get("kind"), deadline.get("due_date")),
        "complaint_date": (triage.get("complaint_date"), triage.get("complaint_date_basis")),
    }


def validation_outcome(report: dict[str, Any]) -> dict[str, Any]:
    """Whether the complaint may be filed, and the codes of the errors that say why not."""
    return {"ok": report.get("ok"), "errors": sorted(error["code"] for error in report.get("errors", []))}


# A "which documents" question that leaves out facts deciding the answer (who files, company or individual, where the
# trademark is registered, the complaint reason), with the `documents` options that state the same case.
OPEN_FACTS_CASE: dict[str, Any] = {
    "id": "taobao-trademark-facts-unsaid",
    "question": "Which documents do we need for a trademark complaint on Taobao?",
    "options": ["--ip-type", "trademark", "--site", "taobao"],
    "slack_words": "trademark taobao",
}


def open_questions_outcome(checklist: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...]]]:
    """Per deciding fact not given: the fact, the question asked for it and what depends on its answer."""
    return sorted((q["fact"], q["question"], tuple(q["depends"])) for q in checklist.get("open_questions") or [])


def documents_outcome(checklist: dict[str, Any]) -> dict[str, Any]:
    """The documents, required or recommended, in filing order, and the warnings' codes."""
    return {
        "documents": [(document["id"], document["required"]) for document in checklist.get("documents", [])],
        "warnings": sorted(warning["code"] for warning in checklist.get("warnings", [])),
    }
