"""A purchase paper the seller says it holds but did not give: named, not received.

A seller often lists the papers it holds and attaches only some: "有正规合同和发票，附件是采购合同" (a contract and an
invoice, the contract attached), "we have the invoice and the contract, the contract is attached", "tenemos factura y
contrato". A paper named as held whose kind no file given is (an invoice when only a contract came) did not reach us:
what it would show is not verified, and it is asked for, never assumed. Only the two kinds of purchase paper the
standard names are read (an invoice, a contract of sale), in the languages sellers write in, and only for a purchase
ground that was given at least one paper: a ground given none already says that nothing reached us.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.checks import Basis, Finding, GroundAssessment, Severity, settled_status
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# The seller holds something: 'we have', '有', 'tenemos', 'abbiamo', 'wir haben', 'kami punya'.
_HOLDS_RE = re.compile(
    r"\b(?:we have|we hold|we've got|we keep|have (?:the|an?|all|our)|with (?:the|an?|a proper|proper|full))\b|有|持有|具备|具有"
    r"|\b(?:tenemos|contamos con|disponemos de|abbiamo|disponiamo di|wir haben|haben wir|kami (?:punya|memiliki|ada)|ada)\b",
    re.IGNORECASE,
)
_KIND_WORDS = {
    AttachmentKind.INVOICE: re.compile(r"发票|\binvoices?\b|\bfacturas?\b|\bfattur[ae]\b|\brechnung(?:en)?\b|\bfaktur\b|\binvois\b", re.IGNORECASE),
    AttachmentKind.CONTRACT: re.compile(r"合同|协议|\bcontracts?\b|\bcontratos?\b|\bcontratt[oi]\b|\bvertr[aä]ge?\b|\bkontrak\b|\bperjanjian\b", re.IGNORECASE),
}
_WHAT = {AttachmentKind.INVOICE: "an invoice", AttachmentKind.CONTRACT: "a contract"}


def held_not_given(counter_notice: str, given: list[tuple[int, AppealAttachment, AttachmentKind]]) -> list[tuple[AttachmentKind, str]]:
    """(kind, the seller's word for it as written) for each purchase paper the seller says it holds whose kind no file
    given is."""
    kinds = {kind for _, _, kind in given}
    out = []
    for sentence in sentences(counter_notice or ""):
        norm = normalize_text(sentence)
        if not _HOLDS_RE.search(norm):
            continue
        for kind, pattern in _KIND_WORDS.items():
            found = pattern.search(sentence)
            if found and kind not in kinds and all(k is not kind for k, _ in out):
                out.append((kind, found.group(0)))
    return out


def flag_held_not_given(grounds: list[GroundAssessment], counter_notice: str, given: list[tuple[int, AppealAttachment, AttachmentKind]]) -> None:
    """On the purchase ground, when it was given a paper: each purchase paper the seller says it holds that did not
    reach us, as a point not verified (asked for)."""
    ground = next((g for g in grounds if g.ground is AppealGround.PURCHASE_INVOICE and g.attachments), None)
    if ground is None:
        return
    shown = ", ".join(f"#{i}" for i in ground.attachments)
    for kind, words in held_not_given(counter_notice, given):
        quoted = escape_untrusted(words)
        ground.findings.append(Finding(
            code="held_not_given", severity=Severity.MISSING, basis=Basis.NOT_VERIFIED, ground=ground.ground, about=f"held_{kind.value}",
            message=f"The seller says it also holds {_WHAT[kind]} (“{quoted}”), but gave only attachment {shown}: {_WHAT[kind]} did not "
            "reach us, so what it would show is not verified: ask the seller (or the platform) for it.",
            reply=f"The counter-notice says the seller also holds {_WHAT[kind]}, which did not reach us: we ask to see it before the listing "
            "is restored.",
        ))
    ground.status = settled_status(ground.status, ground.findings)


# The original photo files ('原图我们都有', 'we have the original RAW files', 'tenemos los originales'): what would show who made
# the photos (knowledge/rules/appeal_evidence.yaml, image_ownership), so one said to be held and not given is asked for.
_ORIGINALS_RE = re.compile(
    r"原图|原片|原始(?:图片|照片|文件)|底片|\boriginal (?:raw |camera |unedited )?(?:files?|photos?|photographs?|images?|pictures?)\b|\boriginals\b"
    r"|\braw files?\b|\b(?:los |las )?(?:archivos |fotos )?originales\b|\b(?:gli |i )?(?:file |foto )?originali\b|\b(?:les )?(?:fichiers )?originaux\b"
    r"|\boriginal(?:dateien|fotos|bilder|e)\b|\b(?:file|foto|gambar) asli\b",
    re.IGNORECASE,
)


def originals_held_not_given(counter_notice: str, given: list[tuple[int, AppealAttachment, AttachmentKind]]) -> str | None:
    """The seller's word for the original photo files it says it holds ('原图', 'original RAW files'), as written, when no
    file given is one (an original, or a photo whose own camera data was read); None otherwise."""
    if any(kind is AttachmentKind.ORIGINAL_IMAGE or doc.taken_on for _, doc, kind in given):
        return None
    for sentence in sentences(counter_notice or ""):
        found = _ORIGINALS_RE.search(sentence)
        if found and _HOLDS_RE.search(normalize_text(sentence)):
            return found.group(0)
    return None


def flag_originals_not_given(grounds: list[GroundAssessment], counter_notice: str,
                             given: list[tuple[int, AppealAttachment, AttachmentKind]]) -> None:
    """On the ground that claims the photos as the seller's own: the original files it says it holds that did not reach
    us, as a point not verified (asked for)."""
    ground = next((g for g in grounds if any(f.code == "own_photos_claim" for f in g.findings)), None)
    # (a file it names as attached and did not give is asked for once, as named and not received)
    asked = ground is None or any(f.code in ("named_not_received", "no_document", "no_readable_text") for f in ground.findings)
    words = None if asked else originals_held_not_given(counter_notice, given)
    if words is None:
        return
    ground.findings.append(Finding(
        code="originals_not_given", severity=Severity.MISSING, basis=Basis.NOT_VERIFIED, ground=ground.ground, about="originals",
        message=f"The seller says it holds the original files (“{escape_untrusted(words)}”), but none of them reached us: what they "
        "would show is not verified. Ask the seller (or the platform) for them: unedited camera originals are what would show who "
        "took the photos.",
        reply="The counter-notice says the seller holds the original files of the photos, but none was provided: we ask to see them "
        "before the listing is restored.",
    ))
    ground.status = settled_status(ground.status, ground.findings)


__all__ = ["flag_held_not_given", "flag_originals_not_given", "held_not_given", "originals_held_not_given"]
