"""Business-day arithmetic: weekends, public holidays, and China's adjusted working days.

Counting convention (the one every deadline uses): a window of n business days starting on day S ends on the
n-th business day *after* S. Day 1 is the first business day after S, whatever S itself is (a Saturday, a
holiday, or a working day). So a complaint received on Friday with a 3-business-day window is due on Wednesday,
and ``business_days_between(S, add_business_days(S, n)) == n``.

Calendars come from knowledge/rules/holidays.yaml; a team may add its own in a file of the same shape.
A calendar only knows the years whose official notice was read: days in other years count weekends only,
and ``BusinessCalendar.covers`` says when that happened so a deadline can warn about it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.domain.models import Site
from assistant.domain.rules import load_rules
from assistant.errors import ConfigurationError
from assistant.paths import RULES_DIR

HOLIDAYS_FILE = RULES_DIR / "holidays.yaml"
WEEKENDS_ONLY_NAME = "weekends_only"
_SATURDAY = 5


@dataclass(frozen=True)
class CalendarSource:
    """The official notice a calendar year comes from."""

    title: str
    url: str
    date: dt.date | None = None


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days are business days: Monday to Friday, minus holidays, plus adjusted working days."""

    name: str
    description: str = "Weekends only (Saturday and Sunday); no public holidays."
    holidays: frozenset[date] = frozenset()
    working_days: frozenset[date] = frozenset()
    # Years whose holidays are known; None means the calendar claims no holidays at all, so it covers every year.
    years: frozenset[int] | None = None
    sources: tuple[CalendarSource, ...] = field(default=())
    # Sites whose deadlines use this calendar, when a team's file says so (overrides timelines.yaml).
    sites: frozenset[str] = frozenset()

    def is_business_day(self, day: date) -> bool:
        """Whether people work on ``day`` under this calendar."""
        if day in self.working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < _SATURDAY

    def covers(self, day: date) -> bool:
        """Whether the calendar knows ``day``'s holidays (False: it was counted as weekends-only)."""
        return self.years is None or day.year in self.years

    def uncovered_years(self, start: date, end: date) -> list[int]:
        """Years between start and end (inclusive) whose holidays this calendar does not know."""
        if self.years is None:
            return []
        low, high = sorted((start, end))
        return [year for year in range(low.year, high.year + 1) if year not in self.years]

    def coverage(self) -> str:
        """The years the calendar knows, for people: '2023-2026', or 'every year' for weekends-only."""
        if self.years is None:
            return "every year"
        if not self.years:
            return "no year"
        low, high = min(self.years), max(self.years)
        contiguous = len(self.years) == high - low + 1
        return f"{low}-{high}" if contiguous and low != high else ", ".join(str(y) for y in sorted(self.years))


WEEKENDS_ONLY = BusinessCalendar(name=WEEKENDS_ONLY_NAME)


def add_business_days(start: date, n: int, calendar: BusinessCalendar = WEEKENDS_ONLY) -> date:
    """The n-th business day after ``start`` (day 1 is the next business day after it); n=0 returns start."""
    if n < 0:
        raise ValueError("n must be zero or more business days")
    day = start
    remaining = n
    while remaining:
        day += timedelta(days=1)
        if calendar.is_business_day(day):
            remaining -= 1
    return day


def business_days_between(start: date, end: date, calendar: BusinessCalendar = WEEKENDS_ONLY) -> int:
    """How many business days fall after ``start`` up to and including ``end`` (negative when end is earlier)."""
    if end < start:
        return -business_days_between(end, start, calendar)
    return sum(1 for offset in range(1, (end - start).days + 1) if calendar.is_business_day(start + timedelta(days=offset)))


# --- Loading calendars from YAML -------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class _HolidayRange(_Strict):
    name: str = ""
    start: date = Field(alias="from")
    end: date = Field(alias="to")

    @model_validator(mode="after")
    def _ordered(self) -> _HolidayRange:
        if self.end < self.start:
            raise ValueError(f"holiday {self.name!r} ends ({self.end}) before it starts ({self.start})")
        return self


class _WorkingDay(_Strict):
    name: str = ""
    date: dt.date

    @model_validator(mode="after")
    def _on_a_weekend(self) -> _WorkingDay:
        # An adjusted working day swaps a weekend day for a holiday; a weekday listed here is a typo.
        if self.date.weekday() < _SATURDAY:
            raise ValueError(f"adjusted working day {self.date} is not a Saturday or Sunday")
        return self


class _Source(_Strict):
    title: str = ""
    url: str
    date: dt.date | None = None


class _Year(_Strict):
    source: _Source | None = None
    holidays: list[_HolidayRange] = Field(default_factory=list)
    working_days: list[_WorkingDay] = Field(default_factory=list)


class _Calendar(_Strict):
    name: str = ""
    sites: list[Site] = Field(default_factory=list)
    years: dict[int, _Year] = Field(default_factory=dict)


class _CalendarFile(_Strict):
    calendars: dict[str, _Calendar] = Field(default_factory=dict)


def _read_calendar_file(path: Path) -> _CalendarFile:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        return _CalendarFile.model_validate(raw)
    except FileNotFoundError as exc:
        raise ConfigurationError(f"The holiday calendar file {path} does not exist.") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"The holiday calendar file {path} is not readable YAML: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ConfigurationError(
            f"The holiday calendar file {path} is not in the expected shape ({where}: {first['msg']}).",
            hint=f"See {HOLIDAYS_FILE.name} in knowledge/rules for the format.",
        ) from exc


def _build(name: str, spec: _Calendar) -> BusinessCalendar:
    holidays: set[date] = set()
    working: set[date] = set()
    sources: list[CalendarSource] = []
    for _, year in sorted(spec.years.items()):
        for holiday in year.holidays:
            holidays.update(holiday.start + timedelta(days=i) for i in range((holiday.end - holiday.start).days + 1))
        working.update(day.date for day in year.working_days)
        if year.source:
            sources.append(CalendarSource(title=year.source.title, url=year.source.url, date=year.source.date))
    return BusinessCalendar(
        name=name,
        description=spec.name or name,
        holidays=frozenset(holidays - working),
        working_days=frozenset(working),
        years=frozenset(spec.years),
        sources=tuple(sources),
        sites=frozenset(site.value for site in spec.sites),
    )


@lru_cache(maxsize=32)
def _calendars(paths: tuple[Path, ...], stamps: tuple[int, ...]) -> dict[str, BusinessCalendar]:
    # `stamps` (modification times) is part of the cache key so an edited file is read again.
    merged: dict[str, _Calendar] = {}
    for path in paths:
        for name, spec in _read_calendar_file(path).calendars.items():
            if name in merged:
                # A later file adds years to a calendar, or replaces a year it already had.
                merged[name] = _Calendar(
                    name=spec.name or merged[name].name,
                    sites=spec.sites or merged[name].sites,
                    years={**merged[name].years, **spec.years},
                )
            else:
                merged[name] = spec
    return {name: _build(name, spec) for name, spec in merged.items()}


def load_calendars(extra_files: Sequence[Path | str] = ()) -> dict[str, BusinessCalendar]:
    """Every known calendar by name: the built-in ones, then the team's own files on top (later files win)."""
    paths = tuple(Path(p) for p in (HOLIDAYS_FILE, *[f for f in extra_files if f]))
    stamps = tuple(p.stat().st_mtime_ns if p.exists() else -1 for p in paths)
    calendars = dict(_calendars(paths, stamps))
    calendars.setdefault(WEEKENDS_ONLY_NAME, WEEKENDS_ONLY)
    return calendars


def calendar_named(name: str, extra_files: Sequence[Path | str] = ()) -> BusinessCalendar:
    """The calendar called ``name`` ('china', 'weekends_only', or one from the team's own file)."""
    calendars = load_calendars(extra_files)
    try:
        return calendars[name]
    except KeyError:
        known = ", ".join(sorted(calendars))
        raise ConfigurationError(f"There is no holiday calendar called {name!r}.", hint=f"Known calendars: {known}.") from None


def calendar_name_for_site(site: Site | str) -> str:
    """Which calendar a site's deadlines use by default (knowledge/rules/timelines.yaml holiday_calendars)."""
    site_value = Site(site).value
    for name, sites in (load_rules("timelines").get("holiday_calendars") or {}).items():
        if site_value in {str(s) for s in sites or ()}:
            return str(name)
    return WEEKENDS_ONLY_NAME


def calendar_for_site(site: Site | str, extra_files: Sequence[Path | str] = ()) -> BusinessCalendar:
    """The calendar a site's deadlines use: one a team's file assigns to the site (``sites: [...]``), else
    China's for Taobao, Tmall and 1688 and weekends only for the others."""
    site_value = Site(site).value
    calendars = load_calendars(extra_files)
    for calendar in calendars.values():
        if site_value in calendar.sites:
            return calendar
    return calendar_named(calendar_name_for_site(site), extra_files)


def holidays_between(start: date, end: date, calendar: BusinessCalendar) -> Iterable[date]:
    """The weekday holidays skipped between start (exclusive) and end (inclusive): what made a window longer."""
    day = start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < _SATURDAY and not calendar.is_business_day(day):
            yield day
