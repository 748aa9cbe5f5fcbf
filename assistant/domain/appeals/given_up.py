"""What a seller that gives up says it did, in words fitting what the complaint is about.

A complaint about copied photos is answered by taking the photos off the listing, which may stay online with the seller's
own pictures; one about goods (counterfeits, a patent) by taking the goods down. Saying "it took the goods down" of a
seller that replaced our photos tells support something the seller never said, and "check that the listing is offline"
sends them to check the wrong thing. Every sentence about a seller giving up (the triage's point, its reason and
checklist, the recording refusal) is built from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.models import ComplaintReason

# Complaints about our photos used on the listing (ground_standards.PHOTO_REASONS says the same for the standards).
_PHOTO_REASONS = frozenset({ComplaintReason.IMAGE_THEFT, ComplaintReason.OFFICIAL_IMAGE_THEFT})


@dataclass(frozen=True)
class GivenUp:
    """The words for a seller giving up, for one kind of complaint."""

    did: str  # after 'it says it has' ...
    done: str  # after 'it says it' ..., in the past tense
    reply: str  # what it says it did, for the platform
    gone_one: str  # what to check on the site, with one listing reported
    gone_many: str  # the same with several
    still_there: str  # what 'it' in 'if it is still there' is
    checked: str  # what a person checks before the complaint is marked removed, and what marking it removed records

    def gone(self, listings: int = 1) -> str:
        """What to check on the site: 'the reported listing is offline', 'our photos are gone from the reported listing'."""
        return self.gone_one if listings <= 1 else self.gone_many


_PHOTOS = GivenUp(
    did="taken our photos off its listing or will stop using them",
    done="took our photos off its listing or will stop using them",
    reply="says it has removed our photos from its listing",
    gone_one="our photos are gone from the reported listing (its pictures and its description)",
    gone_many="our photos are gone from the reported listings (their pictures and descriptions)",
    still_there="any of them",
    checked="our photos are gone from the reported listing",
)
# A seller that took our mark out of its listing (its title, its description) and keeps selling: no take-down.
_MARK = GivenUp(
    did="taken our mark out of its listing or will stop using it",
    done="took our mark out of its listing or will stop using it",
    reply="says it has removed our mark from its listing",
    gone_one="our mark is gone from the reported listing (its title, pictures and description)",
    gone_many="our mark is gone from the reported listings (their titles, pictures and descriptions)",
    still_there="our mark",
    checked="our mark is gone from the reported listing",
)
_GOODS = GivenUp(
    did="taken the goods down or will stop selling them",
    done="took the goods down or will stop selling them",
    reply="says it has removed the goods",
    gone_one="the reported listing is offline",
    gone_many="the reported listings are offline",
    still_there="it",
    checked="the listing is offline",
)

# A seller that took some goods or variants out of its listing ('we removed the knife block sets from the listing'): the
# listing stays up by its own words, so what to check is that those goods are gone, never that the listing is offline.
_PART = GivenUp(
    did="taken some of the goods out of its listing (the listing itself stays up, by its own words) or will stop selling them",
    done="took some of the goods out of its listing or will stop selling them",
    reply="says it has removed some of the goods from its listing, which stays up",
    gone_one="the goods the seller names are gone from the reported listing",
    gone_many="the goods the seller names are gone from the reported listings",
    still_there="any of the goods we complained of",
    checked="the goods the seller names are gone from the reported listing",
)


def given_up(reason: ComplaintReason | str | None, text: str | None = None, mark: str | None = None) -> GivenUp:
    """The words for a seller that gives up a complaint of ``reason`` (goods, when the reason is not known); with the
    seller's ``text`` and our ``mark``, a seller that only took the mark, or some goods, out of its listing is said to have
    done that."""
    try:
        if reason is not None and ComplaintReason(reason) in _PHOTO_REASONS:
            return _PHOTOS
    except ValueError:
        pass
    if text and mark and _mark_only(text, mark):
        return _MARK
    return _PART if text and _part_only(text) else _GOODS


def _part_only(text: str) -> bool:
    """Whether the seller says it took a part out of its listing (listing_changes.part_removed) and nowhere that it took the
    listing or the goods down."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import removal_said
    from assistant.domain.appeals.listing_changes import part_removed

    said = sentences(text)
    parts = [s for s in said if part_removed(s)]
    return bool(parts) and not any(removal_said(s) for s in said if s not in parts)


def _mark_only(text: str, mark: str) -> bool:
    """Whether the seller gives up our mark (listing_changes.mark_given_up) and says nowhere that it took the goods down."""
    from assistant.domain.appeals.claims import sentences
    from assistant.domain.appeals.grounds import removal_said
    from assistant.domain.appeals.listing_changes import mark_given_up

    said = sentences(text)
    given = mark_given_up(said, mark)
    # A sentence giving up the mark says what it removed ('“BRIGHTWELL”字样已经全部删除'): the words, not the goods.
    return bool(given) and not any(removal_said(s) for s in said if s not in given)


def mark_given_up_against(complaint) -> str | None:
    """The trademark a seller can give up against this complaint (its name), None when the complaint is about another right."""
    from assistant.domain.models import IPType

    right = complaint.ip_right
    return (right.name or None) if right.ip_type is IPType.TRADEMARK else None


__all__ = ["GivenUp", "given_up", "mark_given_up_against"]
