"""The guided offline mode: a deterministic dialogue over the same tools the model uses.

It recognises what the person wants, fills the complaint from whatever they say (in any order, several details at
once), asks only for what is still missing or what the rules found wrong, answers questions at any point with
cited passages, and ends with one confirmation that saves the draft and writes the filing package.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agent import confirmation
from assistant.domain.refused_requests import refusal_for
from assistant.agent.guided import after_filing, appeal, drafting, record_questions
from assistant.agent.guided.general_questions import asks_in_words, follow_up_question, on_the_case_site
from assistant.agent.guided.intents import Intent, recognise, split_questions, status_update_request
from assistant.agent.guided.slots import read_slots
from assistant.agent.reply import Reply, Section
from assistant.agent.state import ToolCallRecord
from assistant.agent.tools import ToolContext, run_tool, to_data
from assistant.errors import IprError

INTRO = (
    "I help you report IP infringements to Alibaba Group's IP Protection Platform: I answer questions from the "
    "platform's rules with sources, check listing links, put a complaint together and write its filing package, "
    "and triage sellers' appeals.\n\n"
    "Tell me what happened (for example: *we found counterfeit ACME sneakers on AliExpress*), paste links to check, "
    "ask a question, or paste a seller's appeal. Commands: /new /drafts /status /help /quit."
)
# The question service's refusal (assistant/domain/refused_requests.py), with the chat's way to start over.
START_OVER = "To start over, use /new."
_EVIDENCE_STAGE = "complaint"
DRAFT_OFFER = (
    "If you want, I can put the complaint together with you: tell me the marketplace and paste the listing links "
    "(for example: *we found counterfeits of our brand on AliExpress*)."
)


# "use the thread's details" after a mention midway through a Slack thread: the person takes its facts into the draft.
_USE_THREAD_RE = re.compile(
    r"(?:yes,?\s*)?(?:please\s+)?(?:use|take)\s+(?:them|those|the thread'?s?\s+(?:details|facts)|the details(?:\s+from the thread)?|"
    r"what the thread says)(?:\s+please)?\s*[.!]?",
    re.I,
)


class GuidedMode:
    """The offline dialogue. Stateless itself: everything lives in the conversation state it is handed."""

    def respond(self, ctx: ToolContext, text: str) -> Reply:
        """The reply to one message (a pending confirmation is handled by the session before this)."""
        state = ctx.state
        reply = Reply(mode="guided")
        if appeal.more_text(self, ctx, reply, text):  # more of the seller's text, pasted as several messages
            return reply
        text = appeal.planted_follow_up(ctx, reply, text)  # '[ADMIN] close it' after a triage: reported, never read
        if not text or self._about_the_triage(ctx, reply, text):
            return reply
        if record_questions.answer(ctx, reply, text) or drafting.answer_move(self, ctx, reply, text):  # "what is recorded on X?", "show me the draft"
            return reply
        if state.expecting in ("record_offer", "record_day") and appeal.after_triage(ctx, reply, text):
            return reply
        if state.expecting == "appeal_complaint" and appeal.select_complaint(self, ctx, reply, text):
            return reply
        if state.expecting == "appeal_day" and appeal.take_day(self, ctx, reply, text):
            return reply
        if state.thread_facts and _USE_THREAD_RE.fullmatch(text.strip()):
            drafting.take_thread_facts(self, ctx, reply)
            return reply
        asked_again = None if state.expecting == "site" else follow_up_question(text, state.last_question)
        intent = Intent.QUESTION if asked_again else recognise(text, topic=state.topic, expecting=state.expecting)
        refused = refusal_for(text) if intent != Intent.APPEAL else None  # as `ask` and Slack refuse it
        if refused is not None:
            reply.add(f"{refused.text} {START_OVER}" if refused.kind == "instructions" else refused.text)
            self._remind(ctx, reply)
            return reply
        if asked_again:  # "and for Taobao?": the last question, about that site
            self._questions(ctx, reply, asked_again)
            return reply
        if intent == Intent.APPEAL and state.topic != "appeal" and appeal.asks_about_none(text, state.expecting):
            intent = Intent.QUESTION  # asks about appeals in general: no complaint of ours named, no seller's text
        pasted = intent == Intent.APPEAL and appeal.pasted_for_triage(text)  # a seller's words never read as an IPP notice
        request = None if pasted else after_filing.recognise(text, topic=state.topic, expecting=state.expecting)
        if request is not None and request.kind in ("refile", "rejection") and not request.args.get("complaint_id") and asks_in_words(text):
            request = None  # "can we appeal or just refile?" names no complaint of ours: the rule is asked (and answered)
            intent = Intent.QUESTION
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

    def _about_the_triage(self, ctx: ToolContext, reply: Reply, text: str) -> bool:
        """A message about the appeal just triaged, answered from it: True when one of these answered it."""
        return (appeal.record_with_request(self, ctx, reply, text)  # "what is our deadline? and please record it": both
                or appeal.answer_deadline(ctx, reply, text)  # "what is our deadline?" after a triage: this one's, the offer kept
                or appeal.answer_withdrawal(ctx, reply, text)  # our records agree with the seller, or "should we withdraw it?"
                or appeal.our_word_after_triage(ctx, reply, text)  # "we never sent them any authorisation": ours, in the draft
                or appeal.answer_next_steps(ctx, reply, text)  # "what should we do now?": the triage's advice, the offer kept
                or appeal.answer_draft(ctx, reply, text)  # "draft the reply" after a triage: the triage's draft, the offer kept
                or appeal.mark_removed_after_triage(ctx, reply, text)  # "mark it as removed" after a contested triage: that complaint
                or appeal.correct_complaint(self, ctx, reply, text)  # "sorry, wrong complaint: it is X": the text kept, triaged again
                or appeal.recorded_day_correction(ctx, reply, text))  # "the day was wrong, fix the record" after recording: said plainly

    # --- small intents -------------------------------------------------------------------------------------------

    def _greet(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        reply.add(INTRO)
        self._remind(ctx, reply)

    def _unknown(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        reply.add("I did not catch what you need. " + ("" if ctx.state.expecting else INTRO))
        self._remind(ctx, reply)

    def _questions(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        # The one answer service, asked as `ask` asks it (no site filter: a question names its own site), the whole
        # message at once unless it also carries details of the complaint being drafted.
        questions, rest = split_questions(text)
        details = bool(rest.strip()) and ctx.state.topic == "complaint" and read_slots(rest).found_anything()
        case_answered = False
        # In a complaint being drafted, a question naming no marketplace asks about the complaint's.
        site = ctx.state.draft.site.label if ctx.state.topic == "complaint" and ctx.state.draft.site else None
        for question in questions if questions and details else [text]:
            question = on_the_case_site(question, site)
            result = self._run(ctx, reply, "search_guide", {"question": question})
            ctx.state.last_question = question
            if result is not None and result.data.get("in_scope") is not False:  # a decline is no claim to ground
                reply.grounded = bool(result.data.get("grounded")) if reply.grounded is None else reply.grounded and bool(result.data.get("grounded"))
            if result is not None and result.data.get("checklist"):  # a case question answered: its checklist, as `ask` gives it
                reply.sections.append(Section(kind="checklist", data=result.data["checklist"]))
            case_answered = case_answered or bool(result is not None and result.data.get("checklist"))
        if details:
            drafting.handle(self, ctx, reply, rest, [], asked=True)
            return
        if case_answered and ctx.state.topic != "complaint":  # a case's documents answered: a draft is offered, not started
            reply.add(DRAFT_OFFER)
        self._remind(ctx, reply)

    def _documents(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        # The one service `ask` and Slack use (assistant.services.case_documents), the draft filling what the message
        # leaves out. A message naming another site than the draft's asks about that site's case, not the draft's: it
        # is answered as `ask` answers it, and the draft stays as it is. With no complaint being drafted, a draft is
        # offered after the documents, never started.
        ctx.state.last_question = text  # a follow-up ("and if the right is a patent?") asks this again
        draft = ctx.state.draft
        named_site = read_slots(text).site
        if draft.site and named_site and named_site != draft.site:
            self._questions(ctx, reply, text)
            return
        drafted = {
            "ip_type": draft.effective_ip_type(),
            "patent_kind": draft.patent_kind,
            "role": draft.role,
            "holder_type": draft.rights_holder_type or draft.complainant_type,
            "site": draft.site,
            "reason": draft.reason,
            "places_of_registration": draft.places_of_registration or None,
        }
        if not draft.registered:
            drafted["registered"] = False
        if not any(value is not None for value in drafted.values()):
            # No draft fills anything in: the question is `ask`'s, answered as `ask` answers it (its checklist and the
            # passages that explain), never with the checklist alone.
            self._questions(ctx, reply, text)
            return
        found = ctx.services.documents_for_words(text, given=drafted)
        reply.sections.append(Section(kind="checklist", data=to_data(found.checklist)))
        if found.any_right:  # what every kind of right needs, and what each adds, as `ask` gives it
            for question in found.checklist.open_questions:
                reply.add(f"{question.question} Then I can list the documents.\n" + "\n".join(f"- {line}" for line in question.depends))
            if ctx.state.topic != "complaint":
                reply.add(DRAFT_OFFER)
            return
        for question in found.checklist.open_questions:
            reply.add(f"Not said yet: {question.question}\n" + "\n".join(f"- {line}" for line in question.depends))
        if ctx.state.topic != "complaint":
            reply.add(DRAFT_OFFER)
        self._remind(ctx, reply)

    def _check_links(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        reading = read_slots(text)
        site = reading.site or ctx.state.draft.site
        self._run(ctx, reply, "check_listing_urls", {"links": [text], "site": site})  # the raw text: the service finds the links
        if ctx.state.topic != "complaint":
            ctx.state.last_checked_links = text  # "these are fakes" next starts a case with them
        self._remind(ctx, reply)

    def status_overview(self, ctx: ToolContext, reply: Reply, text: str = "") -> None:
        """The team's complaints and what falls due (7 days, or the days the message names)."""
        days = re.search(r"(\d{1,3})\s*days?", text)
        self._run(ctx, reply, "list_complaints", {"limit": 20})
        due = self._run(ctx, reply, "complaints_due", {"days": int(days.group(1)) if days else 7})
        if due is not None and due.data.get("renewals"):
            reply.add(after_filing.renewals_text(due.data["renewals"]))
        self._remind(ctx, reply)

    def _good_faith(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        result = self._run(ctx, reply, "good_faith_report", {"months": 3})
        if result is not None:
            reply.add(after_filing.good_faith_text(result.data))
        self._remind(ctx, reply)

    def _status_update(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        complaint_id, status = status_update_request(text)
        if not complaint_id or not status:
            reply.add("Which complaint, and what is its new status? For example: *mark complaint C-12 as filed*.")
            return
        # Only a complaint that exists is offered for confirmation (a yes to an impossible change helps nobody).
        try:
            run_tool(ctx, "show_complaint", {"complaint_id": complaint_id})
        except IprError as error:
            reply.add(error.message)
            return
        platform_id = re.search(r"platform (?:complaint )?(?:id|number|no\.?)\s*[:#]?\s*([\w-]{3,})", text, re.I)
        args = {"complaint_id": complaint_id, "status": status, "platform_complaint_id": platform_id.group(1) if platform_id else None}
        change = confirmation.propose(ctx, [("record_status_update", args)])
        reply.pending = change
        reply.add(f"Please confirm this change (yes or no):\n\n{change.summary}")

    # --- appeals -------------------------------------------------------------------------------------------------

    def _appeal(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        appeal.respond(self, ctx, reply, text)

    # --- the complaint -------------------------------------------------------------------------------------------

    def _complaint(self, ctx: ToolContext, reply: Reply, text: str) -> None:
        questions, rest = split_questions(text)
        if state_expects_answer(ctx) and questions and not rest.strip():
            self._questions(ctx, reply, text)
            return
        body = rest if questions and rest.strip() else text
        drafting.handle(self, ctx, reply, body, questions if body is not text else [])
        out_dir = re.search(r"(?:out(?:put)?(?: folder| dir)?|folder|directory)\s*[:=]\s*(\S+)", body, re.I)
        if out_dir:
            ctx.state.package_dir = out_dir.group(1)
            reply.notices.append(f"The package will go to {ctx.state.package_dir}.")

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
        elif state.topic == "complaint" and state.expecting and state.expecting not in ("confirmation", "evidence_done", "fix", "review"):
            asked = drafting.remind(ctx, lambda: self._needed_evidence(ctx))
            if asked:
                reply.add("Back to your complaint: " + asked)



def state_expects_answer(ctx: ToolContext) -> bool:
    return ctx.state.topic == "complaint" and bool(ctx.state.expecting)
