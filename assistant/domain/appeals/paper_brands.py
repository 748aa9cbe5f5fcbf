"""What a purchase paper says of its goods' brand and of its own issuer's standing, in the paper's words.

A paper the seller offers for goods under our mark may name another brand for what it covers ('Lampu Meja LED LM-D20
(merek CAHAYA)', 'brand: BRIGHTO', 'Marke HELLUX', '品牌：光影'): that paper shows a purchase of another brand's goods, not
of ours, whatever company name on it holds our brand's word. And its issuer may say of itself that it is nobody's agent
or distributor ('bukan agen atau distributor merek asing mana pun', 'not an authorised distributor of any brand'), while
the seller calls it our distributor: the seller's own paper contradicts it.

A brand is read only after a word for a brand (brand, merek, merk, jenama, Marke, marca, marque, marchio, 品牌) and its
colon, if any: the first word there, capitalised or Chinese ('merek asing' names no brand; 'Brand Owner:' is a label). A
denial is a word for an agent or a distributor in a negated clause (unsure_words.py), unless the sentence excepts a brand
('no agent for any other brand than Lumora').
"""

from __future__ import annotations

import re

from assistant.domain.appeals.unsure_words import unsure_at
from assistant.domain.untrusted_text import normalize_text

_BRAND_LABEL_RE = re.compile(r"(?<![\w-])(?:brand|merek|merk|jenama|marke|marca|marque|marchio)(?![\w-])[ \t]*[:：]?[ \t]*|品牌[ \t]*[:：]?[ \t]*",
                             re.IGNORECASE)
# The first word after the label: Latin (a capital first) or Chinese.
_NAME_RE = re.compile(r"[A-Z][\w&'’.+-]*|[\u4e00-\u9fff]{1,8}")
# Words that follow a brand word as a label's own word, never a brand ('Brand Owner:', 'Marke Name', 'brand new').
_LABEL_WORDS = frozenset({"owner", "name", "names", "holder", "new", "of", "dagang", "registrada", "déposée", "registrata", "eingetragen",
                          "所有人", "方", "名称", "商", "授权"})
# A cell of a paper's line: cut at a table's bar or a run of spaces.
_CELL_RE = re.compile(r"\s*\|\s*|\s{3,}|\t+")


def other_brands(text: str | None, names_ours) -> list[tuple[str, str]]:
    """(the brand a paper names for goods, the cell or line that names it, both as written) for each brand it names that
    ``names_ours(words)`` does not find to be ours (the rest of the label's line is passed, so a brand of several words is
    ours when it starts there); each brand once."""
    found: dict[str, str] = {}
    for line in (text or "").splitlines():
        for label in _BRAND_LABEL_RE.finditer(line):
            rest = line[label.end():]
            name = _NAME_RE.match(rest)
            if not name or name.group(0).casefold().strip(".") in _LABEL_WORDS or names_ours(rest[:60]):
                continue
            brand = name.group(0).rstrip(".,;)")
            found.setdefault(brand, _cell(line, label.start()))
    return list(found.items())


def _cell(line: str, at: int) -> str:
    """The cell of a paper's line that holds position ``at``, as written but for the spacing a PDF's text layer widens (the
    whole line when it has no cells)."""
    start, end = 0, len(line)
    for cut in _CELL_RE.finditer(line):
        if cut.start() >= at:
            end = cut.start()
            break
        start = cut.end()
    return " ".join(line[start:end].split())[:160]


# Words for an agent or a distributor of a brand, in the languages papers here are written in.
_AGENT_RE = re.compile(
    r"\b(?:agen|agent|agents|distribut\w*|dealer|reseller|distribuidor\w*|distributore|distributori|rivenditore|vertriebspartner"
    r"|h[äa]ndler|pengedar|wakil)\b|经销商|代理商|代理|分销商"
)
# A brand excepted from the denial: 'for any other brand than Lumora', 'selain LUMORA', 'außer', '以外', '除了'.
_EXCEPT_RE = re.compile(r"\bother (?:brand|mark)s? than\b|\bexcept\b|\bselain\b|\bau[ßs]er\b|\bsalvo\b|\bexcepto\b|\bsauf\b|以外|除了|除\w{1,8}外")


def issuer_denial(text: str | None) -> str | None:
    """The sentence of a paper in which it says it is no agent or distributor ('PT Cahaya Lumora Indonesia bukan agen
    atau distributor merek asing mana pun.'), as written without its line's label ('Catatan:'), or None."""
    for line in (text or "").splitlines():
        for sentence in re.split(r"(?<=[.!?。！？;；])\s+", line):
            norm = normalize_text(sentence)
            if len(norm) != len(sentence) or _EXCEPT_RE.search(norm):
                continue
            word = _AGENT_RE.search(norm)
            if word and unsure_at(norm, word.start(), word.end(), hedges=False):
                return re.sub(r"^[^:：]{1,20}[:：]\s*", "", sentence.strip())
    return None


def distributor_clause(sentence: str) -> str | None:
    """The words of the seller's sentence that call its source a distributor or an agent, as written and not negated: from
    two words before the word (four characters in Chinese) to its clause's end ('beli dari distributor resmi Lumora di
    Indonesia'), never the seller's whole sentence; or None."""
    for clause in re.split(r"\s*[,;，；]\s*", sentence.strip()):
        norm = normalize_text(clause)
        word = _AGENT_RE.search(norm) if len(norm) == len(clause) else None
        if word and not unsure_at(norm, word.start(), word.end()):
            lead = re.search(r"(?:\S+\s+){0,2}$", clause[:word.start()]) if clause[:word.start()].isascii() else None
            start = lead.start() if lead else max(0, word.start() - 4)
            return clause[start:].rstrip(".。!！")
    return None


__all__ = ["distributor_clause", "issuer_denial", "other_brands"]
