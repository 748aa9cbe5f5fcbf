"""The documents one file holds: a seller often scans or saves several papers into one PDF (our authorisation on the
first page, the invoice on the second; or both on one page, a rule line between them).

Each document found in a file is read as what it is, under the file's number: an invoice saved after a licence is an
invoice the seller gave, never "not among the files given". A file is cut only where its parts are each headed as a
document of a known kind and two of those kinds differ; a second page of the same paper, a page of signatures or an
annex without a heading of its own stays with the document before it.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, attachment_kind

# Where one part of a file ends: a page break, or a line drawn across the page ('-----', '=====', '_____').
_PART_BREAK_RE = re.compile(r"\f|^[ \t]*[-=_*~]{5,}[ \t]*$", re.MULTILINE)


def _own_kind(text: str) -> AttachmentKind:
    """A part's kind by its own text: the file's name speaks for the whole file, never for one part of it."""
    return attachment_kind(AppealAttachment(name="", text=text))


def documents_in(attachment: AppealAttachment) -> list[tuple[AppealAttachment, AttachmentKind]]:
    """The documents ``attachment`` holds, each with its own text and its kind (one: the attachment itself, of the kind
    its name and text give). A kind a person gave speaks for the whole file, which is then not cut."""
    whole = [(attachment, attachment_kind(attachment))]
    if attachment.kind is not None or not attachment.text:
        return whole
    parts = [part for part in _PART_BREAK_RE.split(attachment.text) if part.strip()]
    if len(parts) < 2:
        return whole
    documents: list[tuple[AttachmentKind, list[str]]] = []
    for part in parts:
        kind = _own_kind(part)
        if documents and (kind is AttachmentKind.OTHER or kind == documents[-1][0]):
            documents[-1][1].append(part)  # the same paper going on, or a part with no heading of its own
        elif documents and documents[-1][0] is AttachmentKind.OTHER:
            documents[-1] = (kind, [*documents[-1][1], part])  # a cover page belongs to the document it covers
        else:
            documents.append((kind, [part]))
    if len(documents) < 2:
        return whole
    return [(attachment.model_copy(update={"text": "\f".join(texts)}), kind) for kind, texts in documents]


__all__ = ["documents_in"]
