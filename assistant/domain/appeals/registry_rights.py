"""What the team's rights registry holds against a seller's point about our rights: the place, the classes, the term or the
patent it names.

A complaint rests on one registration; the registry (`rights add` / `rights list`) may hold others of the same mark. When the
seller says our mark is not registered in a country, has expired, does not cover its goods' class, or that we hold no patent,
each right of ours is compared with what the seller names, and the point says which registration it rests on, its number and
places as stored. A registration that answers the point is stated (the draft reply cites it: about ``REGISTRY_HOLDS``); none
recorded is said as such (``REGISTRY_NONE``): a point for legal, never that the seller is wrong, for the registry may be
incomplete and the office's register decides. The registry not read (a complaint given as a file), or empty (the team keeps
none), gives no point at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.domain.appeals.checks import Basis, Finding, Severity
from assistant.domain.appeals.grounds import AppealGround
from assistant.domain.models import Complaint, IPRight, IPType

REGISTRY_HOLDS = "registry_holds"  # a right of ours in the registry answers the seller's point: the draft states it
REGISTRY_NONE = "registry_none"  # the registry holds none that does: for legal, never in the draft


def bare_number(number: str | None) -> str:
    """A right's number to compare: letters and digits only, a Chinese patent's 'ZL' or a 'CN' prefix left out."""
    bare = re.sub(r"[^0-9A-Z]", "", (number or "").upper())
    return re.sub(r"^(?:ZL|CN)", "", bare)


def _same_right(right: IPRight, ours: IPRight) -> bool:
    return right.ip_type is ours.ip_type and bool(ours.registration_number) and bare_number(right.registration_number) == bare_number(ours.registration_number)


def _same_mark(right: IPRight, ours: IPRight) -> bool:
    """A right of the same kind and name as the complaint's (its other registrations)."""
    def name(r: IPRight) -> str:
        return re.sub(r"[\W_]+", "", r.name).casefold()

    return right.ip_type is ours.ip_type and name(right) == name(ours)


def _in_force(right: IPRight, today: date) -> bool:
    return not right.expired_on(today)


def _covers(right: IPRight, code: str) -> bool:
    """Whether a right's recorded places register it in ``code`` (an ISO country, or 'EU')."""
    from assistant.domain.appeals.territory import is_eu_entry, recorded_place_covering

    places = list(right.places_of_registration)
    return any(is_eu_entry(p) for p in places) if code == "EU" else recorded_place_covering(places, code) is not None


def _where(code: str, ours: IPRight) -> str:
    """A place as our record writes it where the complaint's registration is there ('Mainland China'), else its name."""
    from assistant.domain.appeals.territory import country_name, recorded_place_covering

    if code == "EU":
        return "the EU"
    return recorded_place_covering(list(ours.places_of_registration), code) or country_name(code)


def described(right: IPRight) -> str:
    """A right as the registry stores it: its number and places verbatim, its classes and expiry."""
    places = ", ".join(f"'{p}'" for p in right.places_of_registration) or "no place recorded"
    parts = [places]
    if right.classes:
        parts.append(f"class{'es' if len(right.classes) > 1 else ''} {', '.join(map(str, sorted(right.classes)))}")
    if right.expiry_date:
        parts.append(f"expiry {right.expiry_date.isoformat()}")
    return f"{_kind(right)} {right.name} no. {right.registration_number or '(no number recorded)'} ({'; '.join(parts)})"


def _kind(right: IPRight) -> str:
    """'trademark', 'design patent', 'utility model patent'."""
    if right.ip_type is IPType.PATENT and right.patent_kind:
        return f"{right.patent_kind.value.replace('_', ' ')} patent"
    return right.ip_type.value


def _numbered(rights: Sequence[IPRight]) -> str:
    return ", ".join(f"{r.registration_number or '(no number)'} ({', '.join(repr(p) for p in r.places_of_registration) or 'no place'})" for r in rights)


def _finding(code: str, held: bool, message: str, reply: str | None) -> Finding:
    return Finding(code=code, severity=Severity.INFO, ground=AppealGround.OTHER, basis=Basis.OUR_RECORD, message=message,
                   reply=reply if held else None, about=REGISTRY_HOLDS if held else REGISTRY_NONE)


def places_meant(words: Sequence[str], complaint: Complaint) -> list[str]:
    """The places the seller's point is about: those its sentences name, else the country the listing's site sells in."""
    from assistant.domain.appeals.goods_classes import places_said
    from assistant.domain.appeals.licence_scope import listing_country

    named = places_said(words)
    site = listing_country(complaint)
    return named or ([site] if site else [])


def territory_point(words: Sequence[str], complaint: Complaint, registry: Sequence[IPRight], today: date) -> Finding | None:
    """Our other registrations in the places the seller says our right has no effect; none where the complaint's own covers it."""
    ours = complaint.ip_right
    codes = [c for c in places_meant(words, complaint) if not _covers(ours, c)]
    if not codes or ours.ip_type is IPType.COPYRIGHT:
        return None
    held, lines, replies = False, [], []
    marks = [r for r in registry if _same_mark(r, ours) and not _same_right(r, ours)]
    for code in codes:
        there = [r for r in marks if _covers(r, code) and _in_force(r, today)]
        lapsed = [r for r in marks if _covers(r, code) and not _in_force(r, today)]
        if there:
            held = True
            lines.append(f"Our rights registry holds a registration of ours in {_where(code, ours)}: {'; '.join(described(r) for r in there)}.")
            replies += [f"Our {ours.ip_type.value} {ours.name} is also registered in {_where(code, ours)}: registration no. "
                        f"{r.registration_number} ({', '.join(r.places_of_registration)}), as recorded in our rights registry." for r in there]
            continue
        expired = f" ({'; '.join(described(r) for r in lapsed)}, expired)" if lapsed else ""
        lines.append(f"Our rights registry holds no {ours.name} registration recorded in {_where(code, ours)} in force{expired}: a point "
                     "for legal, which checks the office's register (our registry may be incomplete).")
    own = f"This complaint relies on registration {ours.registration_number or '(no number recorded)'} ({', '.join(repr(p) for p in ours.places_of_registration) or 'no place recorded'})"
    others = f"; the registry holds {_numbered(marks)} besides" if marks and not held else ""
    return _finding("registry_territory", held, f"{own}{others}. " + " ".join(lines), " ".join(replies) or None)


def expiry_point(complaint: Complaint, registry: Sequence[IPRight], today: date) -> Finding | None:
    """The complaint's registration as the registry records its term: in force (renewed) or lapsed, its number as stored."""
    ours = complaint.ip_right
    if ours.ip_type is IPType.COPYRIGHT:
        return None
    number = ours.registration_number or "(no number recorded)"
    same = [r for r in registry if _same_right(r, ours)]
    others = [r for r in registry if _same_mark(r, ours) and not _same_right(r, ours) and _in_force(r, today)
              and any(_covers(r, c) for p in ours.places_of_registration for c in _codes(p))]
    also = f" It holds {'; '.join(described(r) for r in others)} in force in the same place." if others else ""
    if not same:
        return _finding("registry_expiry", bool(others), f"Our rights registry holds no registration recorded under {number}.{also} "
                        "A point for legal: add the registration from our certificate, or check the office's register.", _others_reply(ours, others))
    right = same[0]
    if right.expiry_date and right.expiry_date >= today:
        renewed = " (recorded as renewed, changed or assigned since its certificate)" if right.renewed_or_transferred else ""
        stale = (f"; the complaint's record gives {ours.expiry_date.isoformat()}: update it" if ours.expiry_date and ours.expiry_date != right.expiry_date else "")
        return _finding("registry_expiry", True,
                        f"Our rights registry records registration {right.registration_number} in force until {right.expiry_date.isoformat()}{renewed}"
                        f"{stale}. That record does not bear out the seller's point that it has expired; the office's register decides.",
                        f"Our registration no. {right.registration_number} is recorded in our rights registry as in force until "
                        f"{right.expiry_date.isoformat()}.")
    if right.expiry_date is None:
        return _finding("registry_expiry", bool(others), f"Our rights registry gives no expiry for registration {right.registration_number}.{also} "
                        "A point for legal: the office's register decides.", _others_reply(ours, others))
    renewal = "and records a renewal, change or assignment without a later expiry" if right.renewed_or_transferred else "and records no renewal"
    return _finding("registry_expiry", bool(others),
                    f"Our rights registry gives registration {right.registration_number}'s expiry as {right.expiry_date.isoformat()}, before today, "
                    f"{renewal}.{also or ' It holds no other registration of ' + ours.name + ' in force in the same place.'} A point for legal: "
                    "the office's register decides whether it was renewed.", _others_reply(ours, others))


def _codes(place: str) -> list[str]:
    from assistant.domain.appeals.territory import is_eu_entry, place_codes

    return ["EU"] if is_eu_entry(place) else sorted(place_codes(place) or ())


def _others_reply(ours: IPRight, others: Sequence[IPRight]) -> str | None:
    if not others:
        return None
    return " ".join(f"Our {ours.ip_type.value} {ours.name} is also registered under registration no. {r.registration_number} "
                    f"({', '.join(r.places_of_registration)}), in force until {r.expiry_date.isoformat() if r.expiry_date else '(no expiry recorded)'}, "
                    "as recorded in our rights registry." for r in others)


def classes_point(words: Sequence[str], complaint: Complaint, registry: Sequence[IPRight], today: date) -> Finding | None:
    """Registration by registration, which of ours list the class the seller gives its goods, in the place the point is about."""
    from assistant.domain.appeals.goods_classes import classes_said

    ours = complaint.ip_right
    said = classes_said(list(words)).of_goods
    if not said or ours.ip_type is not IPType.TRADEMARK:
        return None
    codes = places_meant(words, complaint)
    marks = [r for r in registry if _same_mark(r, ours) and _in_force(r, today)]
    held, lines, replies = False, [], []
    for number in dict.fromkeys(said):
        listing = [r for r in marks if number in r.classes]
        there = [r for r in listing if not codes or any(_covers(r, c) for c in codes)]
        where = " or ".join(_where(c, ours) for c in codes) if codes else ""
        if there:
            held = held or any(not _same_right(r, ours) for r in there)
            lines.append(f"Our rights registry holds {'; '.join(described(r) for r in there)}, listing class {number}"
                         + (f" in {where}" if where else "") + ".")
            replies += [f"Our {ours.ip_type.value} {ours.name} is registered for class {number} under registration no. {r.registration_number} "
                        f"({', '.join(r.places_of_registration)}), as recorded in our rights registry." for r in there if not _same_right(r, ours)]
            continue
        elsewhere = [r for r in listing if r not in there]
        besides = f"; {_numbered(elsewhere)} lists it, {'which is' if len(elsewhere) == 1 else 'which are'} not registered there" if elsewhere else ""
        lines.append(f"Our rights registry holds no registration recorded{' in ' + where if where else ''} listing class {number}{besides}: "
                     "a point for legal (the certificates' goods decide; our registry may be incomplete).")
    return _finding("registry_classes", held, " ".join(lines), " ".join(replies) or None)


# The seller's word that we hold no patent for the product ('you have no patent for this', '你们根本没有这个专利', 'no tienen
# ninguna patente', 'Sie haben kein Patent', 'anda tiada paten'): a point about our right, answered from the registry.
_NO_PATENT_RE = re.compile(
    r"\b(?:you|they|the complainant|the brand)\s+(?:do not|don't|does not|doesn't|never)\s+(?:have|hold|own)\s+(?:a|any)\s+(?:valid\s+)?patent"
    r"|\b(?:you|they|the complainant|the brand)\s+(?:have|has|hold|holds|own|owns)\s+no\s+(?:valid\s+)?patent|\bnobody owns this design\b"
    r"|\bis not (?:patented|protected by (?:a|any) patent)\b|\bthere is no patent\b"
    r"|(?:你们|贵方|贵司|对方|投诉方)[^，。；]{0,6}(?:没有|并无|无)[^，。；]{0,12}专利|(?:不存在|没有)(?:任何)?(?:外观)?专利"
    r"|\bno (?:tienen|tiene|existe) (?:ninguna )?patente|\b(?:haben|hat|besitzen|besitzt) kein(?:e|en)? (?:patent|geschmacksmuster)"
    r"|\b(?:tiada|tidak ada|tidak mempunyai|tidak memiliki|tak ada) (?:sebarang )?paten|\bn'(?:avez|a|ont) (?:aucun|pas de) brevet"
    r"|\bnon (?:avete|ha|hanno) (?:alcun|nessun) brevetto",
    re.IGNORECASE,
)


def denies_our_patent(text: str) -> bool:
    """Whether the seller says we hold no patent for the product."""
    return bool(_NO_PATENT_RE.search(text or ""))


def patent_point(complaint: Complaint, registry: Sequence[IPRight], today: date) -> Finding | None:
    """The complaint's patent as the registry records it, its number verbatim; none recorded is said as such."""
    ours = complaint.ip_right
    if ours.ip_type is not IPType.PATENT:
        return None
    number = ours.registration_number or "(no number recorded)"
    same = [r for r in registry if _same_right(r, ours)]
    if not same:
        return _finding("registry_patent", False, f"Our rights registry holds no patent recorded under {number}, the complaint's number: a "
                        "point for legal (add it from our certificate, or check the office's register).", None)
    right = same[0]
    lapsed = f" Its recorded expiry, {right.expiry_date.isoformat()}, is before today: a point for legal." if right.expiry_date and right.expiry_date < today else ""
    return _finding("registry_patent", not lapsed, f"Our rights registry holds {described(right)}.{lapsed}",
                    f"Our {_kind(right)} no. {right.registration_number} ('{right.name}') is recorded in our rights registry, registered in "
                    f"{', '.join(right.places_of_registration) or '(no place recorded)'}.")


def registry_point(kind: str, words: Sequence[str], complaint: Complaint, registry: Sequence[IPRight] | None, today: date) -> Finding | None:
    """What the registry holds against one of the seller's legal arguments about our rights; None when the registry was
    not read or the argument is not about where, for what or until when our right is registered."""
    if not registry:  # not read, or a registry the team does not keep: it says nothing of our rights
        return None
    if kind == "territory":
        return territory_point(words, complaint, registry, today)
    if kind == "expired":
        return expiry_point(complaint, registry, today)
    if kind == "classes":
        return classes_point(words, complaint, registry, today)
    return None


__all__ = ["REGISTRY_HOLDS", "REGISTRY_NONE", "bare_number", "classes_point", "denies_our_patent", "described", "expiry_point", "patent_point", "places_meant",
           "registry_point", "territory_point"]
