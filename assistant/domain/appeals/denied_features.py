"""A feature the seller says its product does not have, that its own document says it has.

A seller arguing that its product is different often says what it lacks ("没有弹簧锁扣", "our kettle has no whistle",
"sin cierre de resorte"). When a document the seller itself sent (a catalogue, a spec sheet, a product page) states
that very feature, its own paper does not bear out its words: a point to put to the platform, with both sides quoted
exactly as written. The feature is compared by its words (the same characters in Chinese; the same content words in
languages written with letters) and, for English, by meaning with the bundled model (a spec line that says "spring-
loaded latch" for "spring lock"), at SIMILARITY, calibrated on held-apart pairs
(`benchmarks/denied_feature_calibration.py`, never on the evaluation cases).

A document line that itself denies or hedges the feature ("no spring lock", "optional spring lock", "可选弹簧锁扣")
states nothing; neither does a denial of a legal point ("does not infringe", "没有侵权"), which is legal's to answer.
Pure: the model comes in as ``embed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.goods_classes import argues_classes
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

Embed = Callable[[Sequence[str]], np.ndarray]

# Calibrated on benchmarks/denied_feature_calibration.jsonl (36 English feature / spec-clause pairs): the best recall
# at full precision is at 0.72 (precision 1.000, recall 0.222; at 0.34 the best F1, 0.878, takes 'fixed leather strap'
# for 'adjustable strap'). The model tells a feature from its opposite poorly, so it adds only close paraphrase.
SIMILARITY = 0.72

# Words that deny a feature of the product, in the languages sellers write: what follows them (to the clause's end)
# is the feature denied. One small set of negations per language, not phrasings.
_DENIAL_RE = re.compile(
    r"(?:并)?没有|并无|不带|不含|不具(?:有|备)|未(?:采用|使用|配备|设置|设)|不(?:采用|使用|配备|设)"
    r"|\b(?:does|do|did|is|are)\s*(?:n't|not)\s+(?:have|has|use|include|contain|come with|fitted with|equipped with)\b"
    r"|\bno (?:tiene|lleva|usa|incluye)\b|\bnon (?:ha|usa|include)\b|\btidak (?:ada|mempunyai|memiliki|menggunakan|pakai|guna)\b"
    # ('no' before a number or a code is a number sign: 'nº FT-2026-0611', 'No. 12', read as 'no' once normalised)
    r"|\b(?:has|have|had|with|there (?:is|are))\s+no\b|\bwithout\b|\blacks?\b|\bno\b(?![.:#]|\s*[\w/-]*\d)"
    r"|\bsin\b|\bsenza\b|\btanpa\b|\btiada\b"
)
# Where a clause stops: punctuation, or the seller turning to what the product has instead.
_CLAUSE_END_RE = re.compile(r"[，,。.;；:：!！?？()（）\n]|\bbut\b|\binstead\b|\brather\b|而是|采用|只有|\bsino\b|\bma\b|\btetapi\b|\btapi\b"
                             r"|\band\b|\bor\b|\bdan\b|\by\b|\be\b|和|且|也")
# A document clause that hedges a feature states nothing about the product as sold.
_HEDGE_RE = re.compile(r"\boptional\b|\bmay\b|\bmight\b|\bif\b|\bupon request\b|可选|选配|或|如需|\bopcional\b|\bopzionale\b|\bpilihan\b")
# Denials of a legal point, not of a feature: legal's to answer (grounds.py reads them as arguments).
_LEGAL_RE = re.compile(r"专利|侵权|权利要求|保护范围|商标|授权|许可|patent|infring|claim|trade ?mark|licen[cs]|authori[sz]|right|copy|"
                       r"permission|patente|marca|merek|paten")
_LEADING_RE = re.compile(r"^(?:a|an|the|any|our|its|such|kind of|type of|un|una|el|la|il|lo|uno|sebarang|apa-apa)\s+")
_STOP = frozenset("a an the any our its and or of with for to in on at is are be this that product products".split())
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# A document clause to compare with: a line cut at its separators ('SK5刀片，弹簧锁扣，单手开合', '- spring lock, one-hand').
_DOC_CLAUSE_RE = re.compile(r"[^，,。;；:：|/·•\n]+|[^\n]+")
_DOC_SPLIT_RE = re.compile(r"[，,。;；:：|/·•]|\s[-–—]\s")


@dataclass(frozen=True)
class Denial:
    """A feature the seller says its product lacks: the feature's words, and the seller's clause saying so (as written)."""

    feature: str
    said: str


@dataclass(frozen=True)
class Contradiction:
    """A denied feature its own document states: which document, and its clause (as written)."""

    denial: Denial
    attachment: int
    shown: str


def _clauses(text: str) -> list[str]:
    """The text's clauses as written (a line cut at commas, colons and dashes), stripped."""
    out = []
    for line in text.splitlines():
        out += [part.strip(" -–—\t") for part in _DOC_SPLIT_RE.split(line)]
    return [c for c in out if c]


def denials(counter_notice: str) -> list[Denial]:
    """The features the seller says its product does not have, each with its own clause, as written."""
    out: list[Denial] = []
    for sentence in sentences(counter_notice):
        if argues_classes(sentence):
            continue  # 'does not include backpacks in class 18' denies our registration's scope, not a feature of the product
        for clause in _clauses(sentence):
            norm = normalize_text(clause)
            if _LEGAL_RE.search(norm):
                continue
            cue = _DENIAL_RE.search(norm)
            if not cue:
                continue
            rest = norm[cue.end():]
            stop = _CLAUSE_END_RE.search(rest)
            feature = _LEADING_RE.sub("", (rest[: stop.start()] if stop else rest).strip()).strip()
            if _worth_comparing(feature):
                out.append(Denial(feature=feature, said=clause))
    return list(dict.fromkeys(out))


def _worth_comparing(feature: str) -> bool:
    """A feature of a few words or characters: two Chinese characters or a content word, and not a whole sentence."""
    cjk = len(_CJK_RE.findall(feature))
    words = [w for w in _WORD_RE.findall(feature) if w not in _STOP]
    if cjk:
        return 2 <= cjk <= 10
    return 1 <= len(words) <= 5


def _states(clause: str, feature: str) -> bool:
    """Whether a document clause names the feature by its words: the same characters (Chinese), or every content word
    of the feature among the clause's words (a plural 's' aside)."""
    norm = normalize_text(clause)
    if _CJK_RE.search(feature):
        return feature in norm
    wanted = {_singular(w) for w in _WORD_RE.findall(feature) if w not in _STOP}
    have = {_singular(w) for w in _WORD_RE.findall(norm)}
    return bool(wanted) and wanted <= have


def _singular(word: str) -> str:
    """'switches' -> 'switch', 'legs' -> 'leg'; 'glass' stays."""
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# In a document, any of these denies what its clause names ('标准款无鸣笛', 'non-slip' aside): a clause with one is
# not taken to state a feature (erring towards no point rather than a false one).
_DOC_NEGATION_RE = re.compile(r"[无不非未没]|\bnot?\b|\bnone\b|\bexcluded?\b|\bexcept\b|\bsold separately\b")


def _plain(clause: str, line: str) -> bool:
    """A clause that states something: not denied, and not on a line that hedges ('Spring lock: optional')."""
    norm = normalize_text(clause)
    return not _DENIAL_RE.search(norm) and not _DOC_NEGATION_RE.search(norm) and not _HEDGE_RE.search(normalize_text(line))


def _latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() for ch in letters) / len(letters) >= 0.8


def contradictions(counter_notice: str, documents: Sequence[tuple[int, str]], embed: Embed | None = None) -> list[Contradiction]:
    """Each feature the seller denies that one of its documents states plainly, the first clause that does per feature.
    ``documents``: (attachment number, its text) of the seller's own product papers."""
    found = denials(counter_notice)
    if not found:
        return []
    clauses = [(index, clause) for index, text in documents for line in text.splitlines() for clause in _clauses(line)
               if _plain(clause, line)]
    out: list[Contradiction] = []
    for denial in found:
        hit = next(((index, clause) for index, clause in clauses if _states(clause, denial.feature)), None)
        if hit is None and embed is not None and _latin(denial.feature):
            hit = _by_meaning(denial.feature, [(i, c) for i, c in clauses if _latin(c) and len(c.split()) <= 12], embed)
        if hit:
            out.append(Contradiction(denial=denial, attachment=hit[0], shown=hit[1]))
    return out


def _by_meaning(feature: str, clauses: list[tuple[int, str]], embed: Embed) -> tuple[int, str] | None:
    """The document clause closest in meaning to the feature, when it is at least SIMILARITY close."""
    if not clauses:
        return None
    vectors = np.asarray(embed([feature] + [c for _, c in clauses]), dtype=np.float32)
    sims = vectors[1:] @ vectors[0]
    best = int(np.argmax(sims))
    return clauses[best] if float(sims[best]) >= SIMILARITY else None


def message(found: Contradiction) -> str:
    """The point, both sides as written."""
    return (f"The seller says '{escape_untrusted(found.denial.said)}'; its own attachment #{found.attachment} says "
            f"'{escape_untrusted(found.shown)}': the seller's own document states the feature it says its product lacks.")


def reply(found: Contradiction) -> str:
    """The same point as the draft puts it to the platform."""
    return (f"The seller says its product lacks a feature ('{escape_untrusted(found.denial.said)}'), but its own document "
            f"(attachment #{found.attachment}) states it: '{escape_untrusted(found.shown)}'.")


def flag_on_grounds(ctx, reading, grounds, embed: Embed | None = None) -> None:
    """Each contradiction as a suspicious point on the ground whose sentences hold the seller's denial (else the first):
    what the seller's own product papers show (a licence or an authorisation describes no product's features). A
    'different product' nobody could verify now falls short (its own paper is against it); a ground for legal stays legal's, with the point for them."""
    from assistant.domain.appeals.checks import Basis, Finding, GroundStatus, Severity
    from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS
    from assistant.domain.appeals.grounds import AppealGround, ground_saying

    if not grounds:
        return
    documents = [(index, doc.text) for index, doc, kind in ctx.attachments if doc.text and kind not in AUTHORIZATION_KINDS]
    product_grounds = (AppealGround.DIFFERENT_PRODUCT, AppealGround.OTHER)
    for found in contradictions(ctx.counter_notice, documents, embed):
        said_in = ground_saying(reading, found.denial.said)
        home = next((g for g in grounds if g.ground is said_in), None) or next(
            (g for kind in product_grounds for g in grounds if g.ground is kind), grounds[0])
        home.findings.append(Finding(
            code="denied_feature_shown", severity=Severity.SUSPICIOUS, ground=home.ground, attachment=found.attachment,
            message=message(found), basis=Basis.DOCUMENT_SHOWS, reply=reply(found), about=f"feature {found.denial.feature}",
        ))
        if home.ground is AppealGround.DIFFERENT_PRODUCT and home.status is GroundStatus.UNVERIFIED:
            home.status = GroundStatus.FALLS_SHORT  # its own paper, not our record, is against it ('does not hold')


__all__ = ["Contradiction", "Denial", "SIMILARITY", "contradictions", "denials", "flag_on_grounds", "message", "reply"]
