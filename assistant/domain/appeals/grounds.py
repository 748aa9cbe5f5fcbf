"""What a seller's counter-notice argues, and which of its lines try to instruct an automated reader.

Both readings are deterministic (regular expressions in English and Chinese over normalised text). The seller's
text is data: detecting an instruction only produces a finding; nothing here or downstream acts on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from assistant.domain.appeals.chinese_meaning import chinese_classes, chinese_descriptive
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.meaning import MeaningReader, read_sentences, worth_reading
from assistant.domain.appeals.parties import leading_company
from assistant.domain.appeals.spanish_meaning import spanish_classes
from assistant.domain.untrusted_text import InstructionHit, InstructionPattern, find_instructions
from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS,
    IMAGE_OWNERSHIP_KINDS,
    PURCHASE_KINDS,
    AppealAttachment,
    attachment_kind,
    normalize_text,
)


class AppealGround(StrEnum):
    """A reason a seller gives for keeping the listing online."""

    PURCHASE_INVOICE = "purchase_invoice"  # bought genuine goods: invoice or purchase contract
    LICENCE = "licence"  # licensed or authorised by the trademark owner
    AUTHORIZATION_CHAIN = "authorization_chain"  # authorised through a distributor or supplier back to the owner
    DIFFERENT_PRODUCT = "different_product"  # not the reported product / not the brand's product
    NO_USE_OF_MARK = "no_use_of_mark"  # the listing does not use the mark (or only describes compatibility)
    OTHER = "other"  # anything else, or nothing recognisable


_GROUND_PATTERNS: dict[AppealGround, re.Pattern[str]] = {
    AppealGround.PURCHASE_INVOICE: re.compile(
        r"invoice|\breceipts?\b(?!\s+of\b)|proof of purchase|purchase (order|contract|record|agreement)|sales contract"
        r"|\b(purchased|bought|buy|sourced|procured|imported|import)\b.{0,50}\bfrom\b|\b(bought|purchased) (genuine|original|authentic)"
        r"|发票|进货|采购|购货|购销合同|购买凭证|收据|正品渠道"
    ),
    # An authorised dealer or reseller is licensed; a chain needs more than one link (below).
    AppealGround.LICENCE: re.compile(
        r"(?<!business )licen[cs]e|licensed|licensee|authori[sz]ation letter|letter of authori[sz]ation"
        r"|authori[sz]ed by (the )?(brand|trade ?mark owner|owner|rights? ?holder|manufacturer)|brand authori[sz]ation"
        r"|authori[sz]ed (distributor|dealer|reseller|agent|wholesaler|seller|retailer|partner|store|shop)"
        r"|授权书|品牌授权|商标授权|商标使用许可|许可使用|授权使用|授权销售|授权经销商|授权代理|授权店"
    ),
    AppealGround.AUTHORIZATION_CHAIN: re.compile(
        r"authori[sz]ation chain|chain of authori[sz]ation|(second|third|2nd|3rd)[- ]level (dealer|distributor|reseller|agent)"
        r"|(distributor|dealer|reseller|supplier|agent)'?s? (authori[sz]ation|licen[cs]e) (to|for) (us|our)"
        r"|sub-?licen[cs]|sub-?authori[sz]|our supplier (is|was) (authori[sz]ed|licensed)"
        r"|authori[sz]ed (us )?through|(distributor|agent|importer) (who|which|that) (is|was) (authori[sz]ed|licensed)"
        r"|授权链|转授权|二级(授权|经销商|代理)|上级(授权|经销商|代理)|供应商.{0,6}授权给"
    ),
    AppealGround.DIFFERENT_PRODUCT: re.compile(
        r"different (product|item|model|design|goods)|not the same (product|item|model|goods)|our own (design|product|mou?ld|formula)"
        r"|self[- ]designed|unbranded|no[- ]brand|generic (product|item)|original design|does not (look like|resemble)"
        r"|not an? (copy|counterfeit|fake)|not (copies|counterfeits|fakes)|is not (a |an )?[\w .-]{1,30} product"
        r"|不同(的)?(产品|商品|款式|型号)|不是同一(款|个|种)|自主品牌|自有品牌|自主设计|原创设计|自己设计|无品牌|通用款|公模"
    ),
    AppealGround.NO_USE_OF_MARK: re.compile(
        r"(did|do|does|have) not use (the |your |its |any |their |this )?(registered )?(trade ?mark|mark|logo|brand)"
        r"|never use[sd]? (the |your |its |any )?[\w-]{0,20} ?(name|trade ?mark|mark|logo|brand)"
        r"|no (trade ?mark|logo|brand name)s? (is |are |was |were )?(used|shown|displayed|appear)"
        r"|without (the |any )?(logo|trade ?mark|brand name)|(removed|deleted) (the )?(brand|logo|keyword|trade ?mark|word)"
        r"|descriptive use|(only|just|merely) (to )?describe|describes? the (colou?r|season|scent|material|shape|style)"
        r"|not (used )?as a (brand|trade ?mark)|not a brand use|compatible with|for use with"
        r"|(do not|don't|never) sell [\w ]{0,20}\bbrand|our (own )?brand is"
        r"|(未|没有)使用.{0,4}(商标|标志|logo|品牌)|未标注|无商标|已删除|描述性使用|兼容|适用于"
        r"|不是作为(商标|品牌)|并非(商标|品牌)|只是(说明|描述|形容)|没有任何.{0,8}(标识|商标|logo|品牌)|我们的品牌是|自己的品牌"
    ),
}

# The grounds in plain words, for people (the values above are codes for programs).
GROUND_LABELS = {
    AppealGround.PURCHASE_INVOICE: "Bought genuine goods (invoice or purchase contract)",
    AppealGround.LICENCE: "Licensed by the owner",
    AppealGround.AUTHORIZATION_CHAIN: "Authorised through a chain back to the owner",
    AppealGround.DIFFERENT_PRODUCT: "A different product",
    AppealGround.NO_USE_OF_MARK: "Does not use the mark (or only describes the product)",
    AppealGround.OTHER: "Another argument",
}

# An authorisation whose file name says it comes from a middleman is a link in a chain.
_CHAIN_NAME_RE = re.compile(r"distributor|dealer|supplier|chain|sub-?licen|经销|代理|分销|转授权|上级")

# "Other" arguments that a lawyer has to answer (validity, exhaustion, prior use, fair use...).
_LEGAL_ARGUMENT_RE = re.compile(
    r"(trade ?mark|registration|patent|copyright) (is |was )?(invalid|expired|cancell?ed|revoked|not valid|not registered)"
    r"|invalidat|prior use|used (it |this name )?(long )?before|parallel import|first sale|exhaustion|fair use|generic (term|word|name)"
    r"|public domain|we (own|hold) the (trade ?mark|patent|copyright)|non-?infring"
    r"|we registered [\w -]{1,40} (in|before|since)|long before your|earlier (registration|right|mark)|no right to complain"
    r"|商标(无效|已过期|被撤销|未注册)|在先使用|平行进口|权利用尽|合理使用|通用名称|专利(无效|已失效)|不构成侵权"
    r"|恶意抢注|无效宣告|宣告无效|早在\d{4}年.{0,12}使用|在先(注册|使用)"
    # A right of the seller's own put against ours ('we hold design patent ZL...', '我们有外观设计专利').
    r"|\bwe (own|hold|have) (a |an |the |our )?(own )?(registered )?(design |utility model |invention )?patent|our own (design )?patent"
    r"|外观设计专利|自有专利|(我们|我司)(有|拥有|持有|已获得)(自己的)?专利"
)
# "Other" factual claims we can answer with our own evidence (for image-theft complaints, our original files).
_OWN_PHOTOS_RE = re.compile(
    r"(our|my) own (photos?|pictures?|images?)|we took (the |these |those )?(photos?|pictures?|images?)|photographed (them|it) ourselves"
    r"|(图片|照片)(是|为|均为|都是)?(我们|我司|本店|自己)(自己|自行)?(拍摄|原创|实拍)|自己拍(摄)?的|实拍图"
)


# How a seller introduces itself or signs: 'We are Guangzhou Linhai Trading Co., Ltd.', 'Somos Levante Online S.L.'.
_INTRODUCTION_RE = re.compile(
    r"^\s*(?:(?:hello|hi|dear [\w ]{1,30}|buenos d[ií]as|hola)\s*[,:!]?\s*)?(?:we are|we're|this is|i am|i'm|somos|soy)?\s*", re.IGNORECASE
)


def introduces_only(sentence: str) -> bool:
    """Whether a sentence only names a company (the seller introducing itself, or signing): it argues nothing."""
    rest = sentence[_INTRODUCTION_RE.match(sentence).end():]
    name = leading_company(rest)
    return bool(name) and not re.search(r"\w", rest[len(name):])


@dataclass(frozen=True)
class GroundReading:
    """The grounds a counter-notice raises, the attachments that back each one, and the seller's words for each."""

    grounds: tuple[AppealGround, ...]
    legal_argument: bool
    own_photos_claim: bool
    claimed_in_text: frozenset[AppealGround]
    words: dict[AppealGround, tuple[str, ...]] = field(default_factory=dict)
    descriptive_use: bool = False  # the seller says the word only describes the product


# The kind of 'no use of the mark' that admits the word is there and says it is not used as a brand.
_DESCRIPTIVE_RE = re.compile(
    r"descriptive use|(only|just|merely) (to )?describe|describes? the (colou?r|season|scent|material|shape|style)|not (used )?as a (brand|trade ?mark)"
    r"|not a brand use|compatible with|for use with|ordinary (meaning|word)|common word"
    r"|描述性使用|不是作为(商标|品牌)|并非(商标|品牌)|只是(说明|描述|形容)|节气|兼容|适用于"
)


_CLASS_PATTERNS: dict[str, re.Pattern[str]] = {ground.value: pattern for ground, pattern in _GROUND_PATTERNS.items()} | {
    "legal": _LEGAL_ARGUMENT_RE,
    "own_photos": _OWN_PHOTOS_RE,
}


def keyword_classes(sentence: str) -> set[str]:
    """The classes whose keyword pattern matches a sentence; in Chinese, also its concept pairs (chinese_meaning)."""
    norm = normalize_text(sentence)
    return {name for name, pattern in _CLASS_PATTERNS.items() if pattern.search(norm)} | chinese_classes(norm) | spanish_classes(norm)


def read_grounds(counter_notice: str, attachments: list[AppealAttachment], meaning: MeaningReader | None = None) -> GroundReading:
    """Which grounds the seller raises: sentence by sentence from the text (the model's reading and the keyword
    patterns), then from the attachments' names and kinds. Several grounds per appeal, in a fixed order."""
    # A line that instructs the reader argues nothing: it is reported, never read as a ground.
    arguing = [s for s in sentences(counter_notice)
               if worth_reading(s) and not find_instructions(s, "counter-notice") and not introduces_only(s)]
    readings = read_sentences(meaning, arguing, keyword_classes)
    said: dict[str, list[str]] = {}
    for reading in readings:
        for name in reading.raised:
            said.setdefault(name, []).append(reading.sentence)
    in_text = {ground for ground in AppealGround if ground.value in said}
    found = set(in_text)
    kinds = [attachment_kind(a) for a in attachments]
    if any(kind in PURCHASE_KINDS for kind in kinds):
        found.add(AppealGround.PURCHASE_INVOICE)
    authorizations = [a for a, kind in zip(attachments, kinds) if kind in AUTHORIZATION_KINDS]
    if authorizations:
        found.add(AppealGround.LICENCE)
    if len(authorizations) >= 2 or any(_CHAIN_NAME_RE.search(normalize_text(a.name)) for a in authorizations):
        found.add(AppealGround.AUTHORIZATION_CHAIN)
    if AppealGround.AUTHORIZATION_CHAIN in found:
        found.add(AppealGround.LICENCE)  # a chain is a licence that reaches the seller through intermediaries
    # Original camera files or a photographer's record say, without words, that the photos are the seller's own.
    legal, photos = "legal" in said, "own_photos" in said or any(kind in IMAGE_OWNERSHIP_KINDS for kind in kinds)
    if legal or photos or not found:
        found.add(AppealGround.OTHER)
    words = {ground: tuple(said[ground.value]) for ground in found if ground.value in said}
    if AppealGround.OTHER in found:
        words[AppealGround.OTHER] = tuple(dict.fromkeys(said.get("legal", []) + said.get("own_photos", [])))
    ordered = tuple(ground for ground in AppealGround if ground in found)
    descriptive = any(
        _DESCRIPTIVE_RE.search(normalize_text(w)) or chinese_descriptive(w) for w in said.get(AppealGround.NO_USE_OF_MARK.value, [])
    )
    return GroundReading(ordered, legal, photos, frozenset(in_text), words, descriptive)



# --- Instructions hidden in the seller's text (the markers: assistant/domain/untrusted_text.py) -------------------


def find_instructions_everywhere(counter_notice: str, attachments: list[AppealAttachment]) -> list[InstructionHit]:
    """Instruction attempts in the counter-notice and in every attachment's name and text."""
    hits = find_instructions(counter_notice, "counter-notice")
    for index, attachment in enumerate(attachments, start=1):
        hits += find_instructions(attachment.name, f"attachment #{index} name")
        hits += find_instructions(attachment.text or "", f"attachment #{index} text")
    return hits


__all__ = [
    "GROUND_LABELS",
    "AppealGround",
    "GroundReading",
    "InstructionHit",
    "InstructionPattern",
    "find_instructions",
    "find_instructions_everywhere",
    "read_grounds",
]
