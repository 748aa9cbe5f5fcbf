"""The seller's own use said to come first: it sold, made or used the goods (or the name) before our right was filed or
registered, or it was simply there first ('Wir waren zuerst da', 'siamo stati i primi'), in the languages sellers write.

The bundled model (English word pieces) does not read German, Italian, Malay or Indonesian, and the prior-use keywords
(grounds.LEGAL_KINDS) name the right ('prior use', 'Vorbenutzungsrecht', '先用权') that sellers seldom name. So a sentence is
read by two concepts it must hold together: the seller's selling, making or using, and a time before our right ('before your
mark was registered', 'lange vor Ihrer Marke', 'da prima della vostra registrazione', 'sebelum merek anda didaftarkan',
'avant le dépôt de votre marque'). Being there first says both at once ('wir waren zuerst da', 'wer zuerst da war', 'we
were here first'). Each concept is a closed vocabulary of verbs and of the words for a right, not one appeal's wording.

A negation before the time said takes it back ('wir behaupten nicht, vor Ihrer Marke verkauft zu haben', 'we never sold it
before your registration'): a negated or hedged statement is never read as the seller's claim.
"""

from __future__ import annotations

import re

# The seller's selling, making, offering or using, in English, German, Italian, Spanish, Malay/Indonesian and French.
_USE = (
    r"\b(?:sell(?:s|ing)?|sold|us(?:e|ed|es|ing)|mak(?:e|es|ing)|made|manufactur(?:e|ed|es|ing)|produc(?:e|ed|es|ing)|offer(?:s|ed|ing)?|marketed|marketing"
    r"|verkauf\w*|vertrieb\w*|vertreib\w*|benutz\w*|genutzt|nutz\w*|verwend\w*|herstell\w*|hergestellt|produzier\w*|angeboten|anbiet\w*"
    r"|vend(?!or)\w*|usat\w*|usiamo|utilizz\w*|produc(?:iamo|evamo|imos|íamos)|fabbric\w*|commercializz\w*"
    r"|usamos|usado|utiliz\w*|fabric(?:amos|ado|ábamos|aba)|comercializ\w*"
    r"|(?:men|di)?jual\w*|(?:meng|di)?guna\w*|(?:me|di)?pakai\w*|memakai|(?:mem|di)?produksi\w*|mengeluarkan|(?:mem|di)?buat\w*|pasarkan|memasarkan"
    r"|utilis\w*|fabriqu\w*|commercialis\w*)\b"
)
# A word for our right, or for filing or registering it.
_RIGHT = (
    r"(?:trade ?marks?|marks?|brand|registration|registered|register(?:ed)?|filing|filed|application|applied|patent\w*|design"
    r"|marke\w*|eintragung|anmeldung|angemeldet|eingetragen|registrierung|registriert|schutzrecht\w*|geschmacksmuster"
    r"|marchi[oi]|registrazione|registrat\w*|registraste|deposit\w*|brevett\w*"
    r"|marcas?|registr[oa]\w*|solicitud|presentaci[oó]n"
    r"|merek|merk|jenama|cap dagangan|pendaftaran|didaftarkan|mendaftar\w*|terdaftar|daftar"
    r"|marque|enregistr\w*|d[ée]p[oô]t|d[ée]pos[ée]\w*)"
)
# Not our right but the complaint, the report or the notice the seller answers ('before you filed the complaint').
_NOT_THE_RIGHT = r"(?!\s+(?:the |this |your |a |their )?(?:complaint|report|notice|claim|takedown|beschwerde|reclamo|denuncia|aduan|plainte))"
# Before it, in each language (with up to a few words between: 'before your trademark was filed', 'lange vor Ihrer Marke',
# 'prima che registraste il marchio', 'antes de que registraran su marca', 'jauh sebelum merek anda', 'avant votre marque').
_BEFORE = (
    r"\b(?:before|prior to|earlier than|older than|long before|well before"
    r"|bevor|vor(?= (?:ihre\w*|der|dem|deren|seine\w*|eure\w*)\b)|früher als|eher als"
    r"|prima (?:della|del|dello|dell'|che|di)|da prima|molto prima|ben prima"
    r"|antes de(?: que)?|antes del|mucho antes"
    r"|sebelum|lebih awal (?:daripada|dari)|lebih dahulu (?:daripada|dari)"
    r"|avant(?: que| la| le| l'| votre| vos)?)\b"
)
_BEFORE_RIGHT_RE = re.compile(rf"{_BEFORE}[^.;!?]{{0,45}}?\b{_RIGHT}\b{_NOT_THE_RIGHT}")
# Being there first, or the first to sell: 'wir waren zuerst da', 'wer zuerst da war', 'we were (here) first', 'siamo stati i
# primi a vendere', 'fuimos los primeros en vender', 'kami yang pertama menjual', 'nous étions là avant'.
_FIRST_RE = re.compile(
    r"\b(?:zuerst|vorher|früher|als erste[rn]?) da\b|\bwer zuerst\b|\bwe (?:were|was) (?:(?:here|there) )?first\b|\bfirst to (?:sell|use|make|market)\b"
    r"|\b(?:siamo stati|eravamo) (?:noi )?i primi\b|\bfuimos los primeros\b|\b(?:kami|kita) (?:yang )?(?:pertama|terlebih dahulu)\b"
    r"|\bnous (?:étions|sommes) (?:là )?(?:les premiers|avant)\b"
)
_USE_RE = re.compile(_USE)
# A word that takes back what follows it in the sentence.
_NEGATION_RE = re.compile(
    r"\b(?:not|never|no|nicht|nie|niemals|kein\w*|non|mai|nunca|tidak|tak|bukan|belum|ne|pas|jamais)\b|n't\b|\bn'"
)


def earlier_use_said(sentence: str) -> bool:
    """Whether a (normalised, lower-case) sentence says the seller sold, made or used the goods or the name before our right,
    or was there first, without taking it back."""
    first = _FIRST_RE.search(sentence)
    if first:
        return not _NEGATION_RE.search(sentence[: first.start()])
    before = _BEFORE_RIGHT_RE.search(sentence)
    if before is None or not _USE_RE.search(sentence):
        return False
    return not _NEGATION_RE.search(sentence[: before.start()])


__all__ = ["earlier_use_said"]
