"""Seller appeals: the grounds the triage finds in a counter-notice, its recommendation and its findings, through
the appeal triage service (what `ipr-assistant triage-appeal` runs).

Attachments with a `format` are written as real files first (text, PDF with a text layer, Word, scans as PNG, JPEG
or image-only PDF) and read back the way the service reads a seller's files, scans through OCR. Every "Point
out" is checked against the case's facts (no contradiction), every point must be made once, and the dates and
quantities OCR reads from the scans are compared with what the case says the scan shows.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from assistant.errors import IprError
from evals.cases import load_cases
from evals.results import SuiteResult
from evals.scorers import appeals as appeal_scorer
from evals.scorers.sets import SetScore

TITLE = "Appeal triage: grounds and recommendation"
THROUGH_MODEL = False
# The frozen counter-notices (written before the triage code) are a held-out test: their failures are counted, not listed.
FROZEN = "frozen"


def _day(value) -> date | None:
    return date.fromisoformat(value) if value else None


_READ_WITH = {"txt": "text", "pdf": "pdf text layer", "docx": "docx", "scan": "ocr"}


def typed_attachments(case: dict) -> list:
    """The case's attachments with their text as given (no files): what a perfect reader would hand the triage."""
    from assistant.domain.appeals import AppealAttachment

    out = []
    for raw in case["attachments"]:
        fields = {k: v for k, v in raw.items() if k in AppealAttachment.model_fields}
        if raw.get("format"):
            readable = raw.get("readable") is not False and not raw.get("blank") and not raw.get("corrupt") and raw.get("text")
            fields["text"] = raw["text"] + ("\n" + raw["hidden_text"] if raw.get("hidden_text") else "") if readable else None
            fields["read_with"] = _READ_WITH[raw["format"]] if readable else None
            fields["unread"] = None if readable else _why_unread(raw)
            if readable and raw["format"] in ("docx", "pdf"):
                fields["pictures"] = 1 if raw.get("picture") else 0
        out.append(AppealAttachment.model_validate(fields))
    return out


def _why_unread(raw: dict) -> str | None:
    """What a reader says of a picture it cannot read: broken, or blank (a dark blur is as blank as a white page)."""
    from assistant.services.attachment_text import BLANK_IMAGE, IMAGE_SUFFIXES, NOT_AN_IMAGE

    if raw.get("corrupt"):
        return NOT_AN_IMAGE
    return BLANK_IMAGE if Path(raw["name"]).suffix.lower() in IMAGE_SUFFIXES else None


def case_attachments(case: dict, folder: Path) -> tuple[list, dict[int, dict]]:
    """The case's attachments as the triage gets them, and for each file read from disk, how it was read."""
    from assistant.domain.appeals import AppealAttachment
    from assistant.services.appeals import read_attachment
    from evals.attachment_files import write_attachment

    attachments, reads = [], {}
    for number, raw in enumerate(case["attachments"], start=1):
        if not raw.get("format"):
            attachments.append(AppealAttachment.model_validate(raw))
            continue
        path = write_attachment(raw, folder, number)
        started = time.perf_counter()
        attachment, _ = read_attachment(path)
        seconds = time.perf_counter() - started
        if raw.get("kind"):
            attachment = attachment.model_copy(update={"kind": raw["kind"]})
        attachments.append(attachment)
        if raw.get("format") == "scan":
            reads[number] = {"seconds": seconds, "pages": max(1, len((attachment.text or "").split("\f")))}
    return attachments, reads


def case_registry(case: dict) -> list | None:
    """The team's rights registry as the store holds it for the case; None when the case has none (not read, as for a
    complaint given as a file)."""
    from assistant.domain.models import IPRight

    return [IPRight.model_validate(raw) for raw in case["registry_rights"]] if "registry_rights" in case else None


def case_target(case: dict):
    """The complaint as the service reads it from our store: its status, filing day and the rounds recorded on it."""
    from dataclasses import fields

    from assistant.domain.models import Complaint
    from assistant.services import appeals

    rounds = case.get("recorded_rounds") or []
    known = {f.name for f in fields(appeals.ComplaintForTriage)}
    given = {"filed_on": _day(case.get("filed_on")), "status": case.get("complaint_status")}
    given["registry"] = case_registry(case)
    target = appeals.ComplaintForTriage(Complaint.model_validate(case["complaint"]), **{k: v for k, v in given.items() if k in known})
    kept = {f.name for f in fields(appeals.RecordedRound)}  # what a recorded round keeps: its files' names, what was read in them
    for number, raw in enumerate(rounds, start=1):
        names = [a if isinstance(a, str) else a["name"] for a in raw.get("attachments") or []]
        extra = {"attachments": names} if "attachments" in kept else {}
        files = [a for a in raw.get("attachments") or [] if isinstance(a, dict)]
        if files and "documents" in kept and hasattr(appeals, "recorded_documents"):
            # A round recorded with its files: triaged as it was then, and kept as recording keeps it.
            earlier = dict(case, counter_notice=raw["text"], attachments=files, received_on=raw["received_on"], received_said=None)
            with tempfile.TemporaryDirectory(prefix="appeal-round-") as scratch:
                attachments, _ = case_attachments(earlier, Path(scratch))
            then = appeals.triage(target, appeals.SellerSubmission(text=raw["text"], attachments=attachments),
                                  received_on=_day(raw["received_on"]), today=_day(case["today"]))
            extra["documents"] = appeals.recorded_documents(then, number)
        if "rounds" in known:
            target.rounds = [*target.rounds, appeals.RecordedRound(round=number, received_on=_day(raw["received_on"]), text=raw["text"], **extra)]
        if "counter_notice_text" in known:
            target.counter_notice_text, target.received_on, target.attachment_names = raw["text"], _day(raw["received_on"]), names
    return target


def recording_verdict(case: dict, triage) -> str | None:
    """What the recording service says of recording this counter-notice on the case's complaint (None: it cannot say)."""
    from assistant.services import appeals

    check = getattr(appeals, "recording_check", None)
    if check is None:
        return None
    return check(case_target(case), case["counter_notice"], triage.received_on, today=_day(case["today"])).verdict


def triage_case(case: dict, folder: Path | None = None):
    """Triage one dataset case through the service; returns the triage and how its scans were read."""
    from assistant.services.appeals import SellerSubmission, triage

    with tempfile.TemporaryDirectory(prefix="appeal-case-") as scratch:
        attachments, reads = case_attachments(case, folder or Path(scratch))
        target = case_target(case)
        result = triage(
            target,
            SellerSubmission(text=case["counter_notice"], attachments=attachments),
            received_on=_day(case.get("received_on")),
            received_said=case.get("received_said"),
            today=_day(case["today"]),
        )
    return result, reads


def finding_codes(triage) -> set[str]:
    return {f.code for g in triage.grounds for f in g.findings} | {f.code for f in triage.suspicious} | {f.code for f in triage.to_check}


def ocr_reads_right(triage, case: dict, number: int) -> bool | None:
    """Whether the date and quantity read from scan ``number`` are the ones the case says it shows (None: nothing to check)."""
    wanted = case["attachments"][number - 1].get("expected_reads") or {}
    checked = {k: str(v) for k, v in wanted.items() if k in ("date", "quantity", "valid_from", "valid_until")}
    if not checked:
        return None
    summary = triage.attachments[number - 1]
    got = {fact.what: fact.value for fact in summary.facts}
    return all(got.get(k) == v for k, v in checked.items())


def run(workspace) -> SuiteResult:
    result = SuiteResult(name="appeals", title=TITLE)
    cases = load_cases("appeals")
    result.cases = len(cases)
    recommendations = grounds = received = received_cases = 0
    contradictions = duplicates = stated = discrepancies = 0
    ocr_right = ocr_checked = 0
    said = say_asked = unsaid = days_named = days_asked = repeated_total = 0
    misquotes = sources_asked = sources_cited = sources_foreign = 0
    unfounded = statuses_asked = statuses_right = named_asked = named_flagged = named_false = unnamed = 0
    findings, latencies, ocr_page_ms = SetScore(), [], []
    refusals_asked = refused = recordings_asked = recordings_right = echoed = facts_unsaid = 0
    words_asked = words_found = planted_unreported = planted_read = 0
    arguments_asked = arguments_right = checklist_contradicting = 0
    for case in cases:
        started = time.perf_counter()
        refusal = None
        try:
            triage, reads = triage_case(case)
        except IprError as error:  # a plain refusal (bad input), never a traceback
            refusal = f"{error.message} {error.hint or ''}"
        latencies.append((time.perf_counter() - started) * 1000)
        if case.get("expected_refused") or refusal is not None:
            refusals_asked += bool(case.get("expected_refused"))
            wanted = case.get("expected_refused") or []
            right = bool(wanted) and refusal is not None and all(p.lower() in refusal.lower() for p in wanted)
            refused += right
            if not right:
                result.fail(case["id"], case.get("checks", ""), {"refused with": case.get("expected_refused")},
                            {"refusal": refusal} if refusal is not None else {"triaged": {"received_on": str(triage.received_on),
                                                                                        "why": triage.recommendation_reason}},
                            frozen=FROZEN if case.get("frozen") else "")
            continue
        for read in reads.values():
            ocr_page_ms += [read["seconds"] * 1000 / read["pages"]] * read["pages"]
        got_grounds = [g.value for g in triage.ground_names()]
        got_findings = finding_codes(triage)
        right_recommendation = triage.recommendation.value == case["expected_recommendation"]
        right_grounds = sorted(got_grounds) == sorted(case["expected_grounds"])  # which grounds, not their order
        # Findings are scored as 'at least these': the triage may explain more than a case names.
        score = findings.add(case["expected_findings"], got_findings & set(case["expected_findings"]))
        contradicting = appeal_scorer.contradictions(triage, case)
        repeated = appeal_scorer.duplicates(triage)
        steps_contradicting = appeal_scorer.checklist_contradictions(triage)
        checklist_contradicting += len(steps_contradicting)
        case_stated, case_discrepancies = appeal_scorer.discrepancies_stated(triage, case)
        missing_words, forbidden_words = appeal_scorer.wording(triage, case)
        say_asked += appeal_scorer.required_phrases(case)
        said += appeal_scorer.required_phrases(case) - len(missing_words)
        unsaid += len(forbidden_words)
        day_named = appeal_scorer.deadline_day_named(triage, case)
        days_asked += day_named is not None
        days_named += bool(day_named)
        repeated_here = appeal_scorer.repeated_points(triage)
        misquoted_here = appeal_scorer.misquoted(triage, case)
        misquotes += len(misquoted_here)
        uncited, foreign = appeal_scorer.sources_wrong(triage, case)
        sources_asked += len(case.get("sources_must_cite") or [])
        sources_cited += len(case.get("sources_must_cite") or []) - len(uncited)
        sources_foreign += len(foreign)
        repeated_total += len(repeated_here)
        echoed_here = appeal_scorer.echo_unbounded(triage, case)
        echoed += bool(echoed_here)
        unnamed_here = appeal_scorer.unnamed_comparisons(triage)
        words_missing = appeal_scorer.ground_words_missing(triage, case)
        words_asked += sum(len(w) for w in (case.get("expected_words") or {}).values()) + len(case.get("words_must_not_say") or [])
        words_found += sum(len(w) for w in (case.get("expected_words") or {}).values()) + len(case.get("words_must_not_say") or []) - len(words_missing)
        unnamed += len(unnamed_here)
        arguments_wrong = appeal_scorer.argument_mismatches(triage, case)
        arguments_asked += appeal_scorer.arguments_asked(case)
        arguments_right += appeal_scorer.arguments_asked(case) - len(arguments_wrong)
        unsaid_facts = appeal_scorer.document_facts_unsaid(triage)
        facts_unsaid += len(unsaid_facts)
        unreported_here, planted_read_here = appeal_scorer.planted_lines_problems(triage, case)
        planted_unreported += len(unreported_here)
        planted_read += len(planted_read_here)
        unfounded_here = appeal_scorer.unfounded_statuses(triage)
        unfounded += len(unfounded_here)
        wrong_status = appeal_scorer.status_mismatches(triage, case)
        statuses_asked += appeal_scorer.statuses_asked(case)
        statuses_right += appeal_scorer.statuses_asked(case) - len(wrong_status)
        flagged_here, false_flags = appeal_scorer.not_received(triage, case)
        named_asked += len(case.get("expected_not_received") or [])
        named_flagged += flagged_here
        named_false += len(false_flags)
        verdict = None
        if case.get("expected_recording"):
            recordings_asked += 1
            verdict = recording_verdict(case, triage)
            recordings_right += verdict == case["expected_recording"]
        right_received = True
        if case.get("expected_received_on"):
            received_cases += 1
            right_received = triage.received_on == _day(case["expected_received_on"])
            received += right_received
        scans = {n: ocr_reads_right(triage, case, n) for n in reads}
        ocr_checked += sum(1 for ok in scans.values() if ok is not None)
        ocr_right += sum(1 for ok in scans.values() if ok)
        recommendations += right_recommendation
        grounds += right_grounds
        contradictions += len(contradicting)
        duplicates += len(repeated)
        stated += case_stated
        discrepancies += case_discrepancies
        ok = (right_recommendation and right_grounds and score.exact and not contradicting and not repeated
              and case_stated == case_discrepancies and right_received and all(v is not False for v in scans.values())
              and not missing_words and not forbidden_words and day_named is not False and not repeated_here
              and not misquoted_here and not uncited and not foreign and not unfounded_here and not wrong_status
              and flagged_here == len(case.get("expected_not_received") or []) and not false_flags
              and verdict == case.get("expected_recording") and not unnamed_here and not echoed_here
              and not unsaid_facts and not words_missing and not arguments_wrong and not unreported_here and not planted_read_here
              and not steps_contradicting)
        if not ok:
            result.fail(
                case["id"], case.get("checks", ""),
                {"grounds": case["expected_grounds"], "recommendation": case["expected_recommendation"], "findings": case["expected_findings"],
                 "received_on": case.get("expected_received_on"), "recording": case.get("expected_recording")},
                {"grounds": got_grounds, "recommendation": triage.recommendation.value, "findings": sorted(got_findings),
                 "contradictions": contradicting, "duplicates": repeated, "checklist_contradictions": steps_contradicting, "received_on": str(triage.received_on),
                 "not_said": missing_words, "said_but_must_not": forbidden_words, "deadline_day_named": day_named,
                 "repeated_across_sections": repeated_here, "misquoted": misquoted_here,
                 "sources_not_cited": uncited, "sources_of_another_site": foreign,
                 "scans_read_right": scans, "unfounded_statuses": unfounded_here, "statuses_not_expected": wrong_status,
                 "named_not_received_flagged": f"{flagged_here} of {len(case.get('expected_not_received') or [])}",
                 "named_not_received_false": false_flags, "recording": verdict, "names_not_both_quoted": unnamed_here,
                 "seller_text_echoed": echoed_here, "document_facts_unsaid": unsaid_facts, "ground_words_missing": words_missing,
                 "arguments_not_expected": arguments_wrong,
                 "planted_lines_unreported": unreported_here, "planted_lines_read": planted_read_here,
                 "why": triage.recommendation_reason},
                frozen=FROZEN if case.get("frozen") else "",
            )
    triaged = len(cases) - refusals_asked
    result.metric("recommendation_accuracy", recommendations / triaged, "recommendation as expected")
    result.metric("grounds_accuracy", grounds / triaged, "grounds found exactly as expected")
    result.metric("findings_recall", findings.recall, "expected findings the triage reported")
    result.metric("contradictions", contradictions, "findings that contradict the seller's text or an attachment", kind="count")
    result.metric("duplicates", duplicates, "points made more than once", kind="count")
    result.metric("checklist_contradictions", checklist_contradicting,
                  "checklist steps that contradict each other or the files given ('none was given' beside files given)", kind="count")
    result.metric("discrepancies_stated", stated / discrepancies if discrepancies else 1.0, "seller/document disagreements stated on both sides")
    result.metric("received_dates_resolved", received / received_cases if received_cases else 1.0, "days said in words resolved right")
    result.metric("ocr_dates_quantities", ocr_right / ocr_checked if ocr_checked else 1.0, f"scans whose dates and quantities OCR read right ({ocr_checked})")
    result.metric("required_wording", said / say_asked if say_asked else 1.0, f"phrases a case requires that the triage says ({say_asked})")
    result.metric("forbidden_wording", unsaid, "phrases a case forbids that the triage says (an 'attached no ...', another site's window)", kind="count")
    result.metric("deadline_day_named", days_named / days_asked if days_asked else 1.0, f"deadlines counted from the right day, named in the line ({days_asked})")
    result.metric("misquoted_claims", misquotes, "seller's words quoted that are not exactly in the seller's text (claims and quotes)", kind="count")
    result.metric("sources_cited", sources_cited / sources_asked if sources_asked else 1.0, f"sources a case requires that are cited ({sources_asked})")
    result.metric("sources_of_another_site", sources_foreign, "pages about another site cited in a triage", kind="count")
    result.metric("points_repeated", repeated_total, "findings repeated in the checklist or twice in the draft reply", kind="count")
    result.metric("party_comparisons_unnamed", unnamed, "comparisons of two companies' legal forms that do not quote both names", kind="count")
    result.metric("statuses_unfounded", unfounded, "grounds whose status its findings do not bear out (falls short on unread files)", kind="count")
    result.metric("statuses_expected", statuses_right / statuses_asked if statuses_asked else 1.0, f"grounds with the status a case expects ({statuses_asked})")
    result.metric("named_not_received", named_flagged / named_asked if named_asked else 1.0,
                  f"files the seller names as attached but did not give, flagged with its words ({named_asked})")
    result.metric("named_not_received_false", named_false, "files flagged as named and not received that were given or never named", kind="count")
    result.metric("impossible_days_refused", refused / refusals_asked if refusals_asked else 1.0,
                  f"receipt days after today refused with a plain message, not counted from ({refusals_asked})")
    result.metric("recording_verdicts", recordings_right / recordings_asked if recordings_asked else 1.0,
                  f"recording a counter-notice judged right: already recorded, a round dated before the last, a complaint not open ({recordings_asked})")
    result.metric("seller_text_echo_unbounded", echoed, "triages that quote the seller's text back beyond its bound (a long paste whole)",
                  kind="count")
    result.metric("document_facts_unsaid", facts_unsaid,
                  "parties a document names that are not the owner in our record and that no point of the report names", kind="count")
    result.metric("planted_lines_unreported", planted_unreported,
                  "lines instructing an automated reader (after the sign-off, in a file, as a file's name) not reported where they stand",
                  kind="count")
    result.metric("planted_lines_read", planted_read,
                  "words only such a line holds read as the seller's (a ground's words, a claim, a document's fact)", kind="count")
    result.metric("ground_words", words_found / words_asked if words_asked else 1.0,
                  f"seller's words a case names for a ground found among that ground's sentences ({words_asked})")
    result.metric("legal_arguments", arguments_right / arguments_asked if arguments_asked else 1.0,
                  f"legal arguments read each as its own row, with the status and the seller's words a case expects ({arguments_asked})")
    if ocr_page_ms:
        ordered = sorted(ocr_page_ms)
        result.metric("ocr_ms_per_page_p50", ordered[len(ordered) // 2], "OCR time per page, median (reported, not judged)", kind="ms")
    result.latencies_ms["triage an appeal"] = latencies
    result.latencies_ms["OCR a scanned page"] = ocr_page_ms
    return result
