"""A prior-art document whose own words say its product lacks a feature our complaint names as copied.

A seller offers a catalogue as prior art; the catalogue describes its models in words ('slide sandal with one wide strap,
flat sole, no toe loop', '一字拖凉鞋，单条宽带，平底，无趾环'). When a model is said to lack a feature our complaint names
among those the listing copies ('same crossed straps, same toe loop'), the document, by its own words, shows another
design or invention than ours: a point for legal to weigh beside the document's date, both sides quoted as written.

A feature is compared by its words in the document's own language: the same content words (singular or plural) in
languages written with letters, the same characters in Chinese. Words that deny a feature are one small set per language
(no, without, 无, sin, senza, ohne, sans, tanpa), not phrasings; no word was fitted to one evaluation case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.untrusted_text import escape_untrusted, normalize_text

# A feature denied: what follows the denial, up to three words (or four characters in Chinese), to the clause's end.
_LATIN_DENIED_RE = re.compile(r"\b(?:no|without|sin|senza|ohne|sans|tanpa)\s+((?:[a-zà-öø-ÿ][\w-]*\s+){0,2}[a-zà-öø-ÿ][\w-]*)")
_CJK_DENIED_RE = re.compile(r"(?:无|没有|不带|不含)([\u4e00-\u9fff]{2,4})")
OTHER_DESIGN = "prior_art_other_design"
_STOP = frozenset("the a an any and or of with for de la el il lo di der die das und".split())


@dataclass(frozen=True)
class LackedFeature:
    """A feature a document's line says its product lacks, and the sentence of our complaint that names it."""

    line: str  # the document's line, as written
    denied: str  # the denial as written ('no toe loop')
    ours: str  # our complaint's sentence naming the feature
    other_shape: bool = False  # a line naming another shape than ours ('denied' is its shape word)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _names(sentence: str, feature: str) -> bool:
    """Whether one of our sentences names a feature: each content word of it (singular or plural), or its characters."""
    norm = normalize_text(sentence)
    if re.search(r"[\u4e00-\u9fff]", feature):
        return feature in norm
    words = [w for w in re.findall(r"[\w-]+", feature) if w not in _STOP and len(w) > 2]
    ours = {_stem(w) for w in re.findall(r"[\w-]+", norm)}
    return bool(words) and all(_stem(w) in ours for w in words)


def _our_sentences(complaint) -> list[str]:
    from assistant.domain.appeals.claims import sentences

    return [s for s in sentences(complaint.statement or "") if s.strip()]


def lacked_features(complaint, text: str | None) -> list[LackedFeature]:
    """Each feature our complaint names that a line of the document says its product lacks (once per feature)."""
    ours = _our_sentences(complaint)
    out: dict[str, LackedFeature] = {}
    for line in (text or "").splitlines():
        norm = normalize_text(line)
        found = [(m.group(0), m.group(1)) for m in _LATIN_DENIED_RE.finditer(norm)] + [(m.group(0), m.group(1)) for m in _CJK_DENIED_RE.finditer(norm)]
        for denied, feature in found:
            # The longest run of the feature's first words that one of our sentences names ('toe loop', not 'toe').
            words = feature.split() if " " in feature else [feature]
            for size in range(len(words), 0, -1):
                head = " ".join(words[:size])
                sentence = next((s for s in ours if _names(s, head)), None)
                if sentence and head not in out and len(head) > 3:
                    start = norm.find(denied)
                    said = line[start : start + len(denied) - len(feature) + len(head)] if start >= 0 else denied
                    out[head] = LackedFeature(line.strip(), said, sentence.strip())
                    break
    return list(out.values())


# The words for a shape, each with the one it names, in the languages papers here are written in. A longer word is tried
# first (圆柱 is a cylinder, not 圆, round). 'Rounded' ('rounded-triangle', 'abgerundete Ecken', 圆角) shapes another form's
# edges and names no round shape of its own.
_SHAPES = (
    ("cylinder", r"cylind\w*|zylind\w*|cilind\w*|silinder", "圆柱|圆筒"),
    ("hexagon", r"hexag\w*|sechseck\w*|esagon\w*|heksagon\w*", "六角|六边形?"),
    ("octagon", r"octag\w*|achteck\w*|ottagon\w*|oktagon\w*", "八角|八边形?"),
    ("pentagon", r"pentag\w*|f(?:ü|ue)nfeck\w*", "五角|五边形?"),
    ("triangle", r"triang\w*|dreieck\w*|segi ?tiga", "三角"),
    ("square", r"squares?|quadrat\w*|cuadrad\w*|carr[ée]e?s?|persegi", "方形|正方"),
    ("rectangle", r"rectang\w*|rechteck\w*|rettangol\w*", "长方形?|矩形"),
    ("oval", r"ovale?s?|ovalad\w*|bujur", "椭圆"),
    ("round", r"round|circular|circle|rund(?:e[mnrs]?)?(?!\s+\d)|redond[oa]s?|rotond[oa]|rond(?:e|s|es)?|bulat", "圆形|圆(?![角柱筒润])"),
)
# A word of letters stands alone (never 'year-round' or 'Rundschreiben'; 'rund 30 cm' is 'about'); characters stand inside a
# line's words.
_SHAPE_RE = re.compile("|".join(rf"(?P<{name}>(?<![\w-])(?:{latin})(?![\w-])|{cjk})" for name, latin, cjk in _SHAPES))
# 'rounded', 'abgerundet', 'redondeado', 'arrotondato', 'arrondi': a word that rounds another shape's edges, never a shape.
_ROUNDED_RE = re.compile(r"\b(?:rounded|abgerundet\w*|redondead\w*|arrotondat\w*|arrondi\w*|roundish)\b-?|圆角|圆润")


def _shapes(text: str) -> dict[str, str]:
    """The shapes a text names, each with its word as written first (normalised text)."""
    norm = _ROUNDED_RE.sub(" ", normalize_text(text))
    found: dict[str, str] = {}
    for match in _SHAPE_RE.finditer(norm):
        found.setdefault(match.lastgroup, match.group(0))
    return found


def other_shapes(complaint, text: str | None) -> list[LackedFeature]:
    """The document's lines that describe a product of another shape than the one our complaint names ('Hexagon stacking
    blocks, hexagonal profile' against our 'rounded-triangle profile'), only where the document's words name no shape of ours
    anywhere: each such line quoted, with the shape word as written and our sentence that names our shape."""
    ours = next(((s, _shapes(s)) for s in _our_sentences(complaint) if _shapes(s)), None)
    if ours is None or set(_shapes(text or "")) & set(ours[1]):
        return []
    out = []
    for line in (text or "").splitlines():
        found = _shapes(line)
        if found:
            word = next(iter(found.values()))
            start = normalize_text(line).find(word)
            said = line[start : start + len(word)] if start >= 0 and len(normalize_text(line)) == len(line) else word
            out.append(LackedFeature(line.strip(), said, ours[0].strip(), other_shape=True))
    return out


def other_design(complaint, text: str | None) -> list[LackedFeature]:
    """What a prior-art document's own words show of another design: features it says its product lacks, and lines that
    give its product another shape (each line once)."""
    lacked = lacked_features(complaint, text)
    return lacked + [s for s in other_shapes(complaint, text) if s.line not in {f.line for f in lacked}]


def message(index: int, found: LackedFeature) -> str:
    if found.other_shape:
        return (f"Attachment #{index} describes its product in its own words as '{escape_untrusted(found.line)}' "
                f"('{escape_untrusted(found.denied)}'), another shape than the one our complaint describes ('{escape_untrusted(found.ours)}'): "
                "by its own words the document shows another design than ours. Legal weighs it beside the document's date.")
    return (f"Attachment #{index} describes its product in its own words as '{escape_untrusted(found.line)}' ('{escape_untrusted(found.denied)}'), "
            f"while our complaint names that feature among those copied ('{escape_untrusted(found.ours)}'): by its own words the document "
            "shows another design or invention than ours. Legal weighs it beside the document's date.")


def reply(index: int, found: LackedFeature) -> str:
    if found.other_shape:
        return (f"The document the seller relies on as prior art (attachment #{index}) describes its product as '{escape_untrusted(found.line)}', "
                f"another shape than our design, which our complaint describes as '{escape_untrusted(found.ours)}'.")
    return (f"The document the seller relies on as prior art (attachment #{index}) describes its product as '{escape_untrusted(found.line)}': "
            f"it does not show our design, which our complaint describes as '{escape_untrusted(found.ours)}'.")


__all__ = ["OTHER_DESIGN", "LackedFeature", "lacked_features", "message", "other_design", "other_shapes", "reply"]
