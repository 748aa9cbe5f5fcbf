"""Whether a message in Spanish, German or Malay/Indonesian asks something, as a message in English does when it opens
with a question's first word.

People type questions without a question mark ("dokumen apa saja yang diperlukan untuk melaporkan barang palsu di
Lazada", "qué documentos necesito para denunciar falsificaciones en AliExpress"). The chat's English reading of a
question's shape ("what", "which", "how" ...) misses them, and a question naming a site was read as the start of a
complaint draft. The message is read in the corpus's English by the glossary that `ask` reads it with
(assistant/retrieval/question_languages.py); a question word in that reading, or a Malay/Indonesian question particle
('-kah': apakah, bolehkah), makes it a question, and the one question service answers it.
"""

from __future__ import annotations

import re

# Question words as the glossary reads them into English (foreign_terms.py: qué, welche, apa, bagaimana ...).
_ASKS = re.compile(r"\b(?:what|which|how|when|where|why|who|whom|whose|whether)\b", re.I)
# Malay/Indonesian marks a yes/no question with the particle -kah on its first word (apakah, adakah, bolehkah, bisakah).
_PARTICLE = re.compile(r"^\W*\w+kah\b", re.I)
# Chinese asks a yes/no question with a final particle ("能在淘宝投诉假货吗", "如果是天猫呢") or a verb asked both ways
# ("能不能", "可不可以", "是否"), often without a question mark; a request for help ("帮我投诉一下吗") asks for a draft.
_ZH_ASKS = re.compile(r"(?:吗|么|呢)\s*[。.!！~～]*\s*$|能不能|可不可以|是不是|有没有|要不要|需不需要|会不会|是否|能否")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_REQUEST = re.compile(r"(?:帮|替|给)(?:我|我们)[^，。？！?]{0,6}(?:投诉|举报|起草|写|提交|处理)|请(?:你)?(?:帮|替)")


def asks_in_its_language(text: str) -> bool:
    """Whether a message written in one of the other languages the assistant reads asks something (see the module)."""
    from assistant.retrieval.question_languages import question_language
    from assistant.retrieval.query_language import read_question

    if _HAN.search(text):
        return bool(_ZH_ASKS.search(text)) and not _ZH_REQUEST.search(text)
    language = question_language(text)
    if language is None:
        return False
    if language == "ms" and _PARTICLE.match(text):
        return True
    reading = read_question(text).english or ""
    # The reading opens with the question word, as a question does: "wie" inside a seller's sentence ("nehmen wir wie
    # folgt Stellung") is "as", not "how".
    return bool(_ASKS.match(reading.strip()))
