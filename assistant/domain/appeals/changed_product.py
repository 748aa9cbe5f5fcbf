"""'We have redesigned it': a seller that says its product has changed (a new model or version, or one without the
feature we complained of) argues that what it sells now is a different product.

It is a ground (a different product, for a patent one measured by the claims), but one that concedes what was sold
before: what the listing offers now decides, and a person looks at it. Read over the closed vocabulary that says it in
the languages the triage reads (redesigned, a new model or version, now without, no longer has); no cue was fitted to an
evaluation case.
"""

from __future__ import annotations

import re

from assistant.domain.untrusted_text import normalize_text

_CHANGED_RE = re.compile(
    # English: 'we have redesigned the buckle', 'the new version (model QR-26)', 'now without a magnet', 'no longer has a magnet'.
    # Not 'not a new design' (prior art: the design said to be old).
    r"\bredesign\w*|(?<!not a )(?<!not an )(?<!no )\b(?:new|updated|improved|revised) (?:version|model)\b"
    r"|\b(?:our|the|its) (?:new|updated|improved|revised) design\b|\bnow (?:without|has no|comes without|with no)\b"
    r"|\bno longer (?:has|have|uses|use|contains|contain|comes with|come with|includes|include)\b"
    r"|\bwe (?:have |'ve )?(?:changed|modified|updated|altered) (?:the |our |its )?(?:product|design|model|item|buckle|construction|structure)\b"
    # Spanish, Italian, German, Malay/Indonesian, Chinese.
    r"|\bahora sin\b|\bya no (?:tiene|lleva|usa|utiliza|incluye)\b|\b(?:nuevo|otro) (?:modelo|dise[ñn]o)\b|\bnueva versi[oó]n\b|\bredise[ñn]ad"
    r"|\bhemos (?:cambiado|modificado) (?:el |la |nuestr[oa] )?(?:producto|dise[ñn]o|modelo|art[ií]culo)\b"
    r"|\bora senza\b|\bnon ha pi[ùu]\b|\bnuov[oa] (?:modello|versione|design)\b|\briprogettat"
    r"|\babbiamo (?:cambiato|modificato) (?:il |lo |la )?(?:prodotto|design|modello|articolo)\b"
    r"|\bjetzt ohne\b|\bneue[snm]? (?:modell|version|design|ausführung)\b|\b(?:überarbeitet|umgestaltet|neu gestaltet)\b"
    r"|\b(?:model|versi|desain|reka bentuk) baru\b|\bsekarang tanpa\b|\btidak lagi (?:ada|menggunakan|memakai|mempunyai)\b"
    r"|改版|新款|新版|已(?:经)?(?:更改|修改|改进)(?:了)?(?:设计|款式|结构|产品)|现在(?:已经)?(?:没有|不带|不用)|不再(?:使用|带有|采用)"
)


def changed_product_said(sentence: str) -> bool:
    """Whether a sentence has the seller say its product has changed: redesigned, a new model or version, now without
    a feature."""
    return bool(_CHANGED_RE.search(normalize_text(sentence)))


def changed_product_point_text() -> tuple[str, str]:
    """(what the person is told, what the draft reply says) of a product the seller says has changed."""
    message = ("The seller says its product has changed (redesigned, a new model or version, or without a feature): that "
               "concedes what it sold before. What the listing offers now decides: look at it, check whether it still offers "
               "the reported product, and keep dated screenshots of it. Ask the seller for photos of the new product if it "
               "relies on them.")
    reply = ("The seller itself says its product has changed since our complaint: what it sold when we reported the listing is "
             "the product our evidence shows, and a change made afterwards does not answer the complaint.")
    return message, reply


__all__ = ["changed_product_point_text", "changed_product_said"]
