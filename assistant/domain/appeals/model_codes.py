"""Model numbers ('LM-350', 'LM-350S', 'XR200'): a seller that says it sells another model than the one reported,
while its own purchase papers name the reported one, is contradicted by its own documents.

A model number is read as written: a few letters, an optional hyphen, two to five digits and at most three letters
after them; a longer run of digits is a registration or an invoice number, not a model. A model is also named in words
after the brand ('HALDEN Lumo 400', 'HALDEN Tind 40', 'HALDEN Fjellgard 3'): the line's name, then its number; the
brand says the words after it are a product's name, so 'HALDEN Lumo 250' on a paper is another model of the reported
'HALDEN Lumo 400'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Bounded by Latin letters and digits only: a Chinese text writes a model between characters ('是LM-200，', '落地灯LM-350').
_CODE_RE = re.compile(r"(?<![A-Za-z0-9_.-])([A-Za-z]{1,5}-?\d{2,5}[A-Za-z]{0,3})(?![A-Za-z0-9_-])")


_LINE_RE = re.compile(r"[A-Z]+")


def _line(code: str) -> str:
    """The letters a model number starts with: its product line ('LM' of 'LM-350S')."""
    found = _LINE_RE.match(code)
    return found.group(0) if found else ""


def model_codes(text: str | None) -> list[str]:
    """The model numbers a text names, upper-cased, in order, each once."""
    return list(dict.fromkeys(m.group(1).upper() for m in _CODE_RE.finditer(text or "")))


def other_model_on_documents(said: str, reported: Iterable[str], documents: Iterable[tuple[int, str | None]]) -> tuple[str, int, str] | None:
    """(the model the seller says it sells, the document's number, the reported model that document names instead) when
    the seller names a model our complaint does not report and one of its documents names a reported model but not the
    seller's; None otherwise."""
    ours = set(model_codes(" ".join(reported)))
    # Another model of the same line ('LM-350S' beside 'LM-350', 'LM-360'): not any code the seller writes (an order number).
    claimed = [code for code in model_codes(said) if code not in ours and _line(code) in {_line(c) for c in ours}]
    if not claimed or not ours:
        return None
    for index, text in documents:
        named = model_codes(text)
        if any(code in named for code in claimed):
            continue
        shown = [code for code in named if code in ours]
        if shown:
            return claimed[0], index, shown[0]
    return None


def _written_codes(text: str | None) -> dict[str, str]:
    """Each model number a text names, as written, by its bare form ('LM350' for 'LM-350' and 'lm350')."""
    found: dict[str, str] = {}
    for match in _CODE_RE.finditer(text or ""):
        found.setdefault(match.group(1).upper().replace("-", ""), match.group(1))
    return found


def other_model_named(reported: str, document: str | None) -> tuple[str, str] | None:
    """(the model a document names, the reported model, each as written) when the document names a model of the same
    line as a reported one ('LM-200' beside the reported 'LM-350', 'KP-24' beside 'KP-28') and none of the reported
    models: a paper for another model covers nothing of the reported product, whatever words they share ('lámpara').
    None when either names no model, or the document names a reported one too."""
    ours, named = _written_codes(reported), _written_codes(document)
    if not ours or not named or set(ours) & set(named):
        return None
    lines = {_line(code): written for code, written in ours.items()}
    other = next((code for code in named if _line(code) in lines), None)
    return (named[other], lines[_line(other)]) if other else None


# A shade or colour number named by its word ('shade 05 Coral', "shade 'R7'", 'warna 07', 'Farbton 12', '07号色', '色号R7').
_SHADE_RE = re.compile(
    r"\b(?:shade|colou?r|couleur|teinte|warna|farbe|farbton|tono|tonalit[àa])\s*(?:no\.?|nr\.?|#|:)?\s*['‘’\"“”]?"
    r"(?P<code>[A-Za-z]{0,2}\d{1,3}[A-Za-z]?)(?![\w-])"
    r"|(?P<cjk>[A-Za-z]?\d{1,3})\s*号色|色号\s*[:：]?\s*(?P<cjk2>[A-Za-z]?\d{1,3})",
    re.IGNORECASE,
)


def _shade_key(code: str) -> str:
    """A shade's number as compared: upper case, leading zeros dropped ('05' and '5' are one shade)."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", code.upper())


def _shades(text: str | None) -> dict[str, str]:
    """Each shade a text names by its word, as written, by its key."""
    found: dict[str, str] = {}
    for match in _SHADE_RE.finditer(text or ""):
        code = match.group("code") or match.group("cjk") or match.group("cjk2")
        found.setdefault(_shade_key(code), code)
    return found


def other_shade_named(reported: str, document: str | None) -> tuple[str, str] | None:
    """(the shade a document names, the reported shade, each as written) when both name shades and share none (a paper
    for 'shade 05 Coral' beside the reported shade 'R7'): a paper for another shade covers none of the reported goods."""
    ours, named = _shades(reported), _shades(document)
    if not ours or not named or set(ours) & set(named):
        return None
    return next(iter(named.values())), next(iter(ours.values()))


def _brand_models(text: str | None, brand: str) -> dict[str, str]:
    """Each model a text names in words after the brand ('HALDEN Lumo 400' -> {'LUMO': 'Lumo 400'}): one or two
    capitalised words, then a number of one to five digits (a letter may follow it), by the line's name upper-cased."""
    if not brand or not text:
        return {}
    pattern = re.compile(rf"(?<![\w-]){re.escape(brand)}\s+(?P<line>[A-Z][\w-]{{1,20}}(?:\s+[A-Z][\w-]{{1,20}})?)\s+(?P<number>\d{{1,5}}[A-Za-z]?)(?![\w.,-]\d|\w)",
                         re.IGNORECASE)
    found: dict[str, str] = {}
    for match in pattern.finditer(text):
        if match.group("line")[0].isupper():
            found.setdefault(match.group("line").upper(), f"{match.group('line')} {match.group('number')}")
    return found


def other_brand_model(reported: str, document: str | None, brand: str) -> tuple[str, str] | None:
    """(the model a document names after the brand, the reported one, each as written) when both name a model of one line
    in words with different numbers ('Lumo 250' on the paper, 'Lumo 400' reported) and the document names none of the
    reported ones; None otherwise."""
    ours, named = _brand_models(reported, brand), _brand_models(document, brand)
    if set(ours.values()) & set(named.values()):
        return None
    line = next((line for line in named if line in ours and named[line].upper() != ours[line].upper()), None)
    return (named[line], ours[line]) if line else None


def same_model_named(reported: str, document: str | None) -> bool:
    """Whether a document names a model the complaint reports ('落地灯LM-350' for 'LUMORA Aurora Pro LM-350'), hyphen or not:
    the goods are compared by their model where their words cannot be (a Chinese invoice against an English listing)."""
    return bool(set(_written_codes(reported)) & set(_written_codes(document)))


# A negation between two models the seller names ('we sell the LM-200, not your LM-350', 'vendemos el modelo KV-12, no el
# KV-28', 'wir verkaufen die LM-350S, nicht die LM-350', 'kami jual SA-45, bukan LM-350', '我们卖的是LM-200，不是LM-350').
_NOT_RE = re.compile(r"\b(?:not|no|nicht|kein\w*|non|bukan|tidak|ni)\b|不是|并非|而非|非")


def other_model_said(sentence: str) -> tuple[str, str] | None:
    """(the model the seller says it sells, the model it says it does not) when one sentence names two models of one
    product line with a negation between them: the seller's own words that it sells another model. None otherwise."""
    found = [(m.start(), m.group(1).upper()) for m in _CODE_RE.finditer(sentence or "")]
    for (at, first), (later, second) in zip(found, found[1:]):
        if first == second or _line(first) != _line(second):
            continue
        between, before = sentence[at:later], sentence[max(0, at - 30):at]
        if _NOT_RE.search(between):
            return first, second  # 'LM-200, not LM-350'
        if _NOT_RE.search(before):
            return second, first  # 'not the LM-350 but the LM-200'
    return None


def model_said_against(said: str, reported: Iterable[str]) -> tuple[str, str] | None:
    """(the model the seller says it sells, the reported model it names instead) when the seller's words name a model of
    a reported line that our complaint does not report, in a sentence that sets it against another model."""
    ours = model_codes(" ".join(reported))
    for sentence in re.split(r"(?<=[.!?。！？;；])\s*|\n+", said or ""):
        pair = other_model_said(sentence)
        if pair and pair[0] not in ours and _line(pair[0]) in {_line(c) for c in ours}:
            return pair[0], next((c for c in ours if c == pair[1]), next(c for c in ours if _line(c) == _line(pair[0])))
    return None


# Words a seller or a paper puts after the brand that name no model: the goods' standing, not their line.
_NO_MODEL_WORDS = frozenset({"original", "genuine", "official", "authentic", "new", "asli", "ori", "resmi", "originale", "original"})


def _named_after_brand(text: str | None, brand: str) -> list[tuple[str, frozenset[str]]]:
    """Each product a text names in capitalised words right after the brand ('KORVA Jersey Pro', 'KORVA Corsa Jersey'), as
    written, with its words lower-cased (without the words that name no model)."""
    if not brand or not text:
        return []
    pattern = re.compile(rf"(?<![\w-]){re.escape(brand)}\s+(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*){{0,3}})(?![\w-])")
    found = []
    for match in pattern.finditer(text):
        words = frozenset(w.lower() for w in match.group("name").split()) - _NO_MODEL_WORDS
        if words:
            found.append((f"{brand} {match.group('name')}", words))
    return found


def other_named_product(said: str | None, document: str | None, brand: str) -> tuple[str, str] | None:
    """(the product the seller names, the one its paper names instead, each as written after the brand) when the two name
    goods of one kind in words ('KORVA Jersey Pro' said, 'KORVA Corsa Jersey' on the invoice: both jerseys) and each has a
    name word the other lacks, and no product on the paper carries every word of the seller's: another model of the
    brand's line, whatever noun they share. None otherwise."""
    ours, theirs = _named_after_brand(said, brand), _named_after_brand(document, brand)
    if not ours or not theirs:
        return None
    for name, words in ours:
        if any(words <= other for _, other in theirs):
            return None
        for paper, other in theirs:
            if words & other and words - other and other - words:
                return name, paper
    return None


# A line that ends a sentence: the next line starts a new item, not the rest of this one.
_ENDS_SENTENCE_RE = re.compile(r"[.!?。！？]\s*$")


def lines_about(text: str | None, models: Iterable[str]) -> str:
    """A document's text without the lines about other models than ``models``: a catalogue's 'Model RM-19 Urban Helmet ...
    Since 2019.' says nothing of the RM-22 beside it, so its date is never the RM-22's. A line that names no model keeps
    its place (a title, an edition), unless it goes on a line about another model (a wrapped line, the sentence not yet
    ended). With no ``models`` (the seller names none), the text as it is."""
    wanted = {code.upper() for code in models}
    if not wanted or not text:
        return text or ""
    kept, other, previous = [], False, ""
    for line in text.splitlines():
        named = model_codes(line)
        if named:
            other = not wanted & set(named)
        elif not previous.strip() or _ENDS_SENTENCE_RE.search(previous):
            other = False  # a new item, or none: the line stands on its own
        kept.append("" if other else line)
        previous = line
    return "\n".join(kept)


__all__ = ["lines_about", "model_codes", "model_said_against", "other_shade_named", "other_brand_model", "other_model_named", "other_model_on_documents", "other_model_said", "other_named_product", "same_model_named"]
