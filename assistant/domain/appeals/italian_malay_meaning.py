"""Grounds in Italian and in Malay/Indonesian sentences: Miravia's and Lazada's sellers write them, and the bundled
model (all-MiniLM-L6-v2, English word pieces) does not read them: 'abbiamo acquistato 90 confezioni dal produttore',
'kami membeli 150 unit terus daripada pengilang' score below every class (0.21-0.35, measured beside the English
sentence's 0.45).

As for Spanish (spanish_meaning), a sentence is read by the closed vocabulary that names each ground: the verbs of
buying and the purchase papers, a licence or an authorisation letter. No cue was fitted to an evaluation case.
"""

from __future__ import annotations

import re

# Words only each language uses, enough of them to say which language a sentence is in.
_ITALIAN_RE = re.compile(
    r"\b(?:abbiamo|siamo|sono|della|delle|degli|nostr[oaie]|che|vendiamo|originali|prodotti|fattura|allegat[oa]|grazie|cordiali"
    r"|saluti|il|gli|per|dal|dalla|questo|questi|sempre|anche|direttamente|pezzi|confezioni)\b"
)
_MALAY_RE = re.compile(
    r"\b(?:kami|kita|adalah|dan|yang|dengan|untuk|daripada|dari|produk|ini|itu|terima|kasih|sila|mohon|tidak|sudah|telah|terus"
    r"|langsung|membeli|dibeli|dilampirkan|kedai|toko|asli|barang)\b"
)

_ITALIAN: dict[str, re.Pattern[str]] = {
    "purchase_invoice": re.compile(
        r"\b(?:acquistat[oaie]|comprat[oaie]|acquistiamo|compriamo|acquisto|fattura|scontrino|ricevuta|documento di trasporto"
        r"|bolla di consegna)\b"
    ),
    "licence": re.compile(r"\b(?:licenza|licenziante|lettera di autorizzazione|autorizzat[oaie] da(?:l|lla)? (?:marchio|titolare|produttore))\b"),
}
_MALAY: dict[str, re.Pattern[str]] = {
    "purchase_invoice": re.compile(
        r"\b(?:membeli|beli|dibeli|pembelian|memesan|dipesan|tempah|invois|faktur|resit|kuitansi|nota pembelian|bukti pembelian)\b"
    ),
    "licence": re.compile(r"\b(?:lisensi|lesen|surat kebenaran|surat kuasa|surat izin|surat otorisasi)\b"),
}


def italian_malay_classes(sentence: str) -> set[str]:
    """The classes an Italian or a Malay/Indonesian (normalised, lower-case) sentence argues by its words; empty for a
    sentence in another language."""
    text = sentence.lower()
    found: set[str] = set()
    for language, classes in ((_ITALIAN_RE, _ITALIAN), (_MALAY_RE, _MALAY)):
        if len(language.findall(text)) >= 2:
            found |= {name for name, pattern in classes.items() if pattern.search(text)}
    return found


__all__ = ["italian_malay_classes"]
