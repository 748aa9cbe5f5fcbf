"""Which documents a case asked about in words needs: the one service behind "what do we need / can we file" in
`ask`, the chat and Slack's `/ipr docs`, so the same question gets the same checklist everywhere (and the same as
`ipr-assistant documents` given the same facts as options).

The case is read from the words (assistant.domain.case_reading); facts the adapter already holds (a site option, the
chat's draft, Slack's `<ip-type> [role] [site]`) fill what the words leave out. When the kind of right is not said,
the checklist is what every kind needs, with what each kind adds; every other deciding fact left unsaid (the role,
where the right is registered on Taobao, Tmall and 1688, ...) comes with what depends on it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from assistant.domain.case_reading import CaseReading, read_case
from assistant.domain.documents import IP_TYPE_LABELS, open_questions, required_documents, whatever_the_right
from assistant.domain.models import DocumentCase, DocumentChecklist, IPType, OpenQuestion

# Facts whose open question is per kind of right already (the reasons differ by kind), or is the kind itself.
_PER_KIND = {"ip_type", "reason", "patent_kind"}


class CaseDocuments(BaseModel):
    """The checklist for a case asked about in words, and the case it was read as."""

    case: DocumentCase = Field(
        description="The case the checklist is for; when any_right, read as a trademark case (its site and role hold)."
    )
    any_right: bool = Field(description="True when the kind of right was not said: the checklist holds for every kind.")
    checklist: DocumentChecklist = Field(description="The documents rules' checklist, with what each unsaid fact decides.")
    read: list[dict] = Field(default_factory=list, description="The facts read from the words, each with the words it came from.")


def documents_for_words(
    text: str, *, given: dict[str, Any] | None = None, known: set[str] | None = None, today: date | None = None
) -> CaseDocuments:
    """The checklist for the case the text describes. `given`: facts the adapter holds, filling what the text leaves
    out (the text wins); they count as said. `known`: other facts the person has settled, though not in `given`."""
    reading = read_case_in_its_language(text)
    given = {name: value for name, value in (given or {}).items() if value is not None}
    said = reading.known() | set(given) | set(known or ())
    case = reading.document_case(**given)
    if case is None:
        return CaseDocuments(
            case=reading.document_case(**{**given, "ip_type": IPType.TRADEMARK}),
            any_right=True,
            checklist=checklist_whatever_the_right(reading, said, today=today, **given),
            read=reading.shown(),
        )
    checklist = required_documents(case, today=today)
    checklist.open_questions = open_questions(case, said, today=today)
    return CaseDocuments(case=case, any_right=False, checklist=checklist, read=reading.shown())


def read_case_in_its_language(text: str) -> CaseReading:
    """The case the words describe, in whichever language they are written: a question in Chinese, Spanish, German or
    Malay is read as written (its negations: "没有版权登记证书", "sin registro") and through its English reading
    (assistant/retrieval/query_language.py) for what the words as written do not give."""
    from assistant.retrieval.query_language import read_question

    question = read_question(text or "")
    if not question.language:
        return read_case(text)
    return read_case(text, question.english, lambda words: question.said_as(text or "", words))


def cases_by_right(reading: CaseReading, **given) -> dict[IPType, DocumentCase]:
    """The case a text describes without saying which kind of right, as each kind."""
    return {ip_type: reading.document_case(**{**given, "ip_type": ip_type}) for ip_type in IPType}


def checklist_whatever_the_right(reading: CaseReading, said: set[str], *, today: date | None = None, **given) -> DocumentChecklist:
    """What every kind of right needs and what each adds, then what each other unsaid deciding fact decides."""
    cases = cases_by_right(reading, **given)
    checklist = whatever_the_right(cases, today=today)
    checklist.open_questions += shared_open_questions(cases, said, today=today)
    return checklist


def shared_open_questions(cases: dict[IPType, DocumentCase], said: set[str], *, today: date | None = None) -> list[OpenQuestion]:
    """The open questions of the case as each kind of right, merged: a fact's question once, and what depends on it
    said once where every kind agrees, else for the kinds it concerns ("A trademark or a patent: ...")."""
    per_kind = {ip_type: open_questions(case, said, today=today) for ip_type, case in cases.items()}
    facts: dict[str, OpenQuestion] = {}
    lines: dict[str, dict[str, list[IPType]]] = {}
    for ip_type, questions in per_kind.items():
        for question in questions:
            if question.fact in _PER_KIND:
                continue
            facts.setdefault(question.fact, question)
            for line in question.depends:
                lines.setdefault(question.fact, {}).setdefault(line, []).append(ip_type)
    merged = []
    for fact, question in facts.items():
        depends = []
        for line, kinds in lines.get(fact, {}).items():
            if len(kinds) == len(cases):
                depends.append(line)
            else:
                names = " or ".join(IP_TYPE_LABELS[kind].lower() if i else IP_TYPE_LABELS[kind] for i, kind in enumerate(kinds))
                depends.append(f"{names}: {line}")
        merged.append(question.model_copy(update={"depends": depends}))
    return merged
