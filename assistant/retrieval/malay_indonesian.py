"""Malay or Indonesian: which of the two a message read as Malay/Indonesian (question_languages.py's 'ms') is written in.

The two share most of their words ('terima kasih', 'tolong', 'untuk', 'Anda'), and a reply written in one reads as
foreign to someone writing the other ('mesej', 'tampal', 'sahaja' are Malay; 'pesan', 'tempel', 'saja' Indonesian).
They are told apart where their everyday words differ: 'bisa' / 'boleh', 'kapan' / 'bila', 'kemarin' / 'semalam',
'pengaduan' / 'aduan', 'cek' / 'semak', 'awak', 'dah', 'nak' (Malay), 'nggak', 'sih', 'dong' (Indonesian). A message
holding as many of one as of the other, or none, is told neither: it gets the line both read.
"""

from __future__ import annotations

import regex

# Words one of the two writes and the other does not (or hardly: 'boleh' is Indonesian too, but for 'may', not 'can').
_INDONESIAN = frozenset(
    """bisa bisakah kapan kemarin kemaren besok pengaduan sanggahan sanggah cek dicek mengecek pesan tempel tempelkan saja aja
    nggak gak enggak ngga sih dong deh kok nih gimana karena sesudah kirim kirimkan dikirim mengirim faktur tanggal bapak pak
    mbak mas mau barusan""".split()
)
_MALAY = frozenset(
    """boleh bolehkah bila semalam esok aduan rayuan semak disemak menyemak mesej tampal sahaja tak dah nak awak kerana mesti
    sila selepas hantar hantarkan dihantar menghantar invois tarikh encik puan cik mahu tengok kedai""".split()
)
# Two words that tell where one alone does not: 'minggu lalu' / 'minggu lepas' (last week), 'macam mana' (how), 'betul ke'.
_INDONESIAN_PAIRS = frozenset({("minggu", "lalu")})
_MALAY_PAIRS = frozenset({("minggu", "lepas"), ("macam", "mana"), ("betul", "ke")})
_WORD = regex.compile(r"\p{L}+")


def malay_or_indonesian(text: str) -> str | None:
    """'id' (Indonesian) or 'ms' (Malay) when the words that differ between them say which, else None (both read)."""
    words = [word.lower() for word in _WORD.findall(text or "")]
    pairs = list(zip(words, words[1:]))
    indonesian = sum(word in _INDONESIAN for word in words) + sum(pair in _INDONESIAN_PAIRS for pair in pairs)
    malay = sum(word in _MALAY for word in words) + sum(pair in _MALAY_PAIRS for pair in pairs)
    if indonesian != malay:
        return "id" if indonesian > malay else "ms"
    return None


__all__ = ["malay_or_indonesian"]
