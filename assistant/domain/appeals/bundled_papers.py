"""The documents one file holds: a seller often scans or saves several papers into one PDF (our authorisation on the
first page, the invoice on the second; or both on one page, a rule line between them).

Each document found in a file is read as what it is, under the file's number: an invoice saved after a licence is an
invoice the seller gave, never "not among the files given". A file is cut only where its parts are each headed as a
document of a known kind and two of those kinds differ; a second page of the same paper, a page of signatures or an
annex without a heading of its own stays with the document before it.

Papers typed one after another with no break between them (a Word file holding an authorisation and then an invoice,
one PDF page holding both) are cut at the line that heads the next: a short line naming a paper's kind ('INVOIS
INV-AHT-2024-017', 'AUTHORISATION LETTER'), whose paper shows that kind by what it says (an invoice counts its goods, an
authorisation grants its holder a right), so that 'Invoice date:' or 'Authorised signatory:' inside a paper never cuts it.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS,
    PURCHASE_KINDS,
    AppealAttachment,
    AttachmentKind,
    attachment_kind,
    document_quantity,
    grant_parties,
)

# Where one part of a file ends: a page break, or a line drawn across the page ('-----', '=====', '_____').
_PART_BREAK_RE = re.compile(r"\f|^[ \t]*[-=_*~]{5,}[ \t]*$", re.MULTILINE)


def _own_kind(text: str) -> AttachmentKind:
    """A part's kind by its own text: the file's name speaks for the whole file, never for one part of it."""
    return attachment_kind(AppealAttachment(name="", text=text))


# A heading is short: a paper's title, with its number and date at most ('INVOIS INV-AHT-2024-017  Date: 1 February 2024').
_HEADING_MAX_WORDS = 10
# A line that labels a field of the paper it is in ('Invoice date:', 'Authorised signatory:', 'Tarikh invois:'): a few
# words without a number before its colon. A heading's number comes before any label ('INVOIS INV-AHT-2024-017  Date:').
_FIELD_LABEL_RE = re.compile(r"^\s*[^\d\s:：]+(?:\s+[^\d\s:：]+){0,2}\s*[:：]")
# A clause of a contract, numbered or named as one ('3. Authorisation', 'Article 4 - Licence', 'Pasal 2 Kuasa'), heads a
# part of that contract, never a paper of its own.
_CLAUSE_RE = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|§|article|art\.|clause|section|pasal|art[íi]culo|articolo|artikel|ziffer)(?:\s|$)", re.I)


def _shows_kind(text: str, kind: AttachmentKind) -> bool:
    """Whether a paper's text shows what its heading calls it: an invoice the goods it counts, an authorisation or a
    licence the holder it grants a right to."""
    if kind in PURCHASE_KINDS:
        return document_quantity(text) is not None
    if kind in AUTHORIZATION_KINDS:
        return grant_parties(text)[1] is not None
    return False


def _headed_parts(part: str) -> list[str]:
    """``part`` cut before each line that heads a paper of its own (its kind named by the line, shown by the text from
    there to the next heading); the part whole when no line does."""
    lines = part.split("\n")
    heads = [i for i, line in enumerate(lines) if 0 < i and len(line.split()) <= _HEADING_MAX_WORDS and not _FIELD_LABEL_RE.match(line)
             and not _CLAUSE_RE.match(line)
             and _own_kind(line) in PURCHASE_KINDS | AUTHORIZATION_KINDS]
    starts = [0]
    for number, head in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(lines)
        if _shows_kind("\n".join(lines[head:end]), _own_kind(lines[head])):
            starts.append(head)
    return ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)])]


def documents_in(attachment: AppealAttachment) -> list[tuple[AppealAttachment, AttachmentKind]]:
    """The documents ``attachment`` holds, each with its own text and its kind (one: the attachment itself, of the kind
    its name and text give). A kind a person gave speaks for the whole file, which is then not cut."""
    whole = [(attachment, attachment_kind(attachment))]
    if attachment.kind is not None or not attachment.text:
        return whole
    # Each part with what ends the one before it: a page break stays one, a paper typed on below another stays on its line.
    parts = [(headed, "\n" if number else "\f") for page in _PART_BREAK_RE.split(attachment.text)
             for number, headed in enumerate(_headed_parts(page)) if headed.strip()]
    if len(parts) < 2:
        return whole
    documents: list[tuple[AttachmentKind, str]] = []
    for part, joint in parts:
        kind = _own_kind(part)
        if documents and (kind is AttachmentKind.OTHER or kind == documents[-1][0]):
            documents[-1] = (documents[-1][0], documents[-1][1] + joint + part)  # the same paper, or a part with no heading of its own
        elif documents and documents[-1][0] is AttachmentKind.OTHER:
            documents[-1] = (kind, documents[-1][1] + joint + part)  # a cover page belongs to the document it covers
        else:
            documents.append((kind, part))
    if len(documents) < 2:
        return whole
    return [(attachment.model_copy(update={"text": text}), kind) for kind, text in documents]


__all__ = ["documents_in"]
