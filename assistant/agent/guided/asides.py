"""Words said to the assistant where the complaint waits for a value: never the value itself.

Asked for a name, a title or a number, people also answer the assistant: they ask to see the draft ("show me the draft so
far"), ask what the question means or why it is asked, say they do not know, want to skip it, or ask for a moment. Such a
message is a move in the conversation, not a fact of the case: the dialogue does what it asks and asks again. It is
recognised only as the whole message (after greeting-like fillers and punctuation), in the languages the chat reads
(English, German, Spanish, Malay/Indonesian, Chinese), and never when quoted ('"Wait"' may be a title).
"""

from __future__ import annotations

import re

# Each move, as a whole message. A closed set of conversational moves per language, not a list of values.
_MOVES: dict[str, str] = {
    "show_draft": (
        r"(?:(?:can|could) (?:you|i) |please |let me |i (?:want|would like) to )?(?:show|display|give|see|view|print)(?: me| us)?"
        r"(?: the| my| our| what(?:'s| is)? (?:in )?the)? (?:draft|complaint|summary|form)(?: (?:so far|until now|as it stands|now))?"
        r"|what do (?:you|we) have so far|where are we|what(?:'s| is| have) (?:in )?the draft(?: so far)?|(?:the )?draft so far"
        r"|zeig(?:e|en sie)?(?: mir| uns)?(?: den| die)? (?:entwurf|beschwerde|zusammenfassung)(?: bisher)?"
        r"|(?:mu[eé]strame|ens[eé][ñn]ame|quiero ver|ver|mostrar)(?: el| la)? (?:borrador|queja|denuncia|reclamaci[oó]n|resumen)(?: hasta ahora)?"
        r"|(?:tunjukkan|tunjuk|lihat)(?: saya| kami)? (?:draf|aduan|ringkasan)(?: (?:setakat|sejauh) ini)?"
        r"|(?:给我|让我)?(?:看看|看一下|看)(?:目前的|现在的)?(?:草稿|投诉)|显示草稿"
    ),
    "what_mean": (
        r"what do you mean(?: (?:by that|by this|exactly))?|what does (?:that|this|it) mean|meaning|pardon|sorry|huh|what|"
        r"i don'?t understand(?: the question)?|(?:could|can) you explain(?: (?:that|this|please))?|explain(?: please)?|"
        r"was mein(?:st du|en sie)(?: damit)?|was hei(?:ß|ss)t das|wie bitte|(?:das )?versteh(?:e)? ich nicht|ich verstehe (?:das )?nicht|"
        r"qu[eé] quieres decir|qu[eé] significa(?: eso)?|no (?:lo )?entiendo|c[oó]mo|"
        r"apa maksud(?:nya|mu|anda)?|(?:saya )?(?:tidak|tak) (?:faham|mengerti|paham)|"
        r"什么意思|啥意思|(?:我)?不(?:明白|懂)|没(?:看)?懂"
    ),
    "why": (
        r"why(?: (?:do|does) (?:you|it|the platform) (?:need|ask(?: for)?|want)(?: (?:that|this|it|to know))?)?|what (?:is it|is that|'s that) for|what for|"
        r"warum|wieso|weshalb|wozu|por qu[eé]|para qu[eé]|kenapa|mengapa|untuk apa|为什么|为啥|干嘛"
    ),
    "dont_know": (
        r"(?:i )?(?:don'?t|do not) know|dunno|no idea|(?:i'?m |i am )?not sure|no clue|"
        r"(?:ich )?wei(?:ß|ss) (?:es |das )?nicht|keine ahnung|no (?:lo )?s[eé]|ni idea|no estoy segur[oa]|"
        r"(?:saya |aku )?(?:tidak|tak) (?:tahu|pasti)|不知道|不清楚|不确定"
    ),
    "skip": (
        r"skip(?: (?:it|this|that|this one|for now))?|pass|later|(?:i'?ll|we'?ll) (?:tell you|give it|add it|come back to it) later|"
        r"(?:das )?überspringen|sp[äa]ter|saltar|omitir|m[aá]s tarde|luego|langkau|nanti|跳过|以后再说|稍后再说"
    ),
    "wait": (
        r"(?:wait|hold on|hang on)(?: (?:a|one) (?:sec|second|moment|minute))?|(?:one|just a|give me a) (?:sec|second|moment|minute)|"
        r"warte?(?:n sie)?(?: (?:kurz|mal|bitte))?|(?:einen )?moment(?: (?:mal|bitte))?|"
        r"espera(?: un (?:momento|segundo))?|un (?:momento|segundo)|tunggu(?: (?:sekejap|sebentar|dulu))?|sekejap|sebentar|"
        r"等一下|等等|稍等(?:一下)?|等一会儿?"
    ),
}
_MOVE_RES = {kind: re.compile(rf"(?:{words})", re.I) for kind, words in _MOVES.items()}
_FILLER = re.compile(r"^(?:(?:ok|okay|um+|hm+|uh|sorry|hmm|ah|oh|so|ja|vale|eh|请|嗯)[,.!\s]+)+|(?:[,\s]+(?:please|pls|bitte|por favor|sila|请))+$", re.I)


def move_of(text: str) -> str | None:
    """The conversational move a whole message makes ("show_draft", "what_mean", "why", "dont_know", "skip", "wait"),
    or None when it is anything else (a value, a fact, a question about the rules)."""
    body = text.strip()
    if not body or body[0] in "\"'“‘«" or len(body) > 80:
        return None
    body = re.sub(r"[\s?!.。？！…,，~～]+$", "", body)
    body = re.sub(r"^[¿¡\s]+", "", body)
    body = _FILLER.sub("", body).strip()
    for kind, regex in _MOVE_RES.items():
        if regex.fullmatch(body):
            return kind
    return None
