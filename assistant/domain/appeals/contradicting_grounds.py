"""A seller's grounds that contradict each other: its goods are genuine goods of the brand, and they are not the brand's.

A counter-notice may say both that the goods were bought genuine (an invoice, a licence, a chain back to the owner) and
that they are not the brand's goods at all ('it is not HALCYON brand, only compatible with', '不是该品牌', 'no es de la
marca'). Both cannot be true: each is answered on its own, and the contradiction is a point of its own, put to the
platform on the dispute ground, which the seller's own other ground contradicts. It is stated only when the seller says
both: a licence or an authorisation claimed (permission to sell) says nothing of the goods being the brand's, so the
seller's words for the other ground must call its goods genuine ('genuine', '正品', 'originales').
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.domain.appeals.checks import Finding, GroundAssessment, GroundStatus, Severity
from assistant.domain.appeals.evidence import normalize_text
from assistant.domain.appeals.ground_standards import _GENUINE_RE
from assistant.domain.appeals.grounds import AppealGround, GroundReading

_GENUINE_GROUNDS = (AppealGround.PURCHASE_INVOICE, AppealGround.LICENCE, AppealGround.AUTHORIZATION_CHAIN)
_DISPUTES = (AppealGround.NO_USE_OF_MARK, AppealGround.DIFFERENT_PRODUCT)
# Words by which the goods are said to be compatible with the brand, or made for it, rather than of it.
_COMPATIBLE = (r"compatible|for use with|fits\b|兼容|适用于|适配|compatible con|compatibile con|kompatibel|compatible avec"
               r"|serasi dengan|kompatibel dengan|sesuai untuk|sesuai dengan")


@lru_cache(maxsize=256)
def _not_the_brand(brand: str) -> re.Pattern[str]:
    """The goods said not to be the brand's, in the languages sellers write in."""
    b = re.escape(brand.lower())
    return re.compile(
        rf"\bnot\s+(?:an?\s+|the\s+)?(?:genuine\s+|original\s+)?{b}\b|\bisn't\s+{b}|不是{b}|并非{b}|非{b}|不属于{b}"
        rf"|no es (?:de )?(?:la marca )?{b}|no son (?:de )?(?:la marca )?{b}|non è (?:un |una )?(?:prodotto )?{b}|non sono {b}"
        rf"|kein(?:e|en)? {b}|nicht {b}|n'est pas (?:un |une )?{b}|bukan (?:produk |merek |jenama )?{b}|{_COMPATIBLE}",
        re.IGNORECASE,
    )


def flag_contradicting_grounds(brand: str, reading: GroundReading, grounds: list[GroundAssessment]) -> None:
    """On the dispute ground that says the goods are not the brand's, when another ground says they are genuine: the
    contradiction, said (and the dispute contradicted by the seller's own words)."""
    if not brand:
        return
    genuine = [g for g in grounds if g.ground in _GENUINE_GROUNDS
               and any(_GENUINE_RE.search(normalize_text(words)) for words in reading.words.get(g.ground, ()))]
    pattern = _not_the_brand(brand)
    for assessment in grounds:
        if assessment.ground not in _DISPUTES or not genuine:
            continue
        if not any(pattern.search(normalize_text(words)) for words in reading.words.get(assessment.ground, ())):
            continue
        assessment.findings.append(Finding(
            code="grounds_contradict", severity=Severity.SUSPICIOUS, ground=assessment.ground,
            message=f"The seller's grounds contradict each other: it says it bought genuine {brand} goods, and that its goods are not "
            f"{brand} goods (only described with the name). Both cannot be true: ask the seller which it means.",
            reply=f"The seller's own grounds contradict each other: it says both that its goods are genuine {brand} goods and that they "
            f"are not {brand} goods.",
        ))
        if assessment.status in (GroundStatus.UNVERIFIED, GroundStatus.MEETS_STANDARD):
            assessment.status = GroundStatus.CONTRADICTED


__all__ = ["flag_contradicting_grounds"]
