"""What the seller *claims* about its documents, read from the counter-notice's own words.

A claim is never evidence: it is what the seller says ("有效期至2026年12月31日", "共计350个", "granted by the
owner"). The checks use claims only to avoid contradicting the seller silently: when a document does not show what
the seller says it shows, or cannot be read, the finding says what the seller claimed and what the document shows.
Each claim keeps the seller's own words for it exactly as written (`quote`, a part of the sentence), our reading of
them (`value`, a label of ours, never shown as the seller's words), and the sentence it came from (untrusted text,
escaped wherever it is shown). Figures are read, never made: two quantities are not added up, a model number is not a
quantity, and the seller's words are quoted, not reworded (`seller_says`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import PurePath

from pydantic import Field

from assistant.domain.appeals.agreement_with_us import granted_by_you, signed_with_us
from assistant.domain.appeals.evidence import (
    _NUMBER,
    owner_named,
    _UNIT,
    as_number,
    AUTHORIZATION_KINDS,
    PURCHASE_KINDS,
    AppealAttachment,
    AttachmentKind,
    days_and_months,
    find_dates,
    yearless_days,
    normalize_text,
    signature_state,
    quantity_as_written,
    stated_quantity,
    UNTIL_WORD,
    VALID_WORD,
    validity_period,
)
from assistant.domain.appeals.parties import NamedParty, PartyRole, leading_company, said_parties, seller_names, seller_parties
from assistant.domain.appeals.unsure_words import firm_part, unsure_at
from assistant.domain.legal_forms import is_legal_form_word
from assistant.domain.models import Model
from assistant.domain.untrusted_text import escape_untrusted

# Sentence ends in English and Chinese; a file name's dot is not one (it has no space after it), nor is the dot of
# a company's legal form or an abbreviation going on in lower case ("Acme Co., Ltd. is our licensor") or with a
# bracket ("Verano Textil S.A. (Spain) is our licensor"), nor that of a title or of 'No.' before a number ("Ms. Noor Aziz", "发票号码 No. 31002611，开票日期..."),
# nor a German day's before its month ('vom 12. Januar 2026'; a list's '1. Our lamp' still ends one).
_SENTENCE_END_RE = re.compile(
    r"(?<!\bNo\.)(?<!\bno\.)(?<!\bNO\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\b\d\.)(?<!\b\d\d\.)(?<=[.!?])\s+(?![a-z(（\[])"
    r"|(?:(?<=\b\d\.)|(?<=\b\d\d\.))\s+(?![a-z(（\[])(?!(?:Januar|Februar|M[äa]rz|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)\b)|(?<=[。！？；;])|\n+"
)
_PURCHASE_WORDS_RE = re.compile(
    r"invoice|receipt|purchase|contract|order|bought|\bimport(?!an)|\bimpor\b|发票|合同|采购|进货|进口|报关|收据|小票|购买|买了|买的|购入"
    r"|factura|ticket|albar[aá]n|recibo|compr[aéó]"
    r"|\b(?:mem|di)?beli\b|\binvois|\bfaktur|\bfattura|acquist|gekauft|\brechnung"  # Indonesian, Malay, Italian, German
)
_AUTHORISATION_WORDS_RE = re.compile(r"licen[cs]|authori[sz]|许可|授权")
# The same, in the other languages sellers write in too ('lettera di autorizzazione', 'carta de autorización', 'Lizenz').
_AUTHORISATION_ANY_RE = re.compile(r"licen[cszç]|authori[sz]|autori[sz]|lizenz|lisensi|vollmacht|kebenaran|许可|授权")
_GRANT_WORDS_RE = re.compile(r"from|by|granted|issued|signed|licensor|owner|由|来自|签发|授予")
# The same in the other languages sellers write in: a licence or authorisation (Spanish, Italian, French, German, Malay and
# Indonesian) and the words that say who gave, renewed or extended it ('renovado por', 'Nordvik renovó', 'rilasciata da',
# 'von ... verlängert').
_LICENCE_ELSEWHERE_RE = re.compile(r"licen[czç]|lizenz|lisensi|autori[sz]|vollmacht|kebenaran")
_GRANT_ELSEWHERE_RE = re.compile(
    r"\b(?:por|de parte de|otorgad\w*|concedid\w*|renovad\w*|firmad\w*|emitid\w*|da|dalla|dal|rilasciat\w*|concess\w*|rinnovat\w*"
    r"|firmat\w*|par|accord\w*|renouvel\w*|d[ée]livr\w*|sign[ée]\w*|von|vom|erteilt|verl[äa]ngert|ausgestellt|unterzeichnet"
    r"|renov[óo]|renovaron|otorg[óo]|otorgaron|concedi[óo]|prorrog[óo]|ampli[óo]|extendi[óo]|firm[óo]|emiti[óo]"
    r"|dari|oleh|diberikan|diperbaharui|diperpanjang|memperbaharui|melanjutkan|renewed|extended)\b"
)


class Claim(Model):
    """One thing the seller says about a document (or about its case), in our words, with the words it came from."""

    about: str = Field(description="What it concerns: validity, date, quantity, grantor, supplier, owner, buyer, signature, shoot_date (when the "
                       "photos were taken) or photographer.")
    attachment: int | None = Field(default=None, description="The attachment it is about (1-based), when the seller names it.")
    value: str = Field(
        description="Our reading of the claim, e.g. 'valid until 2027-12-31' (dates as YYYY-MM-DD): a label of ours, never "
        "shown as the seller's words (those are in quote)."
    )
    quote: str = Field(
        default="", description="The seller's own words for this claim, exactly as written (a part of words). Untrusted text."
    )
    valid_from: date | None = Field(default=None, description="For a validity claim: the first day the seller says it is valid.")
    valid_until: date | None = Field(default=None, description="For a validity claim: the last day the seller says it is valid.")
    valid_until_written: str = Field(
        default="", description="For a validity claim: the seller's words for its last day, exactly as written ('2027', '31 Desember "
        "2027'), when read from a 'valid until' in the seller's language. Untrusted text."
    )
    valid_until_year: int | None = Field(
        default=None, description="For a validity claim that names no day: the year the seller gives ('sampai 2027'); never made a day."
    )
    valid_until_month: int | None = Field(
        default=None, description="For a validity claim that names a month but no day: that month (with valid_until_year)."
    )
    day: date | None = Field(default=None, description="For a date claim: the date the seller gives the document.")
    quantity: int | None = Field(
        default=None, description="For a quantity claim: the figure the seller gives, when it gives one (a total, or a single figure)."
    )
    party: str | None = Field(
        default=None, description="For a grantor, supplier or owner claim: the company the seller names, as written. Untrusted text."
    )
    says_owner: bool = Field(default=False, description="For a party claim: the seller also calls that company the brand owner.")
    words: str = Field(description="The seller's sentence it was read from. Untrusted text.")


# Words whose full stop does not end a sentence: titles before a name ("Ms. Ingrid Holm"), "No. 12", an initial
# ("J. Smith"). A company's legal form is read by ends_in_legal_form.
# (and the short words a list or a figure goes on after: 'all marketplaces incl. AliExpress', 'e.g. Lazada', 'ca. 200 Stück')
_ABBREVIATION_RE = re.compile(
    r"(?:^|[\s(])(?:mr|mrs|ms|mx|dr|prof|messrs|mme|mlle|hr|fr|sr|jr|st|no|nos|nr|ref|reg|tel|approx|vs|art|incl|inkl|excl|exkl|bzw|ca"
    r"|cf|vgl|esp|resp|ecc|dll|dsb|e\.g|i\.e|z\.b|d\.h|u\.a|[a-z])\.$", re.I)

_CAPITAL_WORD_RE = re.compile(r"[A-Z][A-Za-z]*\.")


def ends_in_legal_form(text: str) -> bool:
    """Whether ``text`` ends with a company's legal form and its full stop ('Brisa Shoes Co., Ltd.', 'Brisa Calzados S.L.',
    'Acme Inc.'): the stop is the name's, so the sentence goes on unless a new one starts after it in capitals ('... Co.,
    Ltd. 出具', '... S.L. puede vender' go on; 'Somos Perfumería Cardenal S.L. Nuestra carta ...' is two sentences). A form
    is written with a capital after a name in capitals or another form (the legal forms are cleanco's, through
    assistant/domain/legal_forms.py); 'as.' or 'in the EU.' end sentences."""
    words = text.rstrip().split()
    if len(words) < 2 or not words[-1].endswith("."):
        return False
    form, before = words[-1].lstrip("(（[\"'“‘"), words[-2].rstrip(",")
    return form[:1].isupper() and is_legal_form_word(form) and (before[:1].isupper() or is_legal_form_word(before))


def sentences(text: str) -> list[str]:
    """The counter-notice (or a document's line) cut into sentences (English and Chinese punctuation, and line breaks),
    never after a title or an initial before a name, nor after a company's legal form."""
    text = text or ""
    out, start = [], 0
    for boundary in _SENTENCE_END_RE.finditer(text):
        before = text[start : boundary.start()]
        # 'Saffira Beauty Sdn. Bhd.': a second legal form with its own stop ('Bhd.', 'Ltd.') goes on with the name, capital and all.
        following = _CAPITAL_WORD_RE.match(text, boundary.end())
        name_goes_on = ends_in_legal_form(before) and (not text[boundary.end():boundary.end() + 1].isupper()
                                                       or bool(following and is_legal_form_word(following.group())))
        if boundary.group().strip(" \t") == "" and boundary.group() and (_ABBREVIATION_RE.search(before) or name_goes_on):
            continue  # "Ms. Ingrid Holm", "Brisa Shoes Co., Ltd. 出具": the sentence goes on
        out.append(before)
        start = boundary.end()
    out.append(text[start:])
    return [s.strip() for s in out if s and s.strip()]


def _stem(name: str) -> str:
    return normalize_text(PurePath(name).stem)


def _attachment_named(sentence: str, attachments: list[tuple[int, AppealAttachment, AttachmentKind]]) -> int | None:
    """The attachment a sentence is about: named by file name, else the only attachment of the kind it mentions."""
    norm = normalize_text(sentence)
    for index, attachment, _ in attachments:
        stem = _stem(attachment.name)
        if len(stem) >= 3 and (normalize_text(attachment.name) in norm or stem in norm):
            return index
    for words, kinds in ((_AUTHORISATION_WORDS_RE, AUTHORIZATION_KINDS), (_PURCHASE_WORDS_RE, PURCHASE_KINDS)):
        if words.search(norm):
            of_kind = [index for index, _, kind in attachments if kind in kinds]
            if len(of_kind) == 1:
                return of_kind[0]
    return None


def _within(norm: str, words: str, at: int) -> bool:
    """Whether position ``at`` of a normalised sentence falls inside the seller's ``words`` in it."""
    start = norm.find(normalize_text(words))
    return 0 <= start <= at < start + len(normalize_text(words))


def attachment_near(sentence: str, attachments: list[tuple[int, AppealAttachment, AttachmentKind]], words: str,
                    papers: tuple[tuple[re.Pattern[str], int], ...] = ()) -> int | None:
    """The attachment the seller's ``words`` in ``sentence`` are about: in a sentence that names several documents (by
    file name, or the only one of a kind by its word in any language), the one named nearest those words. In 'la lettera
    di autorizzazione firmata ..., valida fino al 31/12/2027 ..., e la fattura' the signature and the validity are the
    letter's, never the invoice's. ``papers`` adds the words for another paper the caller knows (a catalogue: the one
    attachment that is one). Else as _attachment_named."""
    norm = normalize_text(sentence)
    named: list[tuple[int, int]] = []  # (where in the sentence, which attachment)
    for index, attachment, _ in attachments:
        stem = _stem(attachment.name)
        for name in {normalize_text(attachment.name), stem} if len(stem) >= 3 else ():
            named += [(m.start(), index) for m in re.finditer(re.escape(name), norm)]
    for kind_words, kinds in ((_AUTHORISATION_ANY_RE, AUTHORIZATION_KINDS), (_PURCHASE_WORDS_RE, PURCHASE_KINDS)):
        of_kind = [index for index, _, kind in attachments if kind in kinds]
        if len(of_kind) == 1:
            named += [(m.start(), of_kind[0]) for m in kind_words.finditer(norm)]
    for paper_words, index in papers:
        named += [(m.start(), index) for m in paper_words.finditer(norm)]
    where = norm.find(normalize_text(words))
    if len({index for _, index in named}) < 2 or where < 0:
        return _attachment_named(sentence, attachments) or (named[0][1] if named and papers else None)
    return min(named, key=lambda n: abs(n[0] - where))[1]


def _past_salutation(counter_notice: str, sentence: str) -> str:
    """The sentence without the text's opening salutation when it starts the text ('Spett.le Velaro Sport S.p.A., ...',
    'Dear Velaro team, ...'): whom the seller writes to is never the party it says granted its licence."""
    from assistant.domain.appeals.addressee import opening

    head = opening(counter_notice)
    stripped = sentence.lstrip()
    return stripped[len(head):] if head and stripped.startswith(head) and counter_notice.lstrip().startswith(stripped[: len(head)]) else sentence


def _grantor_claims(counter_notice: str, sentence: str, about: int | None, owners: list[str], brand: str) -> list[Claim]:
    """The owner as the one the seller says granted its licence in a sentence about one: addressed as 'you' ('signed by
    your Mr. Keller', '贵公司的授权经销商'), or named with a word of granting."""
    if not owners:
        return []
    if granted_by_you(sentence):
        return [Claim(about="grantor", attachment=about, value=f"granted by the rights owner ({owners[0]} in our records)",
                      quote=_clause(sentence, granted_by_you), words=sentence)]
    norm = normalize_text(sentence)
    if not (_GRANT_WORDS_RE.search(norm) or _GRANT_ELSEWHERE_RE.search(norm)):
        return []
    for owner in owners:
        # The name is matched without its legal form, so our reading names the owner as our records do and never puts
        # that spelling in the seller's mouth (the seller's own words are the quote). A sentence that names its licensor
        # as a company is read as written instead (party_claims).
        if owner_named(_past_salutation(counter_notice, sentence), owner, brand):
            return [Claim(about="grantor", attachment=about, value=f"granted by the rights owner ({owner} in our records)",
                          quote=_clause(sentence, lambda c, o=owner: owner_named(c, o, brand)), words=sentence)]
    return []


def read_claims(
    counter_notice: str, attachments: list[tuple[int, AppealAttachment, AttachmentKind]], owners: list[str],
    message_day: date | None = None, brand: str = "",
) -> list[Claim]:
    """What the seller says its documents show: validity, dates, quantities, who granted a licence or sold the goods
    and who owns the brand (each company as the seller writes it), signatures; each with the seller's words. A day
    given without its year ('on 5 September') is the latest such day up to ``message_day``, the day of the message."""
    claims: list[Claim] = []
    parties = party_claims(counter_notice, attachments)
    named_in = {c.words for c in parties if c.about == "grantor"}
    for sentence in sentences(counter_notice):
        norm = normalize_text(sentence)
        about = _attachment_named(sentence, attachments)
        authorisation = bool(_AUTHORISATION_WORDS_RE.search(norm))
        purchase = bool(_PURCHASE_WORDS_RE.search(norm))
        if authorisation or _DOCUMENT_WORDS_RE.search(norm):
            validity = _validity_claim(sentence)
            if validity:
                # A period of validity is a licence's or an authorisation's: the only one attached, when the seller names none.
                near = attachment_near(sentence, attachments, validity.quote)
                claims.append(validity.model_copy(update={"attachment": near or _only_of(attachments, AUTHORIZATION_KINDS)}))
        # The owner named rather than addressed counts where no paper is named beside it: only then is the claim unshown.
        if (signed_with_us(sentence) or (about is None and signed_with_us(sentence, owners, brand))) and owners and sentence not in named_in:
            # 'a distribution agreement with your company': the owner, addressed as 'you', is the one the seller says granted it.
            claims.append(Claim(about="grantor", attachment=about, value=f"granted by the rights owner ({owners[0]} in our records)",
                                quote=_clause(sentence, lambda c: signed_with_us(c, owners, brand)), words=sentence))
        # A licence the seller says it does not claim or lacks ('Wir behaupten auch nicht, dass wir eine Lizenz von Brightwell
        # haben', 'não temos nenhuma autorização da Nordvik') names no grantor: only what the sentence says as a fact is read
        # (unsure_words.firm_part).
        elif (_AUTHORISATION_WORDS_RE.search(firm := firm_part(norm)) or _LICENCE_ELSEWHERE_RE.search(firm)) and _AUTHORISATION_ANY_RE.search(firm):
            if sentence not in named_in:
                claims += _grantor_claims(counter_notice, sentence, about, owners, brand)
        if not purchase:  # a count sold, said in a sentence of its own ('Ya hemos vendido 600 unidades')
            claims += [c for c in quantity_claims(sentence) if c.about == "sold"]
        if purchase:
            claims += _purchase_claims(sentence, authorisation, _only_of(attachments, PURCHASE_KINDS) if authorisation else about, message_day)
        if (authorisation or purchase) and signature_state(sentence, needs_both_parties=False):
            quote = _clause(sentence, lambda c: bool(signature_state(c, needs_both_parties=False)))
            claims.append(Claim(about="signature", attachment=attachment_near(sentence, attachments, quote), value="signed or sealed", quote=quote,
                                words=sentence))
    return claims + parties + photo_claims(counter_notice)


def _purchase_claims(sentence: str, authorisation: bool, bought: int | None, message_day: date | None) -> list[Claim]:
    """What a sentence that argues a purchase says of its paper (attachment ``bought``, when known): its date, its count of
    goods and the buyer the seller copies from the paper's fields ('Cliente Hogar Martínez S.L.')."""
    claims: list[Claim] = []
    # A purchase's date, also in a sentence that speaks of an authorised distributor (从品牌授权经销商...进货, 开票日期...)
    # as long as it gives no period of validity.
    if not authorisation or not any(validity_period(sentence)):
        # A day inside the words of a validity ('valida fino al 31/12/2027') is the validity's, never a purchase's.
        until, norm = _validity_claim(sentence), normalize_text(sentence)
        dates = [d for d in find_dates(sentence) or (yearless_days(sentence, message_day) if message_day else [])
                 if not (until and _within(norm, until.quote, d.start))]
        if dates:
            claims.append(Claim(about="date", attachment=bought, value=f"dated {dates[0].value}", day=dates[0].value,
                                quote=_span(sentence, dates[0].start, dates[0].end), words=sentence))
    # A count of goods is about the purchase, even in a sentence that also speaks of a licence; a count sold is about no paper.
    claims += [claim.model_copy(update={"attachment": bought if claim.about == "quantity" else None}) for claim in quantity_claims(sentence)]
    return claims + [Claim(about="buyer", attachment=bought, value=f"made out to '{name}'", quote=name, party=name, words=sentence)
                     for name in said_parties(sentence, PartyRole.BUYER) if name in sentence]


# --- What the seller says of its photos: when they were taken and by whom ---------------------------------------------

# A sentence about taking the photos: a word for taking them ('shot', 'took', '拍摄', '拍的') and one for pictures.
_SHOOT_WORD_RE = re.compile(r"\b(?:shot|shoot|taken|took|photographed|captured|fotografiad[oa]s|tomad[oa]s|scattat[ei]|diambil)\b|拍摄|拍的|拍了|摄于|自拍|拍照")
_PICTURE_WORD_RE = re.compile(r"\b(?:photo\w*|pictures?|images?|pics?|fotos?|fotograf\w+|im[aá]gen(?:es)?|immagini|gambar|foto)\b|图|照片|摄")
# A year alone, with the word before it ('in 2024', 'en 2024', 'nel 2024', 'pada 2024', 'tahun 2024', '2024年').
_SHOOT_YEAR_RE = re.compile(r"\b(?:in|en|nel|pada|tahun)\s+(?:19|20)\d{2}\b(?!\s*[-/.年]\s*\d)|(?<!\d)(?:19|20)\d{2}\s*年(?!\s*\d)")
# The common Chinese family names (single and double): a Chinese name after 摄影师 starts with one ('摄影师王磊'), so
# the words that follow the word and are no name ('摄影师的证明', '摄影师出具的证明') are never read as one. Names that are
# also everyday words after 摄影师 ('和', '向', '关于', '包括', '方面') are left out: a name missed is better than a word misread.
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾"
    "夏韦付傅白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷"
    "詹申欧耿兰焦俞左柳甘祝宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司"
    "卓古吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝"
)
_ZH_DOUBLE_SURNAMES = "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|南宫|西门"
# The photographer the seller names: capitalised words after the word (in Chinese, a family name and one to three
# characters after 摄影师, up to the verb or particle after them).
_PHOTOGRAPHER_RE = re.compile(
    r"\b(?i:photographer|fot[oó]graf[oa]|fotografer|jurugambar)\s*(?:[,:]\s*|(?:is|was|named|called|es|era|adalah)\s+)?"
    r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    rf"|摄影师(?:是|为|[:：])?\s*(?P<zh>(?:{_ZH_DOUBLE_SURNAMES}|[{_ZH_SURNAMES}])[\u4e00-\u9fff·]{{1,3}}?)"
    # The name ends before a verb or a particle ('摄影师王磊签了合同' names 王磊, never '王磊签了'): the shortest name that one follows.
    r"(?=$|[^\u4e00-\u9fff·]|拍|在|于|的|和|与|负责|签|了|盖|给|帮|替|为|已|也|都|就|说|等|提供|出具|授权|同意|确认|用|把|将|从|向|对|跟|同)"
)


def photo_claims(counter_notice: str) -> list[Claim]:
    """When the seller says its photos were taken (a day, a month or a year, as written; never the letter's own date, which
    is no sentence about taking them) and the photographer it names, each with the seller's words."""
    claims: list[Claim] = []
    for sentence in sentences(counter_notice):
        norm = normalize_text(sentence)
        if not (_SHOOT_WORD_RE.search(norm) and _PICTURE_WORD_RE.search(norm)) and not _PHOTOGRAPHER_RE.search(sentence):
            continue
        if _SHOOT_WORD_RE.search(norm):
            shoot = [m.start() for m in _SHOOT_WORD_RE.finditer(norm)]
            said = days_and_months(sentence)
            if said:
                near = min(said, key=lambda d: min(min(abs(d.start - w), abs(d.end - w)) for w in shoot))
                value = (f"photos taken in {near.value.year}-{near.value.month:02d} (no day given)" if near.month_only
                         else f"photos taken on {near.value}")
                claims.append(Claim(about="shoot_date", value=value, quote=near.written if near.written in sentence else sentence,
                                    day=None if near.month_only else near.value, words=sentence))
            else:
                year = _SHOOT_YEAR_RE.search(sentence)
                if year:
                    digits = re.search(r"\d{4}", year.group(0)).group(0)
                    claims.append(Claim(about="shoot_date", value=f"photos taken in {digits} (no day given)", quote=year.group(0).strip(),
                                        words=sentence))
        for match in _PHOTOGRAPHER_RE.finditer(sentence):
            name = (match.group("name") or match.group("zh") or "").strip()
            if name:
                claims.append(Claim(about="photographer", value="taken by the photographer it names", quote=name, words=sentence))
    return claims


# A document the seller speaks of, in the languages sellers write: a licence, an authorisation, a certificate, a letter,
# an agreement ('sijil', 'surat', 'sertifikat', 'carta', 'lettera', '证书', '协议'). A 'valid until' said of one of them is a
# claim about the seller's document; said of a trademark alone it is not.
_DOCUMENT_WORDS_RE = re.compile(
    r"licen[cs]|authori[sz]|autori[zs]|certifica|sertifi|\bsijil|\bletter|\bcarta\b|lettera|\bsurat\b|agreement|contract|contrat"
    r"|perjanjian|kontrak|documento?|dokumen|permit|izin|证书|证明|授权|许可|协议|合同|文件"
)

# A 'valid until' in the seller's language (evidence.VALID_WORD, UNTIL_WORD), up to where its last day begins: 'valid until',
# 'in force until', 'masih berlaku sampai', 'valid sampai', 'berlaku hingga', 'válida hasta el', 'valida fino al', 'gültig bis',
# 'válida até', '有效期至'. The day
# itself is read by the date reader, then by dateparser (its month names in many languages), else a year alone.
_VALID_UNTIL_RE = re.compile(
    rf"(?:\b{VALID_WORD}\b|有效期?)(?:\s+[^\s,;，；。]+){{0,2}}?\s*"
    rf"(?:\b{UNTIL_WORD}(?!\w)|至|到|截至)\s*[:：]?\s*(?:(?:el|il|la|the|dengan|tanggal|o|le)\s+)?",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b(?!\s*[-/.]\s*\d)(?:\s*年(?!\s*\d))?|(?<!\d)(?:19|20)\d{2}\s*年(?!\s*\d)")
_WHEN_END_RE = re.compile(r"[,;，；。()（）\n]")
_DATEPARSER_LANGUAGES = ["en", "id", "ms", "es", "it", "pt", "fr", "de"]


def said_until(sentence: str) -> tuple[str, date | None, int | None, int | None, int, int] | None:
    """The last day of validity a sentence gives after a 'valid until' in any of the sellers' languages: (its words as
    written, the day, or else the year and the month it names, where the words start and end). A year alone stays a year,
    a month a month: neither is made a day. None when no 'valid until' is followed by a date."""
    for cue in _VALID_UNTIL_RE.finditer(sentence):
        start = cue.end()
        end = _WHEN_END_RE.search(sentence, start)
        when = sentence[start : end.start() if end else len(sentence)]
        if len(normalize_text(when)) != len(when):
            continue  # positions would not map back to the seller's words
        dates = find_dates(when)
        if dates and dates[0].start <= 1:
            return when[dates[0].start : dates[0].end].strip(), dates[0].value, None, None, start + dates[0].start, start + dates[0].end
        year = _YEAR_RE.search(when)
        if not year or year.start() > 30:
            continue
        words = when[: year.end()].strip()
        if words == year.group(0).strip():
            return words, None, int(words[:4]), None, start, start + year.end()
        import dateparser  # month names in the sellers' languages, offline; loaded only when the date patterns read none

        settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "last"}
        day = dateparser.parse(words, languages=_DATEPARSER_LANGUAGES, settings={**settings, "REQUIRE_PARTS": ["day", "month", "year"]})
        if day:
            return words, day.date(), None, None, start, start + year.end()
        month = dateparser.parse(words, languages=_DATEPARSER_LANGUAGES, settings={**settings, "REQUIRE_PARTS": ["month", "year"]})
        if month:
            return words, None, month.year, month.month, start, start + year.end()
    return None


def _validity_claim(sentence: str) -> Claim | None:
    """The seller's claim of when its document is valid: the period the document reader reads in the sentence, else a
    'valid until' in the seller's language with its last day as written. A month or a year without a day stays one (the
    document reader would make 'June 2029' its last day)."""
    said = said_until(sentence)
    start, end = validity_period(sentence) if said is None or said[1] is not None else (None, None)
    if start or end:
        value = " ".join(p for p in (f"valid from {start}" if start else "", f"valid until {end}" if end else "") if p)
        quote = _clause(sentence, lambda c: any(validity_period(c)))
        if len(quote) > _SHORT:  # a long clause: the dates themselves, from the first to the last, as written
            dates = find_dates(sentence)
            quote = _span(sentence, dates[0].start, dates[-1].end) if dates else quote
        # The last day as the seller wrote it, when the period's end is the day it wrote ('31 Desember 2027').
        written = said[0] if said is not None and said[1] == end else ""
        return Claim(about="validity", value=value, quote=quote, valid_from=start, valid_until=end, valid_until_written=written,
                     words=sentence)
    if said is None:
        return None
    written, day, year, month, begins, ends = said
    value = f"valid until {day}" if day else f"valid until {year}-{month:02d} (no day given)" if month else f"valid until {year} (no day given)"
    quote = _clause(sentence, lambda c: said_until(c) is not None)
    if len(quote) > _SHORT:
        cue = _VALID_UNTIL_RE.search(sentence)
        quote = sentence[cue.start() if cue else begins : ends]
    return Claim(about="validity", value=value, quote=quote, valid_until=day, valid_until_written=written, valid_until_year=year,
                 valid_until_month=month, words=sentence)


def until_differs(claim: Claim, shown: date) -> bool:
    """Whether a validity claim's last day differs from the document's ``shown``, compared as exactly as the seller gave it:
    a day with the day, a month with the month, a year alone with the year."""
    if claim.valid_until is not None:
        return claim.valid_until != shown
    if claim.valid_until_year is None:
        return False
    return claim.valid_until_year != shown.year or (claim.valid_until_month is not None and claim.valid_until_month != shown.month)


def until_as_written(claim: Claim) -> str | None:
    """The seller's last day as it wrote it, quoted ('2027'; '31 Desember 2027' (2027-12-31)), when the claim keeps it."""
    if not claim.valid_until_written:
        return None
    quoted = f"'{escape_untrusted(claim.valid_until_written)}'"
    return f"{quoted} ({claim.valid_until.isoformat()})" if claim.valid_until and claim.valid_until_written != claim.valid_until.isoformat() else quoted


def _only_of(attachments: list[tuple[int, AppealAttachment, AttachmentKind]], kinds) -> int | None:
    of_kind = [index for index, _, kind in attachments if kind in kinds]
    return of_kind[0] if len(of_kind) == 1 else None


# A quantity the seller states: a figure and its unit ("350个", "90 pairs"). A unit character that begins a word is
# not a unit ("45双肩包" is a model-45 backpack, "6个月" six months).
_SAID_QTY_RE = re.compile(rf"({_NUMBER})\s*{_UNIT}(?![a-z])(?!肩|月|工作日|小时)")
# What makes one of several figures the total ("共计350个", "a total of 300 pieces", "300 pieces in total").
_TOTAL_BEFORE_RE = re.compile(r"(?:共计|合计|总计|总共|一共|共|total(?: of)?|in all)\s*[:：]?\s*$")
_TOTAL_AFTER_RE = re.compile(r"^\s*(?:in total|in all|altogether)")


# A count of goods the seller says it sold, not bought ('500 unit sudah dijual', '已售出800件', 'hemos vendido 600 unidades',
# '300 Stück verkauft'): the word of selling just before the figure or just after its unit.
_SOLD = (r"\bsold\b|\bvendid[oa]s?\b|\bvendut[oaie]\b|\bvendus?\b|\bvendues?\b|\bverkauft\b|\bdijual\b|\bterjual\b"
         r"|已售出?|已卖出?|卖了|卖出了?|售出了?|销售了|已销售")
_SOLD_BEFORE_RE = re.compile(rf"(?:{_SOLD})\s*(?:out\s+)?(?:about|around|over|more than|some|nearly|almost|unos|unas|m[aá]s de|oltre|circa|[uü]ber"
                             r"|rund|sekitar|lebih dari|hampir|约|大约|超过|近)?\s*$")
_SOLD_AFTER_RE = re.compile(r"^\s*(?:(?:of (?:them|these|it)|so far|already|in total|sudah|telah|bereits|schon|gi[àa]|ya|已经|已)\s*)*"
                            r"(?:(?:have|has) been |were |been |sind |wurden |sono stati |sono state |fueron |han sido |ont [ée]t[ée] )?"
                            rf"(?:{_SOLD})")


def _sold_span(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the seller's words say the figure at ``norm[start:end]`` was sold, with the figure: the span from the word of
    selling to the unit (or the other way round); None when they do not say so, or say it negated or hedged."""
    before = _SOLD_BEFORE_RE.search(norm[max(0, start - 30) : start])
    after = _SOLD_AFTER_RE.match(norm[end:]) if before is None else None
    if before is None and after is None:
        return None
    span = (max(0, start - 30) + before.start(), end) if before else (start, end + after.end())
    # Only the words up to the figure sold can deny it ('we have not sold 500', never '... sold 600 units without a complaint').
    return None if unsure_at(norm[: span[1]], *span) else span


def quantity_claims(sentence: str) -> list[Claim]:
    """The quantities the seller states in a sentence, each exactly as written and never added up: the total it names,
    else its single figure (both compared with the documents), else each figure as written (several models or
    batches: which the documents should match is not said, so none is compared). A count it says it sold is read as sold
    (about 'sold'), never as its paper's quantity: units sold are not units bought."""
    norm = normalize_text(sentence)
    found, sold, sold_said = [], [], False
    for match in _SAID_QTY_RE.finditer(norm):
        said_sold = _sold_span(norm, match.start(), match.end())
        if said_sold or _SOLD_BEFORE_RE.search(norm[max(0, match.start() - 30) : match.start()]) or _SOLD_AFTER_RE.match(norm[match.end():]):
            sold_said = True
            if said_sold:  # a count sold said firmly; one negated or hedged ('we may have sold 500') is no figure at all
                sold.append(Claim(about="sold", value=f"sold {as_number(match.group(1))}", quantity=as_number(match.group(1)),
                                  quote=_span(sentence, *said_sold), words=sentence))
            continue
        cue = _TOTAL_BEFORE_RE.search(norm[max(0, match.start() - 12) : match.start()])
        total = bool(cue) or bool(_TOTAL_AFTER_RE.match(norm[match.end() :]))
        start = match.start() - len(cue.group(0)) if cue else match.start()
        found.append((total, as_number(match.group(1)), _span(sentence, start, match.end())))
    if not found and not sold_said:  # a count of the goods by name ('we bought 400 backpacks'), as the document reader reads it
        figure = stated_quantity(sentence)
        written = quantity_as_written(sentence, figure) if figure else None
        found = [(False, figure, written if written and written in sentence else sentence)] if figure else []
    totals = [f for f in found if f[0]]
    chosen = totals[:1] if totals else found if len(found) == 1 else []
    if chosen:
        _, figure, quote = chosen[0]
        return sold + [Claim(about="quantity", value=f"quantity {figure}", quantity=figure, quote=quote, words=sentence)]
    return sold + [Claim(about="quantity", value=f"quantity as written: {quote}", quote=quote, words=sentence) for _, _, quote in found]


def _span(sentence: str, start: int, end: int) -> str:
    """The seller's words between two positions of its normalised text; the whole sentence when normalising changed
    the text's length (positions would not map back)."""
    return sentence[start:end].strip() if len(normalize_text(sentence)) == len(sentence) else sentence


_SHORT = 100  # a clause longer than this is cut down to the figures it holds

# Where a sentence's clauses end: commas and semicolons (not a digit group's comma), brackets.
_CLAUSE_END_RE = re.compile(r"[，；;、（）()：]|[,:](?=\s)")


def _clause(sentence: str, holds) -> str:
    """The seller's clause a claim rests on, exactly as written: the first clause of the sentence for which ``holds``
    is true, else the whole sentence."""
    return next((c.strip() for c in _CLAUSE_END_RE.split(sentence) if c.strip() and holds(c)), sentence)


def seller_says(claims: list[Claim]) -> str:
    """'the seller writes “有效期至2026年12月31日”' for the claims given (each quote once), or nothing: the seller's words,
    never our reading of them."""
    quotes = list(dict.fromkeys(c.quote or c.words for c in claims))
    return f"the seller writes {' and '.join(f'“{q}”' for q in quotes)}" if quotes else ""


# What a party claim says, in our words around the company's name as the seller writes it.
_PARTY_CLAIMS = {
    PartyRole.LICENSOR: ("grantor", "granted by '{name}'"),
    PartyRole.SUPPLIER: ("supplier", "supplied by '{name}'"),
    PartyRole.OWNER: ("owner", "'{name}' owns the brand"),
}


# Who the goods came from, in a sentence that argues a purchase: a company after 'from' in the sellers' languages (from,
# al/a/de/del, da/dal/dalla/presso, dari/daripada, von/bei), perhaps after a word or two for what it is ('the
# manufacturer,', 'el fabricante', 'il produttore', 'pengilang'); in Chinese after 从/向 and such a word (品牌方, 厂家).
# Never 'a' or 'de' ('we bought a Kobalt Haus GmbH knife block', 'cremas de Oliveto S.r.l.': the maker, not the seller); the
# Spanish 'a' (compramos ... a Solara S.L.) is the parties reader's, after a verb of buying.
_SOURCE_RE = re.compile(
    r"\b(?i:from|al|dal|dalla|dallo|presso|dari|daripada|von|bei)\s+(?:(?:the|el|la|il|lo|its|their|our|pihak)\s+)?"
    r"(?:[a-záéíóúàèìòùçñü'’-]+,?\s+){0,2}"
)
# In Chinese: 从/向/自 and the company, perhaps after the word for its role ('从专利权人桜工業Co., Ltd.直接采购').
_CJK_SOURCE_RE = re.compile(r"(?:从|向|自)\s*")
_CJK_SOURCE_ROLE_RE = re.compile(r"^(?:品牌方|品牌商|品牌所有人|商标权人|商标所有人|商标持有人|著作权人|版权方|版权所有人|专利权人|权利人|授权方|许可方|生产厂家|厂家|厂商|制造商|生产商|工厂|总公司|官方)")


# An Indonesian company's legal form comes first ('PT Sinar Jaya Abadi', 'CV Maju Bersama'): the name is the capitalised
# words after it.
_FORM_FIRST_RE = re.compile(r"(?:PT|CV)\.?\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5}(?:\s+Tbk\.?)?")


def _company_at(text: str) -> str | None:
    """The company a text starts with: up to its legal form, or led by one (PT, CV)."""
    first = _FORM_FIRST_RE.match(text)
    return first.group(0).rstrip(".") if first else leading_company(text)


def _purchase_sources(counter_notice: str, named: set[str]) -> list[NamedParty]:
    """Companies the goods came from, named in the seller's sentences that argue a purchase (read as the grounds are read),
    other than those already named in a role and the seller itself."""
    from assistant.domain.appeals.grounds import keyword_classes  # the grounds' reading of a sentence (grounds reads claims' sentences)

    own = set(seller_names(counter_notice))
    found, at = [], 0
    for sentence in sentences(counter_notice):
        start = counter_notice.find(sentence, at)
        at = max(at, start + len(sentence)) if start >= 0 else at
        if start < 0 or "purchase_invoice" not in keyword_classes(sentence):
            continue
        for cue in [*_SOURCE_RE.finditer(sentence), *_CJK_SOURCE_RE.finditer(sentence)]:
            rest = sentence[cue.end():]
            role = _CJK_SOURCE_ROLE_RE.match(rest) if cue.re is _CJK_SOURCE_RE else None
            name = _company_at(rest[role.end():] if role else rest)
            # A legal form in lower case is a word ('the brand's Asia Pacific company'), not a company's name.
            if name and not name.split()[-1][:1].islower() and not any(name in n or n in name for n in named | own):
                named.add(name)
                found.append(NamedParty(PartyRole.SUPPLIER, name, start + sentence.find(name, cue.end())))
    return found


def _without_role_word(name: str) -> str:
    """A Chinese company's name without the word for its role written before it ('品牌方宁波海澜厨具有限公司' -> the company)."""
    bare = _CJK_SOURCE_ROLE_RE.sub("", name)
    return bare if bare != name and leading_company(bare) == bare else name


def party_claims(counter_notice: str, attachments: list[tuple[int, AppealAttachment, AttachmentKind]]) -> list[Claim]:
    """The companies the seller names as licensor, supplier or brand owner, each with the sentence it is named in."""
    spans, at = [], 0
    for sentence in sentences(counter_notice):
        start = counter_notice.find(sentence, at)
        spans.append((start, start + len(sentence), sentence))
        at = max(at, start + len(sentence)) if start >= 0 else at
    claims = []
    parties = [replace(p, name=_without_role_word(p.name)) for p in seller_parties(counter_notice)]
    parties += _purchase_sources(counter_notice, {p.name for p in parties})
    for party in sorted(parties, key=lambda p: p.start):
        sentence = next((s for start, end, s in spans if start <= party.start < end), party.name)
        about, value = _PARTY_CLAIMS[party.role]
        owner = " (called the brand owner)" if party.says_owner and party.role is not PartyRole.OWNER else ""
        quote = party.name if party.name in sentence else sentence
        attachment = _attachment_named(sentence, attachments)
        if party.role is PartyRole.SUPPLIER and not any(i == attachment and k in PURCHASE_KINDS for i, _, k in attachments):
            attachment = _only_of(attachments, PURCHASE_KINDS)  # who sold the goods is a purchase document's party
        claims.append(Claim(about=about, attachment=attachment, value=value.format(name=party.name) + owner,
                            quote=quote, party=party.name, says_owner=party.says_owner, words=sentence))
    return claims


def kinds_spoken_of(sentence: str) -> frozenset[frozenset[AttachmentKind]]:
    """The families of papers a sentence speaks of: authorisations ('our authorisation letter signed by ...'), purchase
    papers ('your invoice RE-2026-0915 for 200 pcs'), both or neither."""
    norm = normalize_text(sentence)
    return frozenset(kinds for words, kinds in ((_AUTHORISATION_ANY_RE, AUTHORIZATION_KINDS), (_PURCHASE_WORDS_RE, PURCHASE_KINDS))
                     if words.search(norm))


def claims_about(claims: list[Claim], about: str, index: int, kinds_match: bool) -> list[Claim]:
    """The seller's claims of one sort about attachment ``index`` (or about no named attachment, when its kind fits)."""
    return [c for c in claims if c.about == about and (c.attachment == index or (c.attachment is None and kinds_match))]


__all__ = ["Claim", "attachment_near", "claims_about", "ends_in_legal_form", "kinds_spoken_of", "party_claims", "photo_claims", "quantity_claims", "read_claims", "said_until", "seller_says", "sentences", "until_as_written",
           "until_differs"]
