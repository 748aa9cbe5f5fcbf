"""Does a message start a complaint, or ask about one? Read the same way by the chat (which then drafts the complaint)
and by `ask` (which answers, and says that the chat drafts complaints).

A complaint starts when the person says they want one filed ("we need to take down fake loafers on Taobao", "I'd like
to file a complaint"), asks for one to be drafted or filed ("can you help me report them?", "please draft the
complaint"), or states the infringement without asking anything (the chat reads that itself). A question about what a
complaint needs or whether one can be filed is answered, even when it names the infringement: "What do we need to
report fakes on 1688?", "our mark is only registered in the EU, can we file on Tmall?", "how do I report a fake?".
"""

from __future__ import annotations

import re

from assistant.domain.case_reading import is_case_question

# What `ask` adds to its answer when the question starts a complaint: the chat is where one is put together.
COMPLAINT_START_NOTICE = (
    "This reads as a complaint you want to file: `ipr-assistant chat` puts it together with you step by step and checks it "
    "against the platform's rules before export."
)

_ACT = r"(?:report|file|submit|complain|take down|takedown|get (?:\w+ ){0,3}(?:removed|taken down)|go after|start|open|draft|write up)"

# The person asks the assistant to do it, or to help: "can you help me report", "please draft", "let's file".
_ASKS_FOR_IT = re.compile(
    rf"\b(?:help (?:me |us )?(?:to )?|(?:can|could|would|will) you (?:please )?(?:help (?:me |us )?(?:to )?)?|let'?s |please )"
    rf"{_ACT}\b|\bdraft (?:a|the|our|my|this) (?:\w+ )?(?:complaint|report|takedown|notice)\b|\bnew (?:case|complaint)\b",
    re.I,
)
# The person says they want it done: "we want to report", "I need to take down", "(we) would like to file".
_WANTS_IT = re.compile(rf"\b(?:want|wanna|need|would like|'d like|like|wish|plan|intend|hoping|trying) to {_ACT}\b", re.I)
# About an appeal the person received, not a complaint of theirs: "help me answer the counter-notice".
_ABOUT_AN_APPEAL = re.compile(r"\b(?:appeal|counter[- ]?notice)\b", re.I)
# A sentence that asks how or what: "what do we need to report ...", "do we need to file ...", "how do I report ...".
_ASKS_HOW_OR_WHAT = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|hi|hello|also|sorry|quick question)\W+)?(?:what|which|how|is|are|does|do|did|should|must|when|where|why|who)\b",
    re.I,
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[?!.;])\s+|\n+", text.strip()) if s.strip()]


def _is_question(sentence: str) -> bool:
    """A question mark, or a clause opening with a question's word: "we have no certificate, what do we need to file"."""
    if sentence.rstrip().endswith("?"):
        return True
    return any(_ASKS_HOW_OR_WHAT.match(clause) for clause in re.split(r"[,;:]|\s[-\u2013\u2014]\s", sentence) if clause.strip())


def starts_complaint(text: str) -> bool:
    """Whether the message asks for a complaint to be drafted or filed (see the module's doc)."""
    sentences = _sentences(text or "")
    if any(_is_question(s) and is_case_question(s) for s in sentences):
        return False  # asks what a complaint needs or whether it can be filed: that is answered first
    return any(
        not _ABOUT_AN_APPEAL.search(s) and (_ASKS_FOR_IT.search(s) or (_WANTS_IT.search(s) and not _ASKS_HOW_OR_WHAT.match(s)))
        for s in sentences
    )
