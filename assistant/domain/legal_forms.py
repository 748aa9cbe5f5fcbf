"""Company names and their legal forms: 'Acme Sportswear' and 'Co., Ltd.'.

The legal forms come from ``cleanco`` (legal forms of about 80 countries, pure Python, offline); this is the one
reader for the guided chat and the appeal triage. Forms written in Chinese, Japanese or Korean (有限公司, 株式会社,
주식회사), whether after a Latin name ('Sakura Kogyo 株式会社') or before one ('株式会社 Minato'), and the forms written
before a name in Indonesia and Russia ('PT', 'CV', 'OOO') are matched here because cleanco leaves them on.
Two names with the same base and different legal forms may be two companies (a UK 'Ltd' and a Chinese 'Co., Ltd.'),
so a difference of legal form is something to check, never a match, never a contradiction and never another name:
'Sakura Kogyo Co., Ltd.' and 'Sakura Kogyo 株式会社' are the same name, the form written in English and in Japanese.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CJK_FORM_RE = re.compile(r"(股份有限公司|有限责任公司|有限公司|公司)$")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# Legal forms in Chinese, Japanese and Korean script, after a name or (Japanese, Korean) before it; a Latin name may carry
# one ('Sakura Kogyo 株式会社').
_SCRIPT_FORMS = "股份有限公司|有限责任公司|有限公司|株式会社|有限会社|合同会社|合資会社|合名会社|주식회사|유한회사"
_SCRIPT_FORM_AFTER_RE = re.compile(rf"\s*(?P<form>{_SCRIPT_FORMS}|\(株\)|（株）|\(주\))$")
_SCRIPT_FORM_BEFORE_RE = re.compile(r"^(?P<form>株式会社|有限会社|合同会社|주식회사|\(株\)|（株）|\(주\))\s*")
# Latin-script forms written before the name: Indonesia's 'PT' (Perseroan Terbatas), 'CV' and 'UD', Russia's and Ukraine's
# 'OOO', 'ZAO', 'TOV'. cleanco can strip any form at the front, but most (AB, AS, SA) begin ordinary names there too.
_FORM_BEFORE_RE = re.compile(r"^(?P<form>(?:PT|CV|UD|OOO|ООО|ZAO|OAO|PAO|TOV)\.?)\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def base_name(name: str) -> str:
    """A Latin-script company name without its legal form, as cleanco strips it."""
    from cleanco import basename

    base = name
    for _ in range(4):  # "Co., Ltd." comes off in two steps
        shorter = basename(base).strip(" ,")
        if shorter == base or not shorter:
            break
        base = shorter
    # The first word of a pair cleanco strips only whole ("Pty" of "Pty. Limited", "Sdn" of "Sdn. Berhad").
    words = base.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in _EXTRA_FORM_WORDS and (base != name or words[-1].lower().rstrip(".") in _FORM_ALONE):
        words.pop()
        base = " ".join(words).strip(" ,")
    if base != name:
        shorter = base_name(base)  # 'Kabushiki Kaisha' off, then a form before it ('... Co. Kabushiki Kaisha')
        base = shorter if shorter else base
    return base


# A place written after a company's legal form: "BrightWave Audio Co., Ltd., Shenzhen", "Bergstrom Trading Ltd, Hong Kong".
_PLACE_RE = re.compile(r",\s*(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*$")
# ... or in brackets: 'Sakura Kogyo Co., Ltd. (Osaka)', '锐拓科技有限公司（深圳）'.
_BRACKETED_PLACE_RE = re.compile(r"\s*[(（]\s*(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}|[\u4e00-\u9fff]{2,6})\s*[)）]\s*$")


@lru_cache(maxsize=4096)
def company_parts(name: str) -> tuple[str, str, str]:
    """(base, legal form, place) of a company name as written: ('BrightWave Audio', 'Co., Ltd.', 'Shenzhen'). A
    place is read only after a legal form, so 'Acme, Inc.' keeps its form and 'Smith, Jones' is one name."""
    name = name.strip().rstrip(",;:")
    bracketed = _BRACKETED_PLACE_RE.search(name)
    if bracketed:
        base, form = _split(name[: bracketed.start()])
        if form:
            return base, form, bracketed.group("place")
    place = _PLACE_RE.search(name)
    if place and not _CJK_RE.search(name) and not is_legal_form_word(place.group("place").split()[-1]):
        base, form = _split(name[: place.start()])
        if form:
            return base, form, place.group("place")
    return (*_split(name), "")


def form_before_name(text: str) -> str | None:
    """The legal form a company's name starts with, when it is one written before the name ('PT', 'CV', '株式会社')."""
    match = _SCRIPT_FORM_BEFORE_RE.match(text) or _FORM_BEFORE_RE.match(text)
    return match.group("form") if match else None


def split_legal_form(name: str) -> tuple[str, str]:
    """(base, legal form) of a company name as written: ('Acme Sportswear', 'Co., Ltd.'); the form is '' when none. A
    place written after the form ('..., Shenzhen') is left out of both (company_parts keeps it)."""
    base, form, _ = company_parts(name)
    return base, form


def _split(name: str) -> tuple[str, str]:
    before = _SCRIPT_FORM_BEFORE_RE.match(name) or _FORM_BEFORE_RE.match(name)
    if before and len(name) > before.end():
        base, after = _split(name[before.end():])
        return base, " ".join(f for f in (before.group("form"), after) if f)
    after = _SCRIPT_FORM_AFTER_RE.search(name)
    if after and re.search(r"[^\W\d_]", name[: after.start()]) and not _CJK_RE.search(name[: after.start()]):
        return name[: after.start()].rstrip(" ,"), after.group("form")  # a Latin (or kana) name with a form in Chinese characters
    mixed = _CJK_NAME_LATIN_FORM_RE.match(name)
    if mixed and is_latin_form(mixed.group("form")):
        return mixed.group("base"), mixed.group("form").strip(" ,")  # a name in Chinese characters with a form in Latin letters
    if _CJK_RE.search(name):
        match = _CJK_FORM_RE.search(name) or _SCRIPT_FORM_AFTER_RE.search(name)
        return (name[: match.start()], match.group(match.lastindex or 0).strip()) if match else (name, "")
    base = base_name(name)
    return base, name[len(base):].strip(" ,") if name.startswith(base) else ""


# A name in Chinese or Japanese characters with its legal form in Latin letters ('桜工業Co., Ltd.', '青松户外 Ltd.').
_CJK_NAME_LATIN_FORM_RE = re.compile(r"^(?P<base>[\u3040-\u30ff\u3005\u4e00-\u9fff・]+)\s*(?P<form>[A-Za-z][^\u3040-\u30ff\u4e00-\u9fff]*)$")


def is_latin_form(words: str) -> bool:
    """Whether words in Latin letters are a legal form and nothing else ('Co., Ltd.', 'GmbH', 'Pty Ltd')."""
    words = words.strip(" ,")
    return bool(words) and base_name(f"Xq {words}") == "Xq" and all(is_legal_form_word(w) or w == "&" for w in words.replace(",", " ").split())


# Legal forms written in Chinese or Japanese characters, which cleanco does not read: 有限公司, 股份有限公司, 有限责任公司
# (all end in 公司, "company") and 株式会社 (before or after the name).
_HAN_FORM = re.compile(r"(?:公司|株式会社)$|^株式会社")


def has_legal_form(name: str) -> bool:
    """Whether a name ends in a company legal form (Inc., GmbH & Co. KG, S.p.A., K.K., Pty Ltd, 有限公司 ...)."""
    name = name.strip()
    if not name:
        return False
    if _HAN_FORM.search(name.rstrip("。.")):
        return True
    last = name.split()[-1]
    return is_legal_form_word(last) or base_name(name).lower() != name.lower().rstrip(".").strip()


# A run of words that each begin with a capital (any script), joined by spaces or a comma ("Acme Sports Co., Ltd."): where
# a company's name written in running text is looked for.
_CAPITALISED_RUN = re.compile(r"[^\W\d_a-z][\w'’&.\-]*(?:,?\s+(?:&\s+)?[^\W\d_a-z][\w'’&.\-]*)*")
# Words that begin a sentence or speak of the writer, never the start of a company's name ("We're Acme Oy", "Our Acme AB").
_NOT_A_NAME_START = {"we", "we're", "we’re", "i", "i'm", "i’m", "our", "my", "this", "the", "a", "an", "hi", "hello", "yes", "ok", "so",
                     "and", "but", "also", "which", "what", "as", "dear"}
_HAN_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:股份有限公司|有限责任公司|有限公司|株式会社)")


def company_names(text: str) -> list[tuple[str, int]]:
    """The company names a text writes, each ending in its legal form as cleanco knows them (Oy, AB, GmbH, S.L., Co., Ltd.,
    Sdn Bhd, S.r.l., SAS ...) or in one written in Chinese or Japanese characters (有限公司, 株式会社), with where each starts:
    "We are the rights holder, Halden Kitchenware Oy, with an EU trademark" -> [("Halden Kitchenware Oy", 25)]. The one
    reader of "this name is a company's" in running text, for the chat, the documents checklist and Slack."""
    found = []
    for run in _CAPITALISED_RUN.finditer(text or ""):
        words = run.group(0).split()
        while words and words[0].lower().rstrip(",") in _NOT_A_NAME_START:
            words.pop(0)
        for end in range(len(words), 1, -1):
            name = " ".join(words[:end]).rstrip(",;:")
            base, form = split_legal_form(name)
            # "HALDEN, EU trademark": a short form after a comma is rather a place or a code ("Acme, Inc." keeps its full stop).
            short_after_comma = name[len(base):].startswith(",") and "." not in form and len(form) < 3
            if base and form and not short_after_comma:
                found.append((name, run.start() + run.group(0).find(words[0])))
                break
    for match in _HAN_COMPANY.finditer(text or ""):
        name = re.split(r"[是为叫的，,：:]", match.group(0))[-1]  # "我们是宁波青松厨具有限公司": the name after "we are"
        if _split(name)[0]:
            found.append((name, match.end() - len(name)))
    return sorted(found, key=lambda item: item[1])


# Legal-form words cleanco does not strip on their own (they come in pairs such as "Sdn Bhd", "Pty Ltd").
_EXTRA_FORM_WORDS = {"sdn", "bhd", "pty", "pte", "kk", "k.k", "jsc", "tbk", "gk", "kaisha", "yugen", "kabushiki", "cv", "c.v", "pvt",
                     "dac", "o.o", "s.r.o", "a.s", "sp", "slu", "s.l.u", "partg", "mbb", "partgmbb", "berhad", "sendirian", "proprietary",
                     "godo", "terbuka"}
# Of those, the words that end a name as a legal form even alone: 'Minato Cutlery Kabushiki Kaisha', 'PT Sumber Rasa Tbk'.
_FORM_ALONE = {"kaisha", "kabushiki", "tbk", "terbuka", "berhad", "sendirian", "yugen", "godo"}


# Places cleanco lists among its legal-form terms: after a company's form they say where it is ('Brightwell Tools Ltd, UK').
_PLACES_NOT_FORMS = frozenset({"uk", "eu"})


def is_legal_form_word(word: str) -> bool:
    """Whether a word is (part of) a legal form, so a full stop after it belongs to the name ("Inc.", "K.K.")."""
    word = word.strip(",").rstrip(".")
    if not word or not any(ch.isalnum() for ch in word) or word.lower() in ("&", "and", "of", "the") or word.lower() in _PLACES_NOT_FORMS:
        return False
    return word.lower() in _EXTRA_FORM_WORDS or base_name(f"Xq {word}") == "Xq" or base_name(f"Xq {word}.") == "Xq"


# A form written out and its abbreviation are one form: 'Limited' is 'Ltd', 'Company' is 'Co', 'Kabushiki Kaisha' is 'K.K.',
# 'Sendirian Berhad' is 'Sdn. Bhd.', 'Proprietary Limited' is 'Pty Ltd', 'Perseroan Terbatas' is 'PT'.
_FORM_WORDS = {"limited": "ltd", "company": "co", "incorporated": "inc", "corporation": "corp", "private": "pvt", "kabushiki": "k",
               "kaisha": "k", "yugen": "y", "godo": "g", "sendirian": "sdn", "berhad": "bhd", "proprietary": "pty", "perseroan": "p",
               "terbatas": "t", "terbuka": "tbk", "società": "s", "responsabilità": "r", "limitata": "l"}


def form_key(form: str) -> str:
    """A legal form without case, spaces and punctuation: 'Co., Ltd.', 'CO. LTD' and 'Company Limited' are one form."""
    return "".join(_FORM_WORDS.get(word, word) for word in re.findall(r"[^\W_]+", form.casefold()))


# How forms written in Chinese, Japanese or Korean are usually written in English (form_key of each): a name that differs
# only by one of these is the same name with its form in another language. cleanco knows none of these forms.
_FORM_IN_ENGLISH = {
    "株式会社": {"coltd", "kk", "corp", "inc", "ltd"}, "有限会社": {"coltd", "yk", "ltd"}, "合同会社": {"llc", "gk"},
    "有限公司": {"coltd", "ltd", "co"}, "有限责任公司": {"coltd", "ltd", "llc"}, "股份有限公司": {"coltd", "corp", "inc", "ltd", "plc"},
    "주식회사": {"coltd", "corp", "inc", "ltd"}, "유한회사": {"coltd", "ltd", "llc"},
    "(株)": {"coltd", "kk", "corp", "inc", "ltd"}, "（株）": {"coltd", "kk", "corp", "inc", "ltd"},
}


def same_form_in_another_language(form_a: str, form_b: str) -> bool:
    """Whether two legal forms are one form written in two languages ('株式会社' and 'Co., Ltd.', '有限公司' and 'Limited')."""
    for one, other in ((form_a.strip(), form_b), (form_b.strip(), form_a)):
        if form_key(other) in _FORM_IN_ENGLISH.get(one, ()):
            return True
    return False


def form_countries(form: str) -> list[str]:
    """The countries whose companies use a legal form, as cleanco lists them ('Sdn Bhd': Malaysia, Singapore), the forms
    written before a name included ('PT': Indonesia); empty when it knows none."""
    from cleanco.classify import countrysources

    key = form_key(form)
    countries = [country for country, term in countrysources() if form_key(term) == key]
    if not countries and _FORM_BEFORE_RE.match(form + " x"):
        countries = ["Indonesia"] if key in ("pt", "cv", "ud") else ["Russia", "Ukraine"]
    return list(dict.fromkeys(countries))


def form_difference(form_a: str, form_b: str) -> str:
    """The two legal forms as written, and when they are one form in two languages, that they are: "'Co., Ltd.' vs
    '株式会社', the same form in another language"."""
    pair = f"'{form_a}' vs '{form_b}'"
    return f"{pair}, the same form in another language" if same_form_in_another_language(form_a, form_b) else pair


def names_as_written(text: str, name: str) -> list[str]:
    """Each place ``text`` names the company ``name`` (same base, any legal form), with the legal form written there."""
    base, _ = split_legal_form(name)
    if len(base) < 2:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, base.split())), re.IGNORECASE)
    found = []
    for match in pattern.finditer(text or ""):
        if _restated(text, match.start(), found):
            continue
        line_end = text.find("\n", match.end())
        tail = text[match.end(): line_end if line_end >= 0 else len(text)][:40]
        written = match.group(0)
        if _CJK_RE.search(base):
            form = _CJK_FORM_RE.match(tail) or re.match(r"(股份有限公司|有限责任公司|有限公司|公司)", tail)
            found.append(written + (form.group(1) if form else ""))
            continue
        ends = [m.end() for m in re.finditer(r"\S+", tail)][:4]
        best = written
        for end in ends:
            candidate = (written + tail[:end]).rstrip().rstrip(",;:")
            if _split(candidate)[0].casefold() == written.casefold():  # an address after the form is not part of the name
                best = candidate
        found.append(best)
    return list(dict.fromkeys(found))


def _restated(text: str, start: int, found: list[str]) -> bool:
    """Whether the name at ``start`` restates, in brackets, the company named just before it: 'Sakura Kogyo Co., Ltd.
    (Sakura Kogyo K.K.)', 'Aoba Toubou Co., Ltd. (Kabushiki Kaisha Aoba Toubou)' are one company each, its legal form given
    twice, not two companies."""
    before = text[:start].rstrip()
    while before.split() and before.split()[-1].lstrip("(（") and is_legal_form_word(before.split()[-1].lstrip("(（")):
        before = before[: before.rindex(before.split()[-1].lstrip("(（"))].rstrip()  # a form written before the name ('Kabushiki Kaisha')
    if not before.endswith(("(", "（")):
        return False
    before = before[:-1].rstrip().rstrip(",")
    return any(before.endswith(name) for name in found)


def legal_form_differences(text: str, name: str) -> list[str]:
    """The ways ``text`` writes ``name`` with another legal form than ``name`` has ('Acme Sportswear Co., Ltd.' for
    'Acme Sportswear Ltd'). A name written without any legal form is not a difference."""
    _, form = split_legal_form(name)
    out = []
    for written in names_as_written(text, name):
        _, written_form = split_legal_form(written)
        if written_form and form and form_key(written_form) != form_key(form):
            out.append(written)
    return out


def end_sentence(text: str) -> str:
    """``text`` ending in one full stop: a name that ends in its own ('Lumina Cosmetics S.p.A.', 'Acme Inc.') keeps it,
    gets no second, and never loses it."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "。")) else f"{text}."


def without_full_stop(text: str) -> str:
    """A sentence without its final full stop, to go on ('... Lumina S.p.A. (2 more points below).'): the full stop of a
    name that ends in one ('S.p.A.', 'Inc.') stays."""
    text = text.rstrip()
    if not text.endswith("."):
        return text
    before = text[:-1]
    if before.endswith((")", "'", '"', "\u201d", "\u2019")) or not before.split():
        return before
    last = before.split()[-1]
    return text if "." in last or is_legal_form_word(f"{last}.") else before


__all__ = ["company_names", "company_parts", "end_sentence", "form_before_name", "form_difference", "form_key", "legal_form_differences", "names_as_written",
           "is_latin_form", "same_form_in_another_language", "split_legal_form", "without_full_stop"]
