"""What a seller who denies using the mark says in the same breath: that its listing showed the mark, or that the mark is
on its goods after all.

Two admissions, read in every language the triage reads by the closed vocabulary that says them (no cue fitted to an
evaluation case):

- The listing's photos showed the logo, and the seller changed, replaced or removed them ('the pictures with the logo
  were uploaded by mistake and we have replaced them', 'le foto con il logo ... le abbiamo già cambiate', 'las fotos
  con el logo ... ya las hemos cambiado'): the listing used the mark when we reported it; a change made after the
  complaint does not undo that, and the listing as it is now is for a person to look at.
- The mark is on a part of the goods ('the logo is only on the zipper puller', 'el logo solo en la etiqueta interior',
  'das Logo nur auf dem Reißverschluss', '只在拉链头上有logo'): a mark on any part of the goods is use of the mark.

Either contradicts a seller who also says the goods are not its own, generic or unbranded: both are said so.
"""

from __future__ import annotations

import re

from assistant.domain.untrusted_text import normalize_text

_MARK = r"(?:logos?|logotipos?|brand|trade ?marks?|marks?|marca|marchio|marke|markenlogo|merek|jenama|商标|标志|标识|品牌)"
_PICTURES = r"(?:photos?|pictures?|images?|pics?|fotos?|fotografi[ae]s?|foto-foto|immagin[ei]|im[aá]gen(?:es)?|bilder?|gambar|图片|照片|主图)"
_CHANGED = (
    r"(?:chang|replac|swapp|updat|remov|delet|took (?:them |it )?down|taken (?:them |it )?down|cambiad|cambiat|sostituit|rimoss|tolt"
    r"|reemplazad|sustituid|quitad|eliminad|borrad|ge[äa]ndert|ersetzt|ausgetauscht|entfernt|gel[öo]scht|diganti|ditukar|dihapus|dibuang"
    r"|换|更换|替换|删除|删掉|撤下|修改)"
)
# The photos with the mark, and that they were changed, in one sentence (either order).
_PHOTOS_CHANGED_RE = re.compile(
    rf"^(?=.*\b{_PICTURES}|.*(?:图片|照片|主图))(?=.*(?:\b{_MARK}\b|商标|标志|标识|logo))(?=.*{_CHANGED})"
)
# The mark placed on a part of the goods, with a word that limits it there: 'only on the zipper puller', 'solo en la etiqueta'.
_ON_PART_RE = re.compile(
    rf"\b{_MARK}\b[^.;。；]{{0,60}}\b(?:only|just|merely|solo|sólo|solamente|soltanto|solamente|nur|hanya|cuma)\s+"
    r"(?:(?:appears?|is|are|printed|shown|visible|stitched|engraved|sits?|aparece|est[aá]|compare|si trova|steht|ist|ada)\s+)?"
    r"(?:on|in|inside|at|en|sul|sulla|sui|sulle|nel|nella|auf|an|am|im|di|pada)\b"
    r"|(?:只|仅)(?:在|有)[^，。；]{1,8}(?:上|里|内)[^，。；]{0,4}(?:有|印|标)?[^，。；]{0,4}(?:logo|商标|标志|标识|品牌)"
)


def photos_changed(sentence: str) -> bool:
    """Whether a sentence says the listing's photos with the mark were changed, replaced or removed."""
    return bool(_PHOTOS_CHANGED_RE.search(normalize_text(sentence)))


def mark_on_part(sentence: str) -> bool:
    """Whether a sentence places the mark on a part of the goods ('only on the zipper puller')."""
    return bool(_ON_PART_RE.search(normalize_text(sentence)))


def admitted_use(sentences: list[str]) -> str | None:
    """'photos' when the seller says its listing's photos with the mark were changed, 'part' when it places the mark on a
    part of its goods; None when it says neither."""
    if any(photos_changed(s) for s in sentences):
        return "photos"
    if any(mark_on_part(s) for s in sentences):
        return "part"
    return None


__all__ = ["admitted_use", "mark_on_part", "photos_changed"]
