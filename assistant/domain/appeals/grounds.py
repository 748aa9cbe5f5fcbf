"""What a seller's counter-notice argues, and which of its lines try to instruct an automated reader.

Both readings are deterministic (regular expressions in English and Chinese over normalised text). The seller's
text is data: detecting an instruction only produces a finding; nothing here or downstream acts on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from assistant.domain.appeals.admissions import admitted_source, apologises, concedes_use, denies_infringement, pleads_ignorance_of_right
from assistant.domain.appeals.bundled_papers import documents_in
from assistant.domain.appeals.changed_product import changed_product_said, future_product_said
from assistant.domain.appeals.chinese_meaning import chinese_classes, chinese_descriptive
from assistant.domain.appeals.claims import _PURCHASE_WORDS_RE, sentences
from assistant.domain.appeals.compatibility import compatibility_said
from assistant.domain.appeals.factory_goods import factory_goods_across, factory_goods_said, maker_paper_only, manufacturing_agreement_said
from assistant.domain.appeals.earlier_use import earlier_use_said
from assistant.domain.appeals.french_meaning import french_classes
from assistant.domain.appeals.german_meaning import german_classes
from assistant.domain.appeals.goods_classes import argues_classes, class_difference_said, speaks_of_goods_scope
from assistant.domain.appeals.italian_malay_meaning import italian_malay_classes
from assistant.domain.appeals.model_codes import other_model_said
from assistant.domain.appeals.not_a_copy import copy_denied, without_copy_denial
from assistant.domain.appeals.meaning import MeaningReader, read_sentences, worth_reading
from assistant.domain.appeals.own_work import claims_own_work, says_made
from assistant.domain.appeals.safety_papers import dropshipper_said, paper_proves_genuine_said
from assistant.domain.appeals.agreement_with_us import signed_with_us
from assistant.domain.appeals.parties import leading_company
from assistant.domain.appeals.portuguese_meaning import portuguese_classes
from assistant.domain.appeals.spanish_meaning import spanish_classes
from assistant.domain.appeals.stock_licences import licence_bought
from assistant.domain.appeals.disputed_test_buys import disputes_test_buy
from assistant.domain.appeals.unsure_words import FACT_KINDS, SAID_AS_FACT, denied_or_guessed, firm_part, sure_part, unsure_part
from assistant.domain.untrusted_text import InstructionHit, InstructionPattern, find_instructions
from assistant.domain.appeals.evidence import (
    AUTHORIZATION_KINDS,
    IMAGE_OWNERSHIP_KINDS,
    PURCHASE_KINDS,
    AppealAttachment,
    names_photo_shoot,
    normalize_text,
)


class AppealGround(StrEnum):
    """A reason a seller gives for keeping the listing online."""

    PURCHASE_INVOICE = "purchase_invoice"  # bought genuine goods: invoice or purchase contract
    LICENCE = "licence"  # licensed or authorised by the trademark owner
    AUTHORIZATION_CHAIN = "authorization_chain"  # authorised through a distributor or supplier back to the owner
    DIFFERENT_PRODUCT = "different_product"  # not the reported product / not the brand's product
    NO_USE_OF_MARK = "no_use_of_mark"  # the listing does not use the mark (or only describes compatibility)
    NO_CONTEST = "no_contest"  # the seller gives up: the listing is removed or will no longer be sold
    OTHER = "other"  # anything else, or nothing recognisable


# A chain said in words, in the languages sellers write: the seller a reseller (dealer, retailer, agent) of or appointed by a
# company that is itself the brand's official (authorised, appointed) distributor, agent or importer ('an appointed reseller
# of Borneo Outdoor Supply, which is the official distributor', 'kami reseller resmi dari PT X yang merupakan distributor
# resmi', 'peruncit rasmi yang dilantik oleh X, iaitu pengedar rasmi', 'revendedor autorizado de X, que es el distribuidor
# oficial'). The company must be called the official one after a copula or a comma: 'a reseller, we buy from the official
# distributor' names a source of the goods (a purchase), never a link.
_SELLER_ROLE = (r"(?:resellers?|dealers?|retailers?|stockists?|sub-?distributors?|sub-?agents?|agents?|agen|peruncit|pengecer|penjual|"
                r"revendedor(?:es)?|rivenditor[ei]|händler|wiederverkäufer|经销商|分销商)")
_UPSTREAM_ROLE = (r"(?:distributors?|agents?|importers?|pengedar|agen|pengimport|distribuidor(?:es)?|importador(?:es)?|distributore|"
                  r"importatore|vertriebspartner|generalimporteur|großhändler)")
_OFFICIAL = r"(?:official|authori[sz]ed|appointed|exclusive|sole|resmi|rasmi|sah|tunggal|oficial|autorizad[oa]|ufficiale|autorizzat[oa]|offizielle[rn]?|autorisierte[rn]?)"
_RESELLER_OF_DISTRIBUTOR = (
    rf"\b{_SELLER_ROLE}\b[^.;!?]{{0,40}}?\b(?:of|from|under|appointed by|authori[sz]ed by|dari|daripada|(?:yang )?(?:dilantik|ditunjuk|diangkat)"
    rf" oleh|de|di|von)\s+[^.;!?]{{2,70}}?(?:,\s*|\s+)(?:which|who|that|yang merupakan|yang adalah|yang menjadi|iaitu|yaitu|ialah|selaku|que|che|der|die"
    rf"|the|an?|sebagai|el|la|il)\b[^.;!?]{{0,25}}?(?:\b{_OFFICIAL}\s+(?:\w+\s+)?{_UPSTREAM_ROLE}\b|\b{_UPSTREAM_ROLE}\s+(?:\w+\s+)?{_OFFICIAL}\b)"
)
# A letter of authorisation or appointment said to come from a middleman ('surat penunjukan reseller dari distributor', 'surat
# pelantikan daripada pengedar', 'the appointment letter from our distributor'): a link below the owner.
_LETTER_FROM_MIDDLEMAN = (
    r"(?:surat (?:penunjukan|pelantikan|pengangkatan|kuasa|izin|kebenaran|otorisasi)|letter of (?:appointment|authori[sz]ation)|appointment letter"
    r"|authori[sz]ation letter)[^.;!?]{0,40}?\b(?:from|dari|daripada|by|oleh|issued by)\s+(?:the |our |its |their |pihak |a |an )?(?:\w+\s+)?"
    rf"{_UPSTREAM_ROLE}\b"
)


# The mark named only to say what the seller's goods fit ('we only use BRISA to say which espadrilles our insoles fit', 'the
# title only tells buyers which espadrilles they fit'): a reference to what they fit, a kind of 'no use of the mark'.
_FITS_SAID = (r"\b(to (say|tell|show|indicate)|tells? (buyers|customers|people)|so (that )?(buyers|customers|people) know)\b[^.;]{0,60}"
              r"\b(fits?|fitting|compatible|works? with|suits?)\b|\bwhich [\w -]{0,40}\b(they|it|our [\w-]+) (fit|fits)\b")

_GROUND_PATTERNS: dict[AppealGround, re.Pattern[str]] = {
    AppealGround.PURCHASE_INVOICE: re.compile(
        # An office's receipt for a filing ('the filing receipt from the trademark office') is no purchase.
        r"invoice|\b(?<!filing )(?<!application )receipts?\b(?!\s+of\b)(?![^.;]{0,30}\b(?:trade ?mark|patent|ip|intellectual property) office)|proof of purchase|purchase (order|contract|record|agreement)|sales contract"
        r"|\b(purchased|bought|buy|sourced|procured|imported|import)\b.{0,50}\b(from|at)\b|wholesale market|\b(bought|purchased) (genuine|original|authentic)"
        r"|\bwe (source|get|obtain) (them|it|these|those|our|the)\b.{0,50}\bfrom\b"
        r"|发票|进货|进的货|拿的货|采购|购货|购销合同|购买凭证|收据|正品渠道|批发市场"
        # '从授权经销商杭州厨韵贸易有限公司进的': bought in from a middleman, said with the verb alone.
        r"|从[^，。；,;]{0,40}(经销商|代理商|批发商|供应商|供货商)[^，。；,;]{0,40}进的"
    ),
    # An authorised agent or store is licensed; a chain needs more than one link (below). An authorised distributor,
    # dealer or reseller is read apart (_DISTRIBUTOR_RE): it resells goods it buys.
    AppealGround.LICENCE: re.compile(
        r"(?<!business )licen[cs]e|licensed|licensee|authori[sz]ation letter|letter of authori[sz]ation"
        r"|authori[sz]ed by (the )?(brand|trade ?mark owner|owner|rights? ?holder|manufacturer)|brand authori[sz]ation"
        r"|authori[sz]ed (agent|seller|partner|store|shop)|licensor|licenciante|licenziante|appointment letter|letter of appointment"
        # The seller says it holds one: 'we have the authorization', 'we've got permission'.
        r"|\b(we|i)('ve| have| hold| got| obtained| received| had)( got| been given| been granted| had)?( the| an| a| official| brand| full| proper"
        r"| their| its| written| express| [\w.&-]+'s)* (authori[sz]ation|permission)\b"
        # Or it says it is authorised: 'we are authorised by Lumina Design', 'we are officially authorised to sell them'.
        r"|\b(we|i)('re| are| am| have been| were| was)( \w+ly)? (authori[sz]ed|permitted) by\b"
        r"|\b(we|i)('re| are| am| have been| were| was)( \w+ly)? authori[sz]ed to (sell|distribute|resell|offer|market|list|import)\b"
        r"|授权书|品牌授权|商标授权|商标使用许可|许可使用|授权使用|授权销售|授权经销商|授权代理|授权店"
    ),
    AppealGround.AUTHORIZATION_CHAIN: re.compile(
        _RESELLER_OF_DISTRIBUTOR + "|" + _LETTER_FROM_MIDDLEMAN + r"|authori[sz]ation chain|chain of authori[sz]ation|(second|third|2nd|3rd)[- ]level (dealer|distributor|reseller|agent)"
        r"|(distributor|dealer|reseller|supplier|agent)'?s? (authori[sz]ation|licen[cs]e) (to|for) (us|our)"
        r"|sub-?licen[cs]|sub-?authori[sz]|our supplier (is|was) (authori[sz]ed|licensed)"
        r"|authori[sz]ed (us )?through|(distributor|agent|importer) (who|which|that) (is|was) (authori[sz]ed|licensed)"
        r"|授权链|转授权|二级(授权|经销商|代理)|上级(授权|经销商|代理)|供应商.{0,6}授权给"
        # A letter of appointment or authorisation signed, stamped or issued by a distributor, not the owner ('the reseller
        # appointment letter, now signed and stamped by the director of ..., our distributor').
        r"|\b(appointment|authori[sz]ation|reseller|dealer)( \w+)? letter\b[^.;]{0,120}\b(distributor|distribution|wholesaler|importer|agent)s?\b"
        r"|\bletter of (appointment|authori[sz]ation)\b[^.;]{0,120}\b(distributor|distribution|wholesaler|importer|agent)s?\b"
    ),
    AppealGround.DIFFERENT_PRODUCT: re.compile(
        r"different (product|item|model|design|goods|shape|appearance|look)\b|another (design|shape|appearance|look)\b"
        r"|\b(design|product|item|model|shape|goods)s? (is|are) (completely |totally |entirely |quite |very )?different\b"
        r"|not the same (product|item|model|goods|design|shape)"
        r"|our own (design|product|mou?ld|formula)"
        r"|self[- ]designed|unbranded|no[- ]brand|generic (product|item)|original design|does not (look like|resemble)"
        r"|is not (a |an )?[\w .-]{1,30} product"
        r"|不同(的)?(产品|商品|款式|型号)|不是同一(款|个|种)|自主品牌|自有品牌|自主设计|原创设计|自己设计|无品牌|通用款|公模"
    ),
    # Giving up, said by the seller of itself: "we have removed the listing", "will not sell them again", "已下架".
    # Not a takedown the seller complains of ("our listing was removed by the platform", "商品被下架").
    AppealGround.NO_CONTEST: re.compile(
        r"\b(we|i)\b('ve| have| has| had)?( now| already| just)? (removed|deleted|delisted|withdrawn|pulled|taken down|taken off"
        r"|took down|took off|closed|deactivated)( (the|this|that|our|these|those|its|all|said))?( [\w-]+){0,2}? "
        r"(listings?|products?|items?|pages?|links?|offers?|goods)\b"
        # 'we took the listing down', 'we have taken those lamps off the site'
        r"|\b(we|i)\b('ve| have| has| had)?( now| already| just)? (took|take|taken|pulled|put)( the| this| that| our| these| those| its| all)?"
        r"( [\w-]+){0,2}? (listings?|products?|items?|pages?|links?|offers?|goods|(?!logo|brand|mark|trade|word|keyword|photo|picture|image|label|tag)\w+s)( [\w-]+){0,2}? (down|off|offline)\b"
        # 'second link we already deleted': the listing named first
        r"|\b(listings?|links?|items?|offers?|pages?)\b (we|i)('ve| have| had)?( now| already| just)? (removed|deleted|delisted|closed|deactivated)\b"
        r"|\b(listings?|product page|items?|links?|offers?|pages?)\b.{0,30}? (has|have|was|were|is|are) (now |already )?(been )?"
        r"(removed|deleted|taken down|delisted|withdrawn|taken offline|pulled|closed)\b(?! by)"
        r"|\b(will|shall|won't|wont)( not| never)?( be)? (sell|list|offer|stock)(ing)?\b.{0,25}\b(again|anymore|any more|in (the )?future)"
        # Accepting the complaint gives up; refusing it ('we do not accept your complaint', 'we don't agree with it') contests.
        r"|\bstop(ped)? (selling|listing|offering)|no longer (sell|list|offer|stock)|(?<!not )(?<!n't )(?<!never )(?<!cannot )(accept|agree with) (the|your) complaint"
        r"|(我们|我店|本店|我司|已经|已|主动|自行)[^，。；被]{0,6}(下架|删除|删掉|撤下)|^下架了|不再(销售|卖|上架|售卖|出售)"
        r"|以后(也)?不(会)?(再)?(卖|上架|销售)|停止(销售|售卖)|不(会)?再(卖|上架)|(?<!不)(?<!拒绝)(?<!无法)接受(投诉|处理)"
    ),
    AppealGround.NO_USE_OF_MARK: re.compile(
        r"(did|do|does|have) not use (the |your |its |any |their |this )?(registered )?(trade ?mark|mark|logo|brand)"
        r"|never use[sd]? (the |your |its |any )?[\w-]{0,20} ?(name|trade ?mark|mark|logo|brand)"
        r"|no (trade ?mark|logo|brand name)s? (is |are |was |were )?(used|shown|displayed|appear)"
        r"|without (the |any )?(logo|trade ?mark|brand name)|(removed|deleted) (the )?(brand|logo|keyword|trade ?mark|word)"
        r"|descriptive use|(only|just|merely) (to )?describe|describes? the (colou?r|season|scent|material|shape|style)"
        r"|not (used )?as a (brand|trade ?mark)|not a brand use|not (a |any )?(trade ?mark|brand|mark) use|no (trade ?mark|brand) use"
        # (that the goods are compatible with the brand's is read apart, in every language: compatibility.py)
        r"|\bcompatibility\b|" + _FITS_SAID +
        r"|(do not|don't|never) sell [\w ]{0,20}\bbrand|our (own )?brand is"
        r"|(未|没有)使用.{0,4}(商标|标志|logo|品牌)|未标注|无商标|(商标|标志|logo|品牌|字样|关键词)[^，。；]{0,6}已(经)?删除|描述性使用"
        r"|不是作为(商标|品牌)|并非(商标|品牌)|只是(说明|描述|形容)|没有任何.{0,8}(标识|商标|logo|品牌)|我们的品牌是|自己的品牌"
        # No mark of the complainant's on the goods, their tag or label ('吊牌上没有贵司的商标', '产品上并无你们的logo').
        r"|(吊牌|标签|包装|产品|商品|货品|实物)上?(并|也)?(没有|无|不带)[^，。；侵]{0,4}(贵司|贵公司|你们|您|你司|贵方)的?(商标|标志|标识|logo|品牌)"
    ),
}

# The grounds in plain words, for people (the values above are codes for programs).
GROUND_LABELS = {
    AppealGround.PURCHASE_INVOICE: "Bought genuine goods (invoice or purchase contract)",
    AppealGround.LICENCE: "Licensed by the owner",
    AppealGround.AUTHORIZATION_CHAIN: "Authorised through a chain back to the owner",
    AppealGround.DIFFERENT_PRODUCT: "A different product",
    AppealGround.NO_USE_OF_MARK: "Does not use the mark (or only describes the product)",
    AppealGround.NO_CONTEST: "Does not contest: the seller says it removed what we complained of, or will stop",
    AppealGround.OTHER: "Another argument",
}

# Against a patent, the seller's word that it does not use the mark (no mark of ours is in question) is read as not using
# what the patent protects: its design or its claimed features, never in a trademark's words.
_PATENT_NO_USE_LABEL = "Does not use our design or invention (non-infringement)"

# 'Another argument' said as what it is when the check reads it as one thing: the seller's own photos (the finding
# 'own_photos_claim'; a legal argument, when there is one, is judged first and keeps the general label), or nothing at
# all (no recognised ground: no heading of 'another argument' the seller never made).
_OTHER_LABELS = {"own_photos_claim": "The photos are the seller's own", "own_creation_claim": "The work is the seller's own creation",
                 "supplier_photos": "The photos came from the seller's supplier", "own_right_no_defence": "The seller's own right (a design patent or registration of its own)",
                 "dropshipper_no_defence": "Only a dropshipper, not responsible", "safety_paper_no_origin": "A safety paper offered as proof of genuine goods",
                 "test_buy_disputed": "The test purchase said not to be from the seller's shop",
                 "copyright_needs_no_registration": "Territory: the right said not registered where the listing is sold",
                 "no_recognised_ground": "The counter-notice gives no ground",
                 "unread_language": "Written in a language not read here: a translation is needed"}


# A legal argument said as the ones the check names (each a point of its own, with what it needs).
_LEGAL_KIND_LABELS = {"prior_art_claim": "prior art", "invalidation_claim": "invalidity",
                      "invalidation_reserved_claim": "an invalidation request the seller may file", "expired_claim": "expiry", "territory_claim": "territory",
                      "evaluation_report_claim": "evaluation report requested",
                      "non_infringement_claim": "non-infringement", "exhaustion_claim": "exhaustion", "fair_use_claim": "fair use",
                      "non_use_claim": "non-use", "own_registration_claim": "the seller's own registration",
                      "descriptive_claim": "a descriptive or common word", "prior_use_claim": "prior use",
                      "classes_claim": "goods outside the mark's classes", "own_application_claim": "the seller's own application",
                      "originality_claim": "the work said not to be original"}


# A territory argument against a copyright complaint, answered by what IPP accepts (copyright_territory.CODE).
_TERRITORY_ANSWERED = "copyright_needs_no_registration"


# Points of the 'other' ground said together in its label when more than one is made (each a point of its own).
_JOINED_LABELS = frozenset({"own_right_no_defence", "dropshipper_no_defence", "safety_paper_no_origin"})


# A sign of the seller's own that it calls another brand, a character or two from our mark ('NORVIC, not NORVIK'): said
# as what the seller claims, not as a different product (checks._similar_sign_point).
SIMILAR_SIGN = "similar_sign"
_SIMILAR_SIGN_LABEL = "A different brand (the seller's own sign)"


# A licence claimed as the owner's authorised distributor, with no document for it: said as what the seller claims.
DISTRIBUTOR_CLAIMED = "distributor_claimed"
_DISTRIBUTOR_LABEL = "Authorised distributor (the owner's authorisation claimed)"


def ground_label(ground: AppealGround, finding_codes=(), ip_type=None) -> str:
    """A ground in words, for people: its label, or for 'other' the argument its findings show it to be ('Legal arguments
    (prior art, invalidity)'); a licence claimed as the owner's distributor, as that. With ``ip_type`` (the complaint's
    right), a ground said in a trademark's words is said in the words of a patent against one."""
    if ground is AppealGround.LICENCE and DISTRIBUTOR_CLAIMED in finding_codes:
        return _DISTRIBUTOR_LABEL
    if ground in (AppealGround.DIFFERENT_PRODUCT, AppealGround.NO_USE_OF_MARK) and SIMILAR_SIGN in finding_codes:
        return _SIMILAR_SIGN_LABEL
    if ground is AppealGround.NO_USE_OF_MARK and ip_type == "patent":
        return _PATENT_NO_USE_LABEL
    if ground is AppealGround.OTHER and "legal_argument" not in finding_codes and _TERRITORY_ANSWERED in finding_codes:
        # The seller's other point first, then the territory point answered beside it.
        first = next((words for code, words in _OTHER_LABELS.items() if code in finding_codes and code != _TERRITORY_ANSWERED), None)
        territory = _OTHER_LABELS[_TERRITORY_ANSWERED]
        return f"{first}; {territory[0].lower()}{territory[1:]}" if first else territory
    if ground is AppealGround.OTHER and "legal_argument" not in finding_codes:
        joined = [words for code, words in _OTHER_LABELS.items() if code in finding_codes and code in _JOINED_LABELS]
        if len(joined) > 1:
            return "; ".join([joined[0]] + [words[0].lower() + words[1:] for words in joined[1:]])
        return next((words for code, words in _OTHER_LABELS.items() if code in finding_codes), GROUND_LABELS[ground])
    named = [words for code, words in _LEGAL_KIND_LABELS.items() if code in finding_codes] if ground is AppealGround.OTHER else []
    if named:
        return f"{'A legal argument' if len(named) == 1 else 'Legal arguments'} ({', '.join(named)})"
    return GROUND_LABELS[ground]


# An authorisation whose file name says it comes from a middleman is a link in a chain. A seller that calls itself the
# distributor names its own certificate so ('distributor-letter.docx'): then only the words for a middleman above it count.
_CHAIN_NAME_RE = re.compile(r"distributor|dealer|supplier|chain|sub-?licen|经销|代理|分销|转授权|上级")
_MIDDLEMAN_NAME_RE = re.compile(r"supplier|chain|sub-?licen|转授权|上级|供应商|供货商")

# The legal argument that the product does not infringe the patent (read by meaning and by _NON_INFRINGEMENT_RE).
NON_INFRINGEMENT = "non_infringement"

# "Other" arguments that a lawyer has to answer (validity, exhaustion, prior use, fair use...).
_LEGAL_ARGUMENT_RE = re.compile(
    # The right said void, with or without its number between ('Your utility model ZL202120345678.9 is invalid').
    r"(trade ?mark|registration|patent|copyright|utility model|registered design)( (no\.? ?)?[\w./-]*\d[\w./-]*)? (is |was )?(invalid|void|expired"
    r"|cancell?ed|revoked|not valid|not registered)"
    r"|invalidat|prior use|used (it |this name )?(long )?before|parallel import|first sale|exhaustion|fair use|generic (term|word|name)"
    # The right said void in German, Spanish or Italian ('das Designpatent ist daher nichtig', 'la patente es nula').
    r"|\b(?:ist|sei|wäre|sind)\b[^.;]{0,20}\b(?:nichtig|ungültig|unwirksam)\b|\b(?:es|son|sería) nul[oa]s?\b|\b(?:è|sono|sarebbe) nullo\b"
    # a mark said to be a word nobody may own ('it cannot be monopolised', 'no one can own a common word'): its validity
    r"|(?:cannot|can ?not|can't) be (?:monopoli[sz]ed|owned|appropriated)|(?:nobody|no one|no-one) can (?:own|monopoli[sz]e)"
    r"|不能被?(?:垄断|独占)|不可(?:垄断|独占)"
    r"|public domain|we (own|hold) the (trade ?mark|patent)|we (own|hold) the copyright(?![^.;]{0,40}\b(photo|picture|image))|non-?infring"
    r"|we registered [\w -]{1,40} (in|before|since)|long before your(?! (complaint|report|notice|claim))|earlier (registration|right|mark)|no right to complain"
    r"|商标(无效|已过期|被撤销|未注册)|在先使用|平行进口|权利用尽|合理使用|通用名称|专利(无效|已失效)|不构成侵权"
    r"|恶意抢注|无效宣告|宣告无效|早在\d{4}年.{0,12}使用|在先(注册|使用)"
    # A right of the seller's own put against ours ('we hold design patent ZL...', '我们有外观设计专利').
    r"|\bwe (own|hold|have) (a |an |the |our )?(own )?(registered )?(design |utility model |invention )?patent|our own (design )?patent"
    r"|(我们|我司|本公司|本店|自己)[^，。；]{0,8}(有|拥有|持有|获得|申请)[^，。；]{0,6}外观设计专利|自有专利|(我们|我司)(有|拥有|持有|已获得)(自己的)?专利"
)
# Prior art as sellers say it in every language they write in, of a design or an invention (never of a mark, whose earlier use
# is another argument):
# - sold, made, shown or published before the right was filed or registered ('Wir verkaufen genau diese Pendelleuchte bereits
#   seit 2017, also lange bevor Norvik ihr Geschmacksmuster angemeldet hat', 'la vendemos desde 2019, antes de que registraran
#   su diseño', 'vendiamo questa lampada dal 2018, prima del deposito', 'sudah menjual ... jauh sebelum desain didaftarkan',
#   '在贵司申请专利之前就已经在销售');
# - the same thing appearing in an earlier catalogue, brochure, magazine or patent ('el mismo regulador magnético aparece en el
#   catálogo de 2016', 'der gleiche Höhenversteller ist im Katalog 2016 abgebildet', '同样的调节器早在2016年就出现在…产品目录上');
# - not new, no novelty, already public, in the public domain since ('no es nueva', 'tidak memiliki kebaruan', 'something
#   already public', 'está en dominio público desde entonces', '早就是公开的技术').
_SHOWN_IN = (r"(appears?|appeared|shown|described|depicted|published|disclosed|aparece|apareci[oó]|aparec[ií]a|figura|se muestra|descrit[oa]"
             r"|publicad[oa]|divulgad[oa]|erscheint|abgebildet|gezeigt|beschrieben|ver[öo]ffentlicht|offenbart|compare|compariva|appare"
             r"|mostrat[oa]|pubblicat[oa]|divulgat[oa]|muncul|terdapat|tercantum|ditampilkan|dimuat|diterbitkan|dipublikasikan)")
_PUBLICATION = (r"(catalog\w*|cat[aá]logo|brochure|folleto|revista|magazine|publication|publicaci[oó]n|patent\w*|katalog\w*|prospekt|zeitschrift"
                r"|catalogo|rivista|brosur|majalah|publikasi|utility model|modelo de utilidad|gebrauchsmuster|modello di utilit|model utilitas)")
# 'Not the same' says the contrary ('no es el mismo modelo que aparece en su catálogo', 'tidak sama dengan katalog').
_NOT_NEGATED = "".join(f"(?<!{word} )" for word in ("not", "not the", "no es el", "no es la", "no son los", "nicht", "nicht der", "nicht die",
                                                     "nicht das", "non è lo", "non è la", "tidak", "bukan", "tak"))
_NOT_A_MARK = r"^(?!.*\b(trade ?marks?|brand|marke|markenname|marca|marchio|merek|merk|jenama)\b)(?!.*(商标|品牌))"
_PRIOR_ART_SAID = (
    rf"|{_NOT_A_MARK}.*\b(verkauf\w*|angeboten|anbiet\w*|hergestellt|herstell\w*|produzier\w*|gezeigt|ausgestellt|vertrieb\w*"
    r"|vertreib\w*|ver[öo]ffentlicht)\b.{0,80}\b(bevor|vor (der|dem|ihrer|seiner|deren|ihrem|seinem))\b.{0,60}"
    r"\b(angemeldet|eingetragen|registriert|hinterlegt|anmeldung|eintragung|registrierung|anmeldetag)"
    rf"|{_NOT_A_MARK}.*\b(vend\w*|fabric\w*|comercializ\w*|mostr\w*|expus\w*|expuest\w*|publica\w*|ofrec\w*)\b.{{0,80}}"
    r"\bantes de que\b.{0,60}\b(registr|solicit|present|deposit|patent|pidi)\w*"
    rf"|{_NOT_A_MARK}.*\b(vend\w*|prodott[oaie]|produc\w*|fabbric\w*|espost[oaie]|espon\w*|pubblicat\w*|commercializz\w*|offert[oaie])\b.{{0,80}}"
    r"\bprima (che\b.{0,60}\b(deposit|registr|brevett|chied)\w*|del(la)? (deposito|domanda|registrazione|data di (deposito|priorit)))"
    rf"|{_NOT_A_MARK}.*\b(menjual|dijual|memproduksi|diproduksi|membuat|dibuat|memamerkan|dipamerkan|dipublikasikan|diterbitkan|dipasarkan"
    r"|memasarkan)\b.{0,80}\bsebelum\b.{0,60}\b(didaftarkan|mendaftarkan|terdaftar|pendaftaran|diajukan|mengajukan|permohonan)\b"
    rf"|{_NOT_A_MARK}.*\b(sold|selling|sell|shown|made|manufactured|produced|offered|published|on sale)\b.{{0,80}}\b(before|prior to)\b.{{0,40}}"
    r"\b(registered|registration|granted)\b"
    r"|申请[^，。；]{0,6}(之|以)前[^，。；]{0,20}(公开|销售|使用|上市|出售|展出|生产|卖)"
    # ... or before the patent itself ('在你们专利之前就已经销售了', '早在贵司外观专利之前我们就在卖')
    r"|(专利|外观设计|外观)[^，。；]{0,4}(之|以)前[^，。；]{0,20}(公开|销售|使用|上市|出售|展出|生产|卖)"
    r"|早于[^，。；]{0,8}(专利|外观设计)"
    # The same thing appearing in an earlier publication (the verb before or, as German puts it, after the publication).
    rf"|{_NOT_NEGATED}\b(same|identical|mism[oa]s?|id[eé]ntic[oa]s?|gleiche[nrs]?|dieselbe[n]?|derselbe|dasselbe|identische[nrs]?|stess[oa]|identic[oa]|sama|identik)\b"
    rf"[^.;]{{0,80}}(\b{_SHOWN_IN}\b[^.;]{{0,60}}\b{_PUBLICATION}|\b{_PUBLICATION}[^.;]{{0,80}}\b{_SHOWN_IN}\b)"
    r"|(同样|相同|一样|同款)的?[^，。；]{0,20}(早在\d{4}年)?[^，。；]{0,10}(出现|公开|刊登|记载|刊载|展示)(在|于)[^，。；]{0,30}(目录|画册|杂志|专利|样本|宣传册)"
    # Not new, already public, public domain since.
    r"|^(?!.*(segunda mano|usad[oa]s?\b|reacondicionad))(?=.*\b(patente|dise[ñn]o|modelo de utilidad|invenci[oó]n|regulador|mecanismo|sistema)\b|^.{0,40}\bno es nuev)"
    r".*\bno (es|son|era) nuev[oa]s?\b"
    r"|\b(tidak|tak|belum) (memiliki|mempunyai|punya|ada) (unsur )?kebaruan\b|\bkebaruan(nya)? (tidak|tak) ada\b"
    # Malay and Indonesian: the design is not new ('reka bentuk anda bukan baru', 'desain Anda tidak baru'), or such a design
    # has been sold since a year ('reka bentuk ... seperti ini sudah lama dijual ... sejak 2018'), said of a design, not a mark.
    r"|\b(reka ?bentuk|desain|rancangan|paten|ciptaan)\b[^.;]{0,40}\b(bukan|tidak|tak)( lagi)? baru\b"
    r"|^(?=.*\b(reka ?bentuk|desain|rancangan|bentuk|paten)\b)(?!.*\b(merek|merk|jenama|cap dagang|tanda dagang(an)?)\b)"
    r".*\b(sudah|telah)( lama)?\b[^.;]{0,20}\b(dijual|dipasarkan|diproduksi|dihasilkan|dikeluarkan|dibuat|dipamerkan|diterbitkan"
    r"|ada di pasaran)\b[^.;]{0,80}\bsejak\b[^.;]{0,20}\b(19|20)\d\d\b"
    r"|\balready (been )?(made )?public\b|\bwas (already )?public before\b|\bya (era|eran|estaba|estaban) p[uú]blic|\bbereits [öo]ffentlich"
    r"|\bgi[àa] (pubblic|not[oa]\b)|\bsudah (dipublikasikan|diketahui umum|menjadi milik umum)"
    r"|(public domain|dominio p[uú]blico|dominio pubblico|domain publik)\b[^.;]{0,20}\b(since|desde|dal|seit|sejak)\b"
    r"|早(就|已)是?(公开|公知)的?(技术|设计)|早在\d{4}年就(已经)?(公开|销售|上市|出售|展出|发布)"
)
# The seller's own design, creation or development of the product, in the languages sellers write.
_CREATED = (r"(designed|designing|created|creating|developed|developing|invented|conceived|drew|drawn|dise[ñn]\w*|cre[aó]\w*|desarroll\w*"
            r"|progettat\w*|progett(iamo|ammo)|disegnat\w*|ideat\w*|entworfen|entwickelt|gestaltet|mendesain|didesain|merancang|dirancang"
            r"|menciptakan|diciptakan|mereka bentuk)")
_EARLIER_CREATION = (
    rf"|{_NOT_A_MARK}.*\b{_CREATED}\b.{{0,80}}\b(before|prior to|earlier than|antes de(l| la| que)?|prima (che|del|della)|bevor|vor (der|dem|ihrer|ihrem)"
    r"|sebelum)\b.{0,60}\b(regist\w*|filed|filing|application|applied|granted|solicit\w*|deposit\w*|patent\w*|brevett\w*|anmeld\w*|angemeldet"
    r"|eingetragen|eintragung|didaftarkan|mendaftarkan|pendaftaran|terdaftar|diajukan|permohonan)"
    r"|^(?!.*(商标|品牌)).*(自己|自主|独立|我们|我司|本公司)[^，。；]{0,8}(设计|研发|开发|创作)的?[^。；]{0,12}(早于|先于)[^，。；]{0,12}(注册|申请|专利|授权)"
    # A year given for its own design ('这款头盔是我们2019年自己设计的'): a date of creation set against our right.
    r"|^(?!.*(商标|品牌)).*(?<!\d)(19|20)\d\d年[^，。；]{0,8}(自己|自主|独立)(设计|研发|开发)"
)
_EARLIER_CREATION_RE = re.compile(_EARLIER_CREATION.removeprefix("|"))
# The same style said to be on sale earlier ('早在2021年就已经有同款在卖了', 'the same buckle has been sold since 2019'): an
# earlier sale of what the right covers (prior art), never a product that differs from it.
_SAME_SOLD_EARLIER_RE = re.compile(
    r"(早在|早就|之前|以前|多年前)[^。；]{0,20}同款|同款[^。；]{0,12}(在卖|在售|销售|上市|出售)"
    r"|\b(same|identical) (style|model|design|buckle|product|item)s?\b[^.;]{0,60}\b(sold|on (the )?market|available)\b[^.;]{0,40}\b(since|before|as early as)\b"
)
# The seller's word that its product differs: beside an earlier creation it still argues another product.
_DIFFERS_RE = re.compile(r"\b(different|differs?|not the same|another (shape|design|model)|distint[oa]|diferente|berbeda|anders|divers[oa])\b|不同|不一样")
# A word for a mark, in the languages sellers write.
_MARK_WORD_RE = re.compile(r"\b(trade ?marks?|marks?|brand|marke|markenname|marca|marchio|merek|merk|jenama)\b|商标|品牌")
# A sentence about a patent or a design, not a mark: the seller's earlier sale it speaks of is one of what the patent protects.
_OF_A_PATENT_RE = re.compile(_NOT_A_MARK + r".*(\b(patent\w*|design\w*|geschmacksmuster|gebrauchsmuster|dise[ñn]o\w*|modelo de utilidad|brevett\w*"
                             r"|paten|desain|reka ?bentuk|mod[èe]le)\b|专利|外观设计)")
# Legal arguments a lawyer answers with their own proof, each named so that the triage can say what it needs
# (knowledge/rules/appeal_evidence.yaml, legal_arguments): each is also a 'legal' argument (the 'other' ground).
LEGAL_KINDS: dict[str, re.Pattern[str]] = {
    "prior_art": re.compile(
        r"prior[- ]art|\bnot (a |an )?(new|novel)\b|lacks? (novelty|originality)|no novelty|novelty"
        r"|(publicly )?(sold|shown|published|disclosed|exhibited|displayed|on sale)\b.{0,80}\b(before|prior to|earlier than) .{0,40}"
        r"(priority|filing|application) date|(priority|filing|application) date.{0,40}\blater\b"
        # The right not yet registered when the seller began to sell ('your design was not registered when we started selling it').
        r"|\bnot (?:yet |even )?(?:registered|filed|granted|applied for)\b[^.;]{0,20}\bwhen (?:we|i)\b[^.;]{0,20}\b(?:start|began|begun|sold|sell|made|launch)"
        r"|现有设计|现有技术|在先设计|不具备新颖性|缺乏新颖性|没有新颖性|早已公开|已公开销售|申请日(之|以)前.{0,20}公开"
        # The same thing said to have been published or disclosed already, in a document the seller names ('the same folding
        # hinge was already published in Japanese patent application JP2019-123456A', 'the identical clip is disclosed in US ...').
        r"|\b(same|identical)\b[^.;]{0,60}\b(was|were|is|are|has been|have been|had been)( already| previously| earlier)?"
        r" (published|disclosed|described|made public|publicly known)\b"
        r"|\b(already|previously) (been )?(published|disclosed|made public)\b[^.;]{0,40}\b(patent|application|publication|catalog\w*|journal|magazine)"
        # On sale, shown or made before the right was applied for, said of a patent or design, not a mark (a mark's earlier
        # use is another argument): 'sold this lamp since 2020, before the patent was filed', '早于专利申请日'.
        r"|^(?!.*\b(trade ?marks?|brand)\b).*\b(sold|selling|sell|shown|showing|published|disclosed|exhibited|displayed|on sale|marketed"
        r"|made|making|manufactured|produced|producing|offered|offering)\b.{0,80}\b(before|prior to|earlier than)\b.{0,40}"
        r"\b(filed|filing|application|applied)\b"
        # Designed, created or developed by the seller before our design or patent: its own earlier creation, which only the
        # design's novelty (prior art) can answer, never the product's differences ('we designed it in 2019 before your
        # design registration', 'lo diseñamos nosotros en 2019, antes de que registraran su diseño', '2019年自己设计的，早于贵司外观设计的注册').
        + _EARLIER_CREATION +
        r"|早于[^，。；]{0,10}(申请日|申请|优先权日)|(申请日|申请|优先权日)(之|以)?前[^，。；]{0,20}(公开|销售|使用|上市|出售|展出)"
        # Spanish: before the filing date, the state of the art, no novelty.
        r"|antes de (la )?(fecha de )?(solicitud|presentaci[oó]n|prioridad)|estado de la t[eé]cnica|falta de novedad|carece de novedad"
        r"|vor dem (anmelde|priorit[äa]ts)tag|stand der technik|mangelnde neuheit"
        # German and Italian: not new ('das Design ist nicht neu', 'non è nuovo'), or shown, sold or published years
        # before ('bereits im Jahr 2014 ... im Katalog ... gezeigt'), said of a design or patent, not a mark.
        r"|\bnicht (mehr )?neu\b|\bkeine neuheit\b|\bneuheit fehlt\b|\bnon (è|e|era) nuov[oa]\b|\bmancanza di novit"
        # On the market for years, said of a design, a shape or a patent (not of a mark, nor of the seller's own selling alone):
        # 'Faltbare Trinkflaschen in dieser Form gibt es schon seit Jahren', 'bottles of this shape have been on the market for years'.
        r"|^(?=.*\b(form|formen|design\w*|gestalt\w*|shape|patent\w*|geschmacksmuster|gebrauchsmuster|solche[nrs]?)\b)"
        r"(?!.*\b(marke|trade ?marks?|brand|marchio|marca)\b).*(\b(gibt es|existier\w*|auf dem markt|im handel|erh[äa]ltlich|verkauft"
        r"|angeboten|on the market|on sale|been sold|been available|existed)\b[^.;]{0,30}(\bseit (jahren|langem|jahrzehnten)\b|\bschon lange\b"
        r"|\bfor (many |several )?(years|decades)\b|\bfor a long time\b)|\b(seit (jahren|langem)|schon lange)\b[^.;]{0,30}"
        r"\b(gibt|auf dem markt|im handel|erh[äa]ltlich|verkauft|angeboten)\b)"
        r"|^(?!.*\b(marke|marchio|marca)\b).*\b(bereits|schon|già)\b[^.;]{0,30}\b(19|20)\d\d\b[^.;]{0,100}\b(gezeigt|veröffentlicht"
        r"|ausgestellt|vorgestellt|präsentiert|verkauft|angeboten|katalog|pubblicat[oa]|espost[oa]|mostrat[oa]|vendut[oa]|catalogo)"
        + _PRIOR_ART_SAID
    ),
    # A right of prior use the seller claims: it made or used the product (or the name) before our right was filed, which
    # lets it go on using it ('we have prior use right', '享有先用权', 'Vorbenutzungsrecht'): for legal, on its dated evidence.
    "prior_use": re.compile(
        r"\bprior[- ]use(r|rs)?\b|right of prior use|先用权|在先使用|derecho de (uso previo|preuso)|uso previo|uso anterior|vorbenutzung"
        r"|diritto di preuso|\bpreuso\b|hak (penggunaan|pemakaian|guna) (terlebih dahulu|lebih dahulu|terdahulu)"
    ),
    "invalidation": re.compile(
        r"invalidation (request|petition|action|proceeding|case|application)|request(ed)? (for|to) (the )?(invalidat|cancel|revo)"
        r"|(request|petition|application|action)s? (for|of) (the )?(invalidation|cancellation|revocation)"
        r"|\b(filed|submitted|lodged|started|brought|made)\b.{0,40}\b(invalidat|cancel|revo[kc]|opposition)"
        r"|\brequest(ed|s)?\b.{0,30}\bto (invalidate|cancel|revoke)"
        r"|(invalidation|cancellation|revocation) (is )?pending|pending (invalidation|cancellation|revocation)"
        r"|declaration of invalidity|invalidity (request|action|proceeding|application)s?"
        r"|无效宣告(请求|申请)?|宣告(专利权|商标)?无效|请求.{0,8}无效|撤销(申请|请求)|撤三|无效(请求|程序)"
        r"|(solicitud|acci[oó]n|demanda|procedimiento) de nulidad|declaraci[oó]n de nulidad"
        r"|nichtigkeits(antrag|verfahren|klage)|l[öo]schungs(antrag|verfahren)|f[üu]r nichtig erkl[äa]rt"
        # The right already declared invalid or revoked by the office ('was declared invalid by CNIPA in decision No. ...').
        r"|^(?=.*\b(patent|design|trade ?mark|registration|utility model|right)s?\b).*(\b(declared|ruled|held|found|pronounced)\s+"
        r"(to be\s+)?(invalid|void|null)\b|\b(was|were|has been|have been|is|got)\s+(invalidated|revoked|annulled)\b"
        # ... with the right or a word of extent between ('declared the complainant's utility model ZL... wholly invalid')
        r"|\b(declared|ruled|pronounced)\b(?:[^.;]|\.(?=\d)){0,80}?\b(invalid|void|null)\b)"
        # The right said already void in Chinese ('商标既然已经无效', '专利已被全部宣告无效')
        r"|(专利|商标)权?[^，。；]{0,6}已(经)?(被)?[^，。；]{0,12}?无效"
    ),
    # The right itself said to have lapsed or expired ('your registration lapsed in 2023', 'sudah tamat tempoh / tidak sah lagi
    # sejak 2025', '专利已过期'): said of the right, not of the seller's own licence.
    "expired": re.compile(
        r"^(?!.*(licen|authori|授权|许可|lisensi|lesen|licencia|licenza|lizenz))"
        r"(?=.*(patent|design|trade ?mark|registration|\bright\b|\bmark\b|reka bentuk|paten|cap dagangan|merek|desain|专利|商标|注册|patente|marca|registro|brevetto|marchio"
        r"|\bmarke\b|schutzrecht|eintragung|geschmacksmuster))"
        r".*(\b(expired|lapsed|no longer (valid|in force|registered|protected)|not valid any ?(more|longer))\b"
        r"|tamat tempoh|(sudah|telah) tamat|\bluput\b|(tidak|tak) sah lagi|kedaluwarsa|tidak berlaku lagi|已过期|已经过期|已失效|已经失效|已到期"
        r"|caducad[oa]|vencid[oa]|ya no es v[aá]lid|scadut[oa]|non [èe] pi[ùu] valid|\babgelaufen|\berloschen|nicht mehr g[üu]ltig|nicht verl[äa]ngert)"
    ),
    "territory": re.compile(
        # Not registered or valid somewhere ('is not registered in China', 'not valid here'); said of no place, or of a time
        # ('was not registered when we started selling it'), it is no territory argument.
        r"(has|have|had) no (legal )?effect (in|outside)|\b(is|are|was|were) not (valid|validated|effective|enforceable|protected|registered|granted)\b(?! by)"
        r"(?![^.;]{0,30}\b(?:when|before|until|yet)\b)(?=[^.;]{0,30}\b(?:in|outside|here|there)\b)"
        r"|\b(has|have|had|is|are|was|were) never (been )?(valid|effective|protected|registered|granted|validated)\b(?! by)[^.;]{0,12}\bin\b"
        r"|(only|solely) (registered|valid|protected|granted|effective) (in|for)|territorial|outside (the |its |your )?territory"
        r"|outside (china|mainland china|the (country|region|jurisdiction))|no (protection|right|rights) (in|outside)"
        r"|(registered|valid|granted) in [\w ]{2,30}, (but|while|whereas) (the|our) (listing|product|goods|sale|shop)"
        r"|地域|仅在.{0,12}(注册|有效|受保护)|不在.{0,12}(保护|注册|有效)范围|在.{0,10}(没有|无|不)(法律)?(效力|保护)"
        r"|(商标|专利|权利)[^，。；]{0,6}(在|于)[^，。；]{1,8}(没有|未|没)(注册|获得注册|授权)|(商标|专利)[^，。；]{0,6}未在[^，。；]{1,8}注册"
        # Malay/Indonesian: 'tidak valid di Indonesia', 'belum terdaftar di DJKI'.
        r"|\b(tidak|belum|tak) (terdaftar|didaftarkan|berdaftar|sah|valid|berlaku)\b[^.;]{0,12}\bdi\b"
        # German: 'die Marke ist in Deutschland nicht eingetragen', 'nur in China registriert'.
        r"|\bin\b[^.;]{1,30}\b(?:(?:gar|überhaupt|auch) )?nicht (eingetragen|registriert|geschützt|gültig|wirksam|validiert)\b|\bnur (in|für)\b[^.;]{1,30}\b(eingetragen|registriert|geschützt)\b"
        # Spanish and Italian: 'la marca no está registrada en España', 'il marchio non è registrato in Italia', 'solo
        # registrado en China'.
        r"|\bno (?:est[aá]n?|es|son|ha sido|fue)\s+(?:registrad|inscrit|protegid|v[aá]lid|concedid)\w*\b[^.;]{0,12}\ben\b"
        r"|\bnon (?:[èe]|sono|[èe] stat[oa])\s+(?:registrat|depositat|protett|valid|concess)\w*\b[^.;]{0,12}\bin\b"
        # French: 'votre marque n'est pas enregistrée en Malaisie', 'le brevet n'a pas été délivré en France'.
        r"|\bn[’']?(?:est|sont|a|ont)\s+(?:pas|jamais)\s+(?:été\s+)?(?:enregistr|déposé|protégé|valable|valide|délivré)\w*\b[^.;]{0,12}\b(?:en|au|aux)\b"
        r"(?!\s+(?:notre|votre|nos|vos|son|sa|ses|leur|leurs|mon|ma|nom|tant|cours|moment|ligne|vente|date|temps)\b)"
        r"|\b(?:registrad|protegid|registrat|protett)[oa]s?\b[^.;]{0,10}\bsol(?:o|amente|tanto) (?:en|in)\b|\bsol(?:o|amente|tanto) (?:registrad|registrat)\w* (?:en|in)\b"
    ),
    # A registration of the seller's own for the mark ('we also registered LUMORA in China', 'LUMORA商标我们也有注册，是我们
    # 自己的商标', 'tenemos la marca registrada a nuestro nombre'): legal weighs its goods, place and date against ours. Not
    # a licence or a dealership (a registration of the owner's the seller relies on), nor a registration said to be missing.
    "own_registration": re.compile(
        r"^(?!.*(licen|authori|autoriz|dealer|distributor|distribuidor|reseller|partner|授权|许可|经销|代理|未注册|没有注册|没注册|未在"
        r"|(\bnot|\bnever|n't)\b[^.;]{0,20}\bregistered\b))"
        r"(?=.*(regist|daftar|eingetragen|angemeldet|注册|商标))"
        r".*(\b(we|i)\b[^.;]{0,20}\bregistered\b[^.;]{0,30}\b(trade ?mark|mark|brand|name|logo)"
        r"|\b(trade ?mark|mark|brand)\b[^.;]{0,30}\b(is |was )?(also )?registered (by|to|in the name of|under) (us|our|ourselves)"
        r"|\bour (own )?(trade ?mark |mark |brand )?registration\b|\bwe (own|hold|have)( our own| a| an| the)?( own)? (trade ?mark |mark |brand )?registration"
        r"|(我们|我司|本公司|本店|我方)[^，。；]{0,10}(注册|申请注册)(了)?[^，。；]{0,6}商标|(商标|品牌)[^，。；]{0,12}(我们|我司|我方|本公司)[^，。；]{0,6}注册"
        r"|(是|为)(我们|我司|我方|本公司)(自己|自有)?的(注册)?商标|自有(注册)?商标|(我们|我司)(拥有|持有)[^，。；]{0,8}商标(注册证|专用权)"
        r"|(tenemos|hemos registrado|registramos|nuestra|somos (los )?titulares)[^.;]{0,40}\bmarca|\bmarca\b[^.;]{0,40}(a nuestro nombre|por nosotros)"
        r"|\b(abbiamo registrato|registrato a nostro nome|nostro marchio registrato)|\bmarchio\b[^.;]{0,30}a nostro nome"
        r"|\b(merek|jenama|cap dagangan)\b[^.;]{0,30}(kami daftarkan|atas nama kami|terdaftar milik kami)|\bkami\b[^.;]{0,15}(mendaftarkan|daftarkan)[^.;]{0,20}(merek|jenama|cap dagangan)"
        r"|\bwir haben\b[^.;]{0,30}\bmarke\b[^.;]{0,20}(angemeldet|eingetragen)|\bmarke\b[^.;]{0,20}auf uns eingetragen)"
    ),
    # An application of the seller's own to register the mark, or a mark of its own, with the office ('we have applied to register
    # FJELLRO for bags ourselves', '我司已于…申请注册“FJELLRO”商标', 'hemos solicitado el registro de la marca', 'wir haben die Marke
    # zur Eintragung angemeldet'): an application, not a registration, which gives no right to use the mark against ours. The
    # same for a patent or design of its own it has applied for ('我司已于…就该款式申请了外观设计专利', 'we applied for a design
    # patent', 'wir haben ein Design angemeldet'): an application, not a grant.
    "own_application": re.compile(
        # Not a licence, nor a request against our right ('we have filed an application for a declaration of invalidity').
        r"^(?!.*(licen|authori|autoriz|dealer|distributor|distribuidor|reseller|授权|许可|经销|代理|invalid|nulidad|nullit|cancel|revo[kc]"
        r"|opposition|oposici|nichtig|l[öo]schung|无效|撤销(?:申请|请求|注册|商标|贵)|撤三|异议))"
        r".*(\b(we|i)\b('ve| have| had| has)?( already| also| now| recently| just)? (filed|submitted|lodged)\b"
        r"[^.;]{0,40}\b(application|registration|trade ?mark)\b"
        r"|\b(we|i)\b('ve| have| had| has)?( already| also| now| recently| just)? applied (to register\b|for (a |an |the |our )?(own )?(trade ?mark|registration|mark)\b"
        r"|\b[^.;]{0,30}\b(trade ?mark|mark|brand|class)\b)"
        r"|\bour (own )?(trade ?mark |mark )?application\b|\bapplication (for|to register) (our|the|this|a|an)\b[^.;]{0,30}(is |was )?(pending|filed|accepted)"
        # Said of the seller's own filing, not of ours ('早于贵司商标申请').
        r"|(我们|我司|我方|本公司|本店)[^。；贵你您]{0,30}(申请注册|提交[^，。；]{0,12}申请|申请了[^，。；]{0,12}(商标|专利)|商标[^，。；]{0,6}申请)"
        r"|\b(we|i)\b('ve| have| had| has)?( already| also| now| recently| just)? applied for (a |an |the |our )?(own )?(design|patent|utility model)"
        r"|\b(hemos|habemos) (solicitado|presentado|pedido)\b[^.;]{0,40}\b(registro|marca|solicitud|patente|dise[ñn]o)|\bnuestra solicitud de (registro|marca|patente)"
        r"|\bwir haben\b[^.;]{0,80}\b(zur eintragung )?angemeldet\b|\bunsere (marken|design|patent|geschmacksmuster)?anmeldung\b"
        r"|\babbiamo (depositato|presentato|richiesto)\b[^.;]{0,40}\b(domanda|registrazione|marchio|brevetto)"
        r"|\bkami\b[^.;]{0,20}\b(mengajukan|telah mengajukan|sudah mengajukan)\b[^.;]{0,30}\b(permohonan|pendaftaran|merek))"
    ),
    # Two trademark defences: the owner's rights in these goods ended when it (or someone with its consent) first sold
    # them (exhaustion, a parallel import), and naming the mark only to say what the goods are (fair use).
    "exhaustion": re.compile(
        r"exhaust(ed|ion)|parallel import|first sale|first (put|placed|sold) on the market|权利用尽|权利穷竭|平行进口|agotamiento"
        # The right said used up by a sale ('专利权已经用尽', '专利权在工厂第一次卖出的时候就用尽了', 'your patent rights were used up').
        r"|(专利权|商标权|著作权|版权|权利|专利|商标)[^，。；]{0,16}(用尽|穷竭|耗尽)|\b(rights?|patents?|trade ?marks?)\b[^.;]{0,40}\b(used up|spent)\b"
        r"|importaci[oó]n paralela|primera venta|\bderechos?\b[^.;]{0,60}\b(se )?agot(ó|aron|ad[oa]s?)\b"
        r"|\bpuest[oa]s? en el mercado\b[^.;]{0,80}\b(por el (propio )?titular|con (su|el) consentimiento)"
        r"|ersch[öo]pf\w*|in (den )?verkehr gebracht"
        # Italian: 'il diritto di marchio è esaurito', 'principio dell'esaurimento', 'importazione parallela', put on the
        # market by the owner itself ('messe in commercio nello SEE dallo stesso titolare').
        r"|\besaurit[oaie]\b|\besaurimento\b|\bsi sono esauriti\b|importazion[ei] parallel[ae]|\bprima vendita\b"
        r"|\b(?:immess|mess)[oaie] in commercio\b[^.;]{0,80}\b(?:dal(?:lo)? (?:stesso |proprio )?titolare|con il (?:suo )?consenso)"
    ),
    "fair_use": re.compile(r"fair use|nominative use|合理使用|正当使用|uso (leal|justo|leg[ií]timo)"),
    # The mark said to be weak, descriptive or a common word anyone may use ('kestrel is just a bird name anyone can use',
    # 'KESTREL es solo el nombre de un pájaro, cualquiera puede usarlo', 'nur ein Vogelname'): its validity, which only the
    # office that registered it (or a court) decides.
    "descriptive": re.compile(
        r"\b(trade ?mark|mark|brand|registration)\b[^.;]{0,20}\b(is|are|was) (very |too |quite )?(weak|descriptive|not distinctive|non-?distinctive"
        r"|lacks? distinctiveness)\b|\blacks? distinctive(ness| character)\b"
        r"|\b(just|only|merely|simply|nothing but) (a|an|the) (common |ordinary |everyday |generic )?([\w-]+ ){0,2}?(name|word|term)\b"
        r"[^.;]{0,40}\b(anyone|anybody|everyone|everybody|no ?one|nobody) (can|may|could|is free to) (use|own)\b"
        r"|\b(anyone|anybody|everyone|everybody) (can|may|is free to) use (it|this (word|name)|the (word|name))\b"
        r"|\b(es|son) (solo|sólo|solamente|simplemente) (el|un|una) (nombre|palabra|t[eé]rmino)\b|\bcualquiera (puede|podr[ií]a) usarl"
        r"|\b(marca|marchio)\b[^.;]{0,20}\b(es|è) (d[eé]bil|descriptiv[ao])\b|\b(è|e) solo (un|il) (nome|termine|parola)\b|\bchiunque (può|puo) usarl"
        r"|\bnur ein(e)? (\w+ )?(name|wort|begriff|vogelname|tiername)\b|\bjeder (darf|kann) (ihn|es|das wort|den namen) (benutzen|verwenden)"
        r"|\b(marke|markenname)\b[^.;]{0,20}\bist (schwach|beschreibend|nicht unterscheidungskräftig)|描述性(商标|词汇)|缺乏显著性|不具有显著性|任何人都可以使用"
    ),
    # The work said to be no work copyright protects: not original, a standard table or common wording anyone may use ('è una
    # normale tabella di conversione, non è un'opera originale e nessuno può averne il copyright', 'not a creative work and
    # cannot be protected by copyright', '不具有独创性'): whether ours is original enough is for legal.
    "originality": re.compile(
        r"\bnot (an? |any )?(original|creative) (work|creation|design|content)\b|\b(no|lacks?|without|lack of) (any )?(originality|creativity)\b"
        r"|\b(cannot|can't|can not|could not|couldn't) be (protected|covered) by copyright|\bnot (protected by|subject to) copyright|\bnot copyrightable"
        r"|\b(nobody|no one|no-one|no company)\b[^.;]{0,20}\b(can|could|may)\b[^.;]{0,10}\b(own|have|hold|claim)\b[^.;]{0,15}\bcopyright"
        r"|\bno copyright (can |could )?(exist|subsist|apply|applies)\b"
        r"|\bnon (è|e) (un'|una )?opera (originale|creativa|dell'ingegno)|\b(priv[ao]|mancanza) di (originalit|creativit)|\bnessuno (può|puo) averne il (copyright|diritto)"
        r"|\bnon (è|e) tutelabil|\bno es (una )?obra (original|creativa)|\b(carece|falta) de originalidad|\bno tiene originalidad"
        r"|\bno (puede|pueden) (estar |ser )?protegid[oa]s? por (los )?derechos de autor|\bnadie puede tener (los )?derechos"
        r"|\bkein (urheberrechtlich geschütztes )?werk\b|\bnicht urheberrechtlich geschützt|\bkeine schöpfungshöhe"
        r"|\bpas une (œuvre|oeuvre) originale|\bpas protégeable|\bbukan karya (asli|cipta)|\btidak dilindungi hak cipta"
        r"|(不具有?|没有|缺乏|不具备)独创性|不构成(著作权法意义上的)?作品|不受(著作权法|著作权|版权)保护"
    ),
    # The owner has not used its own mark (where the listing sells, or for years): a ground to revoke it. Said of the mark or
    # its owner, never of the seller's listing ('the mark is not used in our listing' is the seller's own 'no use of the
    # mark'), and with where or since when ('has not been used in Spain', 'no se ha usado en España', 'seit 2019 nicht benutzt').
    # The right's validity questioned by asking for the office's evaluation of it: a utility model (or a design) in China is
    # granted without substantive examination, and the seller asks for CNIPA's patent evaluation report ('请投诉方提供专利权
    # 评价报告', 'please provide the patent right evaluation report', 'legen Sie den Bewertungsbericht vor').
    "evaluation_report": re.compile(
        r"专利权?评价报告|检索报告|(未|没有|没)(经过?|进行)?实质(性)?审查"
        r"|(patent( right)?|utility model) evaluation report|evaluation report (of|for|on) the (patent|utility model)"
        r"|without (any )?substantive examination|(not|never) (been )?substantively examined|no substantive examination"
        r"|informe de evaluaci[oó]n de (la )?patente|sin examen (sustantivo|de fondo)|\bbewertungsbericht|ohne (sachliche|materielle) pr[üu]fung"
        r"|rapporto di valutazione (del )?brevetto|senza esame (sostanziale|di merito)|laporan penilaian paten|tanpa pemeriksaan substantif"
    ),
    "non_use": re.compile(
        r"non-?use\b|not (been )?put to (genuine )?use|revocation for (lack of )?use|falta de uso|caducidad por (falta de )?uso"
        r"|nichtbenutzung|连续(三|3)年(未|没有|不)(实际)?使用"
        # Italian and Malay/Indonesian, said of the mark or its owner, never of the seller's listing ('il marchio non è stato
        # utilizzato in Italia negli ultimi cinque anni', 'decaduto per mancato uso', 'jenama LUMORA tidak digunakan oleh
        # pemiliknya selama lima tahun', 'pemilik tidak pernah menggunakan merek itu di Indonesia').
        r"|\b(decadenza|decadut[oa]|decade)\b[^.;]{0,30}\b(non|mancato) uso\b|\bper (non|mancato) uso\b"
        r"|^(?!.*\b(inserzion[ei]|annunci[oi]?|nostr[oaie] (prodott|articol|merc)\w*|titol[oi]|immagin[ei]|foto|descrizion[ei]|confezion[ei]"
        r"|iklan|penyenaraian|senarai|(produk|barang) kami|judul|tajuk|gambar|deskripsi|bungkusan|kemasan)\b)"
        r"(?=.*\b(marchio|jenama|cap dagangan|tanda dagangan|merek|merk)\b).*("
        r"\bnon (([èe]|sia) )?(mai )?(stat[oa] )?(usat|utilizzat|impiegat)[oa]\b[^.;]{0,40}\b(in|da|per|negli|nell\w*|dal|dai|dall\w*)\b"
        r"|\btitolare\b[^.;]{0,30}\bnon (ha )?(mai )?(usa|utilizza|usato|utilizzato)\b"
        r"|\b(tidak|tak|belum)( pernah)? (digunakan|dipakai|diguna(kan)?)\b[^.;]{0,40}\b(selama|sejak|di|dalam|oleh)\b"
        r"|\b(pemilik|pengadu|pelapor)\w*\b[^.;]{0,30}\b(tidak|tak|belum)( pernah)? (menggunakan|memakai|guna)\b)"
        r"|^(?!.*\b(listings?|titles?|images?|photos?|pictures?|descriptions?|packag\w*|stores?|shops?|our (goods|products?|items?)"
        r"|anuncios?|t[ií]tulos?|im[aá]genes|fotos?|descripci[oó]n|embalaje|tienda|nuestr[oa]s? (productos?|art[ií]culos?)"
        r"|wir|unser\w*|angebot\w*|titel|bild\w*|beschreibung|logo)\b)"
        r"(?=.*\b(trade ?marks?|marks?|brand|registration|marca|marke)\b).*("
        r"\b((has|have|had)( not| never) been|(was|were|is|are)( not| never)( being)?) (used|in use)\b(?! as\b)[^.;]{0,40}\b(in|for|since|during|within)\b"
        r"|\bno se (ha |han )?(usado|utilizado|empleado|usa|utiliza|emplea)\b[^.;]{0,40}\b(en|desde|durante|hace)\b"
        r"|\b(nicht|nie)( mehr)? (benutzt|genutzt|verwendet)\b"
        r"|\b(owner|proprietor|holder|complainant|rights? ?holder|titular|propietario|inhaber)\b[^.;]{0,30}"
        r"\b((has|have|had|did|does|do)(n't| not| never)( \w+)? (use|used|using)|no (ha )?(usa|utiliza|emplea|usado|utilizado|empleado))\b"
        r"[^.;]{0,20}\b(mark|trade ?mark|brand|it|marca)\b)"
    ),
}

# The goods said to be outside the classes (the goods) our registration covers: read by goods_classes.argues_classes and by
# the model's 'classes' examples, a legal argument of its own (never territory: it is about what, not where).
CLASSES = "classes"
# A request against our right the seller says it may file, none pending ('我方保留...提出无效宣告请求的权利').
INVALIDATION_RESERVED = "invalidation_reserved"
NAMED_KINDS = (*LEGAL_KINDS, CLASSES, INVALIDATION_RESERVED)

# A patent's scope is its claims (a design's, its drawings): a seller who says its product lacks a feature of them, or
# falls outside them, argues non-infringement, a legal argument of its own (a comparison claim by claim). The model
# reads paraphrase ('non_infringement' in ground_examples); these are the words that name it outright; Chinese and
# Spanish sentences are read by concept pairs (chinese_meaning, spanish_meaning).
_NON_INFRINGEMENT_RE = re.compile(
    r"non-?infring|\b(does|do|did)( not|n't) infringe|\bclaims? ?\d|\b(fall|falls|fell|falling) (within|outside|under) (the |its |your )?"
    r"(scope|claims?|patent)|scope of (protection|the (patent|claims?|utility model))|不构成专利侵权|未落入|不落入"
)

# "Other" factual claims we can answer with our own evidence (for image-theft complaints, our original files).
# 'We own the copyright in these pictures' is one of them (the seller claims its own work: proof of authorship
# answers it), read as a pair: a word for the right and one for pictures, said by the seller of itself.
_PICTURE_COPYRIGHT_RE = re.compile(r"copyright|著作权|版权|derechos de autor")
_PICTURES_RE = re.compile(r"\b(photo\w*|pictures?|images?|pics?|fotos?|fotograf[ií]as?|im[aá]gen(es)?)\b|图片|照片|主图")
_SELLERS_OWN_RE = re.compile(r"\b(we|i|us|our|ours|me|nuestr[oa]s|somos|nos pertenecen)\b|我们|我司|本店|本公司|我方")


def claims_picture_copyright(norm: str) -> bool:
    """Whether a (normalised) sentence has the seller claim the copyright in the pictures as its own."""
    return bool(_PICTURE_COPYRIGHT_RE.search(norm) and _PICTURES_RE.search(norm) and _SELLERS_OWN_RE.search(norm)
                and not _LICENSED_BY_RE.search(norm) and not any(pattern.search(norm) for pattern in LEGAL_KINDS.values()))


# 'Licensed by the copyright owner' (已获得著作权人…的授权) names the right's owner as another: no claim to own it.
_LICENSED_BY_RE = re.compile(r"授权|许可|licen[cs]|authori[sz]|autoriz")


_OWN_PHOTOS_RE = re.compile(
    r"(our|my) own (photos?|pictures?|images?)|we took (the |these |those )?(photos?|pictures?|images?)|photographed (them|it) ourselves"
    r"|(photos?|pictures?|images?)\b[^.;]{0,40}\b(taken|shot|photographed|made|created) by (us|ourselves|myself|our (own )?\w+)"
    r"|(图片|照片)(是|为|均为|都是)?(我们|我司|本店|自己)(自己|自行)?(拍摄|原创|实拍)|自己拍(摄)?的|实拍图"
)


# A salutation: 'Dear Sir or Madam,', 'Good afternoon,', 'To whom it may concern:', '尊敬的平台：', 'Estimado equipo:', 'Sehr
# geehrte Damen und Herren,'. The addressee's words end at the punctuation (or the sentence's end), so a greeting never takes
# the argument after it.
_GREETING_RE = re.compile(
    r"^\s*(?:(?:dear|hello|hi|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|estimad[oa]s?|querid[oa]s?|hola"
    r"|buen(?:o|a)s? (?:d[ií]as|tardes)|sehr geehrte[rn]?|guten (?:tag|morgen|abend)|hallo|liebe[rs]?|尊敬的|亲爱的|您好|你好)(?:(?:[^\S\n]+[^\W\d_][\w'’-]*){0,5}?|[\u4e00-\u9fff]{0,16}?)\s*(?:[,:!;，：！；。]+|$)\s*)+",
    re.IGNORECASE,
)
# How a seller introduces itself or signs: 'We are Guangzhou Linhai Trading Co., Ltd.', 'Somos Levante Online S.L.'.
_INTRODUCTION_RE = re.compile(r"^\s*(?:we are|we're|this is|this letter is from|i am|i'm|somos|soy|我们是|我司是|本公司是)?\s*", re.IGNORECASE)


def without_greeting(sentence: str) -> str:
    """The sentence after a salutation it opens with ('Dear Sir or Madam, we bought...' -> 'we bought...')."""
    found = _GREETING_RE.match(sentence)
    return sentence[found.end():] if found else sentence


# A letter's heading: 'To: ...', 'Re: complaint ..., design patent ...', 'Asunto: ...', '主题：...'. It names the matter,
# argues nothing; nor does a line that announces the points below it ('…一事，我司申诉如下：', 'our reasons are as follows:').
_HEADING_RE = re.compile(
    r"^\s*(?:to|re|subject|from|cc|attn|asunto|para|betreff|an|主题|事由|收件人)\s*[:：]"
    r"|(?:申诉|理由|说明|陈述|回复)[^，。；]{0,4}如下\s*[:：]\s*$|\b(?:appeal|reasons?|grounds|explanation|response)\b[^.;]{0,20}\bas follows\s*:\s*$",
    re.IGNORECASE,
)


def greets_only(sentence: str) -> bool:
    """Whether a sentence is only a salutation or a letter's heading: it argues nothing, and is never read as a ground."""
    return bool(_HEADING_RE.search(sentence)) or not re.search(r"\w", without_greeting(sentence))


def argued_part(sentence: str) -> str:
    """What the model reads of a sentence: without the salutation and the writer's own name it opens with ('Hello, this
    is Acme Trading Co., Ltd., the seller of the item' -> 'the seller of the item')."""
    rest = without_greeting(sentence)
    after = rest[_INTRODUCTION_RE.match(rest).end():]
    name = leading_company(after)
    return after[after.find(name) + len(name):].lstrip(" ,，:：;；-") if name else rest


def introduces_only(sentence: str) -> bool:
    """Whether a sentence only names a company (the seller introducing itself, or signing): it argues nothing."""
    rest = without_greeting(sentence)
    rest = rest[_INTRODUCTION_RE.match(rest).end():]
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
    # The named legal arguments (prior_art, invalidation, territory) and the seller's sentences for each.
    legal_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Every sentence that makes a legal argument, named or not (arguments.py gives the unnamed ones a row of their own).
    legal_words: tuple[str, ...] = ()
    # A clause read on its own ('…弯曲鹅颈形；', '… claim 1;') and the whole sentence it belongs to, as people are shown it.
    whole: dict[str, str] = field(default_factory=dict)
    # Against a copyright complaint: the sentences in which the seller claims the work as its own creation (own_work.py).
    own_creation_words: tuple[str, ...] = ()
    # The sentences in which the seller calls itself the owner's authorised distributor, with no document of any kind for
    # it: the owner's authorisation claimed (the licence ground), not a purchase nobody mentioned.
    distributor_words: tuple[str, ...] = ()
    # A take-down the seller says beside a contest (the listing removed): a fact to verify, not giving up.
    removed: tuple[str, ...] = ()
    # Sentences in which the seller admits the goods have no genuine source (a flea market, a friend: admissions.py).
    admitted: tuple[str, ...] = ()
    # Against a copyright complaint: the sentences in which the seller says its supplier gave it the photos (no permission).
    supplier_photos: tuple[str, ...] = ()
    # Against a trademark complaint: a right of the seller's own (its design patent, another mark's registration) said or
    # attached, and the sentences that say it (own_rights.py).
    own_right: bool = False
    own_right_words: tuple[str, ...] = ()
    # A seller that calls itself only a dropshipper, and safety papers (a CE declaration, a test report) attached (safety_papers.py).
    dropshipper_words: tuple[str, ...] = ()
    safety_papers: bool = False
    # Against a copyright complaint: the sentences saying our right (or our trademark) is not registered or has no effect
    # where the listing sells, answered by what IPP accepts, not held as a legal argument (copyright_territory.py).
    copyright_territory: tuple[str, ...] = ()
    # Against a test-buy complaint: the sentences saying the test buy (its order, its parcel) was not the seller's (disputed_test_buys.py).
    test_buy_disputed: tuple[str, ...] = ()
    # Of several listings, the ones the seller admits the complaint for, each in a paragraph of its own (admitted_listings.py).
    conceded_listings: tuple[str, ...] = ()

    @property
    def own_creation_claim(self) -> bool:
        return bool(self.own_creation_words)

    def shown(self, sentences) -> list[str]:
        """The sentences a ground or an argument rests on as people read them: each clause in its whole sentence, once."""
        return list(dict.fromkeys(self.whole.get(s, s) for s in sentences))


def whole_sentences(text: str, clauses: list[str]) -> dict[str, str]:
    """Each clause cut at a semicolon ('；', ';') with the whole sentence it is part of: a ground read from one clause is
    quoted with the rest of its sentence ('壶嘴为直筒形；壶身为六瓣' is one point, not half of one)."""
    spans, at = [], 0
    for clause in clauses:
        start = text.find(clause, at)
        if start < 0:
            return {}
        spans.append((clause, start, start + len(clause)))
        at = start + len(clause)
    out: dict[str, str] = {}
    group: list[tuple[str, int, int]] = []
    for span in spans:
        group.append(span)
        if not span[0].endswith((";", "；")):
            whole = text[group[0][1]:group[-1][2]]
            out.update({clause: whole for clause, _, _ in group if len(group) > 1})
            group = []
    if len(group) > 1:
        out.update({clause: text[group[0][1]:group[-1][2]] for clause, _, _ in group})
    return out


# The kind of 'no use of the mark' that admits the word is there and says it is not used as a brand.
_DESCRIPTIVE_RE = re.compile(
    r"descriptive use|(only|just|merely) (to )?describe|describes? the (colou?r|season|scent|material|shape|style)|not (used )?as a (brand|trade ?mark)"
    r"|not a brand use|compatib\w*|kompatib\w*|for use with|ordinary (meaning|word)|common word|" + _FITS_SAID +
    r"|描述性使用|不是作为(商标|品牌)|并非(商标|品牌)|只是(说明|描述|形容)|节气|兼容|适用于"
    # the same in German, Spanish and French: 'beschreibt nur, zu welchen Zangen die Griffe passen', 'solo indica para qué
    # alicates sirven', 'il ne fait que décrire avec quelles pinces ...'
    r"|\bbeschreibt nur\b|\bnur (?:zu )?beschreib\w*|\bzu welche[nmr]? [^.;]{0,30}\bpass(?:en|t)\b|\b(?:solo|s[oó]lamente) (?:describe|indica|dice)\b"
    r"|\bne fait que (?:d[ée]crire|indiquer)\b|\b(?:indique|d[ée]crit) (?:seulement|uniquement)\b"
)


_CLASS_PATTERNS: dict[str, re.Pattern[str]] = {ground.value: pattern for ground, pattern in _GROUND_PATTERNS.items()} | {
    "legal": _LEGAL_ARGUMENT_RE,
    "own_photos": _OWN_PHOTOS_RE,
    "non_infringement": _NON_INFRINGEMENT_RE,
}

# Where the goods came from: a source that is itself authorised ("bought from the authorised distributor X",
# "从品牌方授权的总经销商…进货") makes the sentence a purchase. The authorisation is the source's, not the seller's, so
# it is taken out before the licence and chain patterns read the sentence: reselling genuine goods is no licence.
_AUTHORISED_SOURCE_RE = re.compile(
    r"\b(from|via|by way of|(?:supplied|sold|provided|delivered|shipped|imported) by)\s+(the |an |a |its |their |our |one of (the |its )?)?([\w.&'’-]+\s+){0,3}?"
    r"(authori[sz]ed|licensed|official|appointed)\s+([\w-]+\s+){0,2}?"
    r"(distributors?|dealers?|wholesalers?|resellers?|agents?|suppliers?|importers?|retailers?|partners?|stores?|shops?)\b"
)
# Between the source's role and the purchase may stand its name, as long as a company's name in Latin letters is
# ('从贵方瑞典授权经销商 Nordvik Sport Distribution AB 正规采购的').
_ZH_AUTHORISED_SOURCE_RE = re.compile(
    r"(从|向|在|由)[^，。；,;]{0,30}?(经销商|代理商|代理|批发商|供应商|供货商|总代|经销|分销商|厂家|公司)[^，。；,;]{0,60}?"
    r"(进货|进的货|采购|购买|购入|拿货|拿的货|买|订货|批发|进)"
)


# The same source named first and described after a comma: 'from Calzaturificio Rossi S.r.l., an authorised distributor'.
_AUTHORISED_SOURCE_NAMED_RE = re.compile(
    r"\b(from|via|by)\s+(?:[\w.&'’-]+\s+){0,5}?[\w.&'’-]+,\s+(?:an?|the|its|their|one of (?:the |its )?)\s*"
    r"(?:authori[sz]ed|licensed|official|appointed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:distributors?|dealers?|wholesalers?|resellers?|agents?|suppliers?|importers?|retailers?|partners?|stores?|shops?)\b"
)


def _without_authorised_sources(norm: str) -> str:
    """The sentence with an authorised source of the goods reduced to 'a supplier' (its purchase words kept)."""
    norm = _AUTHORISED_SOURCE_NAMED_RE.sub(r"\1 a supplier", norm)
    norm = _AUTHORISED_SOURCE_RE.sub(r"\1 a supplier", norm)
    return _ZH_AUTHORISED_SOURCE_RE.sub(lambda m: m.group(1) + "供货方" + m.group(3), norm)


_GRANT_CLASSES = {AppealGround.LICENCE.value, AppealGround.AUTHORIZATION_CHAIN.value}

# The seller calls itself (we, kami, somos...) an authorised (official) distributor, wholesaler, importer, dealer or reseller: one who buys the owner's goods
# and resells them, a link of the supply chain (a purchase), not a licensee. Only a grant the seller names beside it
# (an appointment, a distribution agreement, an authorisation letter or certificate) makes it a licence claim.
_DISTRIBUTOR_RE = re.compile(
    r"(?:\b(?:we|we're|i am|i'm|kami|kita|saya|somos|soy|siamo|sono|wir sind|ich bin)|\bour (?:company|shop|store|firm|business))(?:\s+[\w'-]+){0,4}?\s+"
    r"(?:\b(?:authori[sz]ed|official|appointed|exclusive)\s+(?:[\w-]+\s+)?(?:distributor|wholesaler|importer|reseller|dealer|retailer|stockist)s?\b"
    r"|\bdistribuidor(?:es)?\s+(?:oficial(?:es)?\s+)?autorizad[oa]s?|\bdistribut(?:ore|ori)\s+(?:ufficiale\s+)?autorizzat[oi]"
    r"|\b(?:distributor|pengedar)\s+(?:resmi|rasmi|sah)\b"
    r"|\b(?:autorisierte[rn]?|offizielle[rn]?)\s+(?:händler|vertriebspartner|distributor|großhändler|importeur|wiederverkäufer)\b)"
)
_GRANT_NAMED_RE = re.compile(
    r"licen[cs]|authori[sz]ation|authori[sz]ed (?:us|our)\b|autorizaci[oó]n|autorizzazione|\bletter|\bcertificate|certificado|certificato|sertifikat|\bsijil"
    r"|agreement|contract|contrato|contratto|perjanjian|appoint|granted|nombrad|授权书|授权证书|协议"
    r"|lizenz|vertrag|vereinbarung|zertifikat|urkunde|schreiben|genehmigung"
)


def distributor_reading(norm: str) -> str | None:
    """What a (normalised) sentence in which the seller calls itself an authorised distributor argues: a licence when it
    names the grant beside it, else a purchase (the supply chain); None when it says no such thing."""
    if not _DISTRIBUTOR_RE.search(norm):
        return None
    return AppealGround.LICENCE.value if _GRANT_NAMED_RE.search(norm) else AppealGround.PURCHASE_INVOICE.value


# Goods said to be bought ('we bought', 'compramos', '进货'), not a paper named for something else (a photographer's invoice).
_GOODS_BOUGHT_RE = re.compile(r"\bbought\b|\bpurchas|\bimport|采购|进货|购买|买的|\bcompr[aéó]|\b(?:mem|di)?beli\b|acquist|gekauft|\bgoods\b|\bstock\b")


def _photo_readings(found: set[str], norm: str, works: bool) -> set[str]:
    """A (normalised) sentence's classes with what it says of photos read as that: a photographer's invoice it names is a
    record of a photo shoot, offered to show who took the photos, never goods bought; against a copyright complaint, photos
    claimed as made first ('we shot them in 2022, long before you used them') are the seller's own photos, no legal argument."""
    if AppealGround.PURCHASE_INVOICE.value in found and names_photo_shoot(norm) and not _GOODS_BOUGHT_RE.search(norm):
        found = (found - {AppealGround.PURCHASE_INVOICE.value}) | {"own_photos"}
    if works and "own_photos" in found and not any(pattern.search(norm) for pattern in LEGAL_KINDS.values()):
        found = found - {"legal"}
    return found


def keyword_classes(sentence: str, *, works: bool = False, test_buy: bool = False) -> set[str]:
    """The classes whose keyword pattern matches a sentence; in Chinese, also its concept pairs (chinese_meaning).
    The licence and chain patterns read the sentence without the authorised source of the goods it names.

    ``works``: the complaint is about a copyright work, against which a seller claiming the work as its own creation
    (own_work.py) argues that, not a different product nor a bare legal argument (a named one, such as invalidity, stays).
    ``test_buy``: the complaint rests on a test buy, which a seller disputes by saying its order or parcel was not its own."""
    return set(_keyword_classes(sentence, works, test_buy))


@lru_cache(maxsize=4096)
def _keyword_classes(sentence: str, works: bool, test_buy: bool) -> frozenset[str]:
    """keyword_classes, read once per sentence (the grounds and the claims read the same sentences)."""
    found = _own_brand_read(_said_as_fact(_classes_read(sentence, works, test_buy), sentence, works, test_buy), sentence, works, test_buy)
    return frozenset(_copy_denial_read(found, sentence, works, test_buy))


def _copy_denial_read(found: set[str], sentence: str, works: bool, test_buy: bool) -> set[str]:
    """A sentence that says the goods are no copy ('NON è una copia', 'no es una falsificación'): the goods said genuine, a
    bare claim (not_a_copy.py), never a different product unless its other words say the product differs. Nothing else in
    it, it argues nothing (the model, which finds it close to a different product, is not asked)."""
    product = AppealGround.DIFFERENT_PRODUCT.value
    norm = normalize_text(sentence)
    if product not in found or not copy_denied(norm) or _DIFFERS_RE.search(norm):
        return found
    if product in _classes_read(without_copy_denial(norm), works, test_buy):
        return found
    return (found - {product}) or {"neutral"}


# The seller's own brand, in the languages sellers write ('自有品牌“山迹”', 'our own brand Shanji', 'marca propia', 'nostro marchio').
_OWN_BRAND_RE = re.compile(r"自有品牌|自主品牌|\bour own brand\b|\bmarca propia\b|\bnostro marchio\b|\bnotre propre marque\b|\beigene[nr]? marke\b")


def _own_brand_read(found: set[str], sentence: str, works: bool, test_buy: bool) -> set[str]:
    """A sentence naming the seller's own brand beside its word that it does not use ours as a brand ('我们的防雨罩是自有品牌
    “山迹”，没有把贵司商标当作自己的品牌使用'): it argues no use of our mark; that the product is another one it does not say,
    unless in other words than its own brand ('a different product')."""
    product = AppealGround.DIFFERENT_PRODUCT.value
    if product not in found or AppealGround.NO_USE_OF_MARK.value not in found:
        return found
    norm = normalize_text(sentence)
    if not _OWN_BRAND_RE.search(norm) or product in _classes_read(_OWN_BRAND_RE.sub(" ", norm), works, test_buy):
        return found
    return found - {product}


def _said_as_fact(found: set[str], sentence: str, works: bool, test_buy: bool) -> set[str]:
    """A sentence's classes without a ground it names only in a negated or hedged clause ('our brand, which is not
    registered by us', 'maybe we have a licence': unsure_words.py). Such a sentence, with nothing else in it, is read and
    argues nothing (neutral: the model, which would find it close to the ground it denies, is not asked)."""
    norm = normalize_text(sentence)
    firm = firm_part(norm)
    if firm == norm:
        return found
    firm_found = _classes_read(firm, works, test_buy) if firm.strip() else set()
    # Only what the negated or hedged clauses themselves say is denied or guessed at: a ground read across the clauses
    # ('we do not admit the photos are similar to yours: they were all taken by our team') is said as a fact.
    dropped = unsure_part(norm)
    denied_found = _classes_read(dropped, works, test_buy) if dropped.strip() else set()
    unsure = {name for name in found & SAID_AS_FACT if name not in firm_found and name in denied_found}
    product = AppealGround.DIFFERENT_PRODUCT.value
    if product in found and product not in firm_found and denied_or_guessed(norm, lambda clause: product in _classes_read(clause, works, test_buy)):
        unsure.add(product)  # 'not sure it is the same', 'not designed by us': a guess or a denial, never 'the product differs'
    kinds = set(_kinds_said(sentence))
    if "legal" in found and "legal" not in firm_found and kinds and not legal_kinds(sentence) and kinds <= FACT_KINDS | {"prior_art"}:
        unsure.add("legal")  # its only legal argument a right or a step of its own it denies or guesses at
    if not unsure:
        return found
    return (found - unsure) or {"neutral"}


def _other_languages_classes(norm: str, granted: str) -> set[str]:
    """The classes read in the other languages sellers write in; a grant's classes only from the sentence without the
    sources it names as authorised (``granted``)."""
    found = italian_malay_classes(norm)
    for read in (chinese_classes, spanish_classes, german_classes, french_classes, portuguese_classes):
        found |= {name for name in read(granted) if name in _GRANT_CLASSES} | (read(norm) - _GRANT_CLASSES)
    return found


def _classes_read(sentence: str, works: bool, test_buy: bool) -> set[str]:
    """The classes of keyword_classes, read."""
    norm = normalize_text(sentence)
    granted = _without_authorised_sources(norm)
    found = {name for name, pattern in _CLASS_PATTERNS.items() if pattern.search(granted if name in _GRANT_CLASSES else norm)}
    found |= _other_languages_classes(norm, granted)
    distributor = distributor_reading(granted)
    if distributor:
        found.add(distributor)
    if signed_with_us(sentence):
        found.add(AppealGround.LICENCE.value)  # 'the contract we signed with you': a permission claimed from the owner
    if any(pattern.search(norm) for pattern in LEGAL_KINDS.values()) or earlier_use_said(norm) or argues_classes(sentence):
        found.add("legal")  # (the seller's use said to come first, in any language: a prior-use argument, earlier_use.py)
    if class_difference_said(sentence):
        found.discard(AppealGround.DIFFERENT_PRODUCT.value)  # goods of another class than the registration's: its scope, not the product
    if LEGAL_KINDS["non_use"].search(norm):
        found.discard(AppealGround.NO_USE_OF_MARK.value)  # the owner's non-use of its mark, not the seller's listing
    if LEGAL_KINDS["own_application"].search(norm):
        found.discard(AppealGround.DIFFERENT_PRODUCT.value)  # 'our own design patent application': a filing of its own, no other product
    if _EARLIER_CREATION_RE.search(norm) and not _DIFFERS_RE.search(norm):
        found.discard(AppealGround.DIFFERENT_PRODUCT.value)  # 'our own design, designed in 2019 before your registration': novelty, no other product
    if _SAME_SOLD_EARLIER_RE.search(norm) and not _DIFFERS_RE.search(norm) and AppealGround.DIFFERENT_PRODUCT.value in found:
        found = (found - {AppealGround.DIFFERENT_PRODUCT.value}) | {"legal"}  # 'a generic style, the same sold since 2021': prior art
    if compatibility_said(sentence):
        found.add(AppealGround.NO_USE_OF_MARK.value)  # 'serasi dengan pisau AURELIA': the mark names what the goods fit, in any language
    if future_product_said(sentence) or (pleads_ignorance_of_right(norm) and not _NON_INFRINGEMENT_RE.search(norm)):
        # 'From next week we will sell our new model instead': another product, not the one listed; 'we did not know it was
        # patented': a plea of good faith. Neither argues against the complaint (the model, which finds them close to a
        # different product or to non-infringement, is not asked).
        return (found - {AppealGround.DIFFERENT_PRODUCT.value, NON_INFRINGEMENT, "legal"}) | {"neutral"}
    if concedes_use(norm):
        # 'we accept the word SAFFIRA should not be in the title': the use admitted, never 'the listing does not use the mark'
        # (the model, which finds the mark and the title close to that ground, is not asked).
        return (found - {AppealGround.NO_USE_OF_MARK.value, AppealGround.DIFFERENT_PRODUCT.value, NON_INFRINGEMENT, "legal"}) | {"neutral"}
    if changed_product_said(sentence):
        found.add(AppealGround.DIFFERENT_PRODUCT.value)  # 'redesigned, now without a magnet': what it sells now is said to differ
    if other_model_said(sentence):
        found.add(AppealGround.DIFFERENT_PRODUCT.value)  # 'we sell the LM-200, not your LM-350': another model, in any language
    if claims_picture_copyright(norm):
        found.add("own_photos")
    found = _photo_readings(found, norm, works)
    if not found and maker_paper_only(norm):
        found.add("neutral")  # 'The factory's letter is attached': the maker's paper, judged as what it is, argues no grant
    if (dropshipper_said(norm) or paper_proves_genuine_said(norm)) and not _GROUND_PATTERNS[AppealGround.PURCHASE_INVOICE].search(norm):
        # 'we are only a dropshipping store', 'the certificate proves they are genuine': no purchase named (safety_papers.py)
        found = (found - {AppealGround.PURCHASE_INVOICE.value}) | {"neutral"}
    if factory_goods_said(norm):
        found.add(AppealGround.PURCHASE_INVOICE.value)  # 'overruns from your OEM factory', '代工厂生产的尾货': genuine goods claimed
    elif manufacturing_agreement_said(norm) and not _GOODS_BOUGHT_RE.search(norm):
        # 'we signed a manufacturing agreement with the brand, so we may sell': the maker's permission claimed, nothing bought
        found = (found - {AppealGround.PURCHASE_INVOICE.value}) | {AppealGround.LICENCE.value}
    if admitted_source(norm):
        # 'bought at a flea market', 'from a friend': the seller's own word that the goods have no genuine source, an
        # admission (admissions.py), never a purchase ground that lacks only its invoice; the model is not asked.
        found.discard(AppealGround.PURCHASE_INVOICE.value)
        found.add("admission")
    found = _non_infringement_read(found, sentence, norm)
    return _read_against_the_complaint(found, sentence, norm, works=works, test_buy=test_buy)


def _read_against_the_complaint(found: set[str], sentence: str, norm: str, *, works: bool, test_buy: bool) -> set[str]:
    """A sentence's classes read against what the complaint rests on: a test buy, or a copyright work."""
    if test_buy and disputes_test_buy(sentence):
        # Against a test-buy complaint, 'the parcel in your test buy report did not come from us': the test buy disputed
        # (disputed_test_buys.py), neither goods bought nor photos of the seller's own; the model is not asked.
        found = (found - {AppealGround.PURCHASE_INVOICE.value, "own_photos"}) | {"neutral"}
    if works and licence_bought(norm):
        # 'we bought the photos from an image bank, with a licence': what was bought is a licence to use pictures, not goods.
        found = (found - {AppealGround.PURCHASE_INVOICE.value}) | {AppealGround.LICENCE.value}
    if works and claims_own_work(sentence):
        found = (found - {AppealGround.DIFFERENT_PRODUCT.value, "legal"}) | {"own_creation"}
        if any(pattern.search(norm) for pattern in LEGAL_KINDS.values()):
            found.add("legal")
    return found


def _non_infringement_read(found: set[str], sentence: str, norm: str) -> set[str]:
    """A sentence's classes with non-infringement kept only where it speaks of what a patent covers."""
    if "non_infringement" in found and not _speaks_of_patent_scope(sentence):
        # 'Our goods do not infringe any rights' denies, naming nothing a patent covers: read, and it argues nothing
        # (neutral: the model, which finds it close to every ground, is not asked).
        found.discard("non_infringement")
        found.add("neutral")
    if "non_infringement" in found and not _NON_INFRINGEMENT_RE.search(norm) and any(p.search(norm) for p in LEGAL_KINDS.values()):
        found.discard("non_infringement")  # 'the patent has no novelty' (没有新颖性) argues prior art, not the product's features
    if "non_infringement" in found:
        found.discard(AppealGround.DIFFERENT_PRODUCT.value)  # against a patent, 'different' is measured by its claims
    return found


def _distributor_only(sentence: str) -> bool:
    """Whether a sentence reads as a purchase only because the seller calls itself a distributor (it names no purchase)."""
    norm = normalize_text(sentence)
    return distributor_reading(_without_authorised_sources(norm)) == AppealGround.PURCHASE_INVOICE.value and not (
        _GROUND_PATTERNS[AppealGround.PURCHASE_INVOICE].search(norm) or AppealGround.PURCHASE_INVOICE.value in spanish_classes(norm)
        or AppealGround.PURCHASE_INVOICE.value in chinese_classes(norm))


# In Chinese: '我司是云栖品牌华东地区的授权经销商' (the seller's own title), not '从授权经销商处进货' (its source).
_ZH_DISTRIBUTOR_RE = re.compile(r"(?:我司|我们|本店|本公司|我方)[^，。；]{0,4}(?:是|为|系|作为)[^，。；]{0,24}授权(?:的)?(?:经销商|代理商|分销商|代理|经销)")


def self_distributor(sentence: str) -> bool:
    """Whether the seller calls itself the owner's authorised distributor in a sentence, naming no grant beside it (no
    letter, certificate or agreement): the owner's authorisation claimed, nothing shown."""
    norm = normalize_text(sentence)
    if _PURCHASE_WORDS_RE.search(norm):
        return False
    return (distributor_reading(_without_authorised_sources(norm)) == AppealGround.PURCHASE_INVOICE.value
            or bool(_ZH_DISTRIBUTOR_RE.search(norm) and not _GRANT_NAMED_RE.search(norm)))


# A step against our right the seller has not taken: reserved ('we reserve the right to file an invalidation request',
# '我方保留…提出无效宣告请求的权利'), threatened, planned or in preparation ('we will file for invalidation', 'we are preparing
# an invalidation request', '将提出无效宣告请求', '已…提出无效宣告请求的准备'), or only argued to be due ('should be declared
# invalid', '应被宣告无效'). A hedged or prepared step is never a decision nor a request pending.
_RESERVED_STEP = (
    r"\b(prepar|plan|draft)\w*\b[^.;]{0,20}\b(invalidat|cancel|revo[kc])\w*( (request|petition|action|proceeding|application)s?)?"
    r"|\b(invalidat|cancel|revo[kc])\w*( (request|petition|action|proceeding|application)s?)?\b[^.;]{0,25}\b(in preparation|being (prepared|drafted)"
    r"|planned)\b"
    r"|(提出|提起|申请)[^。；，]{0,16}无效[^。；，]{0,8}(准备|筹备)|(准备|筹备|计划)[^。；，]{0,6}无效(宣告)?(请求|申请)"
    r"|\breserv\w* (the |our |all |its )?(rights? )?(to|of)\b[^.;]{0,80}"
    r"|\b(will|shall|(?<!\d )may(?! \d)|might|could|would|intend\w* to|plan\w* to|going to|prepar\w* to|consider\w*|are ready to)\b[^.;]{0,25}"
    r"\b(file|request|apply|seek|start|bring|submit|lodge|initiate|launch)\w*\b[^.;]{0,40}\b(invalidat|cancel|revo[kc])\w*( (request|petition|action|proceeding|application)s?)?"
    r"|保留[^。；]{0,40}权利|保留[^。；]{0,30}无效\S{0,6}"
    r"|(将|将会|会|准备|打算|考虑|拟|可以|有权|随时)[^。；，]{0,12}(提出|提起|申请|请求)[^。；，]{0,12}无效\S{0,6}"
    r"|\breserv\w*[^.;]{0,60}\b(nulidad|nichtig\w*|nullit\w*|pembatalan)\b|\bbehalten uns[^.;]{0,60}vor\b"
    r"|\b(presentaremos|podr[ií]amos presentar|vamos a presentar|werden|akan|berhak)\b[^.;]{0,40}\b(nulidad|nichtigkeits\w*|l[öo]schungs\w*|pembatalan)\b"
)
_UNTAKEN_STEP_RE = re.compile(
    _RESERVED_STEP
    + r"|\b(should|ought to|must|deserves? to|has to|needs? to) be (declared |held |ruled )?(invalid|invalidated|void|null|revoked|cancelled)\b"
    r"|应(当|该)?(被|予|予以)?(依法)?(宣告|认定)?(为)?无效"
)
# The seller only reserves, threatens or plans a request to invalidate our right (no request is pending): an argument of
# its own, said as what it is, never 'another legal argument'. A word for invalidating must be in the step it names.
_RESERVED_STEP_RE = re.compile(_RESERVED_STEP)
_INVALIDATING_RE = re.compile(r"invalid|cancel|revo[kc]|annul|无效|撤销|nulidad|nichtig|l[öo]schung|nullit|pembatalan")


def legal_kinds(sentence: str) -> tuple[str, ...]:
    """The named legal arguments a sentence makes (prior art, a pending invalidation, territory). An invalidation the
    seller only reserves, threatens or says is due is no invalidation (it is no decision and no request); one it reserves
    or threatens to request is an argument of its own (INVALIDATION_RESERVED). A right or a step of the seller's own said
    only in a negated or hedged clause ('not registered by us', 'we have not filed') is none (unsure_words.py); prior art
    guessed at ('we think it was maybe sold before your patent') is still argued, and said as hedged."""
    kinds = _kinds_said(sentence)
    norm = normalize_text(sentence)
    firm, sure = firm_part(norm), sure_part(norm)
    if firm == norm or not (FACT_KINDS | {"prior_art"}) & set(kinds):
        return kinds
    firm_kinds = _kinds_said(firm) if firm.strip() else ()
    # A guess at earlier art said of a mark ('we might have sold it before you registered your mark') is a guess at the
    # seller's earlier use of the sign, which is none; said of a patent or a design it is still the argument made.
    of_a_mark = bool(_MARK_WORD_RE.search(norm))
    sure_kinds = kinds if sure == norm or not of_a_mark else (_kinds_said(sure) if sure.strip() else ())
    return tuple(kind for kind in kinds if (kind not in FACT_KINDS or kind in firm_kinds) and (kind != "prior_art" or kind in sure_kinds))


def _kinds_said(sentence: str) -> tuple[str, ...]:
    """legal_kinds, read in every clause of the sentence."""
    norm = normalize_text(sentence)
    kinds = tuple(kind for kind, pattern in LEGAL_KINDS.items() if pattern.search(norm))
    if "invalidation" in kinds and not LEGAL_KINDS["invalidation"].search(_UNTAKEN_STEP_RE.sub(" ", norm)):
        kinds = tuple(kind for kind in kinds if kind != "invalidation")
    if not {"prior_art", "prior_use"} & set(kinds) and earlier_use_said(norm):
        # 'Wir waren zuerst da', 'sebelum merek anda didaftarkan': the seller's use said to come first; said of a patent or a
        # design ('sold before your patent', 'schon vor Ihrem Patent verkauft'), an earlier sale of what it protects: prior art.
        kinds += ("prior_art",) if _OF_A_PATENT_RE.search(norm) else ("prior_use",)
    if "own_application" in kinds:  # an application said is no registration held, whatever else the sentence says of it
        kinds = tuple(kind for kind in kinds if kind != "own_registration")
    if argues_classes(sentence):
        # The goods outside the registration's classes ('不在贵方商标的保护范围之内'): its scope, no place where it has no effect,
        # unless the sentence names one.
        from assistant.domain.appeals.territory import countries_in

        kinds = (*(kind for kind in kinds if kind != "territory" or countries_in(norm)), CLASSES)
    step = _RESERVED_STEP_RE.search(norm)
    if step and "invalidation" not in kinds and _INVALIDATING_RE.search(step.group(0)):
        kinds += (INVALIDATION_RESERVED,)
    return kinds


# What a seller only guesses it has or did, in words for people after 'the seller says only that it may'.
_GUESSED_WORDS = {
    "purchase_invoice": "have bought the goods from a genuine source", "licence": "have a licence or authorisation",
    "authorization_chain": "have a licence or authorisation", "own_photos": "have taken the photos itself",
    "own_creation": "have created the work itself", "own_registration": "hold a registration of its own for the mark",
    "own_application": "have filed an application of its own", "invalidation": "have filed a request to invalidate our right",
    "prior_use": "have used or sold it before our right", "prior_art": "have used or sold it before our right",
}
# What a seller says it does not have, where that concedes the complaint's point, after 'the seller says it does not'.
_DENIED_WORDS = {"licence": "have a licence or authorisation", "authorization_chain": "have a licence or authorisation",
                 "own_photos": "own the photos (it did not take them itself)", "own_creation": "own the work (it did not create it itself)"}


def unsure_grounds(counter_notice: str, *, works: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the seller says only in hedged clauses ('maybe we have a licence', 'vielleicht', '可能'), and what it says it does
    not have ('we do not have a licence yet', 'we did not take these photos'): each in words for people, once. Neither is
    a ground (unsure_words.py); a denial of a licence or of its own photos concedes the complaint's point."""
    guessed: list[str] = []
    denied: list[str] = []
    for sentence in sentences(unwrapped(counter_notice)):
        norm = normalize_text(sentence)
        firm = firm_part(norm)
        if firm == norm or find_instructions(sentence, "counter-notice"):
            continue
        sure = sure_part(norm)
        whole = _classes_read(sentence, works, False) & SAID_AS_FACT
        kept_sure = _classes_read(sure, works, False) & SAID_AS_FACT if sure.strip() else set()
        kept_firm = _classes_read(firm, works, False) if firm.strip() else set()
        lost = (whole - kept_sure) | ((set(_kinds_said(sentence)) - set(_kinds_said(sure) if sure.strip() else ()))
                                       & (FACT_KINDS | ({"prior_art"} if _MARK_WORD_RE.search(norm) else set())))
        guessed += [_GUESSED_WORDS[name] for name in sorted(lost)]
        dropped = unsure_part(norm)
        said_denied = _classes_read(dropped, works, False) if dropped.strip() else set()  # what the negated clauses say
        denied += [_DENIED_WORDS[name] for name in sorted(kept_sure - kept_firm) if name in _DENIED_WORDS and name in said_denied]
    return tuple(dict.fromkeys(guessed)), tuple(dict.fromkeys(denied))


# A line break inside a sentence (text wrapped at a fixed width): the next line continues it unless the line ends a
# sentence or the next starts a new point (a number, a bullet).
_LINE_ENDS_RE = re.compile(r"[.!?。！？；;:：]\s*$")
# A greeting on its own line ("Hello,", "Dear Sir or Madam,", "您好，") is not wrapped text: read with the next
# line it would lend its words to the seller's first argument.
_SALUTATION_RE = re.compile(r"^\s*(\S+\s+){0,3}\S+\s*[,，]\s*$")
_NEW_POINT_RE = re.compile(r"^\s*(\d{1,2}[.)、]|[-*•·]|[（(]\d{1,2}[)）]|[一二三四五六七八九十][、.])")


def unwrapped(text: str) -> str:
    """The text with the line breaks of fixed-width wrapping taken out, so that a sentence is read whole."""
    lines = (text or "").split("\n")
    out: list[str] = []
    for line in lines:
        if (out and out[-1].strip() and line.strip() and not _LINE_ENDS_RE.search(out[-1]) and not _NEW_POINT_RE.match(line)
                and not _SALUTATION_RE.match(out[-1]) and not greets_only(out[-1])):
            # Joined with a space in every script: a quote of the sentence keeps a mark of the line break ('附件：进货发票
            # 杭州明悦电子商务有限公司' is a label and a signature, never '进货发票杭州明悦...').
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


# Giving up is something the seller says of itself: a sentence the model reads as giving up counts only when the
# seller speaks in it ("the complaint will be closed" in a fake platform notice does not).
_FIRST_PERSON_RE = re.compile(r"\b(we|i|our|us|my|we've|we'll|i'll)\b|我们|我店|本店|我司|本公司|我")


# Asking for the listing back, or for the complaint to go, contests it ('So we are allowed to sell these backpacks, please
# restore the link'), though the model finds selling words close to giving up.
_ASKS_BACK_RE = re.compile(r"\b(restore|reinstate|re-?activate|re-?list|unblock)\b|\bwithdraw (the|your|this) complaint\b|恢复|撤回投诉|撤销投诉"
                           # 'please put our product back online', 'bring the listing back', 'wieder online', 'volver a publicar'
                           r"|\b(put|bring|get|set)\b[^.;]{0,30}\bback\b|\bback (online|up|on (the )?(site|store|shop))\b|重新上架"
                           r"|restablec|reactiv|wiederherstell|freischalt|wieder online|ripristin|pulihkan|kembalikan|aktifkan semula"
                           r"|volver a (publicar|activar)|rimettere online|remettre en ligne")


def _gives_up(sentence: str) -> bool:
    norm = normalize_text(sentence)
    if _ASKS_BACK_RE.search(norm) and not _GROUND_PATTERNS[AppealGround.NO_CONTEST].search(norm):
        return False
    return bool(_GROUND_PATTERNS[AppealGround.NO_CONTEST].search(norm) or _FIRST_PERSON_RE.search(norm))


# 'The photos are our own' says who made them: photos merely offered as evidence ("photos of the original packaging
# are attached") claim nothing about the listing's pictures, though the model finds them close.
_AUTHORSHIP_RE = re.compile(r"\b(shot|shoot|took|taken|photographed|made|created|produced|ours|own|original photo\w*)\b|拍|摄|原创|自己")


_PICTURE_WORDS_RE = re.compile(r"\b(photo\w*|pictures?|images?|pics?|shots?|shoot|shot|took|taken|studio|camera)\b|图|照片|拍|摄")


def _says_who_made(sentence: str) -> bool:
    """Says who made the pictures: a word for making and one for pictures ('the labels are untouched' names neither)."""
    norm = normalize_text(sentence)
    return bool(_AUTHORSHIP_RE.search(norm) and _PICTURE_WORDS_RE.search(norm))


# Non-infringement is said of what the patent covers: its claims, the features or the structure they protect ('we have
# not modified the goods' says nothing of a patent, though the model finds it close).
_PATENT_SCOPE_RE = re.compile(
    r"patent|\bclaims?\b|utility model|registered design|drawings?|structure|mechanism|features?|technical|construction"
    r"|专利|权利要求|实用新型|结构|技术|reivindicaci|patente|modelo de utilidad|estructura|mecanismo"
)


def _speaks_of_patent_scope(sentence: str) -> bool:
    return bool(_PATENT_SCOPE_RE.search(normalize_text(sentence)))


# 'A different product' says what the product is: its design, model, make, look or brand, or that it differs ('these
# jackets are our own goods' says who owns them, though the model finds it close to 'our own product').
_PRODUCT_IDENTITY_RE = re.compile(
    r"differ|distinct|unlike|\bsame\b|cop(y|ied)|imitat|resembl|\blook|design|\bmodel|style|shape|appearance|generic"
    # A brand or logo said of the product ('our own brand', 'no logo', 'the brand is ours'), not courtesy to the owner's
    # ('We respect your brand.').
    r"|\b(our|own|no|not|another|different|other|without|any)\b\W+(\w+\W+){0,2}?(brand|logo)|\b(brand|logo)s?\W+(is|are|was|were|name)\b"
    r"|\bmade\b|\bmake\b|manufactur|produc|factory|develop|creat|formula|mou?ld|original|specification|function|feature|compar"
    r"|version|\btype\b|\bkind\b|\bnot (yours|your)|不同|不一样|区别|设计|款|型号|外观|品牌|自己生产|工厂"
)


# Copying said of pictures ('We never copy other company picture') is about the photos, not the product.
_PICTURES_COPIED_RE = re.compile(r"\bcop(y|ying|ied|ies)\b\W+(\w+\W+){0,3}?(photo\w*|pictures?|images?|pics?)\b")


def _speaks_of_the_product(sentence: str) -> bool:
    return bool(_PRODUCT_IDENTITY_RE.search(_PICTURES_COPIED_RE.sub(" ", normalize_text(sentence))))


# 'The listing does not use the mark' is said of a mark, a name or a word in the listing (its title, logo, label), or of what
# the goods fit or are described as: 'We never copy other company picture' denies copying pictures, and says nothing of a
# mark, though the model finds it close.
_MARK_CUE_RE = re.compile(
    r"mark|brand|logo|\bnames?\b|\bwords?\b|title|keyword|label|\btags?\b|print|emboss|engrav|\bfits?\b|compatib|describ|refer|generic"
    r"|unbranded|商标|品牌|牌子|标题|字样|标志|标识|名称|关键词|适用|兼容|marca|t[íi]tulo|nombre|palabra|marke|titel|wort|merek|jenama|judul"
    r"|nama|kata|marchio|titolo|parola|marque|titre|\bmot\b"
)


def _speaks_of_a_mark(sentence: str) -> bool:
    return bool(_MARK_CUE_RE.search(normalize_text(sentence)))


# A licence is a grant: a sentence without a word for one ('We respect your brand.') argues none, though the model finds
# courtesy to the brand close to it.
_GRANT_CUE_RE = re.compile(
    r"licen[cs]|authori[sz]|permi|allow|agree|consent|approv|appoint|partner|official|dealer|reseller|distributor|agent|letter"
    r"|contract|granted|right to (sell|use)|授权|许可|同意|代理|经销|autoriz|licencia|licenza|lisensi|lesen|kebenaran|izin"
)
# A legal argument names what it says of the right: invalid, expired, earlier, exhausted, fair, generic, elsewhere ('We respect
# your trademark.' names nothing of the kind, though the model finds it close).
_LEGAL_CUE_RE = re.compile(
    r"invalid|\bvoid\b|\bnull|expir|laps|cancel|revok|annul|no longer|not (valid|new|novel|registered|protected|enforceable|in force|granted)"
    r"|prior|before|earlier|since|older|\bfirst\b|years ago|long ago|exhaust|parallel|\bfair\b|generic|common (word|term|name)|descriptive"
    r"|public domain|territor|outside|another country|other countr|\bonly (in|for)\b|no (right|effect|protection)|\bwe (own|hold|registered)\b"
    r"|our own (registration|mark|trade ?mark|patent|copyright)|filed|applied|novelty|does not cover|doesn't cover|not cover|abroad"
    r"|无效|撤销|过期|失效|在先|抢注|权利用尽|平行进口|合理使用|通用名称|地域|现有设计|现有技术"
)
# A company's own registration ('our business licence', '营业执照'): it proves the company exists, never a grant of the mark.
_COMPANY_LICENCE_RE = re.compile(
    r"\b(business|trade|trading|company|operating) (licen[cs]es?|registration|permits?)\b|营业执照|工商执照|\blicencias? (comercial|de actividad|de apertura"
    r"|de funcionamiento)\b|\bgewerbe(schein|anmeldung|erlaubnis)\b|\blicenza commerciale\b|\bizin usaha\b|\blesen perniagaan\b|\bsiup\b"
)
# Orders the seller says it lost ('USD 50,000 of orders cancelled') are no cancelled right.
_ORDERS_CANCELLED_RE = re.compile(r"\border(s|ed)?\b[^.;]{0,12}\bcancel\w*|\bcancel\w*\b[^.;]{0,12}\border")


def names_company_paper(sentence: str) -> bool:
    """Whether a sentence names a company's own registration ('our business licence is attached'): a paper of that kind,
    never the invoice or the licence a ground rests on."""
    return bool(_COMPANY_LICENCE_RE.search(normalize_text(sentence)))


# A permission named as such: a photographer's agreement beside it is no grant of ours ('the photography agreement is attached'
# names who took the photos; 'a licence from the photographer' is still a licence).
_PERMISSION_RE = re.compile(r"licen[cs]|authori[sz]|permi|allow|consent|autoriz|licencia|licenza|lisensi|lesen|kebenaran|izin|授权|许可")


def _grants(sentence: str) -> bool:
    norm = normalize_text(sentence)
    if names_photo_shoot(norm) and not _PERMISSION_RE.search(norm):
        return False
    return bool(_GRANT_CUE_RE.search(_COMPANY_LICENCE_RE.sub(" ", norm)))


# A purchase names how or where the goods were got: a word for buying, a source or a paper of the sale ('These pliers are
# genuine.' names none: a claim that the goods are genuine, which the model finds close to a purchase, is no purchase).
_SOURCE_CUE_RE = re.compile(
    r"\b(?:from|buy\w*|bought|purchas\w*|order\w*|sourc\w*|suppl\w*|distribut\w*|wholesal\w*|import\w*|invoice\w*|receipts?|acquir\w*"
    r"|obtain\w*|got|get|getting|channels?|dealers?|retailers?|resell\w*|stock\w*|factory|manufacturer|proof|paid|pay|vendor|trader)\b"
    r"|\b(?:compr\w*|adquiri\w*|proveedor\w*|factura|acquist\w*|fornitor\w*|fattura|gekauft|kauf\w*|lieferant\w*|rechnung|achet\w*|fournisseur"
    r"|facture|beli|membeli|dibeli|pembekal|invois|faktur|dari|daripada|von|desde|depuis|presso)\b"
)


def _names_a_source(sentence: str) -> bool:
    return bool(_SOURCE_CUE_RE.search(normalize_text(sentence)))


def _argues_law(sentence: str) -> bool:
    return bool(_LEGAL_CUE_RE.search(_ORDERS_CANCELLED_RE.sub(" ", normalize_text(sentence))))


NEEDS_CUE = {AppealGround.NO_CONTEST.value: _gives_up, "own_photos": _says_who_made, NON_INFRINGEMENT: _speaks_of_patent_scope,
             AppealGround.DIFFERENT_PRODUCT.value: _speaks_of_the_product, AppealGround.NO_USE_OF_MARK.value: _speaks_of_a_mark,
             AppealGround.LICENCE.value: _grants, AppealGround.AUTHORIZATION_CHAIN.value: _grants, "legal": _argues_law,
             AppealGround.PURCHASE_INVOICE.value: _names_a_source,
             CLASSES: speaks_of_goods_scope,
             # A work of the seller's own is a ground only against a copyright complaint (read_grounds lets it run then).
             "own_creation": lambda s: False}


def _authorisations_read(authorizations: list[AppealAttachment], arguing: list[str], found: set[AppealGround],
                         in_text: set[AppealGround], said: dict[str, list[str]], from_owner) -> None:
    """The licence and chain grounds the authorisations attached raise: a licence each, a chain for two or more or one a
    middleman's name says is a link; one letter straight from the owner is a licence, however the seller or the file's
    name puts it ('our distribution authorisation from them', '经销授权书'): a chain needs two or more letters, or a
    letter not from the owner."""
    if authorizations:
        found.add(AppealGround.LICENCE)
    self_distributor = any(distributor_reading(_without_authorised_sources(normalize_text(s))) for s in arguing)
    chain_name = _MIDDLEMAN_NAME_RE if self_distributor else _CHAIN_NAME_RE
    if len(authorizations) >= 2 or any(chain_name.search(normalize_text(a.name)) for a in authorizations):
        found.add(AppealGround.AUTHORIZATION_CHAIN)
    if len(authorizations) == 1 and from_owner is not None and from_owner(authorizations[0]):
        found.discard(AppealGround.AUTHORIZATION_CHAIN)
        in_text.discard(AppealGround.AUTHORIZATION_CHAIN)
        chained = said.pop(AppealGround.AUTHORIZATION_CHAIN.value, [])
        if chained:
            said[AppealGround.LICENCE.value] = list(dict.fromkeys(said.get(AppealGround.LICENCE.value, []) + chained))


def _supplier_letters_read(found: set[AppealGround], in_text: set[AppealGround], said: dict[str, list[str]]) -> None:
    """Every authorisation given is the owner's letter to the seller's supplier: the seller's words for a licence speak of
    that letter ('our supplier's authorisation from the brand is also attached'), and are the purchase ground's, never a
    licence or a chain of the seller's own. A seller that also calls itself licensed says so in words a letter to another
    does not answer: those are read as they are (the licence ground, its document asked for)."""
    for ground in (AppealGround.LICENCE, AppealGround.AUTHORIZATION_CHAIN):
        words = said.pop(ground.value, [])
        own = [s for s in words if _OWN_GRANT_RE.search(normalize_text(s))]
        if own:
            said[ground.value] = own
        else:
            found.discard(ground)
            in_text.discard(ground)
        moved = [s for s in words if s not in own]
        said[AppealGround.PURCHASE_INVOICE.value] = list(dict.fromkeys(said.get(AppealGround.PURCHASE_INVOICE.value, []) + moved))


# The seller saying a grant is its own: 'we are authorised', 'we have a licence', 'our licence', '我们有授权', 'tenemos licencia'.
_OWN_GRANT_RE = re.compile(
    r"\b(we|i)( are|'re| am|'m| have been| were)( \w+)?( authori[sz]ed| licensed| appointed)\b|\b(we|i)( have|'ve)( got)? (an? |the )?"
    r"(licen[cs]e|authori[sz]ation)|\bour (own )?(licen[cs]e|authori[sz]ation)\b|(我们|我司|本店)[^，。]{0,6}(授权|许可)"
    r"|\b(tenemos|contamos con) (la |una )?(licencia|autorizaci[oó]n)|\bsomos (licenciatarios|distribuidores autorizados)"
)


def _admitted_purchase(arguing: list[str], said: dict[str, list[str]]) -> None:
    """A purchase the seller admits had no genuine source ('we bought it at a flea market'), said to keep the listing, is
    its purchase ground, answered by its own words (ground_standards); said beside giving up, it is no ground at all."""
    admitted = [s for s in arguing if admitted_source(normalize_text(s))]
    if admitted and AppealGround.NO_CONTEST.value not in said:
        said[AppealGround.PURCHASE_INVOICE.value] = list(dict.fromkeys(said.get(AppealGround.PURCHASE_INVOICE.value, []) + admitted))


def _factory_goods_joined(arguing: list[str], said: dict[str, list[str]]) -> None:
    """Goods said to be the leftovers of the seller's own production for the owner, across two sentences (the maker for
    the brands, then the surplus it sells): a claim of genuine goods, the purchase ground, never a licence or a legal
    argument of its own (factory_goods.py)."""
    joined = factory_goods_across(arguing)
    if not joined:
        return
    for name in (AppealGround.LICENCE.value, AppealGround.AUTHORIZATION_CHAIN.value, "legal"):
        if name in said:
            said[name] = [s for s in said[name] if s not in joined]
            if not said[name]:
                said.pop(name)
    said[AppealGround.PURCHASE_INVOICE.value] = list(dict.fromkeys(said.get(AppealGround.PURCHASE_INVOICE.value, []) + joined))


def _sentences_moved(arguing: list[str], said: dict[str, list[str]], works: bool, mark: str | None = None, owners: tuple[str, ...] = ()) -> None:
    """Each sentence moved to what it says once the whole text is read: an agreement signed with the owner named, an
    admitted source, a factory's surplus said across two sentences, photos from a supplier, photos given up with an
    apology, our mark given up."""
    _agreements_with_owner(arguing, said, owners, mark or "")
    _admitted_purchase(arguing, said)
    _factory_goods_joined(arguing, said)
    _listing_changes_read(arguing, said, works)
    _conceded_pictures(arguing, said, works)
    _conceded_mark(arguing, said, mark)


# What a seller that gives up our mark may also say: that its goods are of its own brand (the use of our mark it concedes,
# '我们的帐篷不是你们的牌子'), that it no longer uses the mark (the very change it made).
_CONCEDED_MARK_STORY = (AppealGround.DIFFERENT_PRODUCT.value, AppealGround.NO_USE_OF_MARK.value, AppealGround.NO_CONTEST.value)
# Its goods of its own brand, or bearing no logo or no brand at all ('The brushes are our own brand (no logo).', 'de nuestra
# propia marca (sin logo)', '是我们自己的牌子', 'playar tanpa jenama', '无品牌的', 'sans marque'): said of the goods, beside
# our mark given up from the listing, the same story, no contest of it.
_OWN_BRAND_GOODS_RE = re.compile(
    r"\b(our|own|propia|propio|nuestra|eigene[nmrs]?|nostro|nostra|proprio|propria|sendiri)\b\W+(\w+\W+){0,2}?(brand|marca|marke|marchio|merek|jenama)\b"
    r"|\b(marca|marke|marchio|merek|jenama) (propia|propio|eigene|propri[oa]|sendiri)\b"
    r"|\b(no|sin|without|ohne|senza|tanpa|kein\w*|sans)\W+(\w+\W+){0,1}?(logos?|brand|marca|marke|marchio|merek|jenama|marque)\b"
    r"|\bunbranded\b|\bno-name\b|\bmarkenlos\w*|自己的[^，。；]{0,6}(牌子|品牌)|自有品牌|自主品牌|无logo|没有logo|无品牌|无牌|没有品牌(?!授权|许可)|不带品牌"
)


def _agreements_with_owner(arguing: list[str], said: dict[str, list[str]], owners: tuple[str, ...], mark: str = "") -> None:
    """An agreement the seller says it signed with the owner in our record, named rather than addressed ('我们与Brightwell
    Tools Ltd于2024年5月签订了中国区经销协议'): the licence claimed from us, as 'with your company' is, never a purchase or a
    chain through someone else."""
    for sentence in arguing:
        if not owners or signed_with_us(sentence) or not signed_with_us(sentence, owners, mark):
            continue
        for name in (AppealGround.AUTHORIZATION_CHAIN.value, AppealGround.PURCHASE_INVOICE.value):
            if sentence in said.get(name, []):
                said[name].remove(sentence)
                if not said[name]:
                    said.pop(name)
        licence = said.setdefault(AppealGround.LICENCE.value, [])
        if sentence not in licence:
            licence.append(sentence)


def _conceded_mark(arguing: list[str], said: dict[str, list[str]], mark: str | None) -> None:
    """Against a trademark complaint, a seller that says it took our mark out of its listing or will not use it again, and
    promises not to use it again or apologises, and argues nothing else, gives up ('我们已经把标题改掉了，NORRVIK的字样全部删除了，
    以后不会再用'): the complaint stands with nothing to answer. A removal said beside 'our goods never bore your logo' with
    neither promise nor apology, any other ground, a legal argument, a denial, or a claim of no use beyond the change it
    made and its goods' own brand ('we only name the brand to say what it fits') still contests it."""
    from assistant.domain.appeals.contested_listings import element_split
    from assistant.domain.appeals.listing_changes import mark_given_up, not_again_said

    if mark is None or any(name not in _CONCEDED_MARK_STORY for name in said):
        return
    if element_split(arguing):  # the logo given up, the title still defended: a contest of the title, never a give-up
        return
    given_up = mark_given_up(arguing, mark)
    norms = [normalize_text(s) for s in arguing]
    conceded = any(not_again_said(s) for s in given_up) or any(apologises(n) or pleads_ignorance_of_right(n) for n in norms)
    if not given_up or not conceded or any(denies_infringement(normalize_text(s)) for s in arguing if s not in given_up):
        return
    if any(s not in given_up and not _OWN_BRAND_GOODS_RE.search(normalize_text(s)) for s in said.get(AppealGround.NO_USE_OF_MARK.value, [])):
        return
    for name in (AppealGround.DIFFERENT_PRODUCT.value, AppealGround.NO_USE_OF_MARK.value):
        said.pop(name, None)
    said[AppealGround.NO_CONTEST.value] = list(dict.fromkeys(said.get(AppealGround.NO_CONTEST.value, []) + given_up))


def _contested(found: set[AppealGround], said: dict[str, list[str]], arguing: list[str], other: bool, created: tuple[str, ...]
               ) -> tuple[tuple[str, ...], dict[AppealGround, tuple[str, ...]]]:
    """Giving up weighed against contesting: a ground, a legal argument, the seller's own photos (``other``), its own
    creation (``created``) or a plain denial ('there is no infringement') contests the complaint, and a take-down said
    beside it is then a fact to verify (returned first), never a concession. ``found`` gets 'other' for an argument no
    ground names; returns also the seller's words for each ground."""
    denials = [s for s in arguing if denies_infringement(normalize_text(s))]
    contesting = bool((found - {AppealGround.NO_CONTEST}) or other or created or denials)
    removed = tuple(said.get(AppealGround.NO_CONTEST.value, [])) if contesting else ()
    if contesting:
        found.discard(AppealGround.NO_CONTEST)
    if other or created or not found:
        found.add(AppealGround.OTHER)
    words = {ground: tuple(said[ground.value]) for ground in found if ground.value in said}
    if AppealGround.OTHER in found:
        words[AppealGround.OTHER] = tuple(dict.fromkeys(said.get("legal", []) + said.get("non_infringement", []) + said.get("own_photos", [])
                                                        + said.get(SUPPLIER_PHOTOS, []) + list(created)
                                                        + [s for s in denials if s not in removed]))
    return removed, words


def _distributors_read(said: dict[str, list[str]], authorised: bool, papers: bool) -> None:
    """The sentences in which the seller calls itself the owner's authorised distributor, moved from the purchase to the
    licence ground when the seller attaches the owner's authorisation (its claim rests on that document) or no purchase
    paper (it claims the owner's authorisation, not a purchase it never mentions): only purchase papers make "we are the
    authorised distributor" a reseller's purchase, and so does a purchase named in another sentence. With nothing attached, a sentence naming a purchase in any language
    ('Kami membeli 120 unit dari distributor resmi') buys from a distributor: it stays a purchase."""
    purchases = said.get(AppealGround.PURCHASE_INVOICE.value, [])
    # A purchase the text names beside the title ('We bought these shoes from the brand's distributor') makes the
    # seller a reseller that buys, whether or not its papers came with the text (a chat gets the text alone).
    if not authorised and (papers or any(not _distributor_only(s) for s in purchases)):
        return
    for sentence in [s for s in said.get(AppealGround.PURCHASE_INVOICE.value, []) if _distributor_only(s)
                     and (authorised or not _PURCHASE_WORDS_RE.search(normalize_text(s)))]:
        said[AppealGround.PURCHASE_INVOICE.value].remove(sentence)
        said.setdefault(AppealGround.LICENCE.value, []).append(sentence)
    if not said.get(AppealGround.PURCHASE_INVOICE.value):
        said.pop(AppealGround.PURCHASE_INVOICE.value, None)


# The seller's word that its supplier gave it the photos (listing_changes.supplier_pictures_said): against a copyright
# complaint, a point to answer (no permission from the owner), and never a claim that it took them itself.
SUPPLIER_PHOTOS = "supplier_photos"


def _listing_changes_read(arguing: list[str], said: dict[str, list[str]], works: bool) -> None:
    """Photos from a supplier are not the seller's own (nor a different product): each such sentence moved to what it says.
    A take-down refused or guessed at ('we will not remove it', '我们不会下架') gives nothing up."""
    from assistant.domain.appeals.listing_changes import removal_refused, supplier_pictures_said

    for sentence in [s for s in said.get(AppealGround.NO_CONTEST.value, []) if removal_refused(s)]:
        said[AppealGround.NO_CONTEST.value].remove(sentence)

    supplier = [s for s in arguing if supplier_pictures_said(s)] if works else []
    for sentence in supplier:
        for name in ("own_photos", AppealGround.DIFFERENT_PRODUCT.value):
            if sentence in said.get(name, []):
                said[name].remove(sentence)
    if supplier:
        said[SUPPLIER_PHOTOS] = supplier
    for name in [n for n, sentences in said.items() if not sentences]:
        said.pop(name)


# What a seller that gives up the photos may also say: where it got them, that it bought the goods they show, that its new
# pictures are its own. Said beside an apology, that is the story of the use it concedes, never a ground against it.
_CONCEDED_STORY = ("own_photos", SUPPLIER_PHOTOS, AppealGround.PURCHASE_INVOICE.value, AppealGround.NO_CONTEST.value)


def _conceded_pictures(arguing: list[str], said: dict[str, list[str]], works: bool) -> None:
    """Against a photo complaint, a seller that apologises or says it did not know the photos were the owner's, and has
    taken them down or changed them or will not use them again, gives up ('so sorry, we got the pictures from our
    supplier, we already deleted them'): the complaint stands with nothing to answer. Any other ground, a legal
    argument or a denial still contests it."""
    from assistant.domain.appeals.listing_changes import pictures_given_up

    if not works or any(name not in _CONCEDED_STORY for name in said):
        return
    norms = [normalize_text(s) for s in arguing]
    given_up = [s for s in arguing if pictures_given_up(s)]
    if not given_up or not any(apologises(n) or pleads_ignorance_of_right(n) for n in norms) or any(denies_infringement(n) for n in norms):
        return
    if any(s not in given_up for s in said.get("own_photos", [])):  # the photos complained of said to be its own: contested
        return
    for name in ("own_photos", SUPPLIER_PHOTOS, AppealGround.PURCHASE_INVOICE.value):
        said.pop(name, None)
    said[AppealGround.NO_CONTEST.value] = list(dict.fromkeys(said.get(AppealGround.NO_CONTEST.value, []) + given_up))


# The seller's own word that it bought the goods, in the languages sellers write in (a verb of buying, not a paper's name).
_BOUGHT_RE = re.compile(
    r"\b(bought|purchased|buy|procured|sourced|imported|compr(?:amos|ado|ada|ados|adas|é|ó|aron|ar)|adquir\w+|gekauft|eingekauft|bezogen"
    r"|erworben|acquistat\w*|comprat\w*|(?:mem|di)?beli|membeli)\b|采购|进货|购买|买的|进的货|买来"
)
# The arguments that an earlier sale proves: the design or invention public before our filing date, or used by the seller.
_EARLIER_KINDS = ("prior_art", "prior_use")


def _earlier_sale_papers(said: dict[str, list[str]], arguing: list[str]) -> tuple[str, ...] | None:
    """When the seller argues that the design or invention was public, or in its use, before our right was filed, and says
    nowhere that it bought the goods, its invoices are its proof of that earlier sale ('Als Nachweis legen wir unsere
    Rechnung vom März 2017 bei': its own sales invoice), never a purchase of genuine goods: the sentences that name them
    are moved from the purchase ground to the legal argument, and returned; None when the seller argues no such thing, or
    says it bought."""
    if not any(kind in _EARLIER_KINDS for s in said.get("legal", []) for kind in legal_kinds(s)):
        return None
    if any(_BOUGHT_RE.search(normalize_text(s)) for s in arguing):
        return None
    moved = tuple(said.pop(AppealGround.PURCHASE_INVOICE.value, []))
    at = {sentence: i for i, sentence in enumerate(arguing)}
    said["legal"] = sorted(dict.fromkeys([*said["legal"], *moved]), key=lambda s: at.get(s, len(arguing)))
    return moved


def _descriptive(no_use: list[str], meaning: MeaningReader | None) -> bool:
    """Whether the seller says the word only describes its goods or what they fit: by its words where they say it, else by
    meaning ('we only use the name to tell buyers which goggles they fit')."""
    if any(_DESCRIPTIVE_RE.search(normalize_text(w)) or chinese_descriptive(w) or compatibility_said(w) for w in no_use):
        return True
    return bool(meaning and no_use and meaning.referential(no_use))


def _creation_papers(said: dict[str, list[str]], arguing: list[str]) -> bool:
    """When the seller claims the work as its own creation and says nowhere that it bought anything, its invoices (a
    printer's, a designer's) are its papers for making the work, never a purchase of genuine goods: the sentences that
    name them join the creation claim. Whether it says so."""
    if "own_creation" not in said or any(_BOUGHT_RE.search(normalize_text(s)) for s in arguing):
        return False
    moved = said.pop(AppealGround.PURCHASE_INVOICE.value, [])
    at = {sentence: i for i, sentence in enumerate(arguing)}
    said["own_creation"] = sorted(dict.fromkeys([*said["own_creation"], *moved]), key=lambda s: at.get(s, len(arguing)))
    return True


def _joined_to_earlier(moved: tuple[str, ...], named: dict[str, list[str]], arguing: list[str]) -> None:
    """The sentences that name the papers of an earlier sale belong to the argument they prove (prior art, else prior use)."""
    kind = next((k for k in _EARLIER_KINDS if k in named), None)
    if not kind or not moved:
        return
    at = {sentence: i for i, sentence in enumerate(arguing)}
    named[kind] = sorted(dict.fromkeys([*named[kind], *moved]), key=lambda s: at.get(s, len(arguing)))


def read_grounds(counter_notice: str, attachments: list[AppealAttachment], meaning: MeaningReader | None = None,
                 from_owner: Callable[[AppealAttachment], bool | None] | None = None, *, works: bool = False,
                 test_buy: bool = False, to_supplier: Callable[[AppealAttachment], object] | None = None, mark: str | None = None,
                 owners: tuple[str, ...] = ()) -> GroundReading:
    """Which grounds the seller raises: sentence by sentence from the text (the model's reading and the keyword
    patterns), then from the attachments' names and kinds. Several grounds per appeal, in a fixed order.

    A seller who only gives up (the listing is removed, it will not sell the goods again) contests nothing: that is
    'no contest', never 'no recognised ground'. Giving up beside any other argument is not giving up.

    ``from_owner``: whether an authorisation comes from the right's owner (True), not (False) or cannot be told (None),
    as the checks read its grantor; with it, one letter straight from the owner is the licence ground alone.
    ``works``: the complaint is about a copyright work: a seller claiming the work as its own creation argues that.
    ``test_buy``: the complaint rests on a test buy: a seller saying its order or parcel was not its own disputes that.
    ``to_supplier``: whether an authorisation is the owner's letter to the seller's supplier (supplier_letters.py): such a
    letter is a link of the purchase, never the seller's licence.
    ``mark``: the trademark the complaint is about (None for other rights): a seller that gives it up contests nothing.
    ``owners``: the right's owners in our record: an agreement the seller says it signed with one of them is a licence claimed."""
    # A line that instructs the reader argues nothing: it is reported, never read as a ground.
    text = unwrapped(counter_notice)
    clauses = sentences(text)
    arguing = [s for s in clauses if worth_reading(s) and not find_instructions(s, "counter-notice")
               and not greets_only(s) and not introduces_only(s)]
    cues = NEEDS_CUE | ({"own_creation": says_made} if works else {})
    readings = read_sentences(meaning, arguing, lambda s: keyword_classes(s, works=works, test_buy=test_buy), cues=cues, model_text=argued_part)
    said: dict[str, list[str]] = {}
    for reading in readings:
        for name in reading.raised:
            said.setdefault(name, []).append(reading.sentence)
    scope = _scope_as_legal(said, arguing)
    papers = [(paper, kind) for a in attachments for paper, kind in documents_in(a)]  # each paper a file holds (bundled_papers.py)
    kinds = [kind for _, kind in papers]
    authorised = any(kind in AUTHORIZATION_KINDS for kind in kinds)
    _distributors_read(said, authorised, any(kind in PURCHASE_KINDS for kind in kinds))
    _sentences_moved(arguing, said, works, mark, owners)
    earlier = _earlier_sale_papers(said, arguing)
    made = _creation_papers(said, arguing)
    in_text = {ground for ground in AppealGround if ground.value in said}
    found = set(in_text)
    if any(kind in PURCHASE_KINDS for kind in kinds) and earlier is None and not made:
        found.add(AppealGround.PURCHASE_INVOICE)
    authorizations = [paper for paper, kind in papers if kind in AUTHORIZATION_KINDS]
    if authorizations and to_supplier and AppealGround.PURCHASE_INVOICE in found and all(to_supplier(a) for a in authorizations):
        _supplier_letters_read(found, in_text, said)
        authorizations = []
    _authorisations_read(authorizations, arguing, found, in_text, said, from_owner)
    if AppealGround.AUTHORIZATION_CHAIN in found:
        found.add(AppealGround.LICENCE)  # a chain is a licence that reaches the seller through intermediaries
    # Original camera files or a photographer's record say, without words, that the photos are the seller's own.
    legal, photos = "legal" in said or "non_infringement" in said, "own_photos" in said or any(kind in IMAGE_OWNERSHIP_KINDS for kind in kinds)
    created = tuple(said.get("own_creation", []))
    removed, words = _contested(found, said, arguing, legal or photos or SUPPLIER_PHOTOS in said, created)
    ordered = tuple(ground for ground in AppealGround if ground in found)
    descriptive = _descriptive(said.get(AppealGround.NO_USE_OF_MARK.value, []), meaning)
    named = _named_arguments(said, scope, arguing, earlier)
    return GroundReading(ordered, legal, photos, frozenset(in_text), words, descriptive,
                         {kind: tuple(named[kind]) for kind in (*NAMED_KINDS, NON_INFRINGEMENT) if kind in named},
                         tuple(dict.fromkeys(said.get("legal", []) + said.get("non_infringement", []))), whole_sentences(text, clauses),
                         created, () if authorised else tuple(s for s in said.get(AppealGround.LICENCE.value, []) if self_distributor(s)),
                         removed, tuple(s for s in arguing if admitted_source(normalize_text(s))), tuple(said.get(SUPPLIER_PHOTOS, ())))


def _scope_as_legal(said: dict[str, list[str]], arguing: list[str]) -> list[str]:
    """The sentences the model reads as the goods outside our registration's classes, made legal sentences (in the seller's
    order): a legal argument of that kind. Returned, for naming."""
    scope = said.pop(CLASSES, [])
    if scope:
        said["legal"] = [s for s in arguing if s in said.get("legal", []) or s in scope]
    return scope


def _named_arguments(said: dict[str, list[str]], scope: list[str], arguing: list[str], earlier: tuple[str, ...] | None) -> dict[str, list[str]]:
    """Each named legal argument with the seller's sentences for it: by the kinds each legal sentence names (the model's
    classes sentences as that), non-infringement, and the short sentences that point to a paper or lead an argument."""
    named: dict[str, list[str]] = {}
    for sentence in said.get("legal", []):
        for kind in legal_kinds(sentence) or ((CLASSES,) if sentence in scope else ()):
            named.setdefault(kind, []).append(sentence)
    for sentence in said.get("non_infringement", []):
        named.setdefault(NON_INFRINGEMENT, []).append(sentence)
    _pointers_joined(said.get("legal", []), named)
    _leads_joined(said.get("legal", []), named, arguing)
    _joined_to_earlier(earlier or (), named, arguing)
    return named


# A short sentence that only points to a paper the seller attaches ('Please see the attached invalidation decision.',
# '决定书见附件', 'Den Beschluss finden Sie im Anhang', 'Adjuntamos la resolución').
_POINTS_TO_PAPER_RE = re.compile(
    r"\b(?:attached|enclosed|attachment|annex(?:ed)?)\b|附件|附上|随附|\badjunt\w*|\banexo\b|\banbei\b|im anhang|in der anlage|beigefügt"
    r"|\bin allegato\b|\ballegat[oa]\b|\bterlampir\b|\blampiran\b|\bdilampirkan\b"
)
_POINTER_WORDS = 14


def _pointers_joined(sentences: list[str], named: dict[str, list[str]]) -> None:
    """A legal sentence of no named kind that only points to a paper the seller attaches backs the argument said before it
    (else the first one named): it is that argument's, never 'another legal argument' of its own."""
    last = None
    for sentence in sentences:
        kinds = legal_kinds(sentence)
        if kinds:
            last = kinds[0]
            continue
        norm = normalize_text(sentence)
        if named and _POINTS_TO_PAPER_RE.search(norm) and len(re.findall(r"\w+", norm)) <= _POINTER_WORDS:
            named[last if last in named else next(iter(named))].append(sentence)


# A bare word that the right is void, said just before the reasons ('First, the patent is invalid. The same adjuster was
# already published ...', 'En primer lugar, la patente es nula. El mismo sistema ya fue publicado ...'): the heading of the
# argument after it, a few words long.
_LEAD_WORDS = 10


def _leads_joined(sentences: list[str], named: dict[str, list[str]], arguing: list[str]) -> None:
    """A short legal sentence of no named kind, not already joined, that the seller says just before a sentence of a named
    argument leads that argument: it is that argument's (in the order the seller wrote them), never 'another legal
    argument' of its own."""
    joined = {s for words in named.values() for s in words}
    at = {sentence: i for i, sentence in enumerate(arguing)}
    for sentence in sentences:
        if sentence in joined or legal_kinds(sentence) or len(re.findall(r"\w+", normalize_text(sentence))) > _LEAD_WORDS:
            continue
        following = arguing[at[sentence] + 1] if sentence in at and at[sentence] + 1 < len(arguing) else None
        kind = next((k for k in legal_kinds(following) if k in named), None) if following in sentences else None
        if kind:
            named[kind] = sorted([*named[kind], sentence], key=lambda s: at.get(s, len(arguing)))


def reading_labels(reading: GroundReading) -> list[str]:
    """The grounds a reading found, in words for people: 'another argument' said as the legal arguments it names
    ('Legal arguments (evaluation report requested, non-infringement)') or the seller's own photos or creation."""
    codes = {f"{kind}_claim" for kind in reading.legal_kinds} | ({"legal_argument"} if reading.legal_argument else set())
    codes |= ({"own_photos_claim"} if reading.own_photos_claim else set()) | ({"own_creation_claim"} if reading.own_creation_claim else set())
    return [ground_label(ground, codes if ground is AppealGround.OTHER else ()) for ground in reading.grounds]


def removal_said(text: str) -> bool:
    """Whether words say the seller took a listing down ('second link we already deleted', '已下架'); a take-down refused
    ('我们不会下架') is none."""
    from assistant.domain.appeals.listing_changes import removal_refused

    return bool(_GROUND_PATTERNS[AppealGround.NO_CONTEST].search(normalize_text(text))) and not removal_refused(text)


def ground_saying(reading: GroundReading, words: str) -> AppealGround | None:
    """The ground whose sentences hold the seller's ``words`` (the first in the fixed order), or None."""
    return next((ground for ground in reading.grounds if any(words in sentence for sentence in reading.words.get(ground, ()))), None)


# --- Instructions hidden in the seller's text (the markers: assistant/domain/untrusted_text.py) -------------------


def find_instructions_everywhere(counter_notice: str, attachments: list[AppealAttachment]) -> list[InstructionHit]:
    """Instruction attempts in the counter-notice and in every attachment's name and text."""
    hits = find_instructions(counter_notice, "counter-notice")
    for index, attachment in enumerate(attachments, start=1):
        hits += find_instructions(attachment.name, f"attachment #{index} name")
        hits += find_instructions(attachment.text or "", f"attachment #{index} text")
    return hits


__all__ = [
    "DISTRIBUTOR_CLAIMED",
    "GROUND_LABELS",
    "ground_label",
    "AppealGround",
    "GroundReading",
    "NEEDS_CUE",
    "CLASSES",
    "NAMED_KINDS",
    "InstructionHit",
    "InstructionPattern",
    "find_instructions",
    "find_instructions_everywhere",
    "ground_saying",
    "reading_labels",
    "removal_said",
    "legal_kinds",
    "read_grounds",
    "unwrapped",
]
