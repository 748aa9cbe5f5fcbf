"""The deadlines that follow a complaint: the seller's counter-notice and appeals, and our response.

Every figure comes from knowledge/rules/timelines.yaml. Where a window is not published, the deadline has no
date (``due_date=None``, ``published=False``) and its note points to the date IPP shows on the complaint:
the assistant never makes one up. Days are counted as in assistant.domain.business_days (day 1 is the first
business day after the start), with China's holiday calendar for Taobao, Tmall and 1688 and weekends only
for the other sites.

Whether public holidays pause these windows is not stated by the platform: counting them as days off is this
product's assumption (knowledge/rules/timelines.yaml holiday_assumption), said with every deadline it touches. By
default (HolidayAssumption.SAFER) our own replies are due on the earlier of the two readings and the seller's
windows close on the later one, so we never answer late and never call a seller late too early.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any
from urllib.parse import urlparse

from pydantic import Field

from assistant.domain.business_days import (
    WEEKENDS_ONLY,
    WEEKENDS_ONLY_NAME,
    BusinessCalendar,
    add_business_days,
    calendar_for_site,
    holidays_between,
)
from assistant.domain.models import SITE_LABELS, Confidence, Model, Site
from assistant.domain.rules import load_rules

SITE_NAMES: dict[Site, str] = SITE_LABELS

DASHBOARD_POINTER = "The date that applies is the one IPP shows on the complaint in its Manage Complaints page."
# Our answer's due day where the platform publishes no window: no date of ours, IPP's is the one to follow.
NO_DUE_DATE = "no date of ours (the platform publishes no window): follow the date IPP shows on the complaint"


def answer_due_words(due: date | None) -> str:
    """Our answer's due day as people are told it after recording a counter-notice: the day, or what to follow instead."""
    return due.isoformat() if due else NO_DUE_DATE


def response_window_published(site: Site) -> bool:
    """Whether the platform publishes how long we have to answer a seller's counter-notice (timelines.yaml)."""
    return bool(((load_rules("timelines").get("complainant_response") or {}).get(site.value) or {}).get("published"))


class DeadlineKind(StrEnum):
    """Which window a deadline closes."""

    SELLER_COUNTER_NOTICE = "seller_counter_notice"  # the seller's first counter-notice (first appeal)
    SELLER_SECOND_APPEAL = "seller_second_appeal"
    SELLER_THIRD_APPEAL = "seller_third_appeal"
    SELLER_FURTHER_APPEALS = "seller_further_appeals"  # sites whose appeal rules are not published
    COMPLAINANT_RESPONSE = "complainant_response"  # our answer to a counter-notice or appeal


_APPEALS = {2: (DeadlineKind.SELLER_SECOND_APPEAL, "second"), 3: (DeadlineKind.SELLER_THIRD_APPEAL, "third")}


class WhoActs(StrEnum):
    SELLER = "seller"
    COMPLAINANT = "complainant"


class HolidayAssumption(StrEnum):
    """How a window is counted on a site with a holiday calendar: the platform never says whether holidays pause it."""

    SAFER = "safer"  # our replies: the earlier date; the seller's windows: the later date (the default)
    SKIP = "skip"  # every window skips the calendar's holidays (and counts its adjusted working days)
    IGNORE = "ignore"  # every window counts weekends only


HOLIDAY_ASSUMPTION = (
    "The platform does not say whether public holidays pause this window ({calendar} calendar); which reading its date "
    "follows is this product's assumption, said with the date."
)
NOT_PAUSED = "The platform does not say whether public holidays pause this window."
# One statement for the date given: which days it skipped, that the choice is the product's, and the other reading.
READING = {
    True: "This date skips the public holidays ({calendar} calendar), as if they pause the window",
    False: "This date counts weekends only, as if public holidays do not pause the window",
}
OTHER_READING = {True: "counting weekends only, it would be {other}", False: "if holidays pause it ({calendar} calendar), it would be {other}"}
SAME_EITHER_WAY = ("Skipped ({calendar} calendar) or not, public holidays give the same date here, so this product's assumption "
                   "about them does not change it.")
START_ON_HOLIDAY = "{day}, the day it counts from, is itself a public holiday ({calendar} calendar)."


class ComplaintEventKind(StrEnum):
    """Things that happen after filing and start a window."""

    COUNTER_NOTICE_RECEIVED = "counter_notice_received"  # a seller's counter-notice or appeal reached us
    PENALTY_NOTICE = "penalty_notice"  # Taobao: the platform told the seller of the penalty


class ComplaintEvent(Model):
    """A dated event in a complaint's life that starts a deadline."""

    kind: ComplaintEventKind = Field(description="'counter_notice_received' or 'penalty_notice'.")
    on: date = Field(description="The day it happened (the day we received it, for a counter-notice).")


class RuleSource(Model):
    """A page a rule rests on."""

    url: str = Field(description="Address of the page.")
    date: str | None = Field(default=None, description="The page's own date, or 'undated'.")


class Deadline(Model):
    """One window after a complaint: who must act, by when (if published), and what the rule rests on."""

    kind: DeadlineKind = Field(description="Which window: seller_counter_notice, seller_second_appeal, ..., complainant_response.")
    who_acts: WhoActs = Field(description="'seller' or 'complainant' (us): who must act before the date.")
    due_date: date | None = Field(
        description="Last day to act (end of that business day). Empty when the window is not published or has not started."
    )
    published: bool = Field(description="False when the platform has not published this window: then there is no date.")
    rule: str = Field(description="The rule in plain words, with its figure.")
    source_url: str | None = Field(default=None, description="Address of the main page the rule comes from.")
    sources: list[RuleSource] = Field(default_factory=list, description="Every page the rule rests on.")
    confidence: Confidence = Field(description="confirmed (two or more sources), single_source, or not_published.")
    note: str = Field(default="", description="What to know: how the date was counted, what is missing, where to check.")
    counted_from: date | None = Field(default=None, description="The day the window starts from (day 0).")
    business_days: int | None = Field(default=None, description="Length of the window in business days, when published.")
    calendar: str = Field(default=WEEKENDS_ONLY_NAME, description="Holiday calendar used: 'china' or 'weekends_only'.")
    holiday_assumption: str = Field(
        default="",
        description="On a site with a holiday calendar: that skipping public holidays is this product's assumption, not the "
        "platform's rule, and which reading the date follows. Empty for weekends-only sites.",
    )
    other_due_date: date | None = Field(
        default=None, description="The date under the other reading of public holidays (skipped or not), when it differs."
    )
    confidence_label: str = Field(
        default="", description="Said next to the date when its figure is not confirmed: 'single source, check IPP's date'. Empty otherwise."
    )
    confidence_note: str = Field(
        default="", description="What a figure that is not confirmed rests on: one page, undated or not the platform's own. Empty otherwise."
    )
    days_left: int | None = Field(
        default=None, description="Days from the day of the triage to due_date (0 on the due date itself, negative once it has "
        "passed). Empty when there is no due date or no day to count from."
    )
    overdue: bool | None = Field(
        default=None, description="True when the due date is before the day of the triage: the window has ended. Empty when there is "
        "no due date or no day to count from."
    )


def _sources(rule: dict[str, Any]) -> list[RuleSource]:
    return [RuleSource(url=str(s["url"]), date=str(s.get("date")) if s.get("date") else None) for s in rule.get("sources") or ()]


def _confidence(rule: dict[str, Any]) -> Confidence:
    return Confidence(rule.get("confidence", Confidence.SINGLE_SOURCE))


# The platform's own sites: a figure from anywhere else is someone's report of the rule, not the rule.
PLATFORM_HOSTS = ("alibaba.com", "alibabagroup.com", "alibaba-inc.com", "aliexpress.com", "taobao.com", "tmall.com", "1688.com",
                  "lazada.com", "miravia.es")
SINGLE_SOURCE_LABEL = "single source, check IPP's date"


def _host(url: str) -> str:
    return (urlparse(url).hostname or url).removeprefix("www.")


def _confidence_words(rule: dict[str, Any], days: int) -> dict[str, str]:
    """The Deadline fields saying what a figure that rests on one source rests on (empty when it is confirmed)."""
    if _confidence(rule) is not Confidence.SINGLE_SOURCE:
        return {}
    sources = _sources(rule)
    outside = [_host(s.url) for s in sources if not _host(s.url).endswith(PLATFORM_HOSTS)]
    dated = sorted({s.date for s in sources if (s.date or "undated") != "undated"})
    page = f"one page dated {', '.join(dated)}" if dated else "one undated page"
    where = f", not the platform's own ({', '.join(outside)})" if outside else f" ({', '.join(_host(s.url) for s in sources)})"
    return {"confidence_label": SINGLE_SOURCE_LABEL,
            "confidence_note": f"Single source, check IPP's date: the {days}-business-day figure rests on {page}{where}."}


class _Count(Model):
    """One window counted: its date, how it was counted, and the holiday assumption behind it."""

    due: date
    note: str
    calendar: str
    assumption: str = ""
    other: date | None = None


class _Counter:
    """Counts windows on one calendar and explains the count in a note."""

    def __init__(self, site: Site, calendar: BusinessCalendar, assumption: HolidayAssumption = HolidayAssumption.SAFER):
        self.site = site
        self.calendar = calendar
        self.assumption = HolidayAssumption(assumption)

    @property
    def has_holidays(self) -> bool:
        return self.calendar.name != WEEKENDS_ONLY_NAME

    def count(self, start: date, days: int, who: WhoActs) -> _Count:
        """The window's last day. On a holiday calendar both readings are counted and the assumption picks one."""
        if not self.has_holidays:
            due = add_business_days(start, days, self.calendar)
            return _Count(due=due, note=self.explain(start, due, self.calendar), calendar=self.calendar.name)
        skipped = add_business_days(start, days, self.calendar)
        plain = add_business_days(start, days, WEEKENDS_ONLY)
        if self.assumption is HolidayAssumption.SKIP:
            use_skipped = True
        elif self.assumption is HolidayAssumption.IGNORE:
            use_skipped = False
        else:  # safer: we answer by the earlier date; a seller is late only after the later one
            use_skipped = (skipped <= plain) if who is WhoActs.COMPLAINANT else (skipped >= plain)
        due, other = (skipped, plain) if use_skipped else (plain, skipped)
        calendar = self.calendar if use_skipped else WEEKENDS_ONLY
        note = self.explain(start, due, calendar)
        return _Count(due=due, note=note, calendar=calendar.name, assumption=self.reading(start, who, use_skipped, other if other != due else None),
                      other=other if other != due else None)

    def reading(self, start: date, who: WhoActs, use_skipped: bool, other: date | None) -> str:
        """One statement for the date given: which reading of the holidays it follows (this product's assumption,
        and why), what the other reading would give, and a holiday on the day it counts from."""
        name = self.calendar.name
        words = [START_ON_HOLIDAY.format(day=start.isoformat(), calendar=name)] if start in self.calendar.holidays else []
        words.append(NOT_PAUSED)
        if other is None:
            return " ".join([*words, SAME_EITHER_WAY.format(calendar=name)])
        why = {
            (True, WhoActs.COMPLAINANT): "the earlier date, the safer one for our reply (this product's assumption)",
            (True, WhoActs.SELLER): "the later date, so a seller is not called late too early (this product's assumption)",
        }.get((self.assumption is HolidayAssumption.SAFER, who), f"this product's assumption, as the team's setting '{self.assumption.value}' asks")
        other_words = OTHER_READING[use_skipped].format(calendar=name, other=other.isoformat())
        words.append(f"{READING[use_skipped].format(calendar=name)}: {why}; {other_words}.")
        return " ".join(words)

    def explain(self, start: date, due: date, calendar: BusinessCalendar) -> str:
        notes: list[str] = []
        skipped = list(holidays_between(start, due, calendar))
        if skipped:
            notes.append(f"{len(skipped)} public holiday weekday(s) skipped ({', '.join(d.isoformat() for d in skipped)}).")
        worked = sorted(d for d in calendar.working_days if start < d <= due)
        if worked:
            notes.append(f"Adjusted working day(s) counted: {', '.join(d.isoformat() for d in worked)}.")
        missing = calendar.uncovered_years(start, due)
        if missing:
            notes.append(
                f"The {calendar.name} holiday calendar lists {calendar.coverage()} only; days in "
                f"{', '.join(map(str, missing))} were counted as weekends-only, so the real date may be later."
            )
        if not self.has_holidays:
            notes.append(
                f"Counted with weekends only: no holiday calendar is known to apply to {SITE_NAMES[self.site]}, so check the date IPP shows."
            )
        return " ".join(notes)

    def pending_assumption(self) -> str:
        """The assumption a published window will be counted under once it starts (empty on weekends-only sites)."""
        return HOLIDAY_ASSUMPTION.format(calendar=self.calendar.name) if self.has_holidays else ""

    def fields(self, counted: _Count) -> dict[str, Any]:
        """The Deadline fields a count fills."""
        return dict(due_date=counted.due, calendar=counted.calendar, holiday_assumption=counted.assumption, other_due_date=counted.other)


def _seller_counter_notice(site: Site, start: date, counter: _Counter, start_note: str) -> Deadline:
    rules = load_rules("timelines")["seller_counter_notice"]
    rule = rules.get(site.value) or rules["default"]
    days = int(rule["business_days"])
    counted = counter.count(start, days, WhoActs.SELLER)
    sources = _sources(rule)
    return Deadline(
        kind=DeadlineKind.SELLER_COUNTER_NOTICE,
        who_acts=WhoActs.SELLER,
        published=True,
        rule=f"The seller's first counter-notice is due within {days} business days of receiving the complaint.",
        source_url=sources[0].url if sources else None,
        sources=sources,
        confidence=_confidence(rule),
        note=" ".join(part for part in (start_note, counted.note, counted.assumption) if part),
        counted_from=start,
        business_days=days,
        **counter.fields(counted),
        **_confidence_words(rule, days),
    )


def _seller_appeals(site: Site, start: date, events: list[ComplaintEvent], counter: _Counter, start_note: str) -> list[Deadline]:
    rule = (load_rules("timelines").get("seller_appeals") or {}).get(site.value)
    name = SITE_NAMES[site]
    if not rule:
        return [
            Deadline(
                kind=DeadlineKind.SELLER_FURTHER_APPEALS,
                who_acts=WhoActs.SELLER,
                due_date=None,
                published=False,
                rule=f"How many appeals a seller has on {name}, and by when, is not published.",
                confidence=Confidence.NOT_PUBLISHED,
                note=f"Not published for {name}. {DASHBOARD_POINTER}",
                calendar=counter.calendar.name,
            )
        ]
    sources = _sources(rule)
    common = dict(
        who_acts=WhoActs.SELLER,
        source_url=sources[0].url if sources else None,
        sources=sources,
        confidence=_confidence(rule),
        calendar=counter.calendar.name,
    )
    max_appeals = int(rule["max_appeals"])
    out: list[Deadline] = []
    later = rule.get("later_within_business_days_of_complaint")
    after_penalty = rule.get("second_within_business_days_of_penalty_notice")
    penalty = sorted((e.on for e in events if e.kind == ComplaintEventKind.PENALTY_NOTICE), reverse=True)
    for number in range(2, max_appeals + 1):
        kind, ordinal = _APPEALS.get(number, (None, ""))
        if kind is None:
            break  # no kind for a fourth appeal: no site publishes one
        caveat = f"{name}: {max_appeals} appeals in all. {rule.get('note', '')}".strip()
        if later is not None:
            days = int(later)
            counted = counter.count(start, days, WhoActs.SELLER)
            out.append(
                Deadline(
                    kind=kind,
                    published=True,
                    rule=f"The seller's {ordinal} appeal is due within {days} business days of receiving the complaint; "
                    "a missed deadline uses up that chance.",
                    note=" ".join(p for p in (caveat, start_note, counted.note, counted.assumption) if p),
                    counted_from=start,
                    business_days=days,
                    **{**common, **counter.fields(counted), **_confidence_words(rule, days)},
                )
            )
        elif number == 2 and after_penalty is not None:
            days = int(after_penalty)
            text = f"The seller's {ordinal} appeal is due within {days} business days of the penalty notice."
            if penalty:
                counted = counter.count(penalty[0], days, WhoActs.SELLER)
                note = " ".join(p for p in (caveat, counted.note, counted.assumption) if p)
                out.append(
                    Deadline(
                        kind=kind, published=True, rule=text, note=note, counted_from=penalty[0], business_days=days,
                        **{**common, **counter.fields(counted), **_confidence_words(rule, days)},
                    )
                )
            else:
                note = f"{caveat} Starts when the platform sends the penalty notice; no penalty notice is recorded yet."
                out.append(
                    Deadline(
                        kind=kind, due_date=None, published=True, rule=text, note=note, business_days=days,
                        holiday_assumption=counter.pending_assumption(), **common, **_confidence_words(rule, days),
                    )
                )
    return out


def _complainant_responses(site: Site, events: list[ComplaintEvent], counter: _Counter) -> list[Deadline]:
    rule = (load_rules("timelines").get("complainant_response") or {}).get(site.value) or {"published": False}
    name = SITE_NAMES[site]
    received = sorted(e.on for e in events if e.kind == ComplaintEventKind.COUNTER_NOTICE_RECEIVED)
    if not rule.get("published"):
        note = str(rule.get("note") or "")
        if "not published" not in note.lower():
            note = f"Not published for {name}. {note}".strip()
        if "Manage Complaints" not in note:
            note = f"{note} {DASHBOARD_POINTER}"
        base = dict(
            kind=DeadlineKind.COMPLAINANT_RESPONSE,
            who_acts=WhoActs.COMPLAINANT,
            due_date=None,
            published=False,
            rule=f"How long we have to answer a seller's counter-notice on {name} is not published.",
            confidence=Confidence.NOT_PUBLISHED,
            note=note,
            calendar=counter.calendar.name,
        )
        return [Deadline(counted_from=day, **base) for day in received] or [Deadline(**base)]
    days = int(rule["business_days"])
    sources = _sources(rule)
    text = f"We must answer the seller's counter-notice or appeal within {days} business days of receiving it."
    common = dict(
        kind=DeadlineKind.COMPLAINANT_RESPONSE,
        who_acts=WhoActs.COMPLAINANT,
        published=True,
        rule=text,
        source_url=sources[0].url if sources else None,
        sources=sources,
        confidence=_confidence(rule),
        business_days=days,
        calendar=counter.calendar.name,
        **_confidence_words(rule, days),
    )
    if not received:
        return [
            Deadline(
                due_date=None, note="Starts when a counter-notice or appeal reaches us; none is recorded yet.",
                holiday_assumption=counter.pending_assumption(), **common,
            )
        ]
    out = []
    for day in received:
        counted = counter.count(day, days, WhoActs.COMPLAINANT)
        note = " ".join(p for p in (counted.note, counted.assumption) if p)
        out.append(Deadline(counted_from=day, note=note, **{**common, **counter.fields(counted)}))
    return out


def deadlines_for(
    site: Site | str,
    complaint_received_on: date | None = None,
    events: Iterable[ComplaintEvent] = (),
    *,
    filed_on: date | None = None,
    calendar: BusinessCalendar | None = None,
    holiday_assumption: HolidayAssumption | str = HolidayAssumption.SAFER,
) -> list[Deadline]:
    """Every deadline of a complaint on ``site``: the seller's counter-notice and appeals, and our responses.

    Windows are counted from the day the seller received the complaint (``complaint_received_on``); when only the
    filing date is known, from ``filed_on``, and the notes say so. ``calendar`` overrides the site's default;
    ``holiday_assumption`` says how a holiday calendar is read (the setting IPR_HOLIDAY_ASSUMPTION).
    """
    site = Site(site)
    start = complaint_received_on or filed_on
    if start is None:
        raise ValueError("deadlines_for needs complaint_received_on or filed_on")
    start_note = (
        ""
        if complaint_received_on
        else "Counted from the filing date; the seller's window runs from when the seller received the complaint, which IPP shows."
    )
    counter = _Counter(site, calendar or calendar_for_site(site), HolidayAssumption(holiday_assumption))
    events = list(events)
    return [
        _seller_counter_notice(site, start, counter, start_note),
        *_seller_appeals(site, start, events, counter, start_note),
        *_complainant_responses(site, events, counter),
    ]


def response_deadline(deadlines: Iterable[Deadline], received_on: date | None = None) -> Deadline | None:
    """Our response deadline to the counter-notice received on ``received_on`` (the latest one when not given)."""
    ours = [d for d in deadlines if d.kind == DeadlineKind.COMPLAINANT_RESPONSE]
    if received_on is not None:
        for deadline in ours:
            if deadline.counted_from == received_on:
                return deadline
    return ours[-1] if ours else None
