"""A line that comes after a seller's text pasted in the chat: the person talking to us, or more of the seller's text.

A counter-notice is pasted with the person's own words in front ("please triage this, complaint 12: ..."), and the
lines that arrive with it are more of it ('Regards,', the shop's name, the seller's own question to the platform:
"Why did you remove our listing?"). A line that reads as the person talking to the assistant ends the seller's text:
a question about the case asked from our side (our deadline or time to answer, what we should do, the seller or the
text spoken of as a third party: "what is the deadline for this one?", "¿hasta cuándo tenemos para contestar?",
"bila tarikh akhir kami?", "我们最晚哪天要回复？"), a request to the assistant (draft or show the reply, translate it, mark the complaint as removed), a
correction of the complaint the text answers ("sorry, wrong complaint: it is X", "this one is for X, not Y", "应该是 X"), or
our own check of the listing ("I checked, the listing is offline", "我查过了，链接已经下架了"). The seller speaks of
itself as "we" and of the platform or the brand as "you"; the person speaks of the seller as "the seller" or "it", and
of our deadline: so a question is the person's only when it holds one of the words of that side.

Plain rules in the languages support staff write (English, Spanish, Italian, German, Malay/Indonesian, Chinese): what
they take as the person's is answered as theirs and never quoted as the seller's, so a wrong reading is seen at once.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.unsure_words import hedged, negated
from assistant.domain.untrusted_text import normalize_text

# Our deadline or our time to answer, asked about: the person's side of a counter-notice, never the seller's.
_DEADLINE = (
    r"\bdeadlines?\b|\bdue\b(?!\s+to\b)|\bhow\s+(?:long|much\s+time)\s+do\s+we\b|\bby\s+when\b|"
    r"\bwhen\s+(?:do|must|should|shall)\s+we\s+(?:answer|reply|respond)|\btime\s+(?:limit|to\s+(?:answer|reply|respond))\b|"
    r"\bplazos?\b|\bhasta\s+cu[aá]ndo\b|\bscadenz[ae]\b|\bentro\s+quando\b|\bfrist(?:en)?\b|\bbis\s+wann\b|"
    r"\bfechas?\s+l[ií]mite\b|\btermine\s+(?:ultimo|per\s+(?:rispondere|la\s+risposta))\b|"
    # Malay and Indonesian: 'tarikh akhir' (last day), 'tarikh tutup' (closing day), 'had masa' (time limit), 'tempoh
    # untuk menjawab' (time to answer), 'tanggal terakhir' / 'hari terakhir' (last day)
    r"\btarikh\s+(?:akhir|tutup)\b|\bhad\s+masa\b|\btempoh\s+(?:masa\s+)?(?:untuk\s+)?(?:menjawab|membalas|jawapan)\b|"
    r"\b(?:tanggal|hari)\s+terakhir\b|"
    r"\btenggat\b|\bbatas\s+waktu\b|\bberapa\s+lama\b|\bsampai\s+bila\b|期限|截止|最晚|多久|几天内|哪天.{0,6}(?:回复|答复)"
)
# What we should do with it, or the seller and its text spoken of from outside: a person's question about the case.
_OUR_SIDE = (
    r"\bshould\s+we\b|\bdo\s+we\s+(?:need|have)\s+to\b|\bmust\s+we\b|\bthis\s+one\b|\bthat\s+one\b|\bthe\s+seller\b|"
    r"\b(?:debemos|tenemos\s+que)\b|\bel\s+vendedor\b|\bdobbiamo\b|\bil\s+venditore\b|\bm[üu]ssen\s+wir\b|"
    r"\bder\s+verk[äa]ufer\b|\b(?:kita|kami)\s+(?:harus|perlu|mesti)\b|\bpenjual(?:nya)?\s+(?:ini|itu)\b|"
    r"我们(?:要|需要|该|应该|得)|这个卖家|卖家(?:的)?(?:申诉|说)"
)
# The seller's rounds spoken of from outside and compared ('since the first round', 'their previous appeal', 'round 1',
# '第一轮'): the product's and the person's view of the exchange; a seller speaks of its own appeal as 'our appeal'.
_ROUNDS = (
    r"\b(?:first|second|third|last|previous|earlier|prior)\s+(?:round|appeal|counter[- ]?notice)\b|\bround\s+[1-3]\b|"
    r"\btheir\s+(?:first|previous|last|earlier)\b|"
    r"\b(?:primera|segunda|anterior)\s+ronda\b|\bronda\s+anterior\b|\b(?:ersten?|zweiten?|vorigen?|letzten?)\s+runde\b|"
    r"\b(?:primo|secondo|precedente)\s+(?:round|giro|ricorso)\b|\b(?:pusingan|putaran|ronde)\s+(?:pertama|kedua|sebelumnya|lepas)\b|"
    r"第[一二三]轮|上一?轮|上一次(?:的)?(?:申诉|反通知)"
)
_PERSON_ASKS = re.compile(f"(?:{_DEADLINE}|{_OUR_SIDE})", re.IGNORECASE)
_ROUNDS_RE = re.compile(_ROUNDS, re.IGNORECASE)
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
# A statement of ours is often longer than a question: our check with its dates and numbers ('I checked our records: Bellini
# is our authorised dealer, we signed the distribution contract with them on 20 December 2024 and invoice 2026/0917 ...').
_MAX_STATEMENT = 300


def _asks(line: str) -> bool:
    """One sentence shaped as a question: a question mark, or a question's first word."""
    return line.rstrip().endswith(("?", "\uff1f")) or bool(_QUESTION_WORD.match(line)) or "吗" in line[-3:]


def asks_us(line: str) -> bool:
    """Whether a line that follows a seller's text is the person talking to us: a short question about the case asked
    from our side (our deadline, what we should do, the seller spoken of as a third party), or a request to the
    assistant about the reply, or the seller's rounds compared ('what changed since the first round?'). A seller's own
    question ('Why did you remove our listing?') is none of these."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE or _SENTENCE_END.search(stripped):
        return False
    if _REQUEST.match(stripped):
        return True
    if not _asks(stripped):
        return False
    # A round compared counts only outside the seller's voice: 'why did you reject our first appeal?' is the seller's.
    return bool(_PERSON_ASKS.search(stripped)) or (bool(_ROUNDS_RE.search(stripped)) and not _SELLER_VOICE.search(stripped))


# The person says which complaint the text answers instead: 'wrong complaint', 'it should be X', 'X, not 212', 'sorry, I
# meant X', 'that text belongs to X', 'falsche Beschwerde: es ist X', '投诉号搞错了，应该是 X'.
SAYS_CORRECTION_RE = re.compile(
    r"\b(?:wrong|mistake|oops|sorry|instead|should\s+(?:be|have\s+been)|meant|i\s+mean|actually|rather|correct\w*|belongs?\s+to|"
    r"(?:it|this|that)(?:\s+one)?\s+(?:is|was)\s+for|not\s+(?:complaint\s+)?#?\w[\w-]*\s*[.!]?$|"
    r"perd[oó]n|equivoc\w*|quise\s+decir|en\s+realidad|salah|maksud\w*|sbagli\w*|falsch\w*|eigentlich|entschuldig\w*|geh[öo]rt\s+zu)\b"
    r"|错|不是|应该是|更正|其实",
    re.IGNORECASE,
)
# The seller's voice: 'we', 'our', 'kami', '我们' (a person speaks of the seller, and of themselves as 'I').
_SELLER_VOICE = re.compile(r"\b(?:we|our|us|nosotros|nuestr[oa]s?|noi|nostr[oaie]|wir|unser\w*|kami)\b|我们|我司|本店", re.IGNORECASE)
# Our own check of the listing, said in the first person: 'I checked', 'I've verified', 'he comprobado', 'ho controllato',
# 'ich habe geprüft', 'sudah saya cek', '我查过了'; 'we checked' only when it speaks of the listing (a seller checks its stock).
_I_CHECKED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|yes|also|and|fyi)[,\s]+)*(?:i(?:'ve|\s+have)?\s+(?:just\s+|already\s+|now\s+)?(?:checked|verified|looked|"
    r"confirmed|double[- ]checked|made\s+sure)\b|(?:ya\s+)?(?:lo\s+)?(?:he\s+)?(?:comprobad[oa]|comprob[eé]|verificad[oa]|verifiqu[eé]|revis[eé])\b|"
    r"(?:l'\s*)?ho\s+(?:controllat[oa]|verificat[oa])\b|ich\s+habe\s+(?:es\s+|das\s+|nach)?(?:gepr[üu]ft|nachgesehen|kontrolliert)\b|"
    r"(?:sudah|dah|telah)\s+(?:saya|aku)\s+(?:cek|semak|periksa)\b|(?:saya|aku)\s+(?:sudah|dah|telah)\s+(?:cek|semak|periksa)\b)"
    r"|^\W*我(?:已经|刚)?(?:查|看|核实|确认|检查)(?:过|了)",
    re.IGNORECASE,
)
_WE_CHECKED = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|yes|also|and)[,\s]+)*we(?:'ve|\s+have)?\s+(?:just\s+|already\s+)?(?:checked|verified|"
                         r"looked|confirmed|double[- ]checked)\b", re.IGNORECASE)
# What the check found: the listing offline, gone or still there ('the product page is gone now', '链接已经下架了').
LISTING_STATE = re.compile(
    r"\b(?:offline|online|gone|down|removed|taken\s+down|deleted|still\s+(?:up|there|live|online|listed)|no\s+longer|not\s+(?:there|available|found)|"
    r"404|fuera\s+de\s+l[ií]nea|ya\s+no\s+est[aá]|retirad[oa]|non\s+c'[eè]\s+pi[uù]|rimoss[oa]|nicht\s+mehr|entfernt|tidak\s+ada|tiada|"
    r"sudah\s+(?:hilang|dihapus|diturunkan|dipadam))\b|下架|删除|不存在|还在|没了",
    re.IGNORECASE,
)
# Our photos spoken of: a check of a photo complaint that found our photos gone while the listing may stay online ('our
# photos are no longer on their listing', 'las fotos ya no están', 'gambar kami sudah tiada', '我们的图片已经删了').
SPEAKS_OF_PHOTOS = re.compile(
    r"\b(?:photos?|pictures?|images?|pics|fotos?|fotograf\w+|immagini|bilder|gambar)\b|图片|照片", re.IGNORECASE
)
# A part of the listing spoken of as gone, the listing itself not: 'the size chart is gone from the listing', 'VELARO is no
# longer in their product title', 'ya no está en el título', 'non è più nella descrizione', 'sudah tiada dalam judul',
# '标题里已经没有了'. What the person checked is then kept in their words, never said as the listing offline.
PART_OF_LISTING = re.compile(
    r"\b(?:from|off|in|on|of)\s+(?:the\s+|their\s+|its\s+|this\s+|that\s+)?(?:listing|product\s+page|page)(?:'s)?\b|"
    r"\b(?:title|description|size\s+chart|logo|label|banner|keywords?|tags?)\b|"
    r"\b(?:t[ií]tulo|descripci[oó]n|titolo|descrizione|titel|beschreibung|judul|tajuk|deskripsi|keterangan)\b|标题|描述|详情",
    re.IGNORECASE,
)
# ... the listing still there ('still online', 'sigue en línea', 'ancora online', 'noch online', 'masih ada', '还在').
STILL_ONLINE = re.compile(
    r"\b(?:still\s+(?:up|there|live|online|listed|for\s+sale)|not\s+(?:offline|removed|gone|down)|sigue\s+(?:en\s+l[ií]nea|activ[oa]|ah[ií])|"
    r"ancora\s+(?:online|attiv[oa]|l[iì])|noch\s+(?:online|da|aktiv)|masih\s+(?:ada|aktif|online|tayang))\b|还在|仍在|没(?:有)?下架",
    re.IGNORECASE,
)
# A request to mark the complaint as removed: 'mark it as removed', 'márcala como retirada', 'segnala come rimossa', 'als
# entfernt markieren', 'tandai sebagai dihapus', '标记为已下架'.
ASKS_REMOVED = re.compile(
    r"\b(?:mark|record|set|close)\s+(?:it|this|this\s+one|the\s+complaint|complaint\s+\S+)\s+as\s+removed\b|"
    r"\bm[aá]rca(?:la|lo|r(?:la|lo)?)?\s+como\s+(?:retirad[oa]|eliminad[oa])\b|\b(?:segna|segnala|imposta)(?:la|lo)?\s+come\s+rimoss[oa]\b|"
    r"\bals\s+entfernt\s+(?:markier\w*|setz\w*|eintrag\w*)|\btanda(?:i|kan)\s+(?:sebagai\s+)?(?:dihapus|dikeluarkan|diturunkan|removed)\b|"
    r"(?:标记|标|改|设)(?:为|成)(?:已)?(?:下架|删除|移除)",
    re.IGNORECASE,
)


def own_check(line: str) -> bool:
    """Whether a short line is the person's own check ('I checked, the listing is offline', 'we verified it, the product
    page is gone now', '我查过了，链接已经下架了'): never a seller's claim."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_STATEMENT:
        return False
    if _I_CHECKED.search(stripped):
        return True
    return bool(_WE_CHECKED.search(stripped)) and bool(LISTING_STATE.search(stripped)) and not re.search(r"\bour\b", stripped, re.I)


def corrects_complaint(line: str) -> bool:
    """Whether a short line corrects the complaint the text answers: it says so and names a complaint, in the person's
    voice ('sorry, wrong complaint: it is NORV-2026-203', 'this one is for X, not Y', '不好意思，投诉号搞错了，应该是 X')."""
    from assistant.domain.appeals.pasted import corrected_complaint

    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE or not SAYS_CORRECTION_RE.search(stripped) or _SELLER_VOICE.search(stripped):
        return False
    return corrected_complaint(stripped) is not None


def talks_to_us(line: str) -> bool:
    """Whether a line after a seller's text is the person talking to the assistant, and so ends the seller's text: a
    question from our side or a request about the reply (``asks_us``), a request to mark the complaint as removed, a
    correction of the complaint, or our own check (of the listing, or of our records: as long as a statement runs)."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_STATEMENT:
        return False
    if own_check(stripped):
        return True
    return len(stripped) <= _MAX_LINE and (asks_us(stripped) or bool(ASKS_REMOVED.search(stripped)) or corrects_complaint(stripped))


# --- a line after the seller's letter, in the person's own voice ----------------------------------------------------
# The person often adds a line of their own below the letter they paste ('we never signed any agreement with Toko Alam
# Lestari', 'the seller was never our distributor'). It is ours when it speaks as the team about the seller: in English
# below a letter in another language, or of the seller in the third person (the name the letter signs with, 'the
# seller', 'this seller'). A line that speaks to the brand as 'you' ('we never signed anything with you') is the seller's.
_TEAM_VOICE = re.compile(r"\b(?:we|our|ours|us)\b|\bwe'(?:ve|re|d)\b", re.IGNORECASE)
_TO_THE_BRAND = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_ENGLISH_WORD = re.compile(r"\b(?:we|our|us|the|never|not|no|any|with|they|them|have|has|did|was|is|this|that|from|to)\b", re.IGNORECASE)
# A name as a letter signs with it: two or more capitalised words ('Toko Alam Lestari', 'Sinar Tools Sdn Bhd').
_NAME = re.compile(r"\b[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*)+")
_SALUTATION = re.compile(r"^\W*(?:dear|to|hi|hello|kepada|yth|estimad[oa]s?|sehr\s+geehrte|spett|gentil|尊敬|您好|致)", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _in_english(line: str) -> bool:
    from assistant.retrieval.question_languages import question_language

    return not _CJK.search(line) and question_language(line) is None and len(_ENGLISH_WORD.findall(line)) >= 2


def _letter_in_other_language(letter: str) -> bool:
    """Whether the letter so far is written in a language other than English (Chinese, or one read by its own words)."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.seller_language import read_from

    return len(_CJK.findall(letter)) >= 10 or read_from(sentences(letter)) is not None


def _signed_names(letter: str) -> set[str]:
    """The names the letter's short lines give (its signature: 'Budi Santoso - Toko Alam Lestari'), the greeting's
    addressee left out."""
    lines = [line.strip() for line in letter.splitlines() if line.strip()]
    return {name for line in lines if len(line) <= 80 and len(line.split()) <= 10 and not _SALUTATION.match(line)
            for name in _NAME.findall(line)}


def _names_the_signer(line: str, letter: str) -> bool:
    """Whether the line speaks of the name the letter signs with as another party ('we never signed any agreement with
    Toko Alam Lestari'), beside more words of its own; the seller naming itself ('our shop Toko Alam Lestari') does not."""
    signed = _signed_names(letter)
    for name in _NAME.findall(line):  # the whole name or its first words ('Sinar Tools' for 'Sinar Tools Sdn Bhd')
        if any(re.match(re.escape(name) + r"\b", full) for full in signed) and len(line.replace(name, " ").split()) >= 3 \
                and not re.search(_SELF_NAMED.format(re.escape(name)), line, re.IGNORECASE):
            return True
    return False


_SELF_NAMED = r"\b(?:our|my|we\s+are|we,|as|this\s+is|i\s+am|kami(?:\s+dari)?|saya|nuestra|nuestro|somos)\s+(?:\w+\s+){{0,2}}{}"
# The seller spoken of from outside ('the seller', 'this seller'), never the one the seller bought from ('from the seller').
_THE_SELLER = re.compile(r"(?<!\bfrom\s)(?<!\bby\s)\b(?:the|this|that)\s+seller(?:'s)?\b", re.IGNORECASE)
_THEY = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)


def ours_after_letter(line: str, letter: str) -> bool:
    """Whether a line that arrives right after a seller's letter is the person's own: talking to us (``talks_to_us``, our
    own check among it), or a statement about the seller from outside: naming it as our own dealer or licensee
    (``names_our_party``), naming it in the third person (the name its letter signs with, 'the seller'), or as the team
    ('we', 'our', 'they' for the seller) in English below a letter in another language. Never a line that speaks to the
    brand as 'you' (the seller's voice), nor one in the letter's own language that names nobody from outside. A statement
    runs as long as a check with its dates and numbers does (``_MAX_STATEMENT``)."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_STATEMENT or not letter.strip():
        return False
    if talks_to_us(stripped):
        return True
    if _TO_THE_BRAND.search(stripped):
        return False
    if names_our_party(stripped):
        return True
    if (_TEAM_VOICE.search(stripped) and _names_the_signer(stripped, letter)) or _THE_SELLER.search(stripped):
        return True
    voiced = bool(_TEAM_VOICE.search(stripped) or _THEY.search(stripped))
    return voiced and _in_english(stripped) and _letter_in_other_language(letter)


def could_be_ours(line: str) -> bool:
    """Whether a line read as the seller's could be the person's own statement about a document (our_word: 'we never
    signed any agreement', 'there is no such contract'), not speaking to the brand as 'you': asked about, never decided."""
    from assistant.domain.appeals.our_word import our_statements

    stripped = line.strip()
    return bool(stripped) and len(stripped) <= _MAX_LINE and not _TO_THE_BRAND.search(stripped) and bool(our_statements(stripped))


# What we should do about the counter-notice, asked of the assistant: 'what should we do now?', 'what's the next step?',
# 'what do you recommend?', 'how should we respond?', '¿qué hacemos ahora?', 'was sollen wir tun?', 'cosa facciamo?',
# 'apa yang harus kami lakukan?', '我们现在该怎么办？'. The seller asks the platform to act; it never asks what to do.
_NEXT_STEPS = re.compile(
    r"\bwhat\s+(?:should|shall|do|must|can|would)\s+(?:we|i)\s+(?:do|say|answer|reply|send|tell)\b|\bnext\s+steps?\b|\bwhat\s+now\b|"
    r"\bwhat\s+(?:do|would)\s+you\s+(?:recommend|suggest|advise)\b|\bhow\s+(?:should|shall|do|must)\s+(?:we|i)\s+(?:respond|answer|reply|proceed|handle)\b|"
    r"\bwhat(?:'s|\s+is)\s+(?:your|the)\s+(?:recommendation|advice)\b|\bwhat\s+(?:should|shall)\s+(?:happen|be\s+done)\b|"
    r"\bqu[eé]\s+(?:hacemos|hago|debemos\s+hacer|tenemos\s+que\s+hacer|recomiendas|recomienda|sugieres)\b|"
    r"\bwas\s+(?:sollen|m[üu]ssen|k[öo]nnen)\s+wir\s+(?:jetzt\s+|nun\s+)?(?:tun|machen)\b|\bcosa\s+(?:facciamo|dobbiamo\s+fare|consigli)\b|"
    r"\b(?:apa|bagaimana)\s+(?:yang\s+)?(?:harus|perlu|patut|mesti|sebaiknya)\s+(?:kami|kita|saya)\s+(?:lakukan|buat)\b|"
    r"\blangkah\s+(?:selanjutnya|seterusnya|berikutnya)\b|(?:现在|接下来|下一步)?(?:该|应该|要|需要)怎么(?:办|做|处理|回复|应对)|下一步",
    re.IGNORECASE,
)


def asks_next_steps(text: str) -> bool:
    """Whether a short message asks what we should do about the counter-notice ('what should we do now?', 'so what's
    the next step?', '我们现在该怎么办？'): answered from the triage, never read as a day or searched in the guide."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= _MAX_LINE and (_asks(stripped) or "？" in stripped) and bool(_NEXT_STEPS.search(stripped))


# The seller's threat spoken of by the person: to sue us, a lawsuit, court, a lawyer, defamation ('they threaten to sue
# us', 'what about their lawsuit threat?', '¿qué hacemos con la amenaza de demanda?', 'mereka ugut untuk saman kami',
# '他们威胁要起诉我们').
_THREAT_SPOKEN_OF = re.compile(
    r"\bthreat\w*|\bsu(?:e|es|ed|ing)\b|\blawsuits?\b|\blegal\s+(?:action|steps|proceedings)\b|\bcourt\b|\blawyers?\b|\bdefamation\b|"
    r"\bamenaz\w*|\bdemand(?:a|ar|arnos|ará|arán)\b|\babogad[oa]s?\b|\bdifamaci[oó]n\b|\bdrohen?\b|\bdroh\w*|\bklage\b|\bverklagen\b|"
    r"\bminaccia\w*|\bfar(?:ci|e)\s+causa\b|\bugut\w*|\bancam\w*|\bsaman\b|\bgugat\w*|威胁|起诉|告我们|律师|诽谤",
    re.IGNORECASE,
)


def asks_about_threat(text: str) -> bool:
    """Whether a short question of the person's speaks of the seller's threat ('they threaten to sue us, what should we do
    now?', 'what about their threat?', 'should we worry about the lawsuit?'): answered with what to do about it."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= _MAX_LINE and (_asks(stripped) or "？" in stripped) and bool(_THREAT_SPOKEN_OF.search(stripped))


# The triage's draft reply to the platform asked for: 'draft the reply', 'can you write our response to the platform?',
# 'ok, show me the draft', 'redacta la respuesta', 'schreib die Antwort', 'scrivi la risposta', 'buatkan balasan',
# '帮我起草回复'. The seller asks the platform to act; it never asks for a draft of our reply.
_DRAFT_REQUEST = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|and|now|then|so|please|pls|can|could|would|will|you)[,\s]+)*"
    r"(?:draft|write|prepare|show(?:\s+me)?|give\s+me|let\s+me\s+see|see)\s+(?:(?:it|this|that|the|our|a|an|me|us|your)\s+)*"
    r"(?:(?:draft(?:ed)?\s+)?(?:reply|response|answer)|draft)\b|"
    r"\b(?:redacta(?:r)?|escribe|escribir|prepara(?:r)?)\s+(?:la\s+|una\s+|nuestra\s+)?respuesta\b|"
    r"\b(?:entwirf|entwerfen|schreib(?:e|en)?)\s+(?:die\s+|eine\s+|unsere\s+)?antwort\b|"
    r"\b(?:scrivi|prepara|redigi)\s+(?:la\s+|una\s+|la\s+nostra\s+)?risposta\b|"
    r"\b(?:buat(?:kan)?|tulis(?:kan)?|siapkan|sediakan)\s+(?:draf\s+)?(?:balasan|jawaban|respons|jawapan)\b|"
    r"(?:起草|草拟|拟|写|准备)(?:一下|一份|一个)?(?:我们的)?(?:回复|答复|回函|回信)|回复(?:的)?草稿",
    re.IGNORECASE,
)


def asks_for_draft(text: str) -> bool:
    """Whether a short message asks for the reply to the platform to be drafted or shown ('draft the reply', 'can you
    write our response to the platform?', '帮我起草回复'): answered with the triage's draft, never read as a new case."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= _MAX_LINE and bool(_DRAFT_REQUEST.search(stripped))


# Our own records agree with the seller: it is our dealer, distributor or licensee, its invoice or licence is ours, we
# granted it ('I checked our sales records: invoice X is ours and Bertoni is our authorised dealer', 'they really are our
# distributor', 'yes, we did grant them the licence', 'es nuestro distribuidor', 'è un nostro rivenditore autorizzato',
# 'ist unser Händler', 'memang pengedar kami', '确实是我们的经销商'). A negated line ('is not our dealer', 'we never
# granted it') says none of it; the seller speaks of us as 'your' ('we are your authorised dealer').
# ... another party named as ours: our dealer, distributor or licensee ('Bellini has been our authorised dealer since
# 2025', 'es nuestro distribuidor', 'è un nostro rivenditore', '确实是我们的经销商'): the person's words of the seller, never
# the seller's of itself (it speaks of the brand as 'your': 'we are your authorised dealer').
_OUR_PARTY = (
    r"\b(?:is|are|has\s+been|have\s+been)\s+(?:really\s+|indeed\s+|actually\s+|in\s+fact\s+|always\s+)?(?:one\s+of\s+)?our\s+(?:own\s+)?"
    r"(?:authori[sz]ed\s+|official\s+|real\s+|genuine\s+)?(?:dealers?|distributors?|resellers?|retailers?|licensees?|customers?|stockists?)\b|"
    r"\bes\s+(?:un\s+)?nuestr[oa]\s+(?:distribuidor|revendedor|licenciatari)\w*|\b[eè]\s+(?:un\s+)?nostr[oa]\s+(?:rivenditor|distributor|licenziatari)\w*|"
    r"\bist\s+(?:wirklich\s+)?unser\s+(?:autorisierter\s+)?(?:h[äa]ndler|vertriebspartner|lizenznehmer)\b|"
    r"\b(?:memang\s+)?(?:pengedar|distributor|peniaga)\s+(?:sah\s+|resmi\s+)?kami\b|(?:确实|的确)?是我们的(?:授权)?(?:经销商|代理商|被许可人)"
)
_OUR_PARTY_RE = re.compile(_OUR_PARTY, re.IGNORECASE)
_OUR_RECORDS_AGREE = re.compile(
    _OUR_PARTY + r"|"
    r"\b(?:invoice|licen[cs]e|authori[sz]ation(?:\s+letter)?|letter)\b[^.?!;]{0,40}?\b(?:is|are)\s+(?:really\s+|indeed\s+)?(?:ours|genuine|real|authentic)\b|"
    r"\bwe\s+(?:did\s+|really\s+|indeed\s+)?(?:grant(?:ed)?|issu(?:ed|e)|sign(?:ed)?)\s+(?:them|it|the|this|that|their)\b",
    re.IGNORECASE,
)
# Whether we should withdraw the complaint, asked: 'should we withdraw the complaint?', 'do we drop it?', '¿retiramos la
# denuncia?', 'dobbiamo ritirare il reclamo?', 'sollen wir die Beschwerde zurückziehen?', 'perlu kami tarik balik aduan?',
# '要撤回投诉吗？'. The seller asks the platform to withdraw it ('please withdraw the complaint'); it never asks whether to.
_ASKS_WITHDRAW = re.compile(
    r"\b(?:should|shall|do|must|can|could|would)\s+we\s+(?:just\s+|now\s+|then\s+)?(?:withdraw|retract|drop|cancel|pull)\b|"
    r"\b(?:retiramos|debemos\s+retirar|dobbiamo\s+ritirare|ritiriamo|sollen\s+wir\b.{0,30}zur[üu]ckziehen|"
    r"(?:perlu|patut|harus|haruskah)\s+(?:kami|kita)\s+(?:tarik\s+balik|tarik|cabut|batalkan))\b|(?:要|需要|应该|该)(?:不要)?撤(?:回|销)",
    re.IGNORECASE,
)


def says_our_records_agree(text: str) -> bool:
    """Whether a short message of the person's says our own records agree with what the seller claims ('I checked our sales
    records: invoice X is ours and Bertoni is our authorised dealer'): the seller sells with our consent."""
    return _agrees(text, _OUR_RECORDS_AGREE, sure=True)


def names_our_party(text: str) -> bool:
    """Whether a line names another party as our own dealer, distributor or licensee ('Bellini has been our authorised
    dealer since 2025', 'è un nostro rivenditore autorizzato'), not denied: words only our side writes of the seller
    (guessed or not: 'maybe Bellini is our dealer' is still ours to say)."""
    return _agrees(text, _OUR_PARTY_RE, sure=False)


def _agrees(text: str, pattern: re.Pattern[str], *, sure: bool) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_STATEMENT:
        return False
    found = pattern.search(stripped)
    if not found:
        return False
    # A denial just before it or inside it ('no, Bertoni is not our dealer', 'bukan pengedar kami'); with ``sure``, a
    # guess too ('maybe Bellini is our dealer', 'I think they are our distributor'): never our records agreeing.
    near = normalize_text(stripped[max(0, found.start() - 40): found.end()])
    return not negated(near) and not (sure and hedged(near))


def asks_withdraw(text: str) -> bool:
    """Whether a short question asks whether we should withdraw our complaint ('should we withdraw the complaint?')."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= 300 and (_asks(stripped) or stripped.endswith("？") or "吗" in stripped) and bool(_ASKS_WITHDRAW.search(stripped))


def asks_deadline(text: str) -> bool:
    """Whether a short message asks about our deadline to answer ('what is our deadline?', 'when is it due?',
    '¿hasta cuándo tenemos para contestar?', '我们最晚哪天要回复？')."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= _MAX_LINE and _asks(stripped) and bool(_DEADLINE_RE.search(stripped))


# The person asks for the counter-notice just triaged to be recorded on its complaint: 'record it', 'please record this
# counter-notice on complaint 12', 'save it on the complaint', 'can you log this counter notice on the case?',
# 'regístralo', 'bitte trag es ein', '记录下来', 'tolong rekodkan'. Each is a whole clause of the message, so another
# request beside it ('what is our deadline? and please record it') is read as well, and a seller's text never asks this.
_RECORD_OBJECT = r"(?:it|this(?:\s+one)?|that(?:\s+one)?|them|(?:the|this|that)\s+(?:seller'?s\s+)?(?:counter[- ]?notice|appeal|reply|response))"
_RECORD_REQUEST = re.compile(
    r"^(?:(?:ok(?:ay)?|yes|and|also|then|now|so|please|pls|kindly|can\s+you|could\s+you|would\s+you|will\s+you)[,\s]+)*"
    rf"(?:record|save|log|register|enter|note(?:\s+down)?)(?:\s+{_RECORD_OBJECT})?"
    r"(?:\s+(?:on|in|to|into|with|against|under|for)\s+[^.?!;:]{1,40}?)?(?:[,\s]+(?:please|pls|now|too|as\s+well|for\s+me))*"
    r"|^(?:(?:por\s+favor|ok|vale|y|tambi[eé]n|entonces)[,\s]+)*"
    r"(?:reg[ií]str(?:alo|elo|ala|ela|a(?:r(?:lo)?)?|e)|gu[aá]rd(?:alo|elo|a(?:r(?:lo)?)?)|an[oó]t(?:alo|elo|a(?:r(?:lo)?)?))"
    r"(?:\s+(?:la\s+contranotificaci[oó]n|el\s+recurso|la\s+respuesta))?(?:\s+en\s+[^.?!;:]{1,40}?)?(?:[,\s]+por\s+favor)?"
    r"|^(?:(?:bitte|ok|und|dann|jetzt)[,\s]+)*(?:(?:trag(?:e|t|en\s+sie)?)\s+(?:es|das|ihn|sie|den\s+widerspruch|die\s+gegendarstellung)"
    r"(?:\s+(?:bitte|auch|jetzt|gleich))*(?:\s+(?:in|bei|zur?|im|beim)\s+[^.?!;:]{1,40}?)?\s+ein|(?:es|das)\s+(?:bitte\s+)?eintragen"
    r"|(?:speicher(?:e|t|n\s+sie)?|erfass(?:e|t|en\s+sie)?|vermerk(?:e|t|en\s+sie)?)\s+(?:es|das|ihn|den\s+widerspruch)(?:\s+[^.?!;:]{1,40}?)?)"
    r"(?:[,\s]+bitte)?"
    r"|^(?:(?:tolong|sila|mohon|ok)[,\s]+)*(?:rekod(?:kan)?|catat(?:kan)?|simpan(?:kan)?)(?:\s+(?:ia|ini|itu|(?:sanggahan|rayuan|notis\s+balas)\s+(?:ini|itu)))?"
    r"(?:\s+(?:dalam|di|pada|ke)\s+[^.?!;:]{1,40}?)?"
    r"|^(?:请|麻烦|帮我|帮忙|好的?|那就)*(?:把(?:它|这个|这份|这条|这份申诉|这份反通知|反通知|申诉))?(?:记录|登记|录入|保存|记)(?:一下|下来|进去|上)?"
    r"(?:到[^。！？]{1,20})?吧?",
    re.IGNORECASE,
)
# Where one request ends and another begins in a message of two ('what is our deadline? and please record it').
_CLAUSE_END = re.compile(r"(?<=[.!?;？。！；，,])\s*(?:and\s+|y\s+|und\s+|dan\s+|然后|再)?|\s+(?:and|then|y|und|dan)\s+(?=\S)", re.IGNORECASE)

# A clause that only says please, thanks or ok ('regístralo, por favor', 'ok, record it'): no request of its own.
_POLITE = re.compile(r"please|pls|thanks?(?:\s+you)?|ok(?:ay)?|yes|sure|alright|and|so|then|now|por\s+favor|gracias|vale|s[ií]|bitte|danke|ja|"
                     r"tolong|terima\s+kasih|请|谢谢|麻烦了?|好的?|行", re.IGNORECASE)


def asks_to_record(text: str) -> bool:
    """Whether a short message is only a request to record the counter-notice just triaged ('record it', 'please record
    this counter-notice on complaint 12', 'regístralo', '记录下来')."""
    wanted, rest = record_request(text)
    return wanted and not rest


def record_request(text: str) -> tuple[bool, str]:
    """Whether a short message asks to record the counter-notice just triaged, and the rest of the message (another
    request beside it: 'what is our deadline? and please record it on the complaint' -> 'what is our deadline?')."""
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_LINE:
        return False, stripped
    clauses = [part.strip() for part in _CLAUSE_END.split(stripped) if part and part.strip()]
    asked = [part for part in clauses if _RECORD_REQUEST.fullmatch(part.rstrip(".!?。！？,，;； "))]
    if not asked:
        return False, stripped
    return True, " ".join(part for part in clauses if part not in asked and not _POLITE.fullmatch(part.rstrip(".!?。！？,，;； "))).strip()


__all__ = ["ASKS_REMOVED", "LISTING_STATE", "PART_OF_LISTING", "SAYS_CORRECTION_RE", "SPEAKS_OF_PHOTOS", "STILL_ONLINE", "asks_about_threat", "asks_deadline", "asks_for_draft", "asks_next_steps", "asks_to_record", "asks_us", "asks_withdraw", "corrects_complaint", "could_be_ours", "names_our_party", "ours_after_letter", "own_check", "record_request", "says_our_records_agree", "talks_to_us"]
