"""The seller's own picture against its word that its goods do not carry our mark.

A seller disputing the complaint often says its label, tag or product carries no mark of ours ("our label does not carry
your mark", "吊牌上没有贵司的商标", "auf unserem Etikett ist keine Marke") and attaches a photo of it as proof. The photo's
text is read like any file's (OCR for a picture); when it names our mark, the seller's own proof contradicts its words: a
point quoting the seller's sentence and the picture's line as they read.

The seller's denial is a sentence that denies a mark, a logo or a brand name (ours by name, or the words for one) on its
goods, in the languages sellers write; a denial of a legal point ('we do not infringe your trademark') is legal's to
answer and is no such sentence. Only pictures (read by OCR, or given as product photos) are read so: a purchase paper that
names our brand is judged by its own rules.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, names_in, without_names
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# Words that deny something in the seller's sentence, one small set per language.
_DENIAL_RE = re.compile(
    r"\b(?:not|no|never|without|none)\b|n't\b|没有|并无|无|不带|未|不含"
    r"|\bkein\w*|\bnicht\b|\bohne\b|\bsin\b|\bno lleva\b|\bningun\w*|\bsenza\b|\bnessun\w*|\btanpa\b|\btidak\b|\btiada\b|\bbukan\b|\bsans\b|\baucun\w*"
)
# A word for a mark on goods.
_MARK_RE = re.compile(
    r"\b(?:trade ?marks?|marks?|logos?|brand(?: names?)?)\b|商标|标志|标识|logo|品牌|字样"
    r"|\bmarke\b|\bmarken\w*|\blogo\b|\bmarca\b|\blogotipo\b|\bmarchio\b|\bmerek\b|\bjenama\b|\bcap dagangan\b|\bmarque\b"
)
# A denial of a legal point, not of what the goods carry.
_LEGAL_RE = re.compile(r"infring|violat|invalid|侵权|侵犯|无效|verletz|infrac|vulner|violaz|contraffa|melanggar|pelanggaran|contrefa|licen[cs]|授权|许可")


_CLAUSE_RE = re.compile(r"[^，,;；:：]+")


def denials(counter_notice: str, brand: str) -> list[str]:
    """The clauses of the seller's sentences, as written, that deny our mark (by its name or a word for a mark) on its goods."""
    out = []
    for sentence in sentences(counter_notice):
        for clause in _CLAUSE_RE.findall(sentence):
            norm = normalize_text(clause)
            if _DENIAL_RE.search(norm) and (_MARK_RE.search(norm) or names_in(clause, brand)) and not _LEGAL_RE.search(norm):
                out.append(clause.strip())
    return out


def _is_picture(doc: AppealAttachment, kind: AttachmentKind) -> bool:
    return doc.read_with == "ocr" or kind is AttachmentKind.PRODUCT_PHOTO


def mark_lines(text: str | None, brand: str, owners: list[str]) -> str | None:
    """The first line of a picture's text that names our mark (not only our company's name), as it reads; None if none."""
    for line in (text or "").splitlines():
        if line.strip() and names_in(without_names(line, owners, brand=brand), brand):
            return line.strip()
    return None


def shown_against_denial(counter_notice: str, attachments, brand: str, owners: list[str]) -> list[tuple[str, int, str, bool]]:
    """(the seller's sentence, the attachment's number, its line naming our mark, whether read by OCR) for each picture
    the seller gave that shows our mark while a sentence of its denies it."""
    said = denials(counter_notice, brand)
    if not said or not brand.strip():
        return []
    out = []
    for index, doc, kind in attachments:
        line = mark_lines(doc.text, brand, owners) if _is_picture(doc, kind) else None
        if line:
            out.append((said[0], index, line, doc.read_with == "ocr"))
    return out


def point_words(sentence: str, index: int, line: str, by_ocr: bool, brand: str) -> tuple[str, str]:
    """(the point for people, the point as the reply puts it), both sides quoted as written."""
    read = ", a picture read by OCR," if by_ocr else ", a picture,"
    said, shown = escape_untrusted(sentence), escape_untrusted(line)
    message = (f"The seller says '{said}', but its own attachment #{index}{read} shows '{shown}': our mark {brand} is on what the "
               "seller gives as proof. Its own picture contradicts its words; look at the picture to confirm.")
    reply = f"The seller says its goods do not carry our mark, but its own picture (attachment #{index}) shows '{shown}'."
    return message, reply


__all__ = ["denials", "mark_lines", "point_words", "shown_against_denial"]
