"""Requests the assistant refuses, whoever asks and however (`ask`, the chat, Slack): a question that tries to instruct
it (the one list of markers in untrusted_text.py), and a request to forge or fake a document.

The question service (assistant/retrieval/answer.py) refuses them before it searches, so `ask`, the chat's answers and
Slack's give the same refusal; the chat refuses them the same way before it reads any other intent.

A forgery request is told by what it asks to be made, not by the word "fake" alone: "fake" and "counterfeit" name the
goods a complaint is about ("a seller sells fake bags"), and a question about a seller's forged invoice asks how to
answer it. So it needs a verb of making addressed to the assistant ("write me", "hazme", "erstelle", "buatkan", "帮我做")
with a document of the trade said to be fake (a stamp, seal, signature, invoice, certificate, power of attorney ...),
or the verb "forge" itself ("forge", "falsificar", "fälschen", "memalsukan", "伪造") with such a document. The words are the
closed vocabulary of documents and of making in the languages the question reader knows (question_languages.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.untrusted_text import contains_instructions, normalize_text, without_instructions

INSTRUCTIONS_REFUSAL = (
    "That message reads like instructions to change how I work. I follow the platform's rules and your explicit "
    "confirmations only, so I changed nothing."
)
# The same, said first in the message's language (the English follows: it is what the chat and the scorers know).
INSTRUCTIONS_REFUSAL_IN = {
    "zh": "这条消息像是要改变我工作方式的指令。我只遵循平台规则和您明确的确认，所以没有做任何改动。",
    "es": "Ese mensaje parece una instrucción para cambiar cómo trabajo. Solo sigo las reglas de la plataforma y sus "
    "confirmaciones explícitas, así que no cambié nada.",
    "de": "Diese Nachricht liest sich wie eine Anweisung, meine Arbeitsweise zu ändern. Ich folge nur den Regeln der "
    "Plattform und Ihren ausdrücklichen Bestätigungen, daher habe ich nichts geändert.",
    "ms": "Mesej ini seperti arahan untuk mengubah cara saya bekerja. Saya hanya mengikut peraturan platform dan pengesahan "
    "jelas anda, jadi tiada apa-apa yang diubah.",
}
FORGERY_REFUSAL = (
    "I can't help make, edit or alter a document to get it past the platform's checks (a certificate, stamp, seal, "
    "signature, notarisation, invoice or authorisation letter), however it is asked. A complaint needs a right that is "
    "registered and approved in IPP: complaints are processed only after the right is approved, and a pending "
    "application is not accepted. A complaint on forged or altered papers is filed in bad faith. Ask me instead what "
    "IPP accepts from what you really hold: a colour copy of the certificate, a renewal, a translation, or a power of "
    "attorney from the rights holder."
)
# A paper forged to stand for a purchase (an invoice, a receipt, an order) is asked for a test buy: what the refusal
# points to is what a real test buy gives (knowledge/evidence.md, "Test buy"), not how a right is registered.
FORGERY_REFUSAL_PURCHASE = (
    "I can't help make, edit or alter a document to get it past the platform's checks (a certificate, stamp, seal, "
    "signature, notarisation, invoice or authorisation letter), however it is asked. A test-buy complaint rests on a real "
    "purchase: the order number of that purchase (one complaint per order) and a test-buy report written by whoever "
    "authenticated the item, signed (an individual) or sealed (a company) by the rights holder, with the order number, "
    "the listing, photos of the item received and how it was verified. A complaint on forged or altered papers is filed "
    "in bad faith. Ask me instead what the test-buy report must say."
)
_PURCHASE_PAPER = re.compile(
    r"\b(?:test[- ]?(?:buys?|purchases?|orders?)|invoices?|receipts?|order (?:numbers?|confirmations?)|proof of purchase|"
    r"purchase (?:records?|proof))\b|试买|测试购买|发票|订单|收据",
    re.I,
)
FORGERY_REFUSAL_IN = {
    "zh": "我不能帮您制作、修改或伪造任何文件（证书、印章、签名、公证、发票或授权书）来通过平台审核。投诉需要在IPP登记并审核通过的权利："
    "权利审核通过后投诉才会处理，还在申请中的商标不能用。用伪造或修改过的文件投诉属于恶意投诉。您可以问我，用您真正持有的文件"
    "（证书彩色扫描件、续展证明、翻译件、权利人的授权书）IPP接受什么。",
    "es": "No puedo ayudar a hacer, editar o alterar un documento para que pase los controles de la plataforma (certificado, "
    "sello, firma, notarización, factura o carta de autorización). Una denuncia necesita un derecho registrado y aprobado "
    "en IPP: las denuncias solo se tramitan cuando el derecho está aprobado, y una solicitud en trámite no se acepta. Una "
    "denuncia con documentos falsificados o alterados es de mala fe. Pregúnteme qué acepta IPP de lo que realmente tiene.",
    "de": "Ich kann nicht helfen, ein Dokument zu erstellen, zu bearbeiten oder zu verändern, damit es die Prüfung der "
    "Plattform besteht (Urkunde, Stempel, Siegel, Unterschrift, Beglaubigung, Rechnung oder Vollmacht). Eine Beschwerde "
    "braucht ein in IPP eingetragenes und genehmigtes Recht: Beschwerden werden erst nach der Genehmigung bearbeitet, eine "
    "laufende Anmeldung wird nicht akzeptiert. Eine Beschwerde mit gefälschten oder veränderten Unterlagen ist bösgläubig. "
    "Fragen Sie mich, was IPP von dem akzeptiert, was Sie wirklich haben.",
    "ms": "Saya tidak dapat membantu membuat, menyunting atau mengubah dokumen supaya lulus semakan platform (sijil/sertifikat, "
    "cop, tandatangan, notari, invois atau surat kuasa). Aduan memerlukan hak yang didaftarkan dan diluluskan dalam IPP: "
    "aduan hanya diproses selepas hak diluluskan, dan permohonan yang belum selesai tidak diterima. Aduan dengan dokumen "
    "palsu atau diubah dibuat dengan niat jahat (bad faith). Tanya saya apa yang IPP terima daripada dokumen yang benar-benar anda ada.",
}
FORGERY_REFUSALS = (FORGERY_REFUSAL, FORGERY_REFUSAL_PURCHASE, *FORGERY_REFUSAL_IN.values())  # every wording of it

_DOCUMENT = (
    r"(?:stamps?|seals?|signatures?|notar\w*|documents?|invoices?|certificates?|licen[cs]es?|letters?|power of attorney|poa|"
    r"ids?|passports?|receipts?|registrations?|authori[sz]ations?|"
    r"sellos?|firmas?|facturas?|certificados?|documentos?|poder(?:es)?(?: notarial)?|licencias?|cartas?|registros?|recibos?|"
    r"\w*stempel\w*|\w*siegel\w*|unterschrift\w*|\w*rechnung\w*|\w*urkunde\w*|vollmacht\w*|zertifikat\w*|dokument\w*|"
    r"\w*beglaubigung\w*|ausweis\w*|cap|stempel|tanda ?tangan|faktur|invois|sertifikat|sijil|surat kuasa|dokumen|"
    r"notaris|resit|kuitansi|kwitansi)"
)
_FAKE = (
    r"(?:fake|forged|false|fraudulent|made[- ]up|bogus|phony|phoney|fabricated|falsified|"
    r"fals[oa]s?|falsificad[oa]s?|trucad[oa]s?|gef[aä]lscht\w*|falsch\w*|unecht\w*|palsu|aspal)"
)
# Said after the document ('un sello falso', 'cap palsu').
_FAKE_AFTER = r"(?:fals[oa]s?|falsificad[oa]s?|trucad[oa]s?|palsu|aspal)"
_MAKE = (
    r"(?:write|make|create|generate|draft|produce|design|prepare|mock up|photoshop|print|draw|"
    r"haz|hazme|hacer|hacerme|crea|cr[eé]ame|crear|genera|generar|redacta|redactar|escribe|escr[ií]beme|prepara|prep[aá]rame|"
    r"mach|mache|erstelle|erstell|schreib|schreibe|generiere|entwirf|"
    r"buat|buatkan|bikin|bikinkan|tuliskan|sediakan|siapkan)"
)
# Words between the verb and the document that make it another request ('make a complaint about fake invoices').
_GAP = (
    r"(?:(?!(?:complaints?|reports?|questions?|tips|about|against|regarding|spot|detect|check|answer|reply|"
    r"denuncias?|reclamaci\w*|sobre|beschwerde\w*|meldung\w*|[uü]ber|laporan|aduan|tentang|mengenai)\b)[\w'-]+[\s,]+){0,7}?"
)
_FORGE = r"(?:forge|forging|fabricate|falsify|falsificar|falsif[ií]came|f[aä]lschen|f[aä]lsche|memalsukan|palsukan|malsukan)"
_FORGERY_RE = re.compile(
    rf"\b{_MAKE}\s+{_GAP}{_FAKE}\s+(?:[\w'’-]+\s+){{0,3}}?{_DOCUMENT}\b"
    rf"|\b{_MAKE}\s+{_GAP}{_DOCUMENT}\s+(?:[\w'’-]+\s+){{0,4}}?{_FAKE_AFTER}\b"
    rf"|\b(?:mir|uns)\b[^.?!\n]{{0,60}}?{_FAKE}\s+(?:[\w'’-]+\s+){{0,2}}?{_DOCUMENT}\b[^.?!\n]{{0,40}}?"
    r"\b(?:erstell\w*|mach\w*|schreib\w*|generier\w*|entwerfen|besorgen)"
    rf"|\b{_FORGE}\s+(?:[\w'’-]+\s+){{0,4}}?{_DOCUMENT}\b|\b{_DOCUMENT}\s+(?:[\w'’-]+\s+){{0,3}}?{_FORGE}\b"
    r"|(?:帮我|给我|替我|请你?|能不能|可不可以|可以)[^。？！\n]{0,2}?(?:伪造|造假|假造|仿造|[做弄开刻P]一?[张份个枚]?假)"
    r"[^。？！\n]{0,20}?(?:章|印|签名|签字|发票|证书|授权书|委托书|公证|执照|证明|文件)"
)


# Measured, not yet deciding: the choice by meaning below refused 1 of 85 frozen in-field questions (blind2, counted
# only) that the words above leave alone, so refusal_for does not use it; benchmarks/forgery_calibration.py keeps
# measuring it. A request to make, edit or alter a document told by its meaning:
# a message that names a document is read in English (the question reader's glossary, plus the words of making and
# altering below, which the glossary leaves out) and refused when it comes nearer the labelled forgery requests than
# the honest ones (mean cosine of its NEIGHBOURS nearest, the bundled model; forgery_examples.py) by at least MARGIN,
# calibrated on held-apart requests (evals/datasets/forgery-calibration.jsonl, benchmarks/forgery_calibration.py).
NEIGHBOURS = 7
# Calibrated on 56 held-apart requests (24 to forge or alter a document; English, Spanish, German, Malay/Indonesian,
# Chinese; benchmarks/forgery_calibration.py, NEIGHBOURS 1 to 11 tried): 49 right with 7 neighbours at -0.015 (the chooser
# rounds it to -0.01: 48), 47 at 0.00, 46 at -0.04; 3 neighbours: 46 at best.
MARGIN = -0.01
_DOCUMENT_NAMED = re.compile(rf"\b(?:{_DOCUMENT}|certs?)\b|证书|证|授权书|委托书|执照|发票|公章|证明|文件|印章", re.I)
# A document is forged by an act on it: making, editing or changing it (in the languages the question reader knows);
# a seller's paper in an appeal is answered, never made by the person asking.
_ACT_ON_DOCUMENT = re.compile(
    r"\b(?:make|making|create|creat\w+|produce|prepare|draft|draw up|print|generate|mock\w*|knock\w* up|"
    r"edit\w*|alter\w*|change|changing|modify\w*|swap\w*|replace|tweak\w*|doctor\w*|retouch\w*|photoshop\w*|put|"
    r"turn \w+ into|look like|pass(?:es)? as|hacer|hacemos|crear|creamos|editar\w*|modificar\w*|cambiar\w*|retocar|"
    r"erstellen|machen|bearbeit\w*|[aä]nder\w*|buat|membuat|bikin|edit|sunting|ubah|mengubah|tukar)\b"
    r"|自己做|做一?[张个份]|弄一?[张个份]|制作|修改|改成|改一下|(?<![A-Za-z])(?-i:P[一张个份图]|PS)(?![A-Za-z])",
    re.I,
)
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|hk|net|cn|html?)\S*", re.I)
# A request asks: a question mark, a question's or a request's first words (in the languages the reader knows).
_ASKS = re.compile(
    r"[?\uff1f]|\b(?:can|could|how|should|would|may|is it ok|is there a way|is it possible|let'?s|please|help|podemos|puedo|se puede|k[oö]nnen|kann|"
    r"boleh|bisa|bisakah|bagaimana)\b|能不能|可以|可不可以|怎么|吗|呢",
    re.I,
)
_SELLERS_PAPERS = re.compile(
    r"\b(?:sellers?'?s?|counter[- ]?notices?|appeal\w*|vendedor\w*|verk[aä]ufer\w*|penjual|gegendarstellung)\b|卖家|申诉|反通知", re.I
)
_ALTERING_WORDS = (  # (words in the languages the question reader knows, the English the reading adds)
    (r"\b(?:editar\w*|edit\w*|bearbeit\w*|sunting|retocar)\b|修改|改一下|改成", "edit"),
    (r"\b(?:modificar\w*|cambiar\w*|[aä]nder\w*|ubah|mengubah|menukar|tukar)\b|改", "alter"),
    (r"\b(?:photoshop\w*|fotomontaje)\b|(?<![A-Za-z])(?-i:P[一张个份图]|PS)(?![A-Za-z])", "photoshop"),
    (r"\b(?:hacer|hacemos|crear|creamos|erstellen|machen|membuat|buat|bikin)\b|自己做|做一?[张个份]|弄一?[张个份]|制作", "make"),
    (r"\b(?:viej[oa]s?|antigu[oa]s?|alte[nmrs]?|lama)\b|旧", "old"),
    (r"\b(?:verdader[oa]|oficial|echte\w*|asli)\b|真的|正式的", "real one later"),
    (r"\b(?:todav[ií]a no|a[uú]n no|en tr[aá]mite|noch nicht|belum)\b|还没|还在审查|没下来", "not registered yet"),
    (r"\b(?:nosotros mismos|selbst|sendiri)\b|自己", "ourselves"),
    (r"\b(?:otra empresa|anderen firma|orang lain)\b|别人", "another company's"),
    (r"\b(?:subir\w*|hochladen|hochgeladen|upload)\b|上传", "upload"),
)


# A document made or altered to stand in for a right not held yet ("edit an old certificate ... we don't have the
# registration yet", "photoshop a certificate until the real one arrives"): the act on the document, with a word
# saying the real right is still to come, in the languages the question reader knows.
_NOT_HELD_YET = re.compile(
    r"\b(?:until|till|before|while)\b[^.?!]{0,30}\b(?:real|official|actual|arrives?|comes?|granted|registered)\b"
    r"|\b(?:real one|the real|get the real|not (?:registered|granted) yet|(?:don'?t|do not|dont) have (?:the|a|our) \w+ yet|"
    r"still pending|is pending|not yet registered|hasn'?t been (?:registered|granted)|"
    r"todav[ií]a no|a[uú]n no|en tr[aá]mite|el (?:real|verdadero|oficial)|noch nicht|die echte|belum|yang asli)\b"
    r"|还没|尚未|真的下来|正式的下来|下来再",
    re.I,
)
_PLACEHOLDER_RE = re.compile(
    rf"(?:{_ACT_ON_DOCUMENT.pattern})[\s\w'’,-]{{0,40}}?(?:{_DOCUMENT}|certs?|证书|注册证|商标证)"
    rf"|(?:{_DOCUMENT}|certs?|证书|注册证|商标证)[\s\w'’,-]{{0,60}}?(?:{_ACT_ON_DOCUMENT.pattern})",
    re.I,
)


def stands_in_for_a_right(text: str) -> bool:
    """A document to be made or altered while the right it should prove is not held yet (see _NOT_HELD_YET)."""
    words = _LINK.sub(" ", text or "")
    return bool(_NOT_HELD_YET.search(words) and _PLACEHOLDER_RE.search(words) and _ASKS.search(words)) and not _SELLERS_PAPERS.search(words)


@dataclass(frozen=True)
class Refusal:
    kind: str  # 'instructions' or 'forgery'
    text: str


def refusal_for(text: str) -> Refusal | None:
    """The refusal a request needs (see the module's notes), or None."""
    instructions = contains_instructions(text)
    asked = without_instructions(text) if instructions else text  # what the message asks for, its instructions aside
    if _FORGERY_RE.search(normalize_text(text)) or stands_in_for_a_right(asked):  # the forgery is named, after the instructions if any
        worded = forgery_refusal(text)
        return Refusal("forgery", f"{INSTRUCTIONS_REFUSAL} {worded}" if instructions else worded)
    if instructions:
        native = INSTRUCTIONS_REFUSAL_IN.get(_language_of(text) or "")
        return Refusal("instructions", f"{native} {INSTRUCTIONS_REFUSAL}" if native else INSTRUCTIONS_REFUSAL)
    return None


def forgery_margin(text: str, embed=None) -> float | None:
    """How much nearer the message comes to the forgery requests than to the honest ones; None when it names no
    document (nothing to forge)."""
    from assistant.domain.forgery_examples import FORGERY, HONEST
    from assistant.retrieval.labelled_nearness import nearness

    words = _LINK.sub(" ", text or "")  # a link's letters name nothing
    if not (_DOCUMENT_NAMED.search(words) and _ACT_ON_DOCUMENT.search(words) and _ASKS.search(words)) or _SELLERS_PAPERS.search(words):
        return None
    forgery, honest = nearness(english_reading(text), FORGERY, HONEST, NEIGHBOURS, embed)
    return forgery - honest


def forges_by_meaning(text: str, embed=None) -> bool:
    margin = forgery_margin(text, embed)
    return margin is not None and margin >= MARGIN


def english_reading(text: str) -> str:
    """The message in English as the question reader reads it, with the words of making and altering it leaves out."""
    from assistant.retrieval.query_language import read_question

    reading = read_question(text).english or text
    added = [english for pattern, english in _ALTERING_WORDS if re.search(pattern, text, re.I) and english not in reading]
    return " ".join([reading, *added])


def forgery_refusal(text: str) -> str:
    """The forgery refusal in the question's language where the product has the words (English otherwise); in English,
    for a paper standing for a purchase (a test buy's invoice or receipt), with what a real test buy gives."""
    language = _language_of(text)
    if language in FORGERY_REFUSAL_IN:
        return FORGERY_REFUSAL_IN[language]
    return FORGERY_REFUSAL_PURCHASE if _PURCHASE_PAPER.search(text or "") else FORGERY_REFUSAL


def _language_of(text: str) -> str | None:
    """'zh', 'es', 'de' or 'ms' for a message written in it (a Chinese name in an English message stays English)."""
    from assistant.retrieval.query_language import has_chinese
    from assistant.retrieval.question_languages import mostly_in, question_language

    if has_chinese(text):
        return "zh" if mostly_in(text, "zh") else None
    return question_language(text)


def is_refusal(reply: str, kind: str | None = None) -> bool:
    """Whether a reply gives one of these refusals (with `kind`, that one: 'forgery' or 'instructions')."""
    refusals = {"instructions": (INSTRUCTIONS_REFUSAL,), "forgery": FORGERY_REFUSALS}.get(kind or "", (INSTRUCTIONS_REFUSAL, *FORGERY_REFUSALS))
    return any(refusal[:60] in (reply or "") for refusal in refusals)
