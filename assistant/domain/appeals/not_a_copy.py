"""The seller's word that its goods are no copy: 'NON è una copia', 'no es una falsificación', 'das Produkt ist keine Kopie',
'bukan barang tiruan', '不是仿品', 'not a fake'. Against a complaint of counterfeit or of a mark misused, that says the goods
are genuine: a bare claim, no ground of its own (as 'our products are 100% original' is none), and never that the listed
product is another one. The product differs only where the words say so ('ha una forma diversa', 'a different shape'), or
where it is a design that is said to be no copy of ours ('este diseño no es una copia de su diseño': its own design set
against ours).
"""

from __future__ import annotations

import re

# 'Not a copy', 'not a fake', 'not a counterfeit', in the languages the triage reads.
_COPY_DENIED_RE = re.compile(
    r"\b(?:not|isn't|aren't)\s+(?:an?\s+)?(?:copy|copies|fakes?|counterfeits?|replicas?|imitations?|knock-?offs?)\b"
    r"|\bno\s+(?:es|son)\s+(?:una?\s+)?(?:copias?|falsificaci[oó]n(?:es)?|imitaci[oó]n(?:es)?|r[eé]plicas?)\b"
    r"|\bnon\s+(?:è|e|sono)\s+(?:una\s+|delle\s+)?(?:copi[ae]|fals[oi]|contraffazion[ei]|imitazion[ei]|repliche|replica)\b"
    r"|\bn[ãa]o\s+(?:[ée]|s[ãa]o)\s+(?:uma\s+)?(?:c[óo]pias?|falsifica[çc](?:[ãa]o|[õo]es)|r[ée]plicas?|imita[çc](?:[ãa]o|[õo]es))\b"
    r"|\bkein(?:e|en)?\s+(?:kopie|nachahmung|fälschung|plagiat|imitat)\w*"
    r"|\b(?:n'est|ne sont)\s+pas\s+(?:une\s+|des\s+)?(?:copies?|contrefa[çc]ons?|imitations?|r[ée]pliques?)\b"
    r"|\bbukan\s+(?:barang\s+|produk\s+)?(?:tiruan|palsu|salinan|replika|kw)\b"
    r"|(?:不是|并非|绝非|绝不是)(?:仿品|假货|仿冒品?|山寨货?|盗版|复制品|高仿)"
)
# A design named: 'not a copy' said of a design is its own design set against ours.
_DESIGN_RE = re.compile(r"\b(?:design|diseño|disegno|desain|dessin|entwurf|gestaltung|reka ?bentuk)\w*|设计|外观")


def copy_denied(norm: str) -> bool:
    """Whether a (normalised) sentence says the goods are no copy, and names no design it says so of."""
    return bool(_COPY_DENIED_RE.search(norm)) and not _DESIGN_RE.search(norm)


def without_copy_denial(norm: str) -> str:
    """The (normalised) sentence without its words that the goods are no copy: what else it says of them."""
    return _COPY_DENIED_RE.sub(" ", norm)


__all__ = ["copy_denied", "without_copy_denial"]
