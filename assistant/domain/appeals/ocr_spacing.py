"""Word spaces OCR dropped between the words of a name ('ComercialLumenSevillaS.L.', 'NORVIKIBERIAS.L.'), put back
before a scanned paper is read, so that its parties are read as names and quoted to people and platforms as names.

Only spaces are added, never a letter changed: a run of letters the seller's own text or the paper itself also writes with
spaces ('Norvik Iberia S.L.' in the counter-notice, '[sello Norvik Iberia S.L.]' on the stamp) takes that phrase's
spaces; a run whose words show in their capitals ('ComercialLumenSevilla', two or more words starting in capitals
after a lower-case letter) is cut there; and a legal form glued to the word before it or to what follows
('IlluminazioneS.r.l.', 'S.L.-CIF') is set apart, as is a bracketed place glued to the word before it
('Trading(Shenzhen)') and a legal form glued to the comma before it ('Co.,Ltd.'). Text typed or read from a text layer
is left as it is.
"""

from __future__ import annotations

import re

from assistant.domain.legal_forms import is_legal_form_word

# A run OCR may have glued: no space in it, at least eight characters, letters among them.
_RUN_RE = re.compile(r"[^\s]{8,}")
_WORD_EDGE = "\"'()[]{}<>«»“”‘’,;:"
# A capital that starts a word after a lower-case letter: a capital then a lower-case letter, or a capital then a full
# stop (the legal form 'S.L.', 'S.r.l.').
_CAMEL_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ](?:[a-zà-ÿ]|\.))")
# A legal form written with full stops ('S.L.', 'S.r.l.', 'B.V.', 'S.p.A.') glued to what follows it ('S.L.-CIFB-876').
_FORM_THEN_RE = re.compile(r"((?:[A-Za-z]{1,3}\.){2,3})(?=[-–A-Za-z0-9])")
# A bracketed word glued to the word before it ('Trading(Shenzhen)'), and a word glued to the comma before it
# ('Co.,Ltd.'): the space OCR dropped goes back only where what follows is a legal form or a capitalised word in brackets.
_BRACKET_GLUED_RE = re.compile(r"(?<=[A-Za-zÀ-ÿ])(?=[(（][A-ZÀ-Þ][a-zà-ÿ]+[)）])")
_COMMA_GLUED_RE = re.compile(r"(?<=\.,)(?=[A-Za-z][A-Za-z.]*)")


def _phrases(texts: list[str]) -> dict[str, list[int]]:
    """Each run of two to six words the texts write with spaces, keyed by its letters without spaces (lower case), with
    the offsets where its spaces fall; only runs of eight characters or more."""
    out: dict[str, list[int]] = {}
    for text in texts:
        for line in (text or "").splitlines():
            words = [w.strip(_WORD_EDGE) for w in line.split()]
            for start in range(len(words)):
                for end in range(start + 2, min(start + 6, len(words)) + 1):
                    part = words[start:end]
                    if not all(part):
                        break
                    key = "".join(part).lower()
                    if len(key) >= 8 and any(ch.isalpha() for ch in key):
                        cuts, at = [], 0
                        for word in part[:-1]:
                            at += len(word)
                            cuts.append(at)
                        out.setdefault(key, cuts)
    return out


def _with_known_spaces(run: str, phrases: dict[str, list[int]]) -> str:
    """A glued run with the spaces of the longest phrase the texts write with spaces that it holds."""
    lower = run.lower()
    found = max(((k, c) for k, c in phrases.items() if k in lower and " " not in k), key=lambda kc: len(kc[0]), default=None)
    if not found:
        return run
    key, cuts = found
    start = lower.index(key)
    words, at = [], start
    for cut in cuts + [len(key)]:
        words.append(run[at:start + cut])
        at = start + cut
    before, after = run[:start], run[start + len(key):]
    return (before + (" " if before and before[-1].isalnum() else "") + " ".join(words)
            + (" " if after and after[0].isalnum() else "") + after)


def _with_capitals_cut(run: str) -> str:
    """A glued run cut where its words start in capitals, when two or more do, or before a legal form glued to a word."""
    cuts = [m.start() for m in _CAMEL_RE.finditer(run)]
    form_cuts = [c for c in cuts if is_legal_form_word(re.split(r"[^A-Za-z.]", run[c:])[0])]
    if len(cuts) < 2:
        cuts = form_cuts
    for at in reversed(cuts):
        run = run[:at] + " " + run[at:]
    return run


def _form_set_apart(run: str) -> str:
    """A legal form glued to what follows it ('S.L.-CIFB-87654321') set apart by a space."""
    def apart(match: re.Match[str]) -> str:
        return match.group(1) + " " if is_legal_form_word(match.group(1)) else match.group(1)

    return _FORM_THEN_RE.sub(apart, run)


def _punctuation_spaced(run: str) -> str:
    """A run with a space put back before a bracketed place ('Trading (Shenzhen)') and after a comma a legal form
    follows ('Co., Ltd.')."""
    run = _BRACKET_GLUED_RE.sub(" ", run)
    return _COMMA_GLUED_RE.sub(lambda m: " " if is_legal_form_word(re.split(r"[^A-Za-z.]", run[m.start():])[0]) else "", run)


def respaced(text: str | None, known: list[str]) -> str | None:
    """OCR'd text with the word spaces it dropped in names put back (see the module's note); ``known``: the texts that
    may write the same names with their spaces (the counter-notice, our record's names)."""
    if not text:
        return text
    phrases = _phrases([*known, text])

    def fix(match: re.Match[str]) -> str:
        run = _punctuation_spaced(match.group(0))
        edge = len(run) - len(run.rstrip(_WORD_EDGE))
        core, tail = (run[:-edge], run[-edge:]) if edge else (run, "")
        fixed = _with_known_spaces(core, phrases)
        fixed = " ".join(_with_capitals_cut(part) if len(part) >= 8 else part for part in fixed.split(" "))
        return " ".join(_form_set_apart(part) for part in fixed.split(" ")) + tail

    return _RUN_RE.sub(fix, text)


__all__ = ["respaced"]
