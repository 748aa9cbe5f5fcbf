"""Deadlines after a complaint, for every site: published windows get dates, unpublished ones say so and get none."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain import deadlines as deadlines_module
from assistant.domain.business_days import WEEKENDS_ONLY, calendar_named
from assistant.domain.deadlines import (
    ComplaintEvent,
    ComplaintEventKind,
    DeadlineKind,
    WhoActs,
    deadlines_for,
    response_deadline,
)
from assistant.domain.models import Confidence, Site
from assistant.domain.rules import load_rules

TIMELINES = load_rules("timelines")
FRIDAY = date(2024, 3, 8)


def by_kind(deadlines):
    out = {}
    for deadline in deadlines:
        out.setdefault(deadline.kind, []).append(deadline)
    return out


def counter_notice(on: date) -> ComplaintEvent:
    return ComplaintEvent(kind=ComplaintEventKind.COUNTER_NOTICE_RECEIVED, on=on)


@pytest.mark.parametrize("site", list(Site))
def test_every_site_gets_the_sellers_counter_notice_window(site):
    deadline = by_kind(deadlines_for(site, FRIDAY))[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    assert deadline.who_acts is WhoActs.SELLER
    assert deadline.published and deadline.business_days == TIMELINES["seller_counter_notice"]["default"]["business_days"]
    assert deadline.due_date == date(2024, 3, 13)  # Friday + 3 business days: Wednesday (no holiday that week)
    assert deadline.counted_from == FRIDAY
    assert deadline.source_url and deadline.confidence is Confidence.CONFIRMED


@pytest.mark.parametrize("site", [Site.ALIEXPRESS, Site.ALIBABA])
def test_cross_border_sites_have_second_and_third_appeals_within_27_business_days(site):
    kinds = by_kind(deadlines_for(site, date(2024, 3, 1)))
    second, third = kinds[DeadlineKind.SELLER_SECOND_APPEAL][0], kinds[DeadlineKind.SELLER_THIRD_APPEAL][0]
    assert second.business_days == third.business_days == 27
    # 1 Mar 2024 (Fri) + 27 business days, weekends only: 9 Apr 2024.
    assert second.due_date == third.due_date == date(2024, 4, 9)
    assert second.confidence is Confidence.SINGLE_SOURCE
    assert "uses up that chance" in second.rule
    assert "3 appeals" in second.note


def test_taobao_second_appeal_counts_from_the_penalty_notice():
    without = by_kind(deadlines_for(Site.TAOBAO, FRIDAY))
    assert DeadlineKind.SELLER_THIRD_APPEAL not in without  # Taobao: two appeals
    pending = without[DeadlineKind.SELLER_SECOND_APPEAL][0]
    assert pending.due_date is None and pending.published and "penalty notice" in pending.note
    penalty = ComplaintEvent(kind=ComplaintEventKind.PENALTY_NOTICE, on=date(2024, 3, 14))
    second = by_kind(deadlines_for(Site.TAOBAO, FRIDAY, [penalty]))[DeadlineKind.SELLER_SECOND_APPEAL][0]
    assert second.due_date == date(2024, 3, 19) and second.counted_from == date(2024, 3, 14)


def test_taobao_response_window_is_published_and_dated_from_the_counter_notice():
    kinds = by_kind(deadlines_for(Site.TAOBAO, FRIDAY, [counter_notice(date(2024, 3, 12))]))
    ours = kinds[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert ours.who_acts is WhoActs.COMPLAINANT and ours.published
    assert ours.due_date == date(2024, 3, 15) and ours.business_days == 3
    assert ours.source_url == "https://falvjieda.com/falvzhishi/enem5px44p.html"


def test_our_taobao_reply_across_spring_festival_is_due_on_the_earlier_date_and_says_why():
    # Counter-notice on Friday 24 Jan 2025: weekends only, Mon 27 - Wed 29 Jan; with China's holidays, 5 Feb.
    ours = by_kind(deadlines_for(Site.TAOBAO, date(2025, 1, 20), [counter_notice(date(2025, 1, 24))]))[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert ours.due_date == date(2025, 1, 29) and ours.other_due_date == date(2025, 2, 5)
    assert ours.calendar == "weekends_only"
    assert "this product's assumption" in ours.holiday_assumption and "2025-02-05" in ours.holiday_assumption
    assert "earlier date" in ours.holiday_assumption and ours.holiday_assumption in ours.note


def test_skipping_holidays_everywhere_counts_spring_festival_and_the_adjusted_sunday():
    events = [counter_notice(date(2025, 1, 24))]
    ours = by_kind(deadlines_for(Site.TAOBAO, date(2025, 1, 20), events, holiday_assumption="skip"))[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert ours.due_date == date(2025, 2, 5) and ours.other_due_date == date(2025, 1, 29)
    assert ours.calendar == "china"
    assert "2025-01-28" in ours.note and "2025-01-26" in ours.note


def test_a_sellers_window_closes_on_the_later_date_so_no_seller_is_called_late_too_early():
    # Complaint received Thursday 30 Jan 2025, in the Spring Festival break: weekends only 4 Feb, China's calendar 7 Feb.
    seller = by_kind(deadlines_for(Site.TAOBAO, date(2025, 1, 30)))[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    assert seller.due_date == date(2025, 2, 7) and seller.other_due_date == date(2025, 2, 4)
    assert "later date" in seller.holiday_assumption
    ignoring = by_kind(deadlines_for(Site.TAOBAO, date(2025, 1, 30), holiday_assumption="ignore"))[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    assert ignoring.due_date == date(2025, 2, 4) and ignoring.calendar == "weekends_only"
    assert "this product's assumption" in ignoring.holiday_assumption


@pytest.mark.parametrize("site", [Site.TAOBAO, Site.TMALL, Site.S1688])
def test_every_deadline_on_a_china_facing_site_states_the_holiday_assumption(site):
    penalty = ComplaintEvent(kind=ComplaintEventKind.PENALTY_NOTICE, on=date(2024, 3, 14))
    for deadline in deadlines_for(site, FRIDAY, [counter_notice(date(2024, 3, 12)), penalty]):
        if deadline.business_days is not None:
            assert "this product's assumption" in deadline.holiday_assumption, deadline.kind
    pending = by_kind(deadlines_for(Site.TAOBAO, FRIDAY))[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert pending.due_date is None and "this product's assumption" in pending.holiday_assumption


def test_weekends_only_sites_carry_no_holiday_assumption():
    for deadline in deadlines_for(Site.ALIEXPRESS, FRIDAY, [counter_notice(date(2024, 3, 12))]):
        assert deadline.holiday_assumption == "" and deadline.other_due_date is None


def test_tmall_seller_window_respects_the_adjusted_working_saturday():
    # Complaint received Friday 10 May 2024; Saturday 11 May is an official working day.
    deadline = by_kind(deadlines_for(Site.TMALL, date(2024, 5, 10), holiday_assumption="skip"))[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    assert deadline.due_date == date(2024, 5, 14)
    assert "2024-05-11" in deadline.note
    # By default the seller's window closes on the later of the two readings.
    assert by_kind(deadlines_for(Site.TMALL, date(2024, 5, 10)))[DeadlineKind.SELLER_COUNTER_NOTICE][0].due_date == date(2024, 5, 15)
    aliexpress = by_kind(deadlines_for(Site.ALIEXPRESS, date(2024, 5, 10)))[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    assert aliexpress.due_date == date(2024, 5, 15)
    assert "weekends only" in aliexpress.note


def test_1688_counts_national_day_as_holiday():
    deadline = by_kind(deadlines_for(Site.S1688, date(2024, 9, 30)))[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    # 1-7 Oct off; Saturday 12 Oct works: 8, 9, 10 Oct.
    assert deadline.due_date == date(2024, 10, 10)


UNPUBLISHED = [Site.ALIEXPRESS, Site.ALIBABA, Site.LAZADA, Site.TMALL, Site.S1688, Site.MIRAVIA]


@pytest.mark.parametrize("site", UNPUBLISHED)
def test_unpublished_response_windows_have_no_date_and_say_where_to_look(site):
    kinds = by_kind(deadlines_for(site, FRIDAY, [counter_notice(date(2024, 3, 12))]))
    ours = kinds[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert ours.due_date is None
    assert ours.published is False and ours.confidence is Confidence.NOT_PUBLISHED
    assert "not published" in ours.note.lower()
    assert "Manage Complaints" in ours.note
    assert ours.counted_from == date(2024, 3, 12)


@pytest.mark.parametrize("site", [Site.TMALL, Site.S1688, Site.LAZADA, Site.MIRAVIA])
def test_sites_without_published_appeal_rules_say_so(site):
    kinds = by_kind(deadlines_for(site, FRIDAY))
    assert DeadlineKind.SELLER_SECOND_APPEAL not in kinds
    further = kinds[DeadlineKind.SELLER_FURTHER_APPEALS][0]
    assert further.due_date is None and not further.published and "Manage Complaints" in further.note


def test_each_counter_notice_opens_its_own_response_window():
    events = [counter_notice(date(2024, 3, 12)), counter_notice(date(2024, 4, 2))]
    responses = by_kind(deadlines_for(Site.TAOBAO, FRIDAY, events))[DeadlineKind.COMPLAINANT_RESPONSE]
    # 4-6 Apr 2024 is Qingming: our reply is due on the earlier reading, 5 Apr (8 Apr with the holiday skipped).
    assert [r.due_date for r in responses] == [date(2024, 3, 15), date(2024, 4, 5)]
    assert [r.other_due_date for r in responses] == [None, date(2024, 4, 8)]
    assert response_deadline(responses, date(2024, 4, 2)).due_date == date(2024, 4, 5)
    assert response_deadline(responses).counted_from == date(2024, 4, 2)


def test_counting_from_the_filing_date_is_said():
    deadline = deadlines_for(Site.ALIEXPRESS, filed_on=FRIDAY)[0]
    assert deadline.due_date == date(2024, 3, 13)
    assert "filing date" in deadline.note
    assert "filing date" not in deadlines_for(Site.ALIEXPRESS, FRIDAY)[0].note
    with pytest.raises(ValueError):
        deadlines_for(Site.ALIEXPRESS)


def test_a_date_beyond_the_known_holiday_years_is_flagged():
    deadline = by_kind(deadlines_for(Site.TAOBAO, date(2026, 12, 30)))[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    assert deadline.due_date == date(2027, 1, 4)
    assert "2027" in deadline.note and "may be later" in deadline.note


def test_an_explicit_calendar_overrides_the_sites_default():
    china = calendar_named("china")
    deadline = deadlines_for(Site.ALIEXPRESS, date(2025, 1, 24), calendar=china)[0]
    assert deadline.due_date == date(2025, 2, 5) and deadline.calendar == "china"
    assert deadlines_for(Site.TAOBAO, date(2025, 1, 24), calendar=WEEKENDS_ONLY)[0].due_date == date(2025, 1, 29)


def test_figures_are_read_from_the_rules_file(monkeypatch):
    """Change the figures in the rules and the dates follow: nothing is hard-coded."""
    changed = {
        **TIMELINES,
        "seller_counter_notice": {"default": {**TIMELINES["seller_counter_notice"]["default"], "business_days": 5}},
        "seller_appeals": {
            **TIMELINES["seller_appeals"],
            "aliexpress": {**TIMELINES["seller_appeals"]["aliexpress"], "later_within_business_days_of_complaint": 10},
        },
        "complainant_response": {**TIMELINES["complainant_response"], "lazada": {"published": True, "business_days": 2, "sources": []}},
    }
    monkeypatch.setattr(deadlines_module, "load_rules", lambda name: changed if name == "timelines" else load_rules(name))
    kinds = by_kind(deadlines_for(Site.ALIEXPRESS, FRIDAY))
    assert kinds[DeadlineKind.SELLER_COUNTER_NOTICE][0].due_date == date(2024, 3, 15)
    assert kinds[DeadlineKind.SELLER_SECOND_APPEAL][0].due_date == date(2024, 3, 22)
    lazada = by_kind(deadlines_for(Site.LAZADA, FRIDAY, [counter_notice(FRIDAY)]))[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert lazada.published and lazada.due_date == date(2024, 3, 12)


def test_deadline_serialises_for_the_store_and_the_cli():
    payload = deadlines_for(Site.LAZADA, FRIDAY)[-1].model_dump(mode="json")
    assert payload["due_date"] is None and payload["published"] is False
    assert {"kind", "due_date", "published", "rule", "source_url", "confidence", "note"} <= set(payload)


@pytest.mark.parametrize(("assumption", "due", "reading", "other"), [
    ("safer", date(2026, 10, 6), "counts weekends only", "if holidays pause it (china calendar), it would be 2026-10-10"),
    ("ignore", date(2026, 10, 6), "counts weekends only", "if holidays pause it (china calendar), it would be 2026-10-10"),
    ("skip", date(2026, 10, 10), "skips the public holidays (china calendar)", "counting weekends only, it would be 2026-10-06"),
])
def test_the_holiday_wording_is_one_statement_for_the_date_it_gives(assumption, due, reading, other):
    """Received on 1 October (National Day): the date's wording says which reading it follows, that the choice is the
    product's, the other reading's date, and that the day it counts from is itself a public holiday."""
    events = [counter_notice(date(2026, 10, 1))]
    ours = by_kind(deadlines_for(Site.TAOBAO, date(2026, 9, 24), events, holiday_assumption=assumption))[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert ours.due_date == due
    words = ours.holiday_assumption
    assert f"This date {reading}" in words and other in words and "this product's assumption" in words
    assert "2026-10-01, the day it counts from, is itself a public holiday (china calendar)" in words
    assert ("skips the public holidays" in words) is (assumption == "skip")


def test_a_working_receipt_day_is_not_called_a_holiday_and_equal_readings_say_so():
    before_break = by_kind(deadlines_for(Site.TAOBAO, date(2026, 9, 14), [counter_notice(date(2026, 9, 29))]))[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert "is itself a public holiday" not in before_break.holiday_assumption
    plain = by_kind(deadlines_for(Site.TAOBAO, date(2026, 11, 2), [counter_notice(date(2026, 11, 20))]))[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert plain.other_due_date is None and "give the same date here" in plain.holiday_assumption


def test_a_figure_resting_on_one_source_says_so_next_to_its_date_and_a_confirmed_one_does_not():
    kinds = by_kind(deadlines_for(Site.TAOBAO, date(2026, 11, 2), [counter_notice(date(2026, 11, 17))]))
    ours = kinds[DeadlineKind.COMPLAINANT_RESPONSE][0]
    assert ours.confidence_label == "single source, check IPP's date"
    assert ours.confidence_note.endswith("rests on one undated page, not the platform's own (falvjieda.com).")
    seller = kinds[DeadlineKind.SELLER_COUNTER_NOTICE][0]
    assert seller.confidence == "confirmed" and seller.confidence_label == seller.confidence_note == ""
    unpublished = by_kind(deadlines_for(Site.ALIEXPRESS, date(2026, 11, 2), [counter_notice(date(2026, 11, 17))]))
    assert unpublished[DeadlineKind.COMPLAINANT_RESPONSE][0].confidence_label == ""
    assert "one page dated 2022-01-13" in unpublished[DeadlineKind.SELLER_SECOND_APPEAL][0].confidence_note
