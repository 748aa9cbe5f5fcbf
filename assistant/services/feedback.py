"""Feedback on answers as candidate evaluation cases: each vote (with the question, the answer, its citations and the
reason typed) becomes a case in the answers suite's shape (evals/datasets/questions.jsonl), marked as a candidate.

Candidates are for a person to review: the expected facts are theirs to write (the answer given is kept beside them,
never copied in as what is expected), and nothing here adds a case to a dataset. A helpful answer's cited sections
are proposed as its expected sources; a vote against an answer proposes none (its citations may be the fault).
"""

from __future__ import annotations

from typing import Any, Literal

from assistant.store.slack import SlackStore, Vote

Which = Literal["all", "good", "bad"]
SITES = {"aliexpress", "alibaba", "1688", "taobao", "tmall", "lazada", "miravia"}
PERSONAS = {"employee", "lawyer", "support"}


def candidate_case(vote: Vote, number: int) -> dict[str, Any]:
    """One vote as a candidate case: the suite's keys first, then what the reviewer needs to judge it."""
    shown = vote.voted_on
    sources = [
        {"source": c.get("source"), "section": c.get("section")}
        for c in shown.citations
        if vote.vote == "good" and c.get("source") and c.get("section")
    ]
    return {
        "id": f"candidate-{number:03d}",
        "question": shown.question or "",
        "persona": vote.persona if vote.persona in PERSONAS else "employee",
        "site": shown.site if shown.site in SITES else None,
        "kind": "in_scope",
        "expected_sources": [dict(s) for i, s in enumerate(sources) if s not in sources[:i]],
        "expected_facts": [],
        "candidate": True,
        "feedback": {
            "vote": "helpful" if vote.vote == "good" else "not helpful",
            "reason": vote.reason,
            "answer": shown.answer,
            "citations": [dict(c) for c in shown.citations],
            "given_at": vote.voted_at.isoformat() if vote.voted_at else None,
            "surface": "slack",
        },
    }


def candidate_cases(store: SlackStore, *, which: Which = "all", with_reason_only: bool = False) -> list[dict[str, Any]]:
    """The votes with a question to ask again, oldest first, as candidate cases (numbered in that order)."""
    votes = [
        vote for vote in store.votes()
        if vote.voted_on.question and (which == "all" or vote.vote == which) and (vote.reason or not with_reason_only)
    ]
    return [candidate_case(vote, number) for number, vote in enumerate(votes, start=1)]
