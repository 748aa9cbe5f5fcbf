"""'We changed the title', 'we changed the photos': a change to the listing the seller says it made, set against what our
complaint is about.

A new title answers a complaint about the title, once the listing shows it; it does not answer a complaint about our
mark in the listing's images (a logo used as the main image), which the seller's words leave as they were. Either way
the listing as it is now is what settles it: a person looks at it before the complaint is closed or maintained. Read by
meaning over the closed vocabulary that says it in the languages the triage reads (a title changed, renamed, edited).

A change said in a negated or hedged clause is none (the shared reader, unsure_words.py): '标题未修改' (the title was not
changed), 'we have not changed the photos', 'we will not remove it', 'maybe we changed the title'. Beside a change said
firmly ('主图已更换，标题未修改'), only that one was made.

New or fewer pictures ('we have already changed the photos', 'abbiamo tolto le foto principali', '主图已经删了') leave the
listing online: no take-down. So do some goods or variants taken out of it ('we removed the knife block sets from the
listing', '下架了其中两个SKU'): the part is quoted as written and checked on the listing, the rest stays contested. Against our photographs, the ones still on the listing keep the complaint standing; against
our mark, the listing as it is now settles whether it still offers goods under it.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.evidence import normalize_text
from assistant.domain.appeals.unsure_words import firm_part, unsure_at


# The verb of a change or removal inside what a pattern found: its clause says whether the change is denied ('the title is
# wrong, we will change it' is a change promised, its first clause's negation aside).
_CHANGE_VERB_RE = re.compile(
    r"\b(chang|modif|updat|edit|amend|correct|renam|rewr|replac|remov|delet|swapp|took|taken|take|drop|strip|elimin|borr|quit|cambi"
    r"|reemplaz|sustitu|actualiz|correg|sostitu|tolt|tolto|rimoss|cancellat|aggiornat|levat|tukar|ganti|buang|padam|hapus|mengganti"
    r"|menghapus|ditukar|diubah|diganti|dipadam|dihapus|ubah|mengubah|ge[äa]ndert|angepasst|korrigiert|aktualisiert|umbenannt|ersetzt"
    r"|entfern|gel[öo]scht|l[öo]sch|ausgetauscht|retir|supprim|enlev|modifi|alter|mud[aá]|troc|atualiz|corrig|apag)\w*|改|修改|更改|更换|替换|换|删|调整|编辑|撤下|去掉|去除|拿掉"
)


def _firm(pattern: re.Pattern, norm: str) -> re.Match | None:
    """The first place a (normalised) text says what ``pattern`` finds as done or to be done: its verb outside a negated
    or hedged clause ('the title was not changed', '标题未修改' say no change)."""
    return next((found for found in pattern.finditer(norm) if not unsure_at(norm, *_verb_span(found))), None)


def _verb_span(found: re.Match) -> tuple[int, int]:
    """Where the verb of a change stands in what a pattern found (the whole match when no verb is told apart): its last
    one, so that in 'the title ... was not correct and we have already changed it' the change is 'changed', never 'correct'."""
    verb = next(reversed(list(_CHANGE_VERB_RE.finditer(found.group(0)))), None)
    return (found.start() + verb.start(), found.start() + verb.end()) if verb else found.span()

# The listing's title changed, renamed or edited, said of the seller's own listing.
_TITLE_CHANGED_RE = re.compile(
    r"\b(chang|modif|updat|edit|amend|correct|renam|rewr)\w*\b[^.;]{0,30}\btitles?\b|\btitles?\b[^.;]{0,30}\b(changed|modified|updated|edited|amended"
    r"|corrected|renamed|rewritten|now (reads|says|is))\b|\brenamed (the|our|this) (listing|product|item)"
    # the title named first and the change promised after it: 'the word should not be in the title, we will change it', 'no
    # debe estar en el título, lo cambiaremos'
    r"|\btitles?\b[^.;]{0,30}\b(we|i)('ll| will| shall| are going to)\s+(chang|modif|updat|edit|correct|amend|renam)\w*\s+(it|this|that)\b"
    r"|\bt[ií]tulo\b[^.;]{0,30}\b(lo|la)\s+(cambi|modific|actualiz|correg)\w*(aremos|eremos|iremos)\b"
    r"|(cambi|modific|actualiz|correg|edit)\w*\b[^.;]{0,25}\bt[ií]tulo|\bt[ií]tulo\b[^.;]{0,25}\b(cambiad|modificad|actualizad|corregid)"
    r"|\btitel\b[^.;]{0,50}\b(ge[äa]ndert|angepasst|korrigiert|aktualisiert|umbenannt)|(ge[äa]ndert|angepasst)[^.;]{0,20}\btitel"
    r"|(cambiat|modificat|aggiornat|corrett)\w*\b[^.;]{0,25}\btitolo|\btitolo\b[^.;]{0,25}\b(cambiat|modificat|aggiornat)"
    r"|(tukar|ubah|menukar|mengubah|kemas ?kini|edit)\w*\b[^.;]{0,20}\b(tajuk|judul)|\btajuk\b[^.;]{0,20}\b(ditukar|diubah|dikemaskini)"
    r"|(ganti|mengganti|perbarui|memperbarui)\w*\b[^.;]{0,20}\bjudul|\b(judul|tajuk)\b[^.;]{0,20}\b(diganti|diubah|diedit|diperbarui|(kami|saya) (ubah|ganti|tukar|edit|perbarui))\b"
    r"|\b(chang|modifi|corrig|renomm)\w*\b[^.;]{0,25}\btitre|\btitre\b[^.;]{0,30}\b(chang|modifi|corrig|mis à jour)\w*"
    r"|(改|修改|更改|更换|调整|编辑)了?[^。；]{0,8}标题|标题[^。；]{0,6}(已|已经)?(改|修改|更改|更换|调整)"
    # Portuguese: 'já alterámos o título', 'o título foi mudado'
    r"|\b(alter|mud|modific|corrig|atualiz|troc)\w*\b[^.;]{0,25}\bt[íi]tulos?\b|\bt[íi]tulos?\b[^.;]{0,25}\b(alterad|mudad|modificad|corrigid|atualizad|trocad)"
    # the title named first, what was wrong with it after, and the change said of it by a pronoun: 'the title ... was not correct
    # and we have already changed it', 'el título ... ya lo hemos cambiado', 'o título ... já o alterámos', 'il titolo ... l'abbiamo già cambiato'
    r"|\btitles?\b[^.;]{0,80}\b(changed|modified|updated|edited|corrected|amended|renamed) (it|this|that)\b"
    r"|\bt[íi]tulos?\b[^.;]{0,80}\b(lo|la|o|a) (hemos )?(alter|mud|modific|corrig|atualiz|troc|cambi|actualiz|correg)\w*"
    r"|\btitolo\b[^.;]{0,80}\b(l'|lo |la )\s*(abbiamo )?(gi[àa] )?(cambiat|modificat|corrett|aggiornat)\w*"
)
# Our complaint about the mark in the listing's pictures: a logo, the main image, its photos.
_IMAGE_POINT_RE = re.compile(
    r"\blogo|\bmain (image|picture|photo)|\b(images?|pictures?|photos?)\b|\blogotipo|\bimagen|\bfotos?\b|\bbild(er)?\b|\bimmagin"
    r"|\bgambar|主图|图片|标识|图标|标志|logo"
)


# The listing's pictures changed, replaced or (some of them) removed, said of the seller's own listing: a verb for the
# change and a word for the pictures, either way round, within a clause.
_PICTURE = (r"(photos?|pictures?|images?|pics|fotos?|fotograf[ií]as?|im[aá]gen(es)?|immagin[ei]|fotografie|bilder|gambar)")
# (the kinds of listing pictures Chinese sellers name: main, secondary, scene, detail, product shots)
_PICTURE_ZH = r"(图片|主图|副图|照片|商品图|产品图|场景图|细节图|详情图|效果图|实拍图)"
_PICTURES_CHANGED_RE = re.compile(
    rf"\b(chang|replac|remov|delet|updat|swapp|edit|took (down|off)|taken (down|off)|cambi|reemplaz|sustitu|quit|elimin|borr|actualiz"
    rf"|sostitu|tolt|tolto|rimoss|cancellat|aggiornat|levat|tukar|ganti|buang|padam|hapus|mengganti|menghapus)\w*\b[^.;]{{0,30}}\b{_PICTURE}\b"
    rf"|\b{_PICTURE}\b[^.;]{{0,30}}\b(changed|replaced|removed|deleted|updated|cambiad\w*|eliminad\w*|sustituid\w*|cambiat\w*|tolt\w*"
    rf"|rimoss\w*|sostituit\w*|ge[äa]ndert|ersetzt|entfernt|gel[öo]scht|ausgetauscht|ditukar|diganti|dipadam|dihapus)\b"
    rf"|(换|更换|替换|删|删除|撤下|去掉|修改|改)[了掉]?[^。；，]{{0,6}}{_PICTURE_ZH}|{_PICTURE_ZH}[^。；，]{{0,6}}(已|已经)?(换|更换|替换|删|删除|撤下|去掉|修改|改)"
    # (the pictures named first and the change said done later in the sentence: '另外两张场景图确实是从网上下载的，我们已经删除了')
    rf"|{_PICTURE_ZH}[^。；]{{0,30}}(已|已经)(换|更换|替换|删|删除|撤下|去掉)"
)


# A promise not to use the pictures again ('we will not use your pictures again', '以后不会再用贵公司的图片').
_PICTURES_NOT_AGAIN_RE = re.compile(
    rf"\b(will|would|shall)( not|n't| never)\b[^.;]{{0,20}}\b(use|post|upload|put)\b[^.;]{{0,25}}\b{_PICTURE}\b"
    rf"|\bno (volveremos|usaremos) a usar\b[^.;]{{0,25}}\b{_PICTURE}\b|\b(tidak|tak) akan (guna|gunakan|pakai|menggunakan)\w*\b[^.;]{{0,25}}\b{_PICTURE}\b"
    r"|(不会|不再|再也不)[^。；，]{0,4}(用|使用|盗用)[^。；，]{0,8}(图片|照片|图)"
)


# Some of the pictures only ('we deleted the main images but the item is still for sale', '主图已经删了'): the rest stay.
_SOME_PICTURES_RE = re.compile(
    rf"\b(main|first|cover|some|a few|one|two|several)( of the| of our)? {_PICTURE}|\bbut\b[^.;]{{0,30}}\bstill\b|主图|部分(图片|照片)|但是?[^。；]{{0,10}}还在"
)


# A change offered or made conditional, not made ('if really need we can change the photos', 'we are willing to replace
# them', 'si es necesario, podemos cambiar las fotos', '如果需要，我们可以换图'): nothing changed on the listing yet.
_OFFERED_RE = re.compile(
    r"\bif\b|\b(we|i|kami|saya)( (also|still))? (can|could|may|might)\b|\b(willing|ready|happy|prepared) to\b|\b(kalau|kalo|jika|boleh|bisa"
    r"|sanggup|podemos|podr[ií]amos|dispuestos|de ser necesario|si es necesario|si hace falta|possiamo|potremmo|disposti|se necessario"
    r"|se serve|k[öo]nnen|k[öo]nnten|bereit|wenn|falls)\b|如果|若|可以|愿意|的话"
)


# A change promised for later, not made ('we will change the title within 24 hours', 'we are going to edit it', 'cambiaremos
# el título', 'modificheremo il titolo', 'kami akan menukar tajuk', '我们将在24小时内修改标题'): the listing is as it was.
_PROMISED_RE = re.compile(
    r"\b(we|i)('ll|\s+(will|shall|am going to|are going to|gonna))\b|\bwe're going to\b|\b(kami|saya) akan\b|\bwir werden\b|\bwerden wir\b"
    r"|\b(vamos|voy) a\b|\b(vamos|vou|iremos) (ver se|alterar|mudar|corrigir|trocar|atualizar)\b|\bwithin (\d+|a|one|two|the next)\b|\bentro\b|将|会在|尽快|\d+\s*(小时|天|日)内|明天"
)
# The change's own verb in a future tense ('cambiaremos', 'actualizaremos', 'modificheremo', 'cambierò', 'cambiará').
_FUTURE_VERB_RE = re.compile(r"^\w*(aremos|eremos|iremos|eremo|iremo|er[òo]|ir[òo]|ar[àá]|er[àá]|ir[àá])\b")


def _offered_only(sentence: str, change: re.Match) -> bool:
    """Whether the change a sentence speaks of is offered, conditional or only promised: an offer or a promise word before
    it in the same sentence, or its verb in a future tense."""
    before = sentence[: change.start()]
    # (a change promised after the title it is said of: 'title, we will change it', 'título, lo cambiaremos')
    promised_after = _PROMISED_RE.search(change.group(0)) or any(_FUTURE_VERB_RE.match(w) for w in change.group(0).split()[1:])
    return bool(_OFFERED_RE.search(before) or _PROMISED_RE.search(before) or _FUTURE_VERB_RE.match(change.group(0)) or promised_after)


def _change_made(sentence: str) -> bool:
    change = _firm(_PICTURES_CHANGED_RE, sentence)
    return bool(change) and not _offered_only(sentence, change)


# Taking the listing or the goods down (or off the site), in the languages the triage reads.
_REMOVAL_RE = re.compile(
    r"\b(remov|delet|delist|withdr[ae]w|pull|retir|elimin|quit|borr|entfern|l[öo]sch|supprim|enlev|rimuov|togli|cancell|hapus|menghapus"
    r"|turunkan|menurunkan|tarik|menarik)\w*|\b(take|taking|took|taken)\b[^.;,]{0,25}\b(down|off|offline)\b|\bherunter\w*"
    r"|下架|删除|删掉|撤下|撤掉|移除"
)


def removal_refused(sentence: str) -> bool:
    """Whether a sentence speaks of taking the listing or the goods down only in a negated or hedged clause: a refusal
    ('we will not remove it', 'no vamos a retirar el anuncio', 'wir werden das Angebot nicht entfernen', '我们不会下架该商品',
    'kami tidak akan menghapus produk ini') or a guess, never a take-down."""
    norm = normalize_text(sentence)
    found = list(_REMOVAL_RE.finditer(norm))
    return bool(found) and all(unsure_at(norm, m.start(), m.end()) for m in found)


def pictures_given_up(sentence: str) -> bool:
    """Whether a sentence has the seller take all the pictures down or change them, or promise not to use them again
    (some of them removed, the rest still on the listing, is no giving up)."""
    norm = normalize_text(sentence)
    if _PICTURES_NOT_AGAIN_RE.search(norm):
        return True
    return _change_made(norm) and not _SOME_PICTURES_RE.search(norm)


def pictures_change_said(sentences: list[str]) -> str | None:
    """The seller's sentence that says it changed or removed pictures of the listing, as written; None when it says none."""
    return next((s for s in sentences if _change_made(normalize_text(s))), None)


# Part of a listing taken out of it while the listing stays up ('we removed the 3-piece knife block sets from the listing', 'los
# juegos de bloque de cuchillos ya los hemos retirado del anuncio', '已从链接中删除刀座套装', '下架了其中两个SKU'): the removal
# said with 'from the listing', or of some of its variants. By the seller's own words the listing is still up: no take-down.
_FROM_LISTING_RE = re.compile(
    r"\b(from|off) (the|our|this|that|my) (listing|product page|page|link|ad|offer|item)\b|\bdel (anuncio|enlace|listado)\b"
    r"|\bde (la|nuestra) (publicaci[oó]n|ficha)\b|\bdall'(annuncio|inserzione)\b|\bdalla (inserzione|pagina)\b|\bde l'annonce\b"
    r"|\bde (la|notre) (fiche|page|annonce)\b|\baus (dem|unserem) (angebot|inserat|listing)\b"
    r"|\b(dari|daripada) (listing|senarai|iklan|halaman|pautan)\b|从(该|这个|此|我们的)?(商品)?(链接|宝贝|页面|详情页)(中|里|上)?"
)
_VARIANTS_RE = re.compile(r"\b(variants?|variations?|skus?|variantes?|varianti|varianten|varian)\b|sku|规格|型号|款式")
_PART_VERB_RE = re.compile(_REMOVAL_RE.pattern + r"|\b(rimoss|tolt|buang|membuang|keluarkan|mengeluarkan|dikeluarkan)\w*|去掉|拿掉")
# Where a clause ends, and the words before a removal's verb that are no part of what was removed (its subject, auxiliary, a
# pronoun standing for it, 'already').
_CLAUSE_END_RE = re.compile(r"[,;:!?()，；：。！？（）]|\.(\s|$)|\b(and|but|y|pero|und|aber|e|ma|et|mais|dan|tetapi|tapi)\b")
_NO_PART_WORDS = (r"we|i|they|wir|nous|noi|kami|saya|ya|already|now|just|have|has|had|were|was|are|is|been|haben|habe|hat|wurden|wurde|sind"
                  r"|ist|werden|wird|abbiamo|ho|sono|stati|state|avons|ont|sont|hemos|han|he|fueron|lo|la|los|las|les|le|li|them|it|those|these|sie"
                  r"|sudah|telah|all|alle|todos|tous|tutti")
_NO_PART_RE = re.compile(rf"\s+(?:{_NO_PART_WORDS})\b|已经|已|我们|都|也|从|被|全部")
_ONLY_NO_PART_RE = re.compile(rf"^((?:{_NO_PART_WORDS})\b\s*)*$")
# A clause that opens with its subject or 'already' names no part before its verb ('we removed them', 'ya los hemos retirado').
_SUBJECT_FIRST_RE = re.compile(r"^(we|i|they|wir|nous|noi|kami|saya|ya|already|我们|已)\b|^(我们|已)")
# What names the listing itself: removing it is a take-down, not a part.
_LISTING_ITSELF_RE = re.compile(
    r"^((the|our|this|that|el|la|los|las|il|l'|les|die|das|den|dem|unser\w*|nuestro)\s*)?(listings?|links?|anuncios?|annuncio|annonces?"
    r"|angebot|inserat|produk|senarai|iklan|pautan|products?|items?|page)(\s+(tersebut|itu|ini))?$|^(该|这个|此)?(链接|商品|宝贝|产品)$"
)
# The part conceded, not only taken out: it will not be sold again, it was not genuine, it was a mistake.
_PART_CONCEDED_RE = re.compile(
    r"\b(will|would|shall)( not|n't| never)\b[^.;]{0,20}\b(sell|list|offer)|\bno (l[oa]s? )?(volveremos|vamos) a vender|\bnicht mehr (verkaufen|anbieten)"
    r"|\bnon (li |le |lo |la )?(venderemo|vendiamo) pi[uù]|\bne (les |le |la )?vendrons plus|\b(tidak|tak) akan (menjual|jual)"
    r"|\b(were|was|are|is)( not|n't) (original|genuine|authentic)|\bno (eran|son|era|es) originales?\b|\bkeine original\w*|\bnicht original"
    r"|\bnon (erano|sono|era) originali\b|\bn'(étaient|étais|est|sont) pas (d'origine|authentiques?|originaux)|\bbukan (original|asli|tulen)\b"
    r"|\btidak (asli|original|tulen)\b|\b(mistake|error|fehler|errore|erreur|equivocaci[oó]n|kesilapan|kesalahan)\b"
    r"|不是正品|非正品|不是原装|不再(销售|卖|上架|出售)|以后(也)?不(会)?再?(卖|销售|上架)|失误|错误"
)
# Said fake, in a clause neither negated nor hedged ('the pans are not fake' concedes nothing).
_FAKE_RE = re.compile(r"\b(fake|counterfeit|falsificad\w*|contraffatt\w*|gef[äa]lscht|contrefa\w*|palsu|tiruan)\b|假货|仿品|假的")


def _as_written(sentence: str, norm: str, start: int, end: int) -> str:
    """The words at ``norm[start:end]`` as the seller wrote them (the normalised words where the two differ in length)."""
    words = sentence[start:end] if len(sentence) == len(norm) else norm[start:end]
    return words.strip(" \t\"'“”‘’")


def _clause_around(norm: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``norm[start:end]`` begins and ends."""
    begin = max((m.end() for m in _CLAUSE_END_RE.finditer(norm, 0, start)), default=0)
    after = _CLAUSE_END_RE.search(norm, end)
    return begin, after.start() if after else len(norm)


def _part_before(norm: str, begin: int, stop: int) -> tuple[int, int] | None:
    """What stands before a removal's verb as its object ('los juegos de bloque de cuchillos ya los hemos ...', '刀座套装已从
    链接中...'): from the clause's start up to the first word of its subject or auxiliary; None when the clause starts with them."""
    words = norm[begin:stop]
    lead = len(words) - len(words.lstrip())
    if _SUBJECT_FIRST_RE.match(words[lead:]):
        return None
    cut = _NO_PART_RE.search(words, lead + 1)
    end = begin + (cut.start() if cut else len(words))
    return (begin + lead, end) if norm[begin + lead:end].strip() else None


def _part_span(norm: str, verb: re.Match) -> tuple[int, int] | None:
    """Where the part a removal takes out of the listing is named: after the verb up to 'from the listing' (or the clause's
    end), else before the verb, else (a pronoun after the verb: 'the sets were not original, we removed them') the subject
    of the clause before."""
    begin, end = _clause_around(norm, *verb.span())
    anchor = _FROM_LISTING_RE.search(norm, begin, end)
    stop = anchor.start() if anchor and anchor.start() >= verb.end() else end
    after = norm[verb.end():stop]
    bracket = after.find("(")
    after = after[:bracket] if bracket > 0 else after
    trimmed = after.lstrip(" 了掉")
    if trimmed.strip() and not _ONLY_NO_PART_RE.match(trimmed.strip()):
        start = verb.end() + len(after) - len(trimmed)
        return start, start + len(trimmed.rstrip())
    found = _part_before(norm, begin, verb.start())
    if found is None and begin > 0:
        earlier, _ = _clause_around(norm, begin - 1, begin - 1)
        found = _part_before(norm, earlier, begin - 1)
    return found


def part_removed(sentence: str) -> str | None:
    """The part of its listing a sentence has the seller say it took out, the listing itself staying up ('the 3-piece knife
    block sets', 'Los juegos de bloque de cuchillos', '刀座套装', '其中两个SKU'), as written; None when it says no such thing,
    says it only in a negated, hedged, offered or promised clause ('we have not removed anything', 'we will not remove the
    sets'), or takes the whole listing down. Pictures and our mark taken out are read where they are (pictures_change_said,
    mark_given_up)."""
    norm = normalize_text(sentence)
    for verb in _PART_VERB_RE.finditer(norm):
        begin, end = _clause_around(norm, *verb.span())
        if not (_FROM_LISTING_RE.search(norm, begin, end) or _VARIANTS_RE.search(norm, begin, end)):
            continue
        if unsure_at(norm, *verb.span()) or _offered_only(norm, verb):
            continue
        span = _part_span(norm, verb)
        part = _as_written(sentence, norm, *span) if span else ""
        low = normalize_text(part)
        if len(low) < 2 or _LISTING_ITSELF_RE.match(low) or re.search(rf"\b{_PICTURE}\b|{_PICTURE_ZH}", low) or re.search(_MARK_WORD, low):
            continue
        return part
    return None


def part_conceded(sentence: str) -> bool:
    """Whether a sentence that takes a part out of the listing also concedes it: not to be sold again, not genuine, a mistake."""
    norm = normalize_text(sentence)
    return bool(_PART_CONCEDED_RE.search(norm) or _FAKE_RE.search(firm_part(norm)))


# The listing's pictures said to come from the seller's supplier, maker or wholesaler ('the photos were provided by our
# supplier', 'le foto ci sono state fornite dal nostro fornitore', '图片是供应商发给我们的'): a source that can give no
# permission to use the owner's photographs.
_SUPPLIER = (r"(supplier|manufacturer|factory|vendor|wholesaler|proveedor|fabricante|f[aá]brica|mayorista|fornitore|produttore|fabbrica"
             r"|grossista|lieferant|hersteller|gro[ßs]h[äa]ndler|pembekal|pengilang|kilang)")
_FROM = (r"(from|by|dio|dieron|pas[oó]|provided|sent|given|supplied|fornit\w*|dat[ei]|inviat\w*|mandat\w*|proporcionad\w*|enviad\w*|dad[oa]s|von|dari|oleh)")
_GAVE = (r"(gave|sent|provided|supplied|shared|dio|dieron|envi[oó]|mand[oó]|proporcion[oó]|pas[oó]|ha dato|hanno dato|ci ha|gab|schickte"
         r"|geliefert|bereitgestellt|beri|hantar|memberi|mengirim)")
_SUPPLIER_PICTURES_RE = re.compile(
    rf"\b{_PICTURE}\b[^.;]{{0,40}}\b{_FROM}\b[^.;]{{0,30}}\b{_SUPPLIER}\w*\b|\b{_SUPPLIER}\w*\b[^.;]{{0,30}}\b{_GAVE}\w*\b[^.;]{{0,20}}\b{_PICTURE}\b"
    r"|(图片|照片|主图|商品图)[^。；，]{0,8}(是|由|来自|从)[^。；，]{0,4}(供应商|厂家|工厂|供货商|批发商|上家)"
    r"|(供应商|厂家|工厂|供货商|批发商|上家)[^。；，]{0,6}(给|发|提供)[^。；，]{0,6}(图片|照片|图)"
)


def supplier_pictures_said(sentence: str) -> bool:
    """Whether a sentence says, as a fact, that the listing's pictures came from the seller's supplier (or maker, or
    wholesaler). A guess or a denial ('也可能是供应商给我们的，我们不太确定', 'perhaps our supplier sent them, I am not sure',
    'not provided by our supplier') says no such thing."""
    norm = normalize_text(sentence)
    return any(not unsure_at(norm, m.start(), m.end()) for m in _SUPPLIER_PICTURES_RE.finditer(norm))


def _title_change(sentence: str) -> re.Match | None:
    return _firm(_TITLE_CHANGED_RE, normalize_text(sentence))


def title_change_said(sentences: list[str]) -> str | None:
    """The seller's sentence that says it changed the listing's title, as written; None when it says no such thing (a
    change only offered or promised is none: title_change_promised)."""
    return next((s for s in sentences if (m := _title_change(s)) and not _offered_only(normalize_text(s), m)), None)


def title_change_promised(sentences: list[str]) -> str | None:
    """The seller's sentence that offers or promises to change the listing's title ('we will change the title within 24
    hours'), as written: nothing changed yet."""
    return next((s for s in sentences if (m := _title_change(s)) and _offered_only(normalize_text(s), m)), None)


def title_change_shown(text: str | None) -> str | None:
    """What a seller's file says of a changed title ('Título actual del anuncio (modificado el 25/11/2026):' and the title on
    the line after it), as written, its lines joined; None when it says no such thing."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    for n, line in enumerate(lines):
        if _firm(_TITLE_CHANGED_RE, normalize_text(line)):
            return f"{line} {lines[n + 1]}" if line.endswith((":", "：")) and n + 1 < len(lines) else line
    return None


# Where a sentence ends inside a line of a seller's file ('...不含NORDVIK标识。标题未修改：...').
_SENTENCE_END_RE = re.compile(r"[.!?。！？]\s*")


def title_unchanged_shown(text: str | None) -> str | None:
    """What a seller's file says of a title it did not change ('标题未修改：“…”', 'Title not changed: "…"', 'El título no se ha
    modificado: …'), as written from that sentence's start to its line's end (with the title on the next line after a colon);
    None when it says no such thing, or says the title changed."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if title_change_shown(text):
        return None
    for n, line in enumerate(lines):
        norm = normalize_text(line)
        denied = next((m for m in _TITLE_CHANGED_RE.finditer(norm) if unsure_at(norm, *_verb_span(m), hedges=False)), None)
        if denied is None:
            continue
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(norm, 0, denied.start())]
        said = line[ends[-1]:] if ends and len(norm) == len(line) else line
        return f"{said} {lines[n + 1]}" if said.endswith((":", "：")) and n + 1 < len(lines) else said
    return None


# Our mark given up: the seller says it took the mark out of its listing ('deleted the word NORRVIK', 'NORRVIK的字样全部删除了',
# 'eliminado la palabra NORRVIK'), or promises not to use it again ('we will not use it again', '以后不会再用', 'no la
# volveremos a usar'). Against a trademark complaint that concedes the use complained of, as taking the goods down does.
_MARK_WORD = (r"(\b(words?|names?|brand( names?)?|trade ?marks?|marks?|logos?|keywords?|marca|palabra|nombre|marke|marchio|merek|jenama|marque|mot|kata)\b"
              r"|字样|商标|品牌|牌子|关键词|名字|标志)")
_MARK_REMOVED_RE = re.compile(
    rf"\b(remov|delet|took out|taken out|take out|dropp|strip|elimin|borr|quit|entfern|l[öo]sch|rimoss|tolt|hapus|buang|padam|retir|supprim|enlev)\w*\b[^.;]{{0,30}}{_MARK_WORD}"
    rf"|{_MARK_WORD}[^.;]{{0,40}}\b(removed|deleted|taken out|dropped|eliminad\w*|borrad\w*|quitad\w*|entfernt|gel[öo]scht|rimoss\w*|tolt\w*"
    r"|retir[ée]e?s?|supprim[ée]e?s?|enlev[ée]e?s?|dihapus|dibuang|dipadam|(sudah|telah) (kami |saya )?(hapus|buang|padam))\b"
    r"|(删除|删掉|去掉|去除|拿掉|删)了?[^。；，]{0,8}(字样|商标|品牌|牌子|关键词|trademark)|(字样|商标|品牌|牌子|关键词)[^。；]{0,8}(删除|删掉|去掉|去除|拿掉|删了)"
)
_NOT_AGAIN_RE = re.compile(
    r"\b(will|would|shall|wo)( not|n't| never)\b[^.;]{0,25}\b(use|put|write|mention)\b[^.;]{0,30}\b(again|anymore|any more|in (the )?future)\b"
    r"|\bnever (use|put|write)\b[^.;]{0,30}\bagain\b|\bno (la |lo |las |los )?(volveremos|vamos) a (usar|utilizar|poner)|\bno (usaremos|utilizaremos)\b"
    r"|\bnicht mehr (verwenden|benutzen|nutzen)|\bnon (lo |la )?(useremo|utilizzeremo) pi[uù]\b|\b(tidak|tak) akan (kami |saya )?(guna|gunakan|pakai|menggunakan)\w*\b[^.;]{0,25}\blagi\b"
    r"|\bn(e |')(l'|la |le |les )?(utiliserons|utiliserai|emploierons|mettrons) plus\b"
    r"|(以后|今后)?(不会|不再|再也不)(会)?再?(用|使用|写|出现)"
    # 'it will not happen again', 'no volverá a pasar', 'não voltará a acontecer', 'non succederà più', 'não vamos usar mais a marca'
    r"|\b(will|would|shall|wo)( not|n't| never)\b[^.;]{0,15}\bhappen again\b|\bno (volver[áa]|va) a (pasar|ocurrir|suceder)\b"
    r"|\bn[ãa]o (voltar[áa]|vai voltar) a (acontecer|suceder)\b|\bn[ãa]o (vamos|iremos|voltaremos a) (voltar a )?(usar|utilizar)\b"
    r"|\bnon (succeder[àa]|capiter[àa]|accadr[àa]) pi[uù]\b|\bnicht wieder vorkommen\b|\b(tidak|tak) akan berulang\b|不会再发生|不会再犯"
)


def _mark_as_word(norm: str, mark: str | None) -> str:
    """The sentence with our mark's own name read as a word for it ('deleted NORRVIK' as 'deleted the trademark')."""
    name = normalize_text(mark or "").strip()
    return norm.replace(name, " trademark ") if name else norm


def not_again_said(sentence: str) -> bool:
    """Whether a sentence promises not to use something again ('we will not use it again', '以后不会再用')."""
    return bool(_NOT_AGAIN_RE.search(normalize_text(sentence)))


def mark_given_up(sentences: list[str], mark: str | None) -> list[str]:
    """The seller's sentences that give up our mark, as written: it took the mark out of its listing, or promises not to use
    the mark again (the mark named, or the title said changed in its words), and with that promise the sentence saying it
    changed the title; empty when it says no such thing. A removal
    only offered or promised ('if needed we can delete the word') is none."""
    norms = [_mark_as_word(normalize_text(s), mark) for s in sentences]
    titled = any(_title_change(s) and not _offered_only(n, _title_change(s)) for s, n in zip(sentences, norms))
    promised = any(_NOT_AGAIN_RE.search(n) and (re.search(_MARK_WORD, n) or titled) for n in norms)
    out = []
    for sentence, norm in zip(sentences, norms):
        removed = _firm(_MARK_REMOVED_RE, norm)
        if removed and not _offered_only(norm, removed):
            out.append(sentence)
        elif _NOT_AGAIN_RE.search(norm) and (re.search(_MARK_WORD, norm) or titled):
            out.append(sentence)
        elif promised and (change := _title_change(sentence)) and not _offered_only(norm, change):
            out.append(sentence)  # 'we have changed the title to ...' beside 'we will not use your mark again': the mark taken out
    return out


# Our mark named with the pictures: a picture alone ('Screenshot of the listing title and photos') says nothing of our mark in it.
_MARK_NAMED_RE = re.compile(r"\blogo|\b(trade ?)?mark\b|\bbrand\b|\bmarca\b|\bmarke\b|\bmarchio\b|\bmerek\b|\bjenama\b|商标|品牌|标识|标志|图标|logo")


def image_point(complaint, sentences) -> str | None:
    """The sentence of our complaint (its statement, then its evidence) about our mark in the listing's pictures."""
    texts = [complaint.statement or ""] + [item.description or "" for item in complaint.evidence]
    brand = normalize_text(complaint.ip_right.name or "")
    return next((s for text in texts for s in sentences(text) if _IMAGE_POINT_RE.search(normalize_text(s))
                 and (_MARK_NAMED_RE.search(normalize_text(s)) or (brand and brand in normalize_text(s)))), None)


__all__ = ["image_point", "mark_given_up", "not_again_said", "part_conceded", "part_removed", "pictures_change_said", "removal_refused", "supplier_pictures_said", "title_change_promised", "title_change_said", "title_change_shown", "title_unchanged_shown"]
