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
)
_GOODS = GivenUp(
    did="taken the goods down or will stop selling them",
    done="took the goods down or will stop selling them",
    reply="says it has removed the goods",
    gone_one="the reported listing is offline",
    gone_many="the reported listings are offline",
    still_there="it",
)


def given_up(reason: ComplaintReason | str | None) -> GivenUp:
    """The words for a seller that gives up a complaint of ``reason`` (goods, when the reason is not known)."""
    try:
        return _PHOTOS if reason is not None and ComplaintReason(reason) in _PHOTO_REASONS else _GOODS
    except ValueError:
        return _GOODS


def mark_given_up_against(complaint) -> str | None:
    """The trademark a seller can give up against this complaint (its name), None when the complaint is about another right."""
    from assistant.domain.models import IPType

    right = complaint.ip_right
    return (right.name or None) if right.ip_type is IPType.TRADEMARK else None


__all__ = ["GivenUp", "given_up", "mark_given_up_against"]
