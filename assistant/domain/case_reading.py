"""Reading a case out of a question: "we are a law firm filing for a client's EU trademark on Taobao, what do we need?"

Every "what do we need / can we file" question, whichever way it arrives (ask, the chat, Slack), is read here into the
facts that decide the documents: site, role, kind of right, complaint reason, place of registration, whether the right
is registered, whether it expired, whether it was renewed or changed hands since its certificate was issued. Each fact keeps the words it was read from, so it can be shown as read and
corrected; a negated mention ("not on Tmall", "we don't use an agent") is never taken as the fact. Nothing here
decides anything: the documents rules (assistant/domain/documents.py) do, from the case built here.
"""

from __future__ import annotations

from collections.abc import Callable
import re
from dataclasses import dataclass, field

from assistant.domain.models import (
    REASON_IP_TYPE,
    ComplaintReason,
    DocumentCase,
    HolderType,
    IPType,
    PatentKind,
    Role,
    Site,
)
from assistant.domain.site_names import sites_mentioned

# The facts a case question can give, in the order they are shown.
FACT_NAMES = (
    "site", "role", "holder_type", "ip_type", "patent_kind", "reason", "places_of_registration", "registered", "expired",
    "renewed_or_transferred",
)

# A mention preceded by one of these (within a few words) is negated: "not on Tmall", "we don't use an agent".
_NEGATION = re.compile(
    r"(?:\bnot|\bno|\bnothing|\bnever|\bwithout|\bnor|n't|\binstead of|\brather than|\bno longer|\bother than)\s+(?:\w+\s+){0,2}$", re.I
)

_ROLE_AGENT = re.compile(
    r"\b(?:agent|agents|agency|law firm|lawyers?|attorneys?|solicitors?|counsel|on behalf of|for (?:a|our|my|the) clients?|"
    r"(?:our|a|the|my) clients?'?s?|representing|represent|brand[- ]protection (?:company|firm|vendor|service|agency)|third[- ]party|"
    r"for (?:another|other) compan(?:y|ies)|for (?:our|a|the) (?:subsidiary|parent)|subsidiary'?s|parent company|"
    r"filing for|file for (?:someone|somebody|them|him|her|a client))\b|"
    # In Chinese: an agent (代理人, 代理机构), a law firm (律所, 律师事务所), a lawyer, filing for a client (替客户).
    r"代理人|代理机构|代理公司|律所|律师事务所|律师|(?:替|帮|为|代)客户",
    re.I,
)
_ROLE_HOLDER = re.compile(
    r"\b(?:we own|i own|our own (?:brand|trademark|mark|copyright|patent|design)|we are the (?:brand|rights?[- ]?holder|owner)s?|"
    r"i am the (?:owner|rights?[- ]?holder)|as the (?:owner|rights?[- ]?holder)|rights?[- ]?holders? ourselves|(?:our|my) own right)\b",
    re.I,
)
_COMPANY = re.compile(r"\b(?:(?<!law )(?<!brand protection )(?:company|corporation|business)|ltd|inc|gmbh|llc|brand owner|manufacturer|subsidiary)\b", re.I)
# "Individual" describes the rights holder ("we are an individual", "an individual artist", "the holder is an
# individual"), never what is reported: "individual listings", "each individual item", "only the individual product
# links" say which links, not who holds the right. In the other languages read: 个人 / 自然人, persona física /
# particular, Privatperson / Einzelperson, individu / perseorangan.
INDIVIDUAL_WORD = (
    r"(?<!each )(?<!every )(?<!the )(?<!single )\bindividual\b(?!\s+(?:\w+\s+)?(?:listings?|items?|links?|products?|urls?|pages?|"
    r"offers?|ads?|adverts?|posts?|goods|skus?|shops?|stores?|storefronts?|sellers?|complaints?|reports?|takedowns?|cases?|"
    r"pieces?|units?|copies|photos?|images?|models?|versions?|variants?)\b)"
)
INDIVIDUAL_HOLDER = (
    INDIVIDUAL_WORD + r"|\bpersona f[ií]sica\b|\bsoy (?:un )?particular\b|\bprivatperson\b|\beinzelperson\b|\bperseorangan\b|\bindividu\b|"
    r"(?<!公司)个人(?!信息|中心|隐私|主页)|自然人"
)
_INDIVIDUAL = re.compile(
    r"\b(?:private person|sole trader|sole owner|freelancer?|independent (?:artist|designer|photographer|author)|"
    r"i am an? (?:artist|author|photographer|designer|illustrator)|myself|personally)\b|" + INDIVIDUAL_HOLDER,
    re.I,
)

# "Mark" as a noun ("our mark", "the mark is registered", "a word mark"), never the verb ("mark the differences", "mark
# it as filed") nor a check mark or a watermark.
_MARK = (
    r"(?<!check )(?<!question )(?<!tick )(?<!to )(?<!please )\bmarks?\b"
    r"(?!\s+(?:as|it|them|the|this|that|these|those|each|every|all|up|down|out|where|which|what|how)\b)"
)

_IP_TYPES: list[tuple[IPType, str]] = [
    (IPType.TRADEMARK, r"\btrade ?marks?\b|\btms?\b|\b(?:eu|uk|us)tms?\b|®|\blogos?\b|\bbrand names?\b|\bbrand (?:registrations?|is registered)\b|"
                       r"\bregistered brands?\b|商标|" + _MARK),
    (IPType.COPYRIGHT, r"\bcopyrights?\b|\bcopyrighted\b|版权|著作权"),
    (IPType.PATENT, r"\bpatents?\b|\bpatented\b|\butility models?\b|\bdesign registrations?\b|\bindustrial designs?\b|专利"),
]
_PATENT_KINDS: list[tuple[PatentKind, str]] = [
    (PatentKind.DESIGN, r"\bdesign patents?\b|\bdesign registrations?\b|\bindustrial designs?\b|\bregistered designs?\b|外观设计|外观专利"),
    (PatentKind.UTILITY_MODEL, r"\butility models?\b|实用新型"),
    (PatentKind.INVENTION, r"\binvention patents?\b|\binventions?\b|发明专利|发明"),
]

# Most specific first: "a test buy showed it was counterfeit" is a test buy, not a feature comparison.
_REASONS: list[tuple[ComplaintReason, str]] = [
    # "We bought the brand from its founder" is an acquisition of the right, not a test buy.
    # A fake bought to check it ("our investigator bought one of the knockoffs") is a test buy too.
    (ComplaintReason.TEST_BUY, r"\btest[- ]?(?:buys?|purchases?|orders?)\b|"
                               r"\b(?:bought|ordered|purchased)\b[^.?]{0,25}\b(?:fakes?|knock-?offs?|counterfeits?|replicas?)\b|\bwe (?:bought|ordered|purchased)\b"
                               r"(?!\s+(?:(?:the|a|an|their|this|that|its|all)\s+)?(?:\w+\s+)?(?:brand|trade ?mark|mark|company|business|rights?|patent|"
                               r"copyright|registration)s?\b)"),
    (ComplaintReason.MODEL_DOES_NOT_EXIST, r"\b(?:model|version|colou?rway)s?\b[^.?]{0,40}\b(?:never|doesn'?t|does not|don'?t|do not) (?:exists?|made|make|produced?)\b|\bnever (?:made|produced|released)\b"),
    (ComplaintReason.OFFICIAL_IMAGE_THEFT, r"\b(?:photos?|images?|pictures?)\b[^.?]{0,40}\bofficial (?:\w+ )?(?:site|website|store|shop|page)\b|"
                                           r"\bofficial (?:\w+ )?(?:site|website|store)\b[^.?]{0,30}\b(?:photos?|images?|pictures?)\b"),
    (ComplaintReason.IMAGE_THEFT, r"\b(?:stole|stolen|steal|stealing|copied|copying|using|uses|took|lifted|reusing)\b[^.?]{0,25}\b(?:photos?|images?|pictures?|product shots?)\b|\b(?:image|photo|picture) theft\b|"
                                  r"(?:图片|图|照片)[^，。？！,?]{0,12}(?:被盗|盗用|盗)|盗用(?:我们的)?(?:图片|图|照片)|盗图|搬图"),
    (ComplaintReason.PIRATED_COPY, r"\bpirat\w*|\bbootleg\w*|\bunauthori[sz]ed cop(?:y|ies)\b|\billegal cop(?:y|ies)\b|\bcracked\b"),
    (ComplaintReason.REGISTERED_WORK, r"\bregistered (?:work|artwork|artistic work)s?\b|\b(?:artwork|illustrations?|drawings?|paintings?)\b"),
    # The mark named in a title or a description: "our brand name in its titles", "writes "Sorvik style" in the title".
    (ComplaintReason.TRADEMARK_MISUSE, r"\bmisus\w+\b|(?:\b(?:brand|mark|trademark|name)\b|[\"“][^\"”]{1,40}[\"”])[^.?]{0,30}"
                                       r"\bin (?:the |their |its )?(?:(?:product|listing|item) )?(?:titles?|descriptions?|store names?|shop names?|keywords?)\b"),
    (ComplaintReason.PATENT_INFRINGEMENT, r"\bpatent infring\w*|\b(?:copies|copy|copying|copied|infring\w*) (?:our|my|the) (?:patent|design|invention)\b"),
    (ComplaintReason.COUNTERFEIT_FEATURES, r"\bcounterfeits?\b|\bfakes?\b|\bknock-?offs?\b|\breplicas?\b|\bimitations?\b"),
]

# The place a right is registered, named as people name it in the languages questions are read in: the office
# ("EUIPO", "USPTO", "CNIPA"), the kind of right ("an EU trade mark", "marca de la UE", "Unionsmarke", "欧盟商标") or the
# country ("Estados Unidos", "Vereinigte Staaten", "美国").
_PLACES: list[tuple[str, str]] = [
    ("WIPO (designating China)", r"\b(?:wipo|madrid|international registration)\b[^.?]{0,60}\b(?:designat\w*|extend\w*|extension)\b[^.?]{0,15}\bchina\b"),
    ("Mainland China", r"\b(?:mainland china|china|chinese|cnipa|prc|chin[oa]s?|chinesische[nrs]?)\b|中国"),
    ("Hong Kong", r"\bhong kong\b|香港"),
    ("Taiwan", r"\btaiwan\b|台湾"),
    ("EU", r"\b(?:eu|euipo|european union|european|community trade ?mark|ue|uni[oó]n europea|europea|comunitari[oa]|"
           r"europ[äa]ischen? union|unionsmarken?|gemeinschaftsmarken?|uni eropa|eropah?)\b|欧盟|欧洲"),
    ("United States", r"\b(?:us|usa|u\.s\.|uspto|united states|american|estados unidos|ee\.?\s?uu|eeuu|estadounidense|"
                      r"vereinigten staaten|amerika(?: serikat| syarikat)?)\b|美国"),
    ("United Kingdom", r"\b(?:uk|ukipo|united kingdom|british|reino unido|brit[aá]nic[oa]|vereinigten k[öo]nigreich|"
                       r"gro(?:ß|ss)britannien|britische[nrs]?|britania raya)\b|英国"),
    ("WIPO", r"\b(?:wipo|ompi|madrid|international registration|international trade ?mark|internationale registrierung|"
             r"registro internacional)\b|马德里|国际注册"),
    ("Japan", r"\b(?:japan|japanese|jap[oó]n|japones[ae]?|japanische[nrs]?|jepun|jepang)\b|日本"),
    ("Germany", r"\b(?:germany|german|dpma|alemania|alem[aá]n[ae]?|deutschland|deutsche[nrs]?|jerman)\b|德国"),
    ("France", r"\b(?:france|french|inpi|francia|franc[eé]s[ae]?|frankreich|französische[nrs]?|perancis)\b|法国"),
    ("Spain", r"\b(?:spain|spanish|oepm|españa|espa[ñn]ol[ae]?|spanien|spanische[nrs]?|sepanyol|spanyol)\b|西班牙"),
    ("Italy", r"\b(?:italy|italian|italia|italian[oa]|italien|italienische[nrs]?)\b|意大利"),
    ("Korea", r"\b(?:korea|korean|corea|coreana?|koreanische[nrs]?)\b|韩国"),
    ("Singapore", r"\b(?:singapore|singapur|singapura)\b|新加坡"),
    ("Australia", r"\b(?:australia|australian|australien)\b|澳大利亚"),
    ("Canada", r"\b(?:canada|canadian|canad[aá]|kanada)\b|加拿大"),
    ("Sweden", r"\b(?:sweden|swedish|prv|suecia|suec[oa]|schweden|schwedische[nrs]?|swedia)\b|瑞典"),
    ("Malaysia", r"\b(?:malaysia|malaysian|myipo|malasia|malaysische[nrs]?)\b|马来西亚"),
    ("Indonesia", r"\b(?:indonesia|indonesian|djki|indonesische[nrs]?)\b|印度尼西亚|印尼"),
]
# A place counts as a place of registration only near words about the right ("an EU trademark", "registered in Japan",
# "una marca registrada en la EUIPO", "eine beim EUIPO eingetragene Marke", "欧盟商标", "a utility model in China").
_RIGHT_WORDS = (
    r"(?:registered|registration|trade ?marks?|marks?|patents?|copyrights?|rights?|certificates?|filed|granted|protected|"
    r"\bmarcas?\b|registrad[oa]s?|registro|patentes?|derechos? de autor|\bmarken?\b|unionsmarken?|eingetragen\w*|registriert\w*|"
    r"eintragung|urheberrecht\w*|\bmerek\b|cap dagangan|terdaftar|didaftarkan|berdaftar|pendaftaran|paten\b|hak cipta|"
    # A patent named by its kind: "a utility model in China", "ein Gebrauchsmuster in China", "modelo de utilidad".
    r"utility models?|gebrauchsmuster\w*|geschmacksmuster\w*|modelos? de utilidad|"
    r"商标|注册|专利|版权|著作权|证书|实用新型|外观设计)"
)
# A place said not to be where the right is registered, in the words of the other languages read: "没有中国商标",
# "sin registro en China", "nicht in China", "bukan di China".
_PLACE_NEGATED = re.compile(
    r"(?:(?:没有|没|无|未|不是|并非|并未)[在于]?|\b(?:sin|ni|ohne|nicht|kein\w*|tanpa|bukan|tidak)\s+(?:\w+\s+){0,2})$", re.I
)
# A right said not to be registered, in the languages questions are read in. The negation is read here, in the words as
# written, because a reading of them into English (the glossary: 版权登记 -> "registered copyright") drops it: "no
# copyright registration", "we don't have a copyright certificate", "没有版权登记证书", "版权未登记", "sin registro", "ohne
# Eintragung", "tanpa pendaftaran". A negated statement is never read as the positive fact.
_RIGHT_NAMES = r"(?:copyright|trade ?mark|tm|patent|design|work|photo|image)s?"
_UNREGISTERED = re.compile(
    r"\b(?:unregistered|not registered|never registered|(?:not|never) been registered|no registration|without (?:a )?registration|"
    r"pending (?:application|registration|trademark)|(?:application|registration)s?(?: that| which)? (?:is|are) (?:still )?pending|applied for|"
    r"(?:not|never) (?:yet )?been granted|not (?:yet )?granted yet|not yet granted|n'?t (?:yet )?been granted|"
    r"haven'?t registered|have not registered|(?:is|are|was|were)n'?t (?:\w+ )?registered|(?:is|are|was|were) not (?:\w+ )?registered|"
    rf"(?:no|without|without an?|without any) {_RIGHT_NAMES} (?:registrations?|certificates?)|"
    rf"(?:don'?t|do not|doesn'?t|does not|never) (?:have|had|got) (?:an? |any )?(?:{_RIGHT_NAMES} )?(?:registrations?|certificates?)|"
    r"sin (?:\w+ )?registr\w*|no (?:est[aá]n? |fue |fueron |ha sido |han sido )?registrad[oa]s?|"
    r"ohne (?:\w+ )?(?:eintragung|registrierung)|nicht (?:eingetragen|registriert)|keine (?:\w+ )?(?:eintragung|registrierung)|"
    r"tanpa (?:\w+ )?pendaftaran|(?:tidak|tak|belum) (?:di|ter|ber)?daftar\w*|tiada pendaftaran|not yet registered)\b|"
    # "没有在中国注册" says where the right is not registered, not that it is unregistered.
    r"(?:没有|没|无|未|尚未|还没有?|还未|并未)(?![^，。？！,?;；]{0,8}?(?:中国|国内|大陆|境内|境外|国外|欧盟|美国|日本|英国))"
    # "没有注册公司" says there is no registered company (an individual holder), not that the right is unregistered.
    r"[^，。？！,?;；]{0,8}?(?:登记|注册)(?!的?(?:公司|企业|营业执照))",
    re.I,
)
# Words saying the right is registered, where that is not taken for granted (a copyright): "our registered copyright",
# "the copyright certificate", "著作权登记证书".
_REGISTERED = re.compile(
    r"\bregistered (?:copyrights?|works?)\b|\bcopyright (?:registration|certificate)s?\b|\bregistration certificates?\b|登记证书|已登记",
    re.I,
)
# A right renewed, or transferred to a new owner, since its certificate was issued ("our trademark was assigned to us
# last month", "the certificate still shows the old owner", "商标转让给我们了", "die Marke wurde auf uns übertragen", "la
# marca nos fue cedida"): the renewal, change or assignment documents go with the certificate (documents.yaml). Read
# only in a clause that speaks of the right, so "the case was assigned to our lawyer" is not a transfer.
_RENEWED_OR_TRANSFERRED = re.compile(
    r"\b(?:assigned|assignment|transferr?(?:ed|ing)|transfer of|(?:ownership|trade ?mark|mark|patent|copyright|right|registration) transfer|"
    r"renewed|changed hands|change of (?:owner(?:ship)?|registrant|proprietor)|(?:previous|former|old|original|new) "
    r"(?:owner|registrant|rights?[- ]?holder|proprietor)|(?:bought|acquired|purchased) (?:the|a|their|this|that) "
    r"(?:brand|trade ?mark|mark|patent|copyright|rights?|registration)|übertragen|umgeschrieben|umschreibung|abgetreten|verlängert|"
    r"vorbesitzer|früheren? (?:inhaber|eigentümer)|cedid[ao]s?|cesión|transferid[ao]s?|renovad[ao]s?|anterior (?:titular|dueño|propietario)|"
    r"dipindah\w*|diserahkan|diperbaharui|diperpanjang|pemilik (?:lama|sebelumnya))\b|"
    r"转让|过户|续展|变更(?:注册人|权利人|所有人|持有人)|原(?:权利人|注册人|所有人|持有人)",
    re.I,
)
_EXPIRED = re.compile(
    r"\b(?:expired|has expired|lapsed|has lapsed|ran out|run out|no longer valid|not renewed|forgot to renew|didn'?t renew|was cancelled)\b|"
    r"过期|已失效|未续展",
    re.I,
)

# The words a question asking what a case needs, or whether a case can be filed, is asked in: the documents
# ("which documents", "what do we attach", "what goes in the complaint", "how do we prove") and eligibility ("can we
# still file", "can we go after them with it", "is it enough / still usable", "good enough for Tmall?"). People ask
# other things in the same words ("can we report a whole shop?"): these words only make a question a candidate, and
# assistant.retrieval.case_questions decides by its meaning.
_SUBJECT = r"(?:i|we|they|you|it|he|she|our \w+|my \w+|the \w+|an? \w+)"
_CASE_QUESTION = re.compile(
    r"\b(?:which|what) (?:documents?|docs?|papers?|paperwork|files?|proofs?|evidence|materials?|attachments?|uploads?)\b|"
    # Whether one document is needed, or enough: "do we really need the evaluation report", "is the certificate enough"
    r"\bdo (?:we|i|they) (?:really |still |also |even )?(?:need|have to (?:provide|submit|upload|have)) (?:an? |the |any |our |my )?(?:\w+ ){0,2}"
    r"(?:reports?|certificates?|registrations?|letters?|statements?|power of attorney|licen[cs]es?|documents?|translations?)\b|"
    r"\b(?:is|are) (?:the|our|my|an?) (?:\w+ ){0,3}(?:certificates?|registrations?|reports?|letters?|documents?) (?:enough|sufficient)\b|"
    r"\bdocuments? (?:do|does|should|must|would|will) (?:i|we|they|it|he|she|you|our|my|the)\b|\bchecklist\b|"
    rf"\bwhat (?:do|does|would|will|should|must) {_SUBJECT} (?:need|have) to (?:provide|submit|upload|send|show|prepare|give|attach|hand in|include)\b|"
    rf"\bwhat (?:do|does|should|must|would|can) {_SUBJECT} (?:attach|upload|submit|provide|prepare|hand in|include)\b|"
    r"\bwhat (?:has|have|needs?|is|are|should|must) (?:to )?(?:be )?(?:uploaded|attached|submitted|provided|shown)\b|"
    r"\bwhat (?:goes|go|should go|has to go|must go) (?:in|into|with) (?:the|a|an|our|my|such an?) (?:\w+ )?(?:complaint|report|takedown|filing)\b|"
    r"\bhow (?:do|can|should) (?:i|we) (?:prove|show)\b|"
    r"\bwhat (?:is|are) (?:needed|required)\b|\bwhat(?:'s| is) required\b|\bwhat (?:do|does) (?:i|we|they|it|an? \w+ complaint) need\b|"
    r"\bneed to (?:provide|submit|upload|prepare)\b|\bdo (?:we|i) need anything\b|"
    r"\b(?:can|could|may) (?:i|we|they|our \w+|my \w+) (?:still |already |even )?(?:file|report|complain|submit a complaint|take down|go after|enforce|use (?:it|this|that|our|my))\b|"
    r"\b(?:is|are) (?:it|this|that|they|our|my)(?: \w+){0,2} enough (?:to|for)\b|\bwill (?:it|this|that) (?:work|be accepted)\b|"
    r"\b(?:good|strong) enough\b|\b(?:is|are) (?:it|this|that|they) (?:still )?(?:usable|valid|accepted|acceptable)\b|"
    # Short and everyday forms: "docs for Tmall?", "does the platform still let us use it?", "does Tmall accept that?"
    r"\b(?:docs?|documents?|paperwork|papers)\s+(?:needed|required|for)\b|\b(?:let|lets|allow|allows) (?:us|me) (?:to )?(?:use|file|report|enforce)\b|"
    r"\b(?:does|do|will|would) (?:it|that|this|they|our \w+|my \w+) still (?:work|count|hold|apply)\b|"
    r"\b(?:does|do|will|would) (?:\w+ ){1,2}accept (?:it|that|this|them|our|my|an?)\b",
    re.I,
)


# The same questions asked in Chinese ("需要提交哪些材料", "可以投诉吗", "一定要专利权评价报告吗"), German ("welche
# Nachweise brauchen wir", "reicht die Urkunde"), Spanish ("qué pruebas piden", "¿podemos denunciar?") and Malay ("bukti
# apa yang diperlukan", "apakah dokumen yang ejen perlukan", "boleh kami buat aduan"). Their English reading drops the grammar these are read in.
_CASE_QUESTION_OTHER_LANGUAGES = re.compile(
    r"(?i:\bwelche (?:unterlagen|dokumente|nachweise|belege|papiere)\b|\b(?:brauchen|benötigen|braucht|benötigt) (?:wir|ich|man)\b|"
    r"\breicht (?:das|die|der|den|eine?|unsere?)\b|\bkönnen wir (?:trotzdem |noch |überhaupt )?(?:\w+ ){0,4}(?:melden|beschwerde|vorgehen)\b|"
    r"\bqué (?:documentos|pruebas|papeles)\b|\b(?:podemos|puedo) (?:\w+ )?(?:denunciar|presentar|reclamar)\b|\b(?:necesitamos|necesito|hace falta)\b|"
    r"\b(?:dokumen|bukti) apa\b|\bapa(?:kah)? (?:dokumen|bukti)\b|\b(?:dokumen|bukti) yang (?:\w+ ){0,3}(?:di)?perlu(?:kan)?\b|"
    r"\b(?:boleh|bolehkah|bisa|bisakah|dapatkah) (?:ke )?(?:kami |saya |kita )?(?:\w+ )?(?:buat aduan|lapor|melapor|adu|mengadu)\w*|"
    # How to prove the right is ours, as "how do we prove" asks it: "wie weisen wir nach", "cómo demostramos", "怎么证明".
    r"\bwie (?:können wir |kann ich |kann man )?(?:beweisen|belegen|nachweisen|weisen wir|beweisen wir|belegen wir)\b|"
    r"\bc[oó]mo (?:podemos |puedo |se puede )?(?:demostrar|probar|demostramos|probamos|demuestro|pruebo|acreditar)\b|"
    r"\bbagaimana (?:kami |saya )?(?:membuktikan|buktikan|nak buktikan)\b)|"
    r"(?:怎么|怎样|如何|要怎么|该怎么)(?:才能)?证明|"
    r"(?:需要|要|得|应该|必须)(?:提交|准备|提供|上传|交|附上?)?(?:哪些|什么|啥)(?:材料|文件|资料|证据|证明|手续)|"
    r"(?:哪些|什么)(?:材料|文件|资料|证据)|"
    r"(?:可以|能否|能不能|可不可以|是否可以|还能)[^，。？！?]{0,6}(?:投诉|举报)|能[^，。？！?]{0,8}(?:投诉|举报)[^，。？！?]{0,10}[吗么]|"
    r"(?:一定要|必须要?|需要|要不要|是否需要|需不需要|也要|还要|都要)[^，。？！?]{0,12}(?:报告|证书|授权书|委托书|公证|材料|文件)"
)


@dataclass(frozen=True)
class ReadFact:
    """One fact read from the text, with the words it came from (shown to the person, never stored silently)."""

    name: str
    value: object
    words: str


@dataclass
class CaseReading:
    """The document-deciding facts a text gives; a fact it does not give is absent (unknown), not defaulted."""

    facts: list[ReadFact] = field(default_factory=list)

    def get(self, name: str):
        found = [fact.value for fact in self.facts if fact.name == name]
        return found[-1] if found else None

    def known(self) -> set[str]:
        return {fact.name for fact in self.facts}

    def ip_type(self) -> IPType | None:
        """The kind of right, said outright or implied by the complaint reason ("fakes" are trademark complaints)."""
        reason = self.get("reason")
        return self.get("ip_type") or (REASON_IP_TYPE[reason] if reason else None)

    def document_case(self, **defaults) -> DocumentCase | None:
        """The case for the documents rules; None while the kind of right is unknown. `defaults` fill facts the
        text does not give (the chat's draft); the text wins."""
        ip_type = self.ip_type() or defaults.get("ip_type")
        if ip_type is None:
            return None
        reason = self.get("reason") or defaults.get("reason")
        if reason is not None and REASON_IP_TYPE[reason] is not ip_type:
            reason = None  # a reason of another kind of right says nothing about this case's documents
        places = self.get("places_of_registration") or defaults.get("places_of_registration") or []
        registered = self.get("registered")
        return DocumentCase(
            ip_type=ip_type,
            patent_kind=(self.get("patent_kind") or defaults.get("patent_kind")) if ip_type is IPType.PATENT else None,
            role=self.get("role") or defaults.get("role") or Role.RIGHTS_HOLDER,
            holder_type=self.get("holder_type") or defaults.get("holder_type"),
            site=self.get("site") or defaults.get("site"),
            registered=registered if registered is not None else defaults.get("registered", True),
            reason=reason,
            places_of_registration=list(places),
            china_extension="WIPO (designating China)" in places,
            expired=self.get("expired") or defaults.get("expired"),
            renewed_or_transferred=bool(self.get("renewed_or_transferred") or defaults.get("renewed_or_transferred")),
        )

    def shown(self) -> list[dict]:
        """The facts as read, for showing: name, value and the words they came from."""
        return [{"fact": f.name, "value": _plain(f.value), "words": f.words} for f in self.facts]


def _plain(value):
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return getattr(value, "value", value)


def says_unregistered(text: str) -> bool:
    """Whether the text says its right is not registered (or not yet), in any language the questions are read in."""
    return bool(_UNREGISTERED.search(text or ""))


def is_case_question(text: str) -> bool:
    """Whether the text asks which documents a case needs, or whether a case can be filed."""
    return bool(_CASE_QUESTION.search(text or ""))


def is_case_question_in_any_language(text: str) -> bool:
    """is_case_question, also in the words of Chinese, German, Spanish and Malay questions (their meaning is judged on
    their English reading: assistant/retrieval/case_questions.py)."""
    return is_case_question(text) or bool(_CASE_QUESTION_OTHER_LANGUAGES.search(text or ""))


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION.search(text[max(0, start - 30) : start]))


def _first(text: str, patterns) -> tuple[object, str] | None:
    """The value of the first pattern (in the list's order) found un-negated, with the words matched."""
    for value, pattern in patterns:
        for match in re.finditer(pattern, text, re.I):
            if not _negated(text, match.start()):
                return value, match.group(0)
    return None


# A kind of right named before its registration or certificate ("no copyright registration", "without a trademark
# certificate"): a negation there negates the registration, never the kind of right the person speaks of.
_OF_REGISTRATION = re.compile(r"\s*(?:registrations?|certificates?|registered|登记|注册|证书)", re.I)


def _kind_of_right(text: str) -> tuple[IPType, str] | None:
    """The kind of right, read as _first reads it, except that a negated registration keeps its kind."""
    for value, pattern in _IP_TYPES:
        for match in re.finditer(pattern, text, re.I):
            if not _negated(text, match.start()) or _OF_REGISTRATION.match(text, match.end()):
                return value, match.group(0)
    return None


# An agent asked about, not said to file: "do we need a lawyer or an agent", "is hiring a law firm mandatory", "must we
# use an agency", "brauchen wir einen Anwalt" (read "need ... law firm"), "必须找律师或者代理机构吗". Asking whether one
# is needed says nothing of who files; the holder files itself unless it names an agent filing for it.
_AGENT_ASKED_ABOUT = re.compile(
    r"(?:\b(?:need|needs|needed|require|requires|required|have to|has to|must|should|necessary|mandatory|obligatory|compulsory|"
    r"hire|hiring|engage|engaging|appoint|appointing)\b(?:\s+(?:we|i|you|us|to|really|still|always|(?:use|hire|get|engage|appoint|have|"
    r"find|go through|involve)))*|(?:需要|必须|一定要|要不要|需不需要|是否需要|得)(?:找|请|委托|聘请|通过)?)"
    r"\s*(?:(?:an?|the|our|one|any|for (?:that|this|it)|dafür|einen?)\s+)*(?:\w+(?:\s+\w+)?\s+(?:or|and)\s+(?:an?\s+)?|\w{0,4}(?:或者|或|还是|和))?$",
    re.I,
)
# ... or asked about after it: "is a lawyer required?", "is hiring a law firm mandatory".
_AGENT_ASKED_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}(?:is |are )?(?:required|mandatory|necessary|obligatory|compulsory|needed)\b", re.I)


# Between two agents named in one breath: "a lawyer or an agent", "律师或者代理机构", "agent law firm" (a reading).
_AGENTS_LISTED = re.compile(r"\s*(?:,|/|\bor\b|\band\b|或者|或|还是|和)?\s*(?:an?\s+)?", re.I)
# The agent as the one who needs the documents ("what documents need agent", the reading of "dokumen apa yang diperlukan
# ejen"; "which papers does the agent need"): the agent files, it is not asked about.
_DOCUMENTS_NEEDED_BY = re.compile(
    r"\b(?:documents?|docs?|papers?|paperwork|evidence|proofs?|materials?)\s+(?:\w+\s+){0,2}(?:need|needs|needed|require|requires|required)\s*$",
    re.I,
)


def _agent(text: str) -> tuple[Role, str] | None:
    """The agent role, when an agent is said to file: un-negated and not asked about (see _AGENT_ASKED_ABOUT), nor
    listed with one asked about."""
    asked_end = None
    for match in _ROLE_AGENT.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        listed = asked_end is not None and _AGENTS_LISTED.fullmatch(text[asked_end : match.start()])
        asked = _AGENT_ASKED_ABOUT.search(before) and not _DOCUMENTS_NEEDED_BY.search(before)
        if listed or asked or _AGENT_ASKED_AFTER.match(text[match.end():]):
            asked_end = match.end()
            continue
        if not _negated(text, match.start()):
            return Role.AGENT, match.group(0)
    return None


def _last_site(text: str) -> tuple[Site, str] | None:
    """The marketplace named last, skipping negated ones ("on Taobao, not Tmall")."""
    found = [mention for mention in sites_mentioned(text) if not _negated(text, mention.start)]
    return (found[-1].site, found[-1].words) if found else None


# "us" is the pronoun ("what do they want from us", "files for us") unless it names the right's country: written "US"
# (not after a word that takes the pronoun), or "us" right before the right's words ("a us trademark").
_TAKES_PRONOUN = re.compile(r"\b(?:from|for|to|with|of|by|let|give|gives|tell|tells|help|helps|send|sends|want|wants|ask|asks|sue|sues|contact|contacts|call|calls|email|emails)\s+$", re.I)
_RIGHT_AFTER_US = re.compile(r"^\s*-?\s*(?:trade ?marks?|marks?|tms?|patents?|registrations?|registered|copyrights?|rights?|certificates?)\b", re.I)


# A place's adjective naming a language, not where the right is registered: "not in English or Chinese", "translated
# into Chinese", "a Chinese translation", "traducido al chino". The words after "in" / "into" (and the list they open)
# or before "translation" / "version" are the language a document is written in.
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|en|al|auf)\s+(?:(?:\w+\s*,\s*)*\w+\s+(?:or|and|o|y|oder|und|/)\s+)?$", re.I)
_LANGUAGE_AFTER = re.compile(r"^(?:\s+or\s+\w+)?\s*-?\s*(?:translations?|translated|language|versions?|text|speaking|original)\b", re.I)
_LANGUAGE_NAMES = re.compile(
    r"(?:english|chinese|japanese|german|french|spanish|italian|korean|swedish|malay|indonesian|chino|japon[eé]s|alem[aá]n|"
    r"franc[eé]s|espa[ñn]ol|italiano|coreano|sueco)$",
    re.I,
)


def _names_a_language(clause: str, match: re.Match) -> bool:
    """Whether the place's word names the language a document is in (see _LANGUAGE_BEFORE): no place of registration."""
    if not _LANGUAGE_NAMES.fullmatch(match.group(0)):
        return False
    return bool(_LANGUAGE_BEFORE.search(clause[: match.start()]) or _LANGUAGE_AFTER.match(clause[match.end():]))


def _pronoun_us(clause: str, match: re.Match) -> bool:
    """Whether a match of the United States pattern is the pronoun "us", or the Spanish verb "usa" (a word that is
    no place)."""
    if match.group(0).lower() == "usa":  # the country written "USA"; "usa" is the Spanish "uses" ("usa mis fotos")
        return match.group(0) != "USA" and not _RIGHT_AFTER_US.match(clause[match.end():])
    if match.group(0).lower() != "us":
        return False
    if _RIGHT_AFTER_US.match(clause[match.end():]):
        return False
    return match.group(0) != "US" or clause.isupper() or bool(_TAKES_PRONOUN.search(clause[: match.start()]))


# The end of a clause, except the full stops of the abbreviations a place is written with ("EE. UU.", "U.S.").
_CLAUSE_END = re.compile(r"(?<!\bee)(?<!\bu)(?<!\bu\.s)\.(?!\s?uu\b)|[;?!。；？！]", re.I)


def _places(text: str) -> tuple[list[str], str] | None:
    """Places of registration, read only where the text speaks of the right ("our EU trademark", "registered in Japan")."""
    places, words = [], []
    for clause in _CLAUSE_END.split(text):
        if not re.search(_RIGHT_WORDS, clause, re.I):
            continue
        for label, pattern in _PLACES:
            match = next(
                (m for m in re.finditer(pattern, clause, re.I) if not _pronoun_us(clause, m) and not _names_a_language(clause, m)),
                None,
            )
            if not match or _negated(clause, match.start()) or label in places:
                continue
            if _PLACE_NEGATED.search(clause[max(0, match.start() - 30) : match.start()]):
                continue
            if label == "WIPO" and "WIPO (designating China)" in places:
                continue
            if label == "Mainland China" and "WIPO (designating China)" in places:
                continue
            # "our factory in China makes ..." is not a registration: the place must sit near the right's words.
            window = clause[max(0, match.start() - 60) : match.end() + 60]
            if not re.search(_RIGHT_WORDS, window, re.I):
                continue
            places.append(label)
            words.append(match.group(0))
    return (places, ", ".join(words)) if places else None


def places_named(words: str) -> list[str]:
    """The places some words name, in any language read ("deutsche" -> Germany, "英国" -> United Kingdom), without asking
    whether they speak of a right's registration (the caller knows what the words are about)."""
    return [label for label, pattern in _PLACES if re.search(pattern, words, re.I)]


def place_words(text: str) -> set[str]:
    """Every word the text names a place of registration with, where it reads one ("Swedish", "PRV")."""
    found = _places(text or "")
    if found is None:
        return set()
    words = set()
    for label, pattern in _PLACES:
        if label in found[0]:
            for clause in _CLAUSE_END.split(text):
                words |= {m.group(0) for m in re.finditer(pattern, clause, re.I) if not _pronoun_us(clause, m) and not _names_a_language(clause, m)}
    return words


# Words that negate something, in the languages questions are read in: where the words as written hold one, a fact
# of how the right stands is not taken from their English reading, which drops the negation.
_ANY_NEGATION = re.compile(
    r"\b(?:no|not|never|without|n't|sin|nunca|ohne|nicht|kein\w*|nie|tanpa|tidak|tak|belum|bukan|tiada)\b|n't|没|无|未|不|非", re.I
)
_STANDING = ("registered", "expired", "renewed_or_transferred")


def read_case(text: str, reading: str | None = None, said_as: Callable[[str], str | None] | None = None) -> CaseReading:
    """The document-deciding facts the text gives, each with the words it came from. `reading`: the text's reading
    in the corpus's English when it is written in another language (assistant/retrieval/query_language.py); it gives
    the facts the words as written do not, except how the right stands (registered, expired) where the words hold a
    negation, since the reading drops it ("没有版权登记证书" reads "registered copyright certificate"). `said_as`: the
    text's own words a part of the reading was read from ("agencia" for "agent"): a fact read from the reading is shown
    with them, so the asker sees which of their words it came from."""
    found = _read_case(text)
    if reading and reading != text:
        negated = bool(_ANY_NEGATION.search(text or ""))
        for fact in _read_case(reading).facts:
            if fact.name not in found.known() and not (negated and fact.name in _STANDING):
                words = (said_as(fact.words) if said_as else None) or fact.words
                found.facts.append(ReadFact(fact.name, fact.value, words))
        found.facts.sort(key=lambda fact: FACT_NAMES.index(fact.name))
    return _without_reason_of_another_kind(found)


def _without_reason_of_another_kind(reading: CaseReading) -> CaseReading:
    """The reading less a complaint reason of another kind of right than the one said ("copias" of a product under a
    utility model read as counterfeit goods): it says nothing of this case's documents, so it is not shown as read."""
    ip_type, reason = reading.get("ip_type"), reading.get("reason")
    if ip_type is not None and reason is not None and REASON_IP_TYPE[reason] is not ip_type:
        reading.facts = [fact for fact in reading.facts if fact.name != "reason"]
    return reading


def _read_case(text: str) -> CaseReading:
    text = text or ""
    reading = CaseReading()

    def add(name: str, found) -> None:
        if found is not None:
            value, words = found
            reading.facts.append(ReadFact(name, value, words))

    add("site", _last_site(text))
    agent = _agent(text)
    add("role", agent or _first(text, [(Role.RIGHTS_HOLDER, _ROLE_HOLDER.pattern)]))
    individual = _first(text, [(HolderType.INDIVIDUAL, _INDIVIDUAL.pattern)])
    add("holder_type", individual or _holder_company(text, agent is not None) or _first(text, [(HolderType.COMPANY, _COMPANY.pattern)]))
    add("ip_type", _kind_of_right(text))
    add("patent_kind", _first(text, _PATENT_KINDS))
    if reading.get("patent_kind") is not None and reading.get("ip_type") is None:
        reading.facts.append(ReadFact("ip_type", IPType.PATENT, reading.facts[-1].words))
    add("reason", _first(text, _REASONS))
    add("places_of_registration", _places(text))
    unregistered = _UNREGISTERED.search(text)
    registered = _REGISTERED.search(text)
    if unregistered:
        reading.facts.append(ReadFact("registered", False, unregistered.group(0)))
    elif registered:
        reading.facts.append(ReadFact("registered", True, registered.group(0)))
    expired = _EXPIRED.search(text)
    if expired and not _negated(text, expired.start()):
        reading.facts.append(ReadFact("expired", True, expired.group(0)))
    add("renewed_or_transferred", _renewed_or_transferred(text))
    return reading


# Where an agent files, the words before the rights holder's name ("acting for Halden Kitchenware Oy"): a legal form
# elsewhere is the agent's own firm's ("Bird & Bird LLP"), which says nothing of the holder.
_FOR_THE_HOLDER = re.compile(r"\b(?:for|of|on behalf of|representing|represent|client,?|client is|owned by|owner is|holder is)\s*[:,]?\s*$", re.I)


def _holder_company(text: str, agent: bool) -> tuple[HolderType, str] | None:
    """A company, when the rights holder is named with its legal form ("We are Halden Kitchenware Oy", "acting for
    Kolmio Tools AB", "宁波青松厨具有限公司"): the form says it is a company, so whether it is one is not asked. Read by
    the one reader of legal forms (assistant/domain/legal_forms.py, cleanco), as the chat and Slack read them."""
    from assistant.domain.legal_forms import company_names

    for name, start in company_names(text):
        if not agent or _FOR_THE_HOLDER.search(text[max(0, start - 40):start]):
            return HolderType.COMPANY, name
    return None


def _renewed_or_transferred(text: str) -> tuple[bool, str] | None:
    """Words saying the right was renewed or changed hands, un-negated, in a clause that speaks of the right."""
    for clause in re.split(r"[.;?!。；？！]", text):
        for match in _RENEWED_OR_TRANSFERRED.finditer(clause):
            if not _negated(clause, match.start()) and re.search(_RIGHT_WORDS + r"|\bbrands?\b|品牌", clause, re.I):
                return True, match.group(0)
    return None
