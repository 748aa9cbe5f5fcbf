"""Days said in words resolve against the day of the message; an explicit date wins."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.services.said_dates import resolve_said_date

WEDNESDAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("words", "day", "explicit"),
    [
        ("received today", date(2025, 3, 12), False),
        ("we received the seller's counter-notice yesterday", date(2025, 3, 11), False),
        ("the counter-notice came in last Friday", date(2025, 3, 7), False),
        ("It was received on 4 March, I'm only looking at it today", date(2025, 3, 4), True),
        ("got it on 3 March", date(2025, 3, 3), True),
        ("received 2025-03-04", date(2025, 3, 4), True),
        ("卖家的申诉是昨天收到的", date(2025, 3, 11), False),
        ("上周五收到的", date(2025, 3, 7), False),
        ("前天收到", date(2025, 3, 10), False),
    ],
)
def test_words_resolve_against_the_message_day(words, day, explicit):
    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == day and said.explicit is explicit
    assert said.words and said.words.lower() in words.lower()


def test_no_day_in_the_words_and_never_a_day_after_the_message():
    assert resolve_said_date("the seller wrote to us", WEDNESDAY) is None
    assert resolve_said_date("", WEDNESDAY) is None
    future = resolve_said_date("received 2025-04-01", WEDNESDAY)
    assert future is None or future.day <= WEDNESDAY
