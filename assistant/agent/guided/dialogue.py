"""The guided offline mode: a deterministic dialogue over the same tools the model uses.

It recognises what the person wants, fills the complaint from whatever they say (in any order, several details at
once), asks only for what is still missing or what the rules found wrong, answers questions at any point with
cited passages, and ends with one confirmation that saves the draft and writes the filing package.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agent import confirmation
from assistant.agent.draft import ComplaintDraft
from assistant.agent.guards import MAX_PASTED_APPEAL_CHARS, cap_input, contains_instructions
from assistant.agent.guided import after_filing
from assistant.agent.guided.asking import needs_places, question_for
from assistant.agent.guided.intents import Intent, recognise, split_questions, status_update_request
from assistant.agent.guided.slots import SlotReading, holder_type_of, read_slots, yes_or_no
from assistant.agent.reply import Reply, Section
from assistant.agent.state import ToolCallRecord
from assistant.agent.tools import ToolContext, missing_for_complaint, recheck_links, run_tool, to_data
from assistant.domain.case_reading import read_case
from assistant.domain.documents import open_questions
from assistant.domain.models import REASON_IP_TYPE, DocumentCase, IPType, Role
from assistant.errors import IprError

INTRO = (
    "I help you report IP infringements to Alibaba Group's IP Protection Platform: I answer questions from the "
    "platform's rules with sources, check listing links, put a complaint together and write its filing package, "
    "and triage sellers' appeals.\n\n"
    "Tell me what happened (for example: *we found counterfeit ACME sneakers on AliExpress*), paste links to check, "
    "ask a question, or paste a seller's appeal. Commands: /new /drafts /status /help /quit."
)
REFUSAL = (
    "That message reads like instructions to change how I work. I follow the platform's rules and your explicit "
    "confirmations only, so I changed nothing. To start over, use /new."
)
_EVIDENCE_STAGE = "complaint"


class GuidedMode:
    """The offline dialogue. Stateless itself: everything lives in the conversation state it is handed."""

    def respond(self, ctx: ToolContext, text: str) -> Reply:
        """The reply to one message (a pending confirmation is handled by the session before this)."""
        state = ctx.state
        reply = Reply(mode="guided")
        intent = recognise(text, topic=state.topic, expecting=state.expecting)
        if intent != Intent.APPEAL and contains_instructions(text):
            reply.add(REFUSAL)
            self._remind(ctx, reply)
            return reply
        request = after_filing.recognise(text, topic=state.topic, expecting=state.expecting)
        if request is not None:
            return after_filing.respond(self, ctx, reply, request)
        handler = {
            Intent.GREETING: self._greet,
            Intent.HELP: self._greet,
            Intent.QUESTION: self._questions,
            Intent.DOCUMENTS: self._documents,
            Intent.COMPLAINT: self._complaint,
            Intent.CHECK_LINKS: self._check_links,
            Intent.STATUS: self.status_overview,
            Intent.STATUS_UPDATE: self._status_update,
            Intent.APPEAL: self._appeal,
            Intent.GOOD_FAITH: self._good_faith,
        }.get(intent, self._unknown)
        handler(ctx, reply, text)
        return reply

    # --- small intents -------------------------------------------------------------------------------------------

    def _greet(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        reply.add(INTRO)
        self._remind(ctx, reply)

    def _unknown(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        reply.add("I did not catch what you need. " + ("" if ctx.state.expecting else INTRO))
        self._remind(ctx, reply)

    def _questions(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        questions, rest = split_questions(text)
        for question in questions or [text]:
            result = self._run(ctx, reply, "search_guide", {"question": question, "site": ctx.state.draft.site})
            if result is not None:
                reply.grounded = bool(result.data.get("grounded")) if reply.grounded is None else reply.grounded and bool(result.data.get("grounded"))
        if rest.strip() and ctx.state.topic == "complaint" and read_slots(rest, ctx.state.expecting).found_anything():
            self._complaint(ctx, reply, rest)
            return
        self._remind(ctx, reply)

    def _documents(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        # The case is read as `ask` and Slack read it (one case reader), the draft filling what the message leaves out.
        draft = ctx.state.draft
        reading = read_case(text)
        drafted = {
            "ip_type": draft.effective_ip_type(),
            "patent_kind": draft.patent_kind,
            "role": draft.role,
            "holder_type": draft.rights_holder_type or draft.complainant_type,
            "site": draft.site,
            "reason": draft.reason,
            "places_of_registration": draft.places_of_registration or None,
        }
        defaults = {name: value for name, value in drafted.items() if value is not None}
        if not draft.registered:
            defaults["registered"] = False
        case = reading.document_case(**defaults)
        if case is None:
            reply.add("Which kind of right is it: a trademark, a copyright or a patent? Then I can list the documents.")
            return
        self._run(ctx, reply, "list_required_documents", case.model_dump(mode="json"))
        for question in open_questions(case, reading.known() | set(defaults)):
            reply.add(f"Not said yet: {question.question}\n" + "\n".join(f"- {line}" for line in question.depends))
        self._remind(ctx, reply)

    def _check_links(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        reading = read_slots(text)
        site = reading.site or ctx.state.draft.site
        self._run(ctx, reply, "check_listing_urls", {"links": reading.link_tokens, "site": site})
        self._remind(ctx, reply)

    def status_overview(self, ctx: ToolContext, reply: Reply, text: str = "") -> None:
        """The team's complaints and what falls due (7 days, or the days the message names)."""
        days = re.search(r"(\d{1,3})\s*days?", text)
        self._run(ctx, reply, "list_complaints", {"limit": 20})
        self._run(ctx, reply, "complaints_due", {"days": int(days.group(1)) if days else 7})
        self._remind(ctx, reply)

    def _good_faith(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        self._run(ctx, reply, "good_faith_report", {"months": 3})
        self._remind(ctx, reply)

    def _status_update(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        complaint_id, status = status_update_request(text)
        if not complaint_id or not status:
            reply.add("Which complaint, and what is its new status? For example: *mark complaint C-12 as filed*.")
            return
        platform_id = re.search(r"platform (?:complaint )?(?:id|number|no\.?)\s*[:#]?\s*([\w-]{3,})", text, re.I)
        args = {"complaint_id": complaint_id, "status": status, "platform_complaint_id": platform_id.group(1) if platform_id else None}
        change = confirmation.propose(ctx, [("record_status_update", args)])
        reply.pending = change
        reply.add(f"Please confirm this change (yes or no):\n\n{change.summary}")

    # --- appeals -------------------------------------------------------------------------------------------------

    def _appeal(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        state = ctx.state
        pasted = state.expecting == "appeal_text" or len(text) > 200
        if not pasted:
            state.topic, state.expecting = "appeal", "appeal_text"
            reply.add(
                "Paste the seller's counter-notice or appeal as one message (and name the complaint, e.g. 'complaint C-12', "
                "if it is in our records). I will read it as data: nothing in it is treated as an instruction."
            )
            return
        capped = cap_input(text, MAX_PASTED_APPEAL_CHARS, what="pasted appeal")
        if capped.notice:
            reply.notices.append(capped.notice)
        complaint_id = re.search(r"\bcomplaint\s+#?([A-Za-z]{0,4}-?\d[\w-]*)", capped.text, re.I)
        attachments = re.findall(r"[\w\-]+\.(?:pdf|jpe?g|png|docx?|xlsx?)\b", capped.text, re.I)
        args = {"counter_notice": capped.text, "complaint_id": complaint_id.group(1) if complaint_id else None, "attachments": attachments}
        self._run(ctx, reply, "triage_seller_appeal", args)
        if contains_instructions(capped.text):
            reply.add(
                "Note: the seller's text contains instructions addressed to whoever reads it. I treated them as data "
                "and did nothing they ask; they may be worth mentioning in your response."
            )
        state.topic, state.expecting = (None, None) if state.topic == "appeal" else (state.topic, state.expecting)

    # --- the complaint -------------------------------------------------------------------------------------------

    def _complaint(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        state = ctx.state
        if state.draft.exported_to and state.topic != "complaint":
            state.draft = ComplaintDraft()  # the last complaint is done; this is a new one
        state.topic = "complaint"
        questions, rest = split_questions(text)
        body = rest if questions and rest.strip() else text
        reading = read_slots(body, state.expecting)
        if state.expecting in ("approval", "evidence_done") and reading.right_approved is None and not reading.found_anything():
            answer = yes_or_no(body)
            if state.expecting == "approval" and answer is not None:
                reading.right_approved = answer
        noted = self._apply(ctx, reply, reading)
        if state.expecting == "evidence" and not reading.evidence and re.search(
            r"\b(?:that'?s all|nothing else|none|no more|continue|go on|proceed|check it|validate)\b", body, re.I
        ):
            state.expecting = "evidence_done"
        out_dir = re.search(r"(?:out(?:put)?(?: folder| dir)?|folder|directory)\s*[:=]\s*(\S+)", body, re.I)
        if out_dir:
            state.package_dir = out_dir.group(1)
            reply.notices.append(f"The package will go to {state.package_dir}.")
        if questions:
            for question in questions:
                self._run(ctx, reply, "search_guide", {"question": question, "site": state.draft.site})
        if noted:
            reply.add("Noted: " + "; ".join(noted) + ".")
        elif not questions and state.expecting and not reading.found_anything():
            reply.add("I could not find that in your message.")
        self._next_step(ctx, reply)

    def _apply(self, ctx: ToolContext, reply: Reply, reading: SlotReading) -> list[str]:
        """Write what the message said into the draft; return what changed, in words."""
        draft = ctx.state.draft
        noted: list[str] = []

        def put(name: str, value: Any, label: str) -> None:
            old = getattr(draft, name)
            if value in (None, [], "") or old == value:
                return
            setattr(draft, name, value)
            shown = getattr(value, "value", value)
            shown = ", ".join(shown) if isinstance(shown, list) else shown
            noted.append(f"{label} {shown}" if old in (None, [], "") else f"{label} changed to {shown}")

        site_before = draft.site
        put("site", reading.site, "site")
        if reading.reason is not None:
            put("reason", reading.reason, "reason")
            draft.ip_type = REASON_IP_TYPE[reading.reason]
        elif reading.ip_type is not None and draft.reason is None:
            draft.ip_type = reading.ip_type
        put("patent_kind", reading.patent_kind, "patent kind")
        put("role", reading.role, "you file as")
        if ctx.state.expecting == "rights_holder" and reading.complainant_name and not reading.rights_holder_name:
            reading.rights_holder_name, reading.complainant_name = reading.complainant_name, None
        put("complainant_name", reading.complainant_name, "complainant")
        put("rights_holder_name", reading.rights_holder_name, "rights holder")
        complainant_type = reading.complainant_type or (holder_type_of(reading.complainant_name) if reading.complainant_name else None)
        put("complainant_type", complainant_type, "complainant type")
        if draft.rights_holder_name and draft.rights_holder_type is None:
            draft.rights_holder_type = holder_type_of(draft.rights_holder_name)
        if reading.unregistered and draft.registered:
            draft.registered, draft.registration_number = False, None
            noted.append("unregistered right")
        if not (reading.right_name_guessed and draft.right_name):
            put("right_name", reading.right_name, "right")
        put("registration_number", reading.registration_number, "registration no.")
        put("places_of_registration", reading.places_of_registration, "registered in")
        put("right_approved", reading.right_approved, "approved on IPP:")
        for item in reading.evidence:
            draft.evidence = [e for e in draft.evidence if e.kind != item.kind] + [item]
            noted.append(f"evidence {item.kind}" + (f" ({item.file or item.reference})" if item.file or item.reference else ""))
        put("statement", reading.statement, "statement")
        links_before = [ref.url for ref in draft.listings]
        if reading.link_tokens or (site_before != draft.site and (draft.listings or draft.rejected_links)):
            links = links_before + [r.input for r in draft.rejected_links] if site_before != draft.site else links_before
            links = links + reading.link_tokens  # repeats stay in, so the checker reports them as duplicates
            report = recheck_links(ctx.services, draft, links)
            if report is not None:
                reply.sections.append(Section(kind="url_report", data=to_data(report)))
                reply.tool_calls.append(ToolCallRecord(name="check_listing_urls", args={"links": links, "site": draft.site}))
            noted.append(f"{len(draft.listings)} valid link(s)")
            if draft.rejected_links:
                noted.append(f"{len(draft.rejected_links)} link(s) left out because of problems (see the report; paste corrected ones)")
        return noted

    def _next_step(self, ctx: ToolContext, reply: Reply) -> None:
        """Ask for the next missing detail; when none is missing, validate and propose saving and exporting."""
        state, draft = ctx.state, ctx.state.draft
        slot = next_missing(draft)
        if slot:
            state.expecting = slot
            reply.add(question_for(slot, draft))
            return
        needed = self._needed_evidence(ctx)
        if needed and state.expecting not in ("evidence", "evidence_done"):
            state.expecting = "evidence"
            reply.add(question_for("evidence", draft, needed_evidence=needed))
            return
        result = self._run(ctx, reply, "validate_complaint", {})
        if result is None:
            return
        errors = result.data.get("errors", [])
        if errors:
            state.expecting = slot_for_errors(errors)
            reply.add(
                "The platform's rules find problems that would get this complaint rejected (details above). "
                + question_for(state.expecting, draft, needed_evidence=needed)
                if state.expecting != "fix"
                else "The platform's rules find problems that would get this complaint rejected (details above). Tell me the corrections."
            )
            return
        calls: list[tuple[str, dict[str, Any]]] = []
        calls.append(("update_complaint_draft" if draft.complaint_id else "start_complaint_draft", {}))
        target = state.package_dir or str(ctx.services.packages_dir / state.thread_id)
        calls.append(("export_filing_package", {"out_dir": target}))
        change = confirmation.propose(ctx, calls)
        state.expecting = "confirmation"
        reply.pending = change
        reply.add(
            "The rules find no errors. Shall I save the complaint and write its filing package? Answer yes or no.\n\n"
            + change.summary
        )

    def _needed_evidence(self, ctx: ToolContext) -> list[tuple[str, str]]:
        """Complaint-stage documents the rules require for this case that the draft does not have yet."""
        draft = ctx.state.draft
        complaint = draft.to_complaint()
        from assistant.domain.documents import document_case_for  # the rules' own view of the case

        checklist = ctx.services.required_documents(document_case_for(complaint))
        have = draft.evidence_kinds()
        needed = [
            (doc.id, doc.name)
            for doc in checklist.documents
            if doc.required and doc.id not in have and (doc.stage == _EVIDENCE_STAGE or doc.id == "power_of_attorney")
        ]
        return needed

    # --- plumbing --------------------------------------------------------------------------------------------------

    def _run(self, ctx: ToolContext, reply: Reply, name: str, args: dict[str, Any]):
        record = ToolCallRecord(name=name, args=to_data(args))
        reply.tool_calls.append(record)
        try:
            result = run_tool(ctx, name, args)
        except IprError as error:
            record.status, record.result = "failed", error.message
            reply.add(f"{error.message}{' ' + error.hint if error.hint else ''}")
            return None
        record.result = result.content[:2000]
        reply.sections.append(Section(kind=result.kind, data=result.data))
        return result

    def _remind(self, ctx: ToolContext, reply: Reply) -> None:
        """After a side question, repeat the question the complaint is waiting on."""
        state = ctx.state
        if state.pending is not None:
            reply.add("A change is still waiting for your yes or no:\n\n" + state.pending.summary)
        elif state.topic == "complaint" and state.expecting and state.expecting not in ("confirmation", "evidence_done", "fix"):
            reply.add("Back to your complaint: " + question_for(state.expecting, state.draft, needed_evidence=self._needed_evidence(ctx) if state.expecting == "evidence" else None))


def next_missing(draft: ComplaintDraft) -> str | None:
    """The next detail to ask for, in the order people find natural."""
    missing = missing_for_complaint(draft)
    order = ["site", "reason", "role", "complainant", "complainant_type", "rights_holder", "right", "approval", "places", "links"]
    extra = set(missing)
    if draft.complainant_name and draft.complainant_type is None:
        extra.add("complainant_type")
    if draft.right_name and draft.right_approved is None:
        extra.add("approval")
    if needs_places(draft):
        extra.add("places")
    for slot in order:
        if slot in extra:
            return slot
    return None


def slot_for_errors(errors: list[dict[str, Any]]) -> str:
    """Which question to ask again for the first error the rules found."""
    first = errors[0]
    where, code = first.get("field", ""), first.get("code", "")
    if where.startswith("evidence") or "evidence" in code or code.endswith("_missing") and "statement" not in code:
        return "evidence"
    if where.startswith("listings") or "link" in code or "listing" in code:
        return "links"
    if "approved" in code:
        return "approval"
    if "china" in code or "place" in where:
        return "places"
    if where.startswith("statement") or "statement" in code:
        return "statement"
    if where.startswith("ip_right"):
        return "right"
    return "fix"

