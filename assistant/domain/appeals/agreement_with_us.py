"""A contract or agreement the seller says it signed with us, named in its words.

"We signed a distribution agreement with your company in 2023", "根据我们与贵公司签订的合同", "el contrato que firmamos con
ustedes nos permite usar las imágenes", "laut dem Vertrag, den wir mit Ihnen geschlossen haben": the seller says its
permission comes from us, the complainant, addressed as 'you'. That is the licence ground (a permission claimed from the
owner), whatever the agreement is called, and only our own records settle it: our contracts with the seller, as it names
itself, show whether we signed it and what it allows. Without its file the claim is said as the seller's, not verified,
and the seller is asked for a copy (checks._claimed_from_us).

The owner may be named instead of addressed ('我们与Brightwell Tools Ltd于2024年5月签订了中国区经销协议', 'a distribution
agreement with Brightwell Tools Ltd'): a name that is our record's owner's (parties.compare_names: the same company, not
one with another legal form) is read as 'you'.

An agreement with someone else ('a purchase contract with your distributor', 'with our supplier') is not one with us, and a
denial ('we never signed any contract with you') claims none. The words are the closed vocabulary of an agreement and of
'you' in the languages the triage reads.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.unsure_words import firm_part, negated
from assistant.domain.untrusted_text import normalize_text

_AGREEMENT = (r"(?:contracts?|agreements?|contrat(?:o|os|to|ti)?|acuerdos?|convenios?|accord[oi]?|\w*vertr[äa]g\w*|\w*vereinbarung\w*"
              r"|perjanjian|kontrak|kerja ?sama)")
_YOU = (r"(?:you|your (?:company|firm|brand|business|team)|ustedes|usted|vosotros|su (?:empresa|compañía|sociedad|marca)|ihnen|euch"
        r"|ihrem (?:unternehmen|haus)|ihrer firma|voi|la vostra (?:azienda|società|ditta)|vous|votre (?:société|entreprise|marque)"
        r"|anda|pihak anda|perusahaan anda|syarikat anda|kalian)")
# ('dengan pihak Nordvik', 'dengan pihak Anda': with the side of, in Indonesian and Malay)
_WITH = r"(?:with|con|mit|avec|dengan(?: pihak)?)"
_SIGNED_WITH_US_RE = re.compile(
    rf"\b{_AGREEMENT}\b[^.;!?]{{0,60}}\b{_WITH} {_YOU}\b"  # 'a distribution agreement with your company'
    rf"|\b{_WITH} {_YOU}\b[^.;!?]{{0,40}}\b{_AGREEMENT}\b"  # 'signed with you a contract', 'mit Ihnen einen Händlervertrag'
    r"|(?:与|和|跟|同)(?:贵公司|贵司|贵方|贵品牌方|你们|你方|你司|您)(?:公司)?[^，。；！？]{0,12}(?:签订|签署|签了|签的|订立|达成|签)[^，。；！？]{0,10}"
    r"(?:合同|协议|合约)"
    r"|(?:贵公司|贵司|贵方)(?:与|和|跟)(?:我们|我司|我方|本公司)[^，。；！？]{0,12}(?:签订|签署|签了|签的|订立|达成)[^，。；！？]{0,10}(?:合同|协议|合约)"
)
# A bracketed aside names who 'you' is or adds a detail ('与贵司（Saffira Beauty）于2025年签订', 'with you (Saffira Beauty) in
# 2025'): read without it, so that the name between 'you' and 'signed' keeps them as close as the words alone are.
_ASIDE_RE = re.compile(r"\s*[(（][^()（）]{0,60}[)）]")
# A denial of any agreement with us claims none: a negation (unsure_words, the one reader of negation) in the agreement's
# words or just before them.
_DENIAL_REACH = 25


def signed_with_us(sentence: str, owners: tuple[str, ...] | list[str] = (), brand: str = "") -> bool:
    """Whether the seller says in this sentence that it signed a contract or agreement with us (the complainant, as 'you',
    or by one of ``owners``' names, the owners in our record, or by the short name an owner shares with ``brand``, our mark)."""
    norm = normalize_text(sentence)
    for owner in owners:
        norm = _short_name_as_you(_owner_as_you(norm, owner), owner, brand)
    norm = _ASIDE_RE.sub("", norm)
    found = _SIGNED_WITH_US_RE.search(norm)
    if not found:
        return False
    start = max(0, found.start() - _DENIAL_REACH)
    while start and norm[start - 1].isalnum() and norm[start].isalnum() and norm[start].isascii():
        start -= 1  # the whole word the reach ends in ('tidak', not 'idak')
    return not negated(norm[start : found.end()])


# A company name runs on for at most a few words after its first word (its legal form: 'Tools Ltd', 'Co., Ltd.').
_NAME_RUN_RE = re.compile(r"[^\W\u3400-\u9fff][^\s,()（）\u3400-\u9fff]*(?:[ ,]{1,2}[^\W\u3400-\u9fff][^\s,()（）\u3400-\u9fff]*){0,5}")


def _owner_as_you(norm: str, owner: str) -> str:
    """The (normalised) sentence with the owner's name, written as our record writes it or with the same company's legal
    form, read as 'you' ('your company', or '贵公司' between Chinese words); another company's name is left as it is."""
    from assistant.domain.appeals.parties import NameMatch, compare_names

    first = normalize_text(owner).split()[:1]
    if not first:
        return norm
    for found in reversed(list(re.finditer(rf"(?<![a-z0-9]){re.escape(first[0])}", norm))):
        run = _NAME_RUN_RE.match(norm, found.start())
        words = run.group(0) if run else first[0]
        cut = [m.end() for m in re.finditer(r"[^\s,]+", words)]
        end = next((found.start() + n for n in reversed(cut) if compare_names(words[:n].rstrip(" ,."), owner) is NameMatch.SAME
                    and compare_names(words[:n], owner) is NameMatch.SAME), None)
        if end is None:
            continue
        before = norm[found.start() - 1 : found.start()]
        you = "贵公司" if before and _is_cjk(before) else "your company"
        norm = norm[: found.start()] + you + norm[end:]
    return norm


_SOMEONE_ELSE_RE = re.compile(r"(?:dealer|distributor|reseller|retailer|agent|importer|store|shop|partner)s?")


def _short_name_as_you(norm: str, owner: str, brand: str) -> str:
    """The (normalised) sentence with the owner called by the first word of its name that is also our mark's ('kerja sama
    resmi dengan Nordvik' for Nordvik Outdoor AB, whose mark is NORDVIK) read as 'you'; never where a legal form follows
    within a few words ('Nordvik Trading Ltd': another company), nor before a word for someone else ('Nordvik dealers'), nor
    where the sentence names it only in a negated or hedged clause ('the agreement with Nordvik was never signed')."""
    from assistant.domain.legal_forms import is_legal_form_word

    words = normalize_text(owner).split()
    short = words[0] if len(words) > 1 and len(words[0]) >= 4 else ""
    named = rf"(?<![a-z0-9]){re.escape(short)}(?![a-z0-9])"
    if not short or not re.search(named, normalize_text(brand)) or not re.search(named, firm_part(norm)):
        return norm
    for found in reversed(list(re.finditer(rf"(?<![a-z0-9]){re.escape(short)}(?![\w'’-])", norm))):
        after = norm[found.end():].split()
        if not any(is_legal_form_word(word) for word in after[:4]) and not (after and _SOMEONE_ELSE_RE.fullmatch(after[0].strip(",."))):
            norm = norm[: found.start()] + "your company" + norm[found.end():]
    return norm


# A licence or authorisation the seller says we, addressed as 'you', signed, issued or gave: 'our authorisation letter signed
# by your Mr. Jonas Keller', 'la autorización firmada por su responsable de ventas', 'la lettera rilasciata dal vostro ufficio',
# '授权书由贵公司的王经理签发', '我们是贵公司的授权经销商', 'we are your authorised dealer'. Our own person, our own office or
# our own company granted it by the seller's word: only our own records settle it (checks._claimed_from_us).
_BY_YOU_RE = re.compile(
    r"\b(?:signed|issued|granted|given|stamped|sealed|countersigned)\s+(?:and\s+\w+\s+)?by\s+(?:you\b|your\s+\S)"
    r"|\b(?:licen[cs]e|authori[sz]ation|permission|appointment)\w*\s+(?:\w+\s+){0,2}?from\s+you\b"
    r"|\byour\s+(?:official|authori[sz]ed|appointed|registered)\s+(?:\w+\s+)?(?:dealer|distributor|reseller|retailer|partner|agent)s?\b"
    r"|\b(?:firmad|emitid|otorgad|concedid|expedid|sellad)[oa]s?\s+por\s+(?:ustedes|usted|su|sus|vuestr[oa]s?)\s"
    r"|\b(?:firmat|rilasciat|concess|emess|timbrat|sottoscritt)[oaie]\s+(?:da\s+voi|dal\s+vostro|dalla\s+vostra|dai\s+vostri|dalle\s+vostre)\b"
    r"|\b(?:sign[ée]e?s?|d[ée]livr[ée]e?s?|accord[ée]e?s?)\s+par\s+(?:vous|votre|vos)\b"
    r"|(?:由|经)(?:贵公司|贵司|贵方|贵品牌方|你们|你方|你司|您)[^，。；！？]{0,12}(?:签发|出具|授予|颁发|签署|签字|盖章|签的)"
    r"|(?:贵公司|贵司|贵方|贵品牌方|你们|你方|你司)(?:的)?(?:正式|官方|正规)?授权(?:的)?(?:经销商|代理商|代理|分销商|经销|店)"
)
# The same in German, where only the capital letter tells 'Ihrer' (your) from 'ihrer' (her, their): read as written.
_BY_YOU_DE_RE = re.compile(
    r"\b(?:von|vom)\s+(?:Ihnen|Ihrer|Ihrem|Ihren|Euch|Eurer|Eurem)\b[^.;]{0,40}?\b(?:unterschrieben|unterzeichnet|ausgestellt|erteilt|signiert)\w*"
    r"|\b(?:unterschrieben|unterzeichnet|ausgestellt|erteilt|signiert)\w*\s+(?:von|vom)\s+(?:Ihnen|Ihrer|Ihrem|Ihren)\b"
)


def granted_by_you(sentence: str) -> bool:
    """Whether the seller says in this sentence that we (the complainant, as 'you') signed, issued or gave the licence or
    authorisation it relies on, or that it is our authorised dealer; never in a denial ('not signed by you')."""
    norm = _ASIDE_RE.sub("", normalize_text(sentence))
    for found in (_BY_YOU_RE.search(norm), _BY_YOU_DE_RE.search(sentence)):
        if found:
            text = norm if found.re is _BY_YOU_RE else sentence
            start = max(0, found.start() - _DENIAL_REACH)
            if not negated(text[start : found.end()]):
                return True
    return False


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


__all__ = ["granted_by_you", "signed_with_us"]
