"""Typed values as people give them: names, registration and order numbers, dates.

An answer to the question asked is that field's value verbatim: only surrounding whitespace and quotes (and a lead-in
such as "it's" or "we are") come off, and the value is checked by its type, never cut or rewritten.

Company legal forms come from ``cleanco`` (read in assistant/domain/legal_forms.py) (legal forms of about 80 countries, pure Python, works offline): it tells
where a company name ends ("Acme Sportswear Co., Ltd." keeps its "Co., Ltd.") and whether a name is a company's.
Dates come from ``dateparser`` (absolute dates in many written forms, offline; relative dates such as "next week"
are refused because a legal record needs the date itself).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.domain.legal_forms import is_legal_form_word  # one reader of legal forms, shared with triage

_QUOTES = "\"'“”‘’«»`"
# The speaker naming themselves, in the languages the chat reads: "we are", "wir sind", "somos", "kami ialah", "我们是".
# Before a name they are a lead-in; alone they are a pronoun, never a name.
_WE_ARE = (
    r"we\s+are|we['’]re|i\s+am|i['’]m|wir\s+sind|ich\s+bin|das\s+sind\s+wir|(?:nosotr[oa]s\s+)?somos(?=\s)|yo\s+soy|"
    r"(?:kami|kita|saya)\s+(?:ialah|adalah|ini)|(?:我们|我司|本公司|我方|我)(?:是|就是)"
)
_PRONOUNS = re.compile(
    r"(?:we|we['’]re|we['’]ve|us|our|ours|ourselves|i|i['’]m|i['’]ve|me|my|myself|it|it['’]s|they|they['’]re|that|this|"
    r"wir|ich|uns|unser|unsere|mich|nosotros|nosotras|somos|soy|yo|nuestra|nuestro|kami|kita|saya|aku|"
    r"我们|我|我司|本公司|我方|咱们)",
    re.I,
)
_LEAD_IN = re.compile(
    r"^(?:(?:yes|ok|okay|sure|right|so)[,.!]?\s+)?"
    r"(?:it'?s|it is|that'?s|that is|this is|they are|they're|" + _WE_ARE + r"|my name is|our name is|"
    r"(?:the |our |their |my |its |it'?s )?(?:[\w']+ ){0,3}(?:name|title|number|no\.?|nr\.?|date|complainant|holder|owner|"
    r"trademark|mark|brand)(?:'s)?(?: is|:|=| -)(?!\w)|"
    r"called|named|titled)\s*",
    re.I,
)


@dataclass(frozen=True)
class Checked:
    """A value checked by its type, or the reason it was refused."""

    value: object | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.value not in (None, "")


def trim(text: str) -> str:
    """Surrounding whitespace and quotes off (repeatedly: '"  Acme "' -> 'Acme'); nothing else."""
    previous = None
    text = text.strip()
    while previous != text:
        previous = text
        if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
            text = text[1:-1].strip()
    return text


def is_pronoun(word: str) -> bool:
    """Whether a word (or "we are" and its like) only points at the speaker or a thing: "We're", "I'm", "Wir", "我们"."""
    return bool(_PRONOUNS.fullmatch(word.strip(" ,.;:!?")) or re.fullmatch(rf"(?i)(?:{_WE_ARE})", word.strip(" ,.;:!?")))


# The speaker as the first word of a phrase. Words that also begin names ("Kami", "Kita", "Saya", "Yo", "My") count only
# as a lead-in ("kami ialah ..."): "Kita Seiki K.K." is a name.
_SPEAKER_FIRST = re.compile(r"(?:we|we['’]re|we['’]ve|i|i['’]m|i['’]ve|us|our|wir|ich|uns|unsere?|nosotr[oa]s|somos)", re.I)


def starts_with_pronoun(text: str) -> bool:
    """Whether a phrase opens with the speaker ("We're the rights holder", "Wir sind ...", "我们是权利人"): no name does."""
    text = text.strip(" ,.;:!?\"'“”")
    first = text.split()[0].rstrip(",.;:") if text.split() else ""
    return bool(first) and (bool(_SPEAKER_FIRST.fullmatch(first)) or bool(re.match(rf"(?i)(?:{_WE_ARE})\s", text))
                            or bool(re.match(r"(?:我们|咱们|我司|本公司|我方|我)", text)))


def without_lead_in(text: str) -> str:
    """'It's Acme Inc.' -> 'Acme Inc.'; 'The registration number is M-1' -> 'M-1'."""
    text = trim(text)
    for _ in range(2):
        stripped = _LEAD_IN.sub("", text, count=1)
        if stripped == text or not stripped.strip():
            break
        text = trim(stripped)
    return text





_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$|^[A-Z]$")


def _dot_belongs(word: str) -> bool:
    """Whether a word's closing full stop is part of it: dotted abbreviations ("Inc.", "Co.", "K.K.", "S.p.A.", an
    initial), not acronyms written without dots ("LLP", "GmbH", "AB") nor ordinary words ending a sentence."""
    bare = word.rstrip(".")
    if "." in bare or bool(_ABBREVIATION.match(word)):
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]{1,4}|[a-z]{1,4}", bare)) and is_legal_form_word(bare)


def name_value(text: str) -> Checked:
    """A name given as the answer: verbatim, without a lead-in, quotes or a sentence's closing full stop."""
    value = without_lead_in(text)
    value = value.rstrip(" ,;:!?")
    if value.endswith(".") and not _dot_belongs(value.split()[-1] if value.split() else ""):
        value = value[:-1].rstrip()
    if not value:
        return Checked(None, "That is empty: type the name exactly as on the certificate or business licence.")
    if not re.search(r"[^\W\d_]", value):
        return Checked(None, "A name needs letters: type it exactly as on the certificate or business licence.")
    if re.fullmatch(r"(?i)(?:y|yes|yeah|yep|no|nope|ok|okay|sure|correct|right|none|n/?a)", value) or is_pronoun(value):
        return Checked(None, f"'{value}' is not a name: type the full legal name, exactly as on the certificate or business licence.")
    if len(value) > 200 or "\n" in value:
        return Checked(None, "That is longer than a name: type just the name, exactly as on the certificate.")
    return Checked(value)


# Where a name ends inside a sentence: a clause about something else, or a full stop that is not part of the name.
_CLAUSE_AFTER_NAME = re.compile(
    r"\s*(?:,|;|\s-\s|\(|\s)\s*(?=(?:an?|the|as|agents?|acting|on behalf|representing|rights?|brand|owner|and|we|i|our|it|its|"
    r"it's|who|which|that|with|registered|trademark|patent|copyright|here|for|from|in|on|is|are|was|has|have|filing|"
    r"registration|reg|no|number|approved|counterfeit|fake)\b)",
    re.I,
)


def name_in_sentence(text: str) -> str | None:
    """The name a phrase starts with, exactly as written there.

    "Acme Sportswear Co., Ltd., agent for ..." -> "Acme Sportswear Co., Ltd."; "Acme Inc. Trademark ACME" -> "Acme Inc.";
    a name ends at a clause about something else, at a full stop that is not part of it, or after its legal form.
    """
    start = len(text) - len(text.lstrip(" :,-\"'“"))
    if start >= len(text) or not (text[start].isalnum() and not text[start].islower()):
        return None
    end = start
    words = 0
    for match in re.finditer(r"\S+", text[start:]):
        word = match.group(0)
        w_start, w_end = start + match.start(), start + match.end()
        bare = word.strip(",;:!?()\"'”“").rstrip(".")
        following = text[w_end:]
        if words and bare.lower() not in _NAME_JOINERS and not is_legal_form_word(bare) and not (
            (word[0].isalnum() and not word[0].islower()) or word[0] in "&("
        ):
            break
        if words and word.startswith("("):
            break
        if words and bare.lower() in ("and", "&") and not re.match(r"\s*[A-Z0-9]", following):
            break
        words += 1
        closing = word.rstrip(",;:!?)\"'”")
        end = w_start + len(closing)
        if closing.endswith(".") and not _dot_belongs(closing):
            end -= 1
            break
        if word.endswith(".") and "." not in bare and re.match(r"[ \t]+[^\W\d_a-z]", following):
            nxt = following.split()[0] if following.split() else ""
            if not is_legal_form_word(nxt.strip(",;:").rstrip(".")):
                end -= 1  # "Koala Ridge Pty Ltd. They make ...": that full stop ends the sentence
                break
        if is_legal_form_word(bare):
            nxt = re.match(r"[\s,]*(&\s*)?(\S+)(?:\s+(\S+))?", following)
            if not nxt:
                break
            second, third = (w.strip(",;:!?)\"'”").rstrip(".") if w else "" for w in (nxt.group(2), nxt.group(3)))
            if not (is_legal_form_word(second) or second.lower() in _NAME_JOINERS and is_legal_form_word(third)):
                break  # the legal form ends the name ("GmbH & Co. KG", "sp. z o.o.", "S.A. de C.V." go on)
            continue
        if closing != word:  # a comma, semicolon or bracket after an ordinary word ends the name ...
            nxt = re.match(r"\s*(\S+)", following)
            if word.endswith(",") and nxt and is_legal_form_word(nxt.group(1).strip(",;:!?)").rstrip(".")):
                continue  # ... except "Outfitters, Inc."
            break
        if words >= 10:
            break
    name = text[start:end].strip(" ,;")
    while name and name.split()[-1].lower() in ("and", "of", "the", "&"):
        name = name.rsplit(" ", 1)[0] if " " in name else ""
    return name or None


_NAME_JOINERS = {"de", "da", "van", "von", "der", "den", "di", "du", "la", "le", "y", "und", "&", "and", "of", "z", "o.o", "e"}


# --- registration and order numbers --------------------------------------------------------------------------------

# Letters and digits joined by single dashes, slashes, dots, spaces or commas (a space or comma only before a digit).
_NUMBER = r"(?:[^\W_a-z][^\W_]*)(?:(?:[./\-]|,(?=\d)| (?=\d)|/ ?)[^\W_]+)*"
NUMBER_RE = re.compile(_NUMBER)


def registration_number_value(text: str) -> Checked:
    """A registration number given as the answer: every letter, space, dash and slash kept; it needs a digit."""
    value = without_lead_in(text).rstrip(" ;:!?")
    value = re.sub(r"^(?:reg(?:istration)?\.?|no\.|no(?=\s)|number|nr\.?|#)\s*[:#]?\s*", "", value, flags=re.I)
    if value.endswith(".") and not re.search(r"\d\.\d", value[-3:]):
        value = value[:-1]
    value = trim(value)
    if not value:
        return Checked(None, "That is empty: type the number exactly as printed on the certificate.")
    if not any(ch.isdigit() for ch in value):
        return Checked(None, f"'{value}' has no digits; type the registration number exactly as printed on the certificate.")
    if len(value) > 60 or "\n" in value:
        return Checked(None, "That is longer than a registration number: type just the number, as printed.")
    return Checked(value)


def looks_like_bare_number(text: str) -> bool:
    """Whether a message is just a number (so it answers a number question by itself)."""
    value = without_lead_in(text).rstrip(" .;:!?")
    value = re.sub(r"^(?:reg(?:istration)?\.?|no\.|no(?=\s)|number|nr\.?|#)\s*[:#]?\s*", "", value, flags=re.I)
    return bool(value) and bool(NUMBER_RE.fullmatch(trim(value))) and any(c.isdigit() for c in value)


# --- dates -----------------------------------------------------------------------------------------------------------

_DATE_SETTINGS = {"STRICT_PARSING": True, "PARSERS": ["custom-formats", "absolute-time"], "DATE_ORDER": "DMY",
                  "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def date_value(text: str) -> Checked:
    """A date given as the answer: it must be a whole calendar date ("2026-10-15", "15 October 2026")."""
    value = without_lead_in(text).rstrip(" .;:!?")
    value = re.sub(r"^(?:on|in|since|until)\s+", "", value, flags=re.I)
    if not value:
        return Checked(None, "That is empty: give the date, e.g. 2026-10-15.")
    if _ISO.match(value):
        try:
            return Checked(date.fromisoformat(value))
        except ValueError:
            return Checked(None, f"'{value}' is not a calendar date.")
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings=_DATE_SETTINGS)
    if parsed is None:
        return Checked(None, f"I could not read '{value}' as a date; give it as e.g. 2026-10-15.")
    return Checked(parsed.date())


_DATE_IN_TEXT = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]{2,8}\.? \d{4}|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b"
)


def dates_in(text: str) -> list[tuple[str, date]]:
    """Whole dates written in a text, with the words they were written as."""
    found = []
    for match in _DATE_IN_TEXT.finditer(text):
        checked = date_value(match.group(1))
        if checked.ok:
            found.append((match.group(1), checked.value))
    return found
