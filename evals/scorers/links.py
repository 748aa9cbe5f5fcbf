"""Link scores: each checked link against what the case expects (site, kind, id, canonical link, problems)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

FIELDS = ("site", "kind", "id", "normalized")
OK = "ok"  # the pseudo problem code of a link that has no problem


@dataclass(frozen=True)
class LinkComparison:
    """One link: which fields differ from the expectation, and which problem codes were missed or extra."""

    position: int
    expected: dict
    got: dict | None
    wrong_fields: tuple[str, ...] = ()
    missed_codes: tuple[str, ...] = ()
    extra_codes: tuple[str, ...] = ()

    @property
    def correct(self) -> bool:
        return self.got is not None and not (self.wrong_fields or self.missed_codes or self.extra_codes)


def codes_of(link: dict) -> set[str]:
    """A link's problem codes, or {'ok'} when it has none."""
    return set(link.get("problems") or []) or {OK}


def compare_links(expected: Sequence[dict], got: Sequence[dict]) -> list[LinkComparison]:
    """Compare links position by position; a link that did not come back at all is wrong in every way."""
    comparisons = []
    for position, wanted in enumerate(expected, start=1):
        found = got[position - 1] if position <= len(got) else None
        if found is None:
            comparisons.append(LinkComparison(position, wanted, None, FIELDS, tuple(sorted(codes_of(wanted)))))
            continue
        wrong = tuple(name for name in FIELDS if wanted.get(name) != found.get(name))
        want, have = codes_of(wanted), codes_of(found)
        comparisons.append(LinkComparison(position, wanted, found, wrong, tuple(sorted(want - have)), tuple(sorted(have - want))))
    return comparisons


@dataclass
class CodeTally:
    """Per problem code: links that should carry it, how many did, and links that carried it wrongly."""

    expected: int = 0
    caught: int = 0
    false_alarms: int = 0

    @property
    def recall(self) -> float:
        return self.caught / self.expected if self.expected else 1.0


@dataclass
class LinkTally:
    """Totals over many links."""

    links: int = 0
    correct: int = 0
    codes: dict[str, CodeTally] = field(default_factory=dict)

    def add(self, comparisons: Sequence[LinkComparison]) -> None:
        for comparison in comparisons:
            self.links += 1
            self.correct += comparison.correct
            want = codes_of(comparison.expected)
            have = codes_of(comparison.got) if comparison.got is not None else set()
            for code in want | have:
                tally = self.codes.setdefault(code, CodeTally())
                tally.expected += code in want
                tally.caught += code in want and code in have
                tally.false_alarms += code in have and code not in want

    @property
    def accuracy(self) -> float:
        return self.correct / self.links if self.links else 1.0
