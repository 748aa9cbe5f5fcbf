"""Business-day arithmetic: the counting convention, weekends, China's holidays and adjusted working days, team calendars."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from assistant.domain.business_days import (
    HOLIDAYS_FILE,
    WEEKENDS_ONLY,
    add_business_days,
    business_days_between,
    calendar_for_site,
    calendar_name_for_site,
    calendar_named,
    holidays_between,
)
from assistant.domain.models import Site
from assistant.errors import ConfigurationError

CHINA = calendar_named("china")


def test_day_one_is_the_next_business_day_after_the_start():
    thursday = date(2024, 3, 7)
    assert add_business_days(thursday, 1) == date(2024, 3, 8)
    assert add_business_days(thursday, 0) == thursday


def test_weekends_are_skipped():
    friday = date(2024, 3, 8)
    assert add_business_days(friday, 1) == date(2024, 3, 11)  # Monday
    assert add_business_days(friday, 3) == date(2024, 3, 13)  # Wednesday


def test_a_window_starting_on_a_weekend_counts_from_monday():
    saturday = date(2024, 3, 9)
    assert add_business_days(saturday, 1) == date(2024, 3, 11)
    assert add_business_days(saturday, 3) == date(2024, 3, 13)


def test_negative_windows_are_refused():
    with pytest.raises(ValueError):
        add_business_days(date(2024, 3, 8), -1)


def test_between_counts_days_after_start_up_to_and_including_end():
    friday, wednesday = date(2024, 3, 8), date(2024, 3, 13)
    assert business_days_between(friday, wednesday) == 3
    assert business_days_between(wednesday, friday) == -3
    assert business_days_between(friday, friday) == 0
    assert business_days_between(friday, date(2024, 3, 10)) == 0  # only the weekend in between


def test_spring_festival_2025_is_skipped_and_the_adjusted_sunday_counts():
    # 2025: 28 Jan - 4 Feb off; Sunday 26 Jan and Saturday 8 Feb are working days (国办发明电〔2024〕12号).
    friday = date(2025, 1, 24)
    assert add_business_days(friday, 1, CHINA) == date(2025, 1, 26)  # the adjusted working Sunday
    assert add_business_days(friday, 2, CHINA) == date(2025, 1, 27)
    assert add_business_days(friday, 3, CHINA) == date(2025, 2, 5)  # after the holiday
    assert add_business_days(friday, 3) == date(2025, 1, 29)  # weekends only: the holiday is a working week


def test_adjusted_working_saturday_counts_in_china_only():
    # 2024: Saturday 11 May is a working day after the Labour Day holiday (1-5 May).
    friday = date(2024, 5, 10)
    assert CHINA.is_business_day(date(2024, 5, 11))
    assert not WEEKENDS_ONLY.is_business_day(date(2024, 5, 11))
    assert add_business_days(friday, 1, CHINA) == date(2024, 5, 11)
    assert add_business_days(friday, 1) == date(2024, 5, 13)


def test_labour_day_2024_window_from_before_the_holiday():
    # Sunday 28 Apr is a working day; 1-5 May are off.
    friday = date(2024, 4, 26)
    assert [add_business_days(friday, n, CHINA) for n in (1, 2, 3, 4)] == [
        date(2024, 4, 28),
        date(2024, 4, 29),
        date(2024, 4, 30),
        date(2024, 5, 6),
    ]


def test_holidays_between_lists_the_weekday_holidays_skipped():
    skipped = list(holidays_between(date(2024, 9, 27), date(2024, 10, 9), CHINA))
    assert skipped == [date(2024, 10, d) for d in (1, 2, 3, 4, 7)]


@given(start=st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 31)), n=st.integers(min_value=0, max_value=60))
def test_between_undoes_add_on_both_calendars(start, n):
    for calendar in (CHINA, WEEKENDS_ONLY):
        due = add_business_days(start, n, calendar)
        assert business_days_between(start, due, calendar) == n
        if n:
            assert calendar.is_business_day(due)
            # No business day is skipped: the day before the due date is still inside the window.
            assert business_days_between(start, due - timedelta(days=1), calendar) == n - 1


def test_sites_use_china_calendar_for_taobao_tmall_1688_only():
    china_sites = {site for site in Site if calendar_name_for_site(site) == "china"}
    assert china_sites == {Site.TAOBAO, Site.TMALL, Site.S1688}
    assert calendar_for_site("aliexpress") is WEEKENDS_ONLY
    assert calendar_for_site(Site.TMALL).holidays


def test_china_calendar_coverage_and_uncovered_years():
    assert CHINA.coverage() == "2023-2026"
    assert CHINA.uncovered_years(date(2026, 12, 20), date(2027, 1, 10)) == [2027]
    assert CHINA.uncovered_years(date(2024, 1, 1), date(2024, 12, 31)) == []
    assert WEEKENDS_ONLY.uncovered_years(date(1999, 1, 1), date(2099, 1, 1)) == []


def test_holidays_file_years_carry_their_official_notice():
    raw = yaml.safe_load(HOLIDAYS_FILE.read_text(encoding="utf-8"))
    years = raw["calendars"]["china"]["years"]
    assert set(years) == {2023, 2024, 2025, 2026}
    for year, spec in years.items():
        assert spec["source"]["url"].startswith("https://www.gov.cn/zhengce/content/")
        assert isinstance(spec["source"]["date"], date) and spec["source"]["date"].year == year - 1
        names = " ".join(h["name"] for h in spec["holidays"])
        assert "春节" in names and "国庆节" in names
        assert all(day["date"].weekday() >= 5 for day in spec["working_days"])


def test_adjusted_working_days_are_never_holidays():
    assert not (CHINA.working_days & CHINA.holidays)
    assert date(2025, 2, 8) in CHINA.working_days


def _write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_team_calendar_file_adds_a_calendar(tmp_path):
    own = _write(tmp_path / "own.yaml", {
        "calendars": {
            "singapore": {
                "name": "Our Singapore office",
                "years": {2025: {"holidays": [{"name": "Chinese New Year", "from": date(2025, 1, 29), "to": date(2025, 1, 30)}]}},
            }
        }
    })
    calendar = calendar_named("singapore", [own])
    assert add_business_days(date(2025, 1, 28), 1, calendar) == date(2025, 1, 31)
    assert calendar_named("china", [own]) == CHINA  # the built-in calendars stay


def test_a_team_calendar_file_can_add_a_later_year_to_china(tmp_path):
    own = _write(tmp_path / "own.yaml", {
        "calendars": {"china": {"years": {2027: {"holidays": [{"name": "test", "from": date(2027, 1, 1), "to": date(2027, 1, 1)}]}}}}
    })
    calendar = calendar_named("china", [own])
    assert 2027 in calendar.years and 2024 in calendar.years
    assert not calendar.is_business_day(date(2027, 1, 1))
    assert not calendar.is_business_day(date(2025, 1, 29))  # the built-in years are kept


@pytest.mark.parametrize(
    "bad, expected",
    [
        ({"calendars": {"x": {"years": {2025: {"working_days": [{"date": date(2025, 3, 5)}]}}}}}, "not a Saturday or Sunday"),
        ({"calendars": {"x": {"years": {2025: {"holidays": [{"from": date(2025, 3, 5), "to": date(2025, 3, 1)}]}}}}}, "ends"),
        ({"calendars": {"x": {"colour": "blue"}}}, "expected shape"),
    ],
)
def test_a_broken_team_calendar_is_refused_with_a_reason(tmp_path, bad, expected):
    own = _write(tmp_path / "bad.yaml", bad)
    with pytest.raises(ConfigurationError) as error:
        calendar_named("x", [own])
    assert expected in str(error.value)


def test_a_missing_calendar_file_or_name_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigurationError):
        calendar_named("china", [tmp_path / "nope.yaml"])
    with pytest.raises(ConfigurationError) as error:
        calendar_named("atlantis")
    assert "china" in (error.value.hint or "")


def test_a_team_calendar_can_be_assigned_to_sites(tmp_path):
    own = _write(tmp_path / "own.yaml", {
        "calendars": {
            "philippines": {
                "sites": ["lazada"],
                "years": {2024: {"holidays": [{"name": "Independence Day", "from": date(2024, 6, 12), "to": date(2024, 6, 12)}]}},
            }
        }
    })
    lazada = calendar_for_site(Site.LAZADA, [own])
    assert lazada.name == "philippines"
    assert add_business_days(date(2024, 6, 11), 1, lazada) == date(2024, 6, 13)
    assert calendar_for_site(Site.ALIEXPRESS, [own]) is WEEKENDS_ONLY
    assert calendar_for_site(Site.TAOBAO, [own]).name == "china"
