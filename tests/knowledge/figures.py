"""Find the figures the corpus states and the ones that contradict the rules YAML.

The checks work sentence by sentence (and clause by clause, so that "originally 1.5%" can sit next to "5%"):
a figure in the wrong context is reported as a contradiction; a clause marked as historical may keep an old figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from tests.knowledge.corpus_reader import KNOWLEDGE_DIR

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9`(])")
_CLAUSE_SPLIT = re.compile(r"[;,()]|\s[–—-]\s|:\s")
_HISTORICAL = re.compile(r"\b(before|previously|formerly|originally|historical|used to|was|were|had been|up from|until)\b", re.I)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_COUNTER_NOTICE = re.compile(r"counter[- ]?noti(ce|fy)", re.I)
_DAYS = re.compile(r"\b(\d+)\s*(?:business|working)\s+days?\b", re.I)
_APPEAL = re.compile(r"\bappeal", re.I)
_APPEAL_COUNT = re.compile(r"\b(\d+|one|two|three|four|five|six)\s+(?:seller\s+)?appeal(?:s|\s+chances)\b", re.I)
_COMPLAINANT_REPLY = re.compile(r"\bcomplainant\b|\brespond|\breply", re.I)
_LINKS_PER_COMPLAINT = re.compile(
    r"\b(\d[\d,]*)\s+(?:links|listings|urls)\s+(?:per|in\s+(?:a|one|each|every)(?:\s+single)?)\s+complaint", re.I
)
_LINKS = re.compile(r"\b(\d[\d,]*)\s+(?:links|listings|urls)\b", re.I)
_LINK_LIMIT = re.compile(r"\blimit of (\d[\d,]*)\s+(?:links|listings|urls)\b", re.I)
_PERCENT = re.compile(r"\b(\d+(?:\.\d+)?)\s*%")
_MONTHS = re.compile(r"\b(\d+)[- ]months?\b", re.I)
_GOOD_FAITH = re.compile(r"good[- ]faith", re.I)
_OTHER_SITES = re.compile(r"aliexpress|alibaba\.com|lazada|tmall|1688|miravia", re.I)


@dataclass(frozen=True)
class RuleFigures:
    """The numbers the rules YAML holds, which the corpus must state and never contradict."""

    max_links: int
    ip_rights_per_complaint: int
    counter_notice_days: int
    cross_border_appeals: int
    first_appeal_days: int
    later_appeal_days: int
    taobao_appeals: int
    taobao_reply_days: int
    takedown_rate_pct: float
    counter_notice_rate_pct: float
    window_months: int
    rejoin_months: int


def load_rule_figures() -> RuleFigures:
    """Read the figures from knowledge/rules/*.yaml."""

    def rules(name: str) -> dict:
        return yaml.safe_load((KNOWLEDGE_DIR / "rules" / f"{name}.yaml").read_text(encoding="utf-8"))

    limits, timelines, good_faith = rules("limits"), rules("timelines"), rules("good_faith")
    appeals = timelines["seller_appeals"]
    assert appeals["aliexpress"]["max_appeals"] == appeals["alibaba"]["max_appeals"]
    return RuleFigures(
        max_links=int(limits["max_listings_per_complaint"]["value"]),
        ip_rights_per_complaint=int(limits["ip_rights_per_complaint"]["value"]),
        counter_notice_days=int(timelines["seller_counter_notice"]["default"]["business_days"]),
        cross_border_appeals=int(appeals["aliexpress"]["max_appeals"]),
        first_appeal_days=int(appeals["aliexpress"]["first_within_business_days"]),
        later_appeal_days=int(appeals["aliexpress"]["later_within_business_days_of_complaint"]),
        taobao_appeals=int(appeals["taobao"]["max_appeals"]),
        taobao_reply_days=int(timelines["complainant_response"]["taobao"]["business_days"]),
        takedown_rate_pct=round(float(good_faith["takedown_success_rate_min"]["value"]) * 100, 2),
        counter_notice_rate_pct=round(float(good_faith["successful_counter_notice_rate_max"]["value"]) * 100, 2),
        window_months=int(good_faith["assessment_window_months"]["value"]),
        rejoin_months=int(good_faith["rejoin_wait_months"]["value"]),
    )


def sentences(text: str) -> list[str]:
    """Sentences of a prose passage (markdown line breaks folded)."""
    flat = re.sub(r"\s+", " ", text).strip()
    return [s for s in _SENTENCE_SPLIT.split(flat) if s]


def clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]


def _number(token: str) -> float:
    token = token.lower().replace(",", "")
    return float(_WORD_NUMBERS[token]) if token in _WORD_NUMBERS else float(token)


def _about_taobao_only(clause: str, heading: str) -> bool:
    if re.search(r"taobao", clause, re.I):
        return True
    return bool(re.search(r"taobao", heading, re.I)) and not _OTHER_SITES.search(clause)


def contradictions(text: str, figures: RuleFigures, *, heading: str = "", alibaba: bool = True) -> list[str]:
    """Every statement in `text` that contradicts the rules' figures; `heading` is the section's heading path.

    `alibaba` is False for text about other marketplaces: there only sentences naming IPP get the link checks.
    """
    problems: list[str] = []
    good_faith_context = bool(_GOOD_FAITH.search(heading))
    for sentence in sentences(text):
        if alibaba or re.search(r"\bIPP\b", sentence):
            problems += _link_problems(sentence, figures)
        if alibaba:
            problems += _counter_notice_problems(sentence, figures)
            problems += _appeal_problems(sentence, figures, heading)
            problems += _taobao_reply_problems(sentence, figures, heading)
        if good_faith_context or _GOOD_FAITH.search(sentence):
            problems += _good_faith_problems(sentence, figures)
    return problems


def _link_problems(sentence: str, figures: RuleFigures) -> list[str]:
    problems = [
        f"{m.group(1)} links per complaint (rules: {figures.max_links}): {sentence}"
        for pattern in (_LINKS_PER_COMPLAINT, _LINK_LIMIT)
        for m in pattern.finditer(sentence)
        if _number(m.group(1)) != figures.max_links
    ]
    for clause in clauses(sentence):
        # A complaint's link count; the account-less form's limit is "per notice" and may differ.
        if not re.search(r"\bcomplaint", clause, re.I) or re.search(r"\bnotice|\bform\b", clause, re.I):
            continue
        problems += [
            f"{m.group(1)} links in a complaint (rules: {figures.max_links}): {sentence}"
            for m in _LINKS.finditer(clause)
            if _number(m.group(1)) != figures.max_links
        ]
    return problems


def _counter_notice_problems(sentence: str, figures: RuleFigures) -> list[str]:
    if not _COUNTER_NOTICE.search(sentence) or _APPEAL.search(sentence):
        return []
    return [
        f"counter-notice window of {m.group(1)} days (rules: {figures.counter_notice_days}): {sentence}"
        for m in _DAYS.finditer(sentence)
        if int(m.group(1)) != figures.counter_notice_days
    ]


def _appeal_problems(sentence: str, figures: RuleFigures, heading: str) -> list[str]:
    problems = []
    for clause in clauses(sentence):
        taobao = _about_taobao_only(clause, heading)
        expected = figures.taobao_appeals if taobao else figures.cross_border_appeals
        problems += [
            f"{m.group(1)} appeals (rules: {expected}): {sentence}"
            for m in _APPEAL_COUNT.finditer(clause)
            if _number(m.group(1)) != expected
        ]
        if taobao or not _APPEAL.search(sentence) or _COMPLAINANT_REPLY.search(clause):
            continue
        allowed = {figures.first_appeal_days, figures.later_appeal_days}
        problems += [
            f"appeal deadline of {m.group(1)} business days (rules: {sorted(allowed)}): {sentence}"
            for m in _DAYS.finditer(clause)
            if int(m.group(1)) not in allowed and not _HISTORICAL.search(clause)
        ]
    return problems


def _taobao_reply_problems(sentence: str, figures: RuleFigures, heading: str) -> list[str]:
    if not _about_taobao_only(sentence, heading) or not re.search(r"\bcomplainant\b", sentence, re.I):
        return []
    return [
        f"Taobao reply window of {m.group(1)} working days (rules: {figures.taobao_reply_days}): {sentence}"
        for m in _DAYS.finditer(sentence)
        if _COMPLAINANT_REPLY.search(sentence) and int(m.group(1)) != figures.taobao_reply_days
    ]


def _good_faith_problems(sentence: str, figures: RuleFigures) -> list[str]:
    problems = []
    allowed_pct = {figures.takedown_rate_pct, figures.counter_notice_rate_pct}
    allowed_months = {figures.window_months, figures.rejoin_months}
    for clause in clauses(sentence):
        if _HISTORICAL.search(clause):
            continue  # an old threshold, said to be old
        problems += [
            f"Good Faith percentage {m.group(1)}% (rules: {sorted(allowed_pct)}): {sentence}"
            for m in _PERCENT.finditer(clause)
            if float(m.group(1)) not in allowed_pct
        ]
        problems += [
            f"Good Faith period of {m.group(1)} months (rules: {sorted(allowed_months)}): {sentence}"
            for m in _MONTHS.finditer(clause)
            if int(m.group(1)) not in allowed_months
        ]
    return problems


def states(text: str, pattern: str) -> bool:
    """Whether some sentence of `text` matches `pattern` (case-insensitive)."""
    return any(re.search(pattern, sentence, re.I) for sentence in sentences(text))
