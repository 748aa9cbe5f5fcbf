"""Which event a date stands for: a request filed, a request accepted by the office, a document issued, a decision, a
publication, the start or end of a licence, a product's launch.

A date is compared only with a date of the same event: a request filed on the 25th and accepted by the office on the
26th agree. The event is read from the words next to the date: a document's label before it ('受理日期：', 'Filing
date:'), else the words of its clause ('我司已于2026年11月25日向国家知识产权局提出无效宣告请求': filed). A date with no such
words has no role, and is never set against one that has.

Whose event it is comes from the same clause: a seller quoting our dates ('your trademark was only filed on 12 March 2021',
'贵司的商标是2021年3月12日才申请的', 'Ihre Marke wurde erst am 12.03.2021 angemeldet') gives a date of our right, never
one of its own, however its sentence goes on ('..., after we had already published these tents in 2019'). The side is the
one named nearest the date before it in its clause (a possessive or a subject: 'your', 'we', '贵司', '我司'), else the
first named after it; a clause naming neither side leaves it open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assistant.domain.appeals.evidence import _as_in, find_dates
from assistant.domain.untrusted_text import normalize_text


class DateSide(StrEnum):
    """Whose event a date is, as the seller's words give it: ours (the complainant's right) or the seller's own."""

    OURS = "ours"
    SELLER = "seller"


class DateRole(StrEnum):
    FILED = "filed"
    ACCEPTED = "accepted"
    ISSUED = "issued"
    DECIDED = "decided"
    PUBLISHED = "published"
    VALID_FROM = "valid_from"
    VALID_UNTIL = "valid_until"
    LAUNCHED = "launched"


# The event in words, as a point states it ('the day the office accepted it').
ROLE_WORDS = {
    DateRole.FILED: "the day the request was filed",
    DateRole.ACCEPTED: "the day the office accepted the request",
    DateRole.ISSUED: "the day the document was issued",
    DateRole.DECIDED: "the day of the decision",
    DateRole.PUBLISHED: "the day of publication",
    DateRole.VALID_FROM: "the first day of validity",
    DateRole.VALID_UNTIL: "the last day of validity",
    DateRole.LAUNCHED: "the day of launch",
}

# The words that name each event, in the languages sellers and offices write (English, Chinese, Spanish, Indonesian and
# Malay, German, French). Acceptance comes before filing: '受理' in '请求受理日' is the acceptance.
_CUES: list[tuple[DateRole, re.Pattern[str]]] = [
    (DateRole.ACCEPTED, re.compile(r"受理|\baccept(?:ed|ance)\b|\badmitted\b|\badmisi[oó]n\b|\badmitid[ao]\b|\bditerima\b|\bpenerimaan\b"
                                   r"|\bangenommen\b|\brecevab")),
    (DateRole.FILED, re.compile(r"申请|请求日|提出|提交|递交|\bfil(?:ed|ing)\b|\bsubmit(?:ted)?\b|\blodged\b|\bapplied\b"
                                r"|\b(?:application|request) date\b|\bdate of (?:the )?(?:request|application)\b|\bpresent(?:ad[ao]|amos|aci[oó]n)\b"
                                r"|\b(?:di|meng)ajukan\b|\bpengajuan\b|\beingereicht\b|\bangemeldet\b|\banmeldetag\b|\bsolicitad[ao]\b|\bdepositat[ao]\b"
                                r"|\bd[ée]pos[ée]")),
    (DateRole.DECIDED, re.compile(r"决定|\bdecision\b|\bdecided\b|\bresoluci[oó]n\b|\bkeputusan\b|\bentscheidung\b")),
    (DateRole.PUBLISHED, re.compile(r"公告日|公开日|\bpublish(?:ed)?\b|\bpublication\b|\bpublicad[ao]\b|\bdiumumkan\b|\bver[öo]ffentlicht\b")),
    (DateRole.VALID_UNTIL, re.compile(r"\buntil\b|\bexpir|有效期至|截止|到期|\bhasta\b|\bsampai\b|\bhingga\b|\bbis\b")),
    (DateRole.VALID_FROM, re.compile(r"\b(?:valid|effective) from\b|生效|起始|\bdesde\b|\bberlaku sejak\b")),
    (DateRole.LAUNCHED, re.compile(r"上市|\blaunch(?:ed)?\b|\breleased\b|\bintroduced\b|\blanzad[ao]\b|\bdiluncurkan\b")),
    (DateRole.ISSUED, re.compile(r"发文|签发|出具|\bissued?\b|\bdate of issue\b|\bdated\b|\bemisi[oó]n\b|\bemitid[ao]\b|\bditerbitkan\b"
                                 r"|\bausgestellt\b")),
]
# The words that name each side in the seller's letter, in the languages sellers write: the complainant as 'you' (a
# possessive, or a subject that files or registers), by its title ('the rights holder', '权利人'), or 'your mark' where a
# possessive is also a third person's ('su marca', 'Ihre Marke'); the seller as 'we'. One small set per language, not
# phrasings. A 'you' that is an object ('we would like to inform you that ...') names no side.
_RIGHT_NOUNS = r"(?:marca|patente|registro|solicitud|derecho|dise[ñn]o|marchio|brevetto|domanda|registrazione|marke|patent|anmeldung|eintragung" \
               r"|registrierung|schutzrecht|geschmacksmuster|gebrauchsmuster|design|merek|paten|pendaftaran|permohonan|cap dagangan)"
_SIDES: list[tuple[DateSide, re.Pattern[str]]] = [
    (DateSide.OURS, re.compile(
        r"\byour\b|\byou\s+(?:have\s+|had\s+|only\s+|first\s+|just\s+)*(?:filed|applied|registered|lodged|submitted|obtained|got|published"
        r"|launched|started|began|created|designed)\b|\bthe (?:complainant|rights? ?holder|right owner|brand owner|trade ?mark owner|patent(?:ee| owner))\b"
        r"|贵司|贵公司|贵方|贵品牌|您|你们|你方|你司|投诉方|投诉人|权利人"
        rf"|\bsus? {_RIGHT_NOUNS}\b|\bvuestr[oa]s?\b|\busted(?:es)?\b|\bel (?:titular|denunciante|reclamante)\b"
        rf"|\bihre?[mnrs]? {_RIGHT_NOUNS}\b|\bder (?:beschwerdef[üu]hrer|rechteinhaber|markeninhaber)\b"
        r"|\bvostr[oaie]\b|\bil titolare\b|\bvotre\b|\bvos\b|\bvous\b|\banda\b|\bpelapor\b|\bpemilik (?:merek|paten|hak)\b")),
    (DateSide.SELLER, re.compile(
        r"\b(?:we|our|ours|us)\b|我司|我们|我方|本公司|本店|我店"
        r"|\bnosotros\b|\bnuestr[oa]s?\b|\bhemos\b|\bwir\b|\bunser\w*|\bnoi\b|\bnostr[oaie]\b|\babbiamo\b|\bnous\b|\bnotre\b|\bnos\b"
        r"|\bkami\b|\bkita\b")),
]


_RIGHT_WORDS = r"(?:trade ?mark|mark|registration|patent|design|商标|专利|marke|marca|marchio|merek)"


@dataclass(frozen=True)
class OurNames:
    """Our side by name, as the seller may write it instead of 'your': our right's name beside a word for a right ('the
    HALDEN trademark', 'HALDEN商标', 'die Marke HALDEN'; the name alone is the goods' name as often), and our company's
    names as our record gives them. Read only in a clause where neither 'you' nor 'we' speaks ('we have used the HALDEN
    trademark since 2019' is the seller's)."""

    mark: str = ""
    companies: tuple[str, ...] = ()

    @classmethod
    def of(cls, complaint) -> OurNames:
        names = (complaint.complainant.name, complaint.ip_right.owner)
        return cls(complaint.ip_right.name or "", tuple(dict.fromkeys(n for n in names if n and n.strip())))

    def pattern(self) -> re.Pattern[str] | None:
        parts = [re.escape(normalize_text(c)) for c in self.companies]
        mark = re.escape(normalize_text(self.mark)) if self.mark.strip() else ""
        if mark:
            parts += [rf"{mark}\W{{0,3}}{_RIGHT_WORDS}", rf"{_RIGHT_WORDS}\W{{0,3}}{mark}"]
        return re.compile("|".join(parts)) if parts else None


def _side_in(words: str, *, nearest_last: bool, sides=_SIDES) -> DateSide | None:
    """The side the words name; of several, the one nearest the date (the last before it, or the first after it)."""
    found = [(m.start(), side) for side, pattern in sides for m in pattern.finditer(words)]
    if not found:
        return None
    return (max if nearest_last else min)(found, key=lambda item: item[0])[1]


# Where a statement within a clause starts: a colon, or a word that joins another statement to it (because, and, after,
# before, that ...), in the languages above. A date's side is read within its own statement.
_SIDE_BREAK_RE = re.compile(
    r"[:：]|\b(?:because|and|but|while|whereas|when|after|before|so|although|though|which|that|where)\b"
    r"|因为|由于|而|但|并且|所以|之后|之前|以前|以后"
    r"|\b(?:weil|und|aber|nachdem|bevor|als|porque|y|pero|cuando|despu[ée]s|antes|perch[ée]|e|ma|quando|dopo|prima|karena|dan|tetapi"
    r"|setelah|sebelum|parce que|et|mais|quand|apr[èe]s|avant)\b"
)
# Where a date's clause ends: a sentence's or a clause's punctuation, or the end of a line.
_CLAUSE_END_RE = re.compile(r"[,，;；。!?！？\n]|\.(?:\s|$)")


@dataclass(frozen=True)
class RoledDate:
    """A day a text gives, as written, with the event its words make it and whose event it is (None when they name none)."""

    value: date
    written: str
    role: DateRole | None
    side: DateSide | None = None


def _role_in(words: str, *, nearest_last: bool) -> DateRole | None:
    """The event the words name; of several, the one nearest the date (the last before it, or the first after it)."""
    found = [(m.start(), role) for role, pattern in _CUES for m in pattern.finditer(words)]
    if not found:
        return None
    return (max if nearest_last else min)(found, key=lambda item: item[0])[1]


def dates_with_roles(text: str, ours: OurNames | None = None) -> list[RoledDate]:
    """Every day in ``text`` with its role and side: the words before it in its clause (a label, a possessive), else the
    words after it; ``ours`` names our side besides 'your' and its like."""
    norm = normalize_text(text)
    named = ours.pattern() if ours else None
    out = []
    for found in find_dates(text):
        ends_before = [m.end() for m in _CLAUSE_END_RE.finditer(norm, 0, found.start)]
        before = norm[ends_before[-1] if ends_before else 0 : found.start]
        after_end = _CLAUSE_END_RE.search(norm, found.end)
        after = norm[found.end : after_end.start() if after_end else len(norm)]
        role = _role_in(before, nearest_last=True) or _role_in(after, nearest_last=False)
        # Whose event: read in the date's own part of its clause, cut where another statement starts ('your patent is not
        # new: the same head was published on ...', '... because the same head ...').
        breaks = list(_SIDE_BREAK_RE.finditer(before))
        before = before[breaks[-1].end() :] if breaks else before
        cut = _SIDE_BREAK_RE.search(after)
        after = after[: cut.start()] if cut else after
        side = _side_in(before, nearest_last=True) or _side_in(after, nearest_last=False)
        if side is None and named:  # our names only where no 'you' or 'we' speaks: 'we have used the HALDEN trademark since 2019'
            by_name = [(DateSide.OURS, named)]
            side = _side_in(before, nearest_last=True, sides=by_name) or _side_in(after, nearest_last=False, sides=by_name)
        out.append(RoledDate(found.value, _as_in(text, norm[found.start : found.end].strip()), role, side))
    return out


def without_our_dates(text: str, ours: OurNames | None = None) -> str:
    """The seller's ``text`` with every date it gives for our side (our right's filing, our registration) blanked out,
    each by as many spaces, so that the seller's own dates are read from what is left at the same places."""
    out = text or ""
    for found in dates_with_roles(out, ours):
        if found.side is DateSide.OURS and found.written:
            out = re.sub(re.escape(found.written), lambda m: " " * len(m.group(0)), out, count=1)
    return out


__all__ = ["ROLE_WORDS", "DateRole", "DateSide", "OurNames", "RoledDate", "dates_with_roles", "without_our_dates"]
