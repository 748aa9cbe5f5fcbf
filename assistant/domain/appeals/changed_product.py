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


# What the seller will sell from now on, said in the future ('from next week we will sell our new model KT-2 instead', 'next
# month we launch our new version', 'mulai bulan depan kami akan menjual model baru', 'a partir de la próxima semana
# venderemos un nuevo modelo', '下个月我们将推出新款'): a product that is not the one listed, which answers nothing in the
# complaint. Never the seller saying what it will not sell again ('we will not sell that one again': giving up).
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|'ll|are going to|is going to|going to|plan to|plans to|intend to|are about to)\s+(?:\w+\s+){0,2}?"
    r"(?:sell|launch|offer|list|release|introduce|switch|replace|start selling|bring out)\b"
    r"|\b(?:are|we're|is)\s+(?:launching|releasing|introducing|switching)\b|\b(?:next|coming|following) (?:week|month|season|year)\b"
    r"|\bfrom now on\b|\b(?:soon|shortly)\b[^.;]{0,20}\b(?:launch|sell|release)"
    r"|\bakan\s+(?:\w+\s+){0,2}?(?:menjual|jual|meluncurkan|melancarkan|merilis|mengeluarkan|menawarkan)\b|\b(?:mulai|bermula) (?:minggu|bulan|tahun) depan\b"
    r"|\b(?:vamos a|van a) (?:vender|lanzar|sacar|ofrecer)\b|\b(?:venderemos|lanzaremos|sacaremos|ofreceremos)\b|\bla pr[oó]xima (?:semana|temporada)\b"
    r"|\bel pr[oó]ximo (?:mes|año)\b|\b(?:venderemo|lanceremo|offriremo)\b|\b(?:la prossima settimana|il prossimo mese)\b"
    r"|\bwerden\b[^.;]{0,40}\b(?:verkaufen|anbieten|einführen|herausbringen)\b|\bab (?:nächster woche|nächstem monat)\b"
    r"|(?:下周|下个月|下月|以后|今后|将会|将|准备|即将)[^，。；]{0,10}(?:上架|推出|销售|上新|卖|发布)"
)
_NOT_FUTURE_RE = re.compile(
    r"\b(?:will|shall)\s+(?:not|never)\b|\bwon'?t\b|\b(?:tidak|tak) akan\b|\bno (?:vamos|venderemos)\b|\bnon (?:venderemo|vendiamo)\b"
    r"|\bnicht mehr\b|不会再|不再"
)


def future_product_said(sentence: str) -> bool:
    """Whether a sentence has the seller announce another product it will sell from now on (a new model or version, said in
    the future): not the listed product, and no ground."""
    norm = normalize_text(sentence)
    from assistant.domain.appeals.model_codes import other_model_said

    return bool((changed_product_said(sentence) or other_model_said(sentence)) and _FUTURE_RE.search(norm)
                and not _NOT_FUTURE_RE.search(norm))


def future_product_words(sentence: str) -> list[str]:
    """What names the announced product, as written: the words for a new model or version and its model code ('new model',
    'KT-2')."""
    from assistant.domain.appeals.model_codes import model_codes

    found = _CHANGED_RE.search(sentence.lower())
    words = [sentence[found.start():found.end()]] if found else []
    named = re.match(r"\s+([A-Z][A-Za-z]{0,5}-?\d[\w-]*)", sentence[found.end():]) if found else None  # 'new model KT-2'
    codes = ([named.group(1)] if named else []) + model_codes(sentence)
    return words + [code for code in dict.fromkeys(codes) if code not in words]


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


__all__ = ["changed_product_point_text", "changed_product_said", "future_product_said", "future_product_words"]
