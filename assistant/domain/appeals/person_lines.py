"""A line that comes after a seller's text pasted in the chat: the person talking to us, or more of the seller's text.

A counter-notice is pasted with the person's own words in front ("please triage this, complaint 12: ..."), and the
lines that arrive with it are more of it ('Regards,', the shop's name, the seller's own question to the platform:
"Why did you remove our listing?"). A line that reads as the person talking to the assistant ends the seller's text:
a question about the case asked from our side (our deadline or time to answer, what we should do, the seller or the
text spoken of as a third party: "what is the deadline for this one?", "¿hasta cuándo tenemos para contestar?",
"我们最晚哪天要回复？"), or a request to the assistant (draft or show the reply, translate it). The seller speaks of
itself as "we" and of the platform or the brand as "you"; the person speaks of the seller as "the seller" or "it", and
of our deadline: so a question is the person's only when it holds one of the words of that side.

Plain rules in the languages support staff write (English, Spanish, Italian, German, Malay/Indonesian, Chinese): what
they take as the person's is answered as theirs and never quoted as the seller's, so a wrong reading is seen at once.
"""

from __future__ import annotations

import re

# Our deadline or our time to answer, asked about: the person's side of a counter-notice, never the seller's.
_DEADLINE = (
    r"\bdeadlines?\b|\bdue\b(?!\s+to\b)|\bhow\s+(?:long|much\s+time)\s+do\s+we\b|\bby\s+when\b|"
    r"\bwhen\s+(?:do|must|should|shall)\s+we\s+(?:answer|reply|respond)|\btime\s+(?:limit|to\s+(?:answer|reply|respond))\b|"
    r"\bplazos?\b|\bhasta\s+cu[aá]ndo\b|\bscadenz[ae]\b|\bentro\s+quando\b|\bfrist(?:en)?\b|\bbis\s+wann\b|"
    r"\btenggat\b|\bbatas\s+waktu\b|\bberapa\s+lama\b|\bsampai\s+bila\b|期限|截止|最晚|多久|几天内|哪天.{0,6}(?:回复|答复)"
)
# What we should do with it, or the seller and its text spoken of from outside: a person's question about the case.
_OUR_SIDE = (
    r"\bshould\s+we\b|\bdo\s+we\s+(?:need|have)\s+to\b|\bmust\s+we\b|\bthis\s+one\b|\bthat\s+one\b|\bthe\s+seller\b|"
    r"\b(?:debemos|tenemos\s+que)\b|\bel\s+vendedor\b|\bdobbiamo\b|\bil\s+venditore\b|\bm[üu]ssen\s+wir\b|"
    r"\bder\s+verk[äa]ufer\b|\b(?:kita|kami)\s+(?:harus|perlu|mesti)\b|\bpenjual(?:nya)?\s+(?:ini|itu)\b|"
    r"我们(?:要|需要|该|应该|得)|这个卖家|卖家(?:的)?(?:申诉|说)"
)
_PERSON_ASKS = re.compile(f"(?:{_DEADLINE}|{_OUR_SIDE})", re.IGNORECASE)
_DEADLINE_RE = re.compile(_DEADLINE, re.IGNORECASE)
# A request to the assistant about the reply or the triage: "draft the reply", "show me the draft", "translate it".
_REQUEST = re.compile(
    r"^\s*(?:(?:ok|okay|and|now|then|please)[,\s]+)*(?:draft|write|show(?:\s+me)?|translate|summari[sz]e)\s+"
    r"(?:(?:it|this|that|the|our|a|an|me)\s+)*(?:reply|response|answer|draft|triage|report|it|this|that)\b",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(
    r"^\s*(?:(?:ok|okay|and|so|also|now|then|y|e|und|dan|lalu)[,\s]+)*(?:what|when|how|which|should|do|does|must|can|is|are|"
    r"qu[eé]|cu[aá]ndo|cu[aá]l|c[oó]mo|cosa|quando|quale|come|was|wann|wie|welche|apa|kapan|bagaimana|berapa|bila)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?？。！](?=\s+\S)")
_MAX_LINE = 160


def _asks(line: str) -> bool:
    """One sentence shaped as a question: a question mark, or a question's first word."""
    return line.rstrip().endswith(("?", "\uff1f")) or bool(_QUESTION_WORD.match(line)) or "吗" in line[-3:]


def asks_us(line: str) -> bool:
    """Whether a line that follows a seller's text is the person talking to us: a short question about the case asked
    from our side (our deadline, what we should do, the seller spoken of as a third party), or a request to the
    assistant about the reply. A seller's own question ('Why did you remove our listing?') is neither."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE or _SENTENCE_END.search(stripped):
        return False
    if _REQUEST.match(stripped):
        return True
    return _asks(stripped) and bool(_PERSON_ASKS.search(stripped))


def asks_deadline(text: str) -> bool:
    """Whether a short message asks about our deadline to answer ('what is our deadline?', 'when is it due?',
    '¿hasta cuándo tenemos para contestar?', '我们最晚哪天要回复？')."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= _MAX_LINE and _asks(stripped) and bool(_DEADLINE_RE.search(stripped))


__all__ = ["asks_deadline", "asks_us"]
