"""'We changed the title': a change to the listing the seller says it made, set against what our complaint is about.

A new title answers a complaint about the title, once the listing shows it; it does not answer a complaint about our
mark in the listing's images (a logo used as the main image), which the seller's words leave as they were. Either way
the listing as it is now is what settles it: a person looks at it before the complaint is closed or maintained. Read by
meaning over the closed vocabulary that says it in the languages the triage reads (a title changed, renamed, edited).
"""

from __future__ import annotations

import re

from assistant.domain.appeals.evidence import normalize_text

# The listing's title changed, renamed or edited, said of the seller's own listing.
_TITLE_CHANGED_RE = re.compile(
    r"\b(chang|modif|updat|edit|amend|correct|renam|rewr)\w*\b[^.;]{0,30}\btitles?\b|\btitles?\b[^.;]{0,30}\b(changed|modified|updated|edited|amended"
    r"|corrected|renamed|rewritten|now (reads|says|is))\b|\brenamed (the|our|this) (listing|product|item)"
    r"|(cambi|modific|actualiz|correg|edit)\w*\b[^.;]{0,25}\bt[ií]tulo|\bt[ií]tulo\b[^.;]{0,25}\b(cambiad|modificad|actualizad|corregid)"
    r"|\btitel\b[^.;]{0,50}\b(ge[äa]ndert|angepasst|korrigiert|aktualisiert|umbenannt)|(ge[äa]ndert|angepasst)[^.;]{0,20}\btitel"
    r"|(cambiat|modificat|aggiornat|corrett)\w*\b[^.;]{0,25}\btitolo|\btitolo\b[^.;]{0,25}\b(cambiat|modificat|aggiornat)"
    r"|(tukar|ubah|menukar|mengubah|kemas ?kini|edit)\w*\b[^.;]{0,20}\btajuk|\btajuk\b[^.;]{0,20}\b(ditukar|diubah|dikemaskini)"
    r"|(改|修改|更改|更换|调整|编辑)了?[^。；]{0,8}标题|标题[^。；]{0,6}(已|已经)?(改|修改|更改|更换|调整)"
)
# Our complaint about the mark in the listing's pictures: a logo, the main image, its photos.
_IMAGE_POINT_RE = re.compile(
    r"\blogo|\bmain (image|picture|photo)|\b(images?|pictures?|photos?)\b|\blogotipo|\bimagen|\bfotos?\b|\bbild(er)?\b|\bimmagin"
    r"|\bgambar|主图|图片|标识|图标|标志|logo"
)


def title_change_said(sentences: list[str]) -> str | None:
    """The seller's sentence that says it changed the listing's title, as written; None when it says no such thing."""
    return next((s for s in sentences if _TITLE_CHANGED_RE.search(normalize_text(s))), None)


def image_point(complaint, sentences) -> str | None:
    """The sentence of our complaint (its statement, then its evidence) about our mark in the listing's pictures."""
    texts = [complaint.statement or ""] + [item.description or "" for item in complaint.evidence]
    return next((s for text in texts for s in sentences(text) if _IMAGE_POINT_RE.search(normalize_text(s))), None)


__all__ = ["image_point", "title_change_said"]
