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
        # The person's lead-in before the pasted text: a colon or a request beside the day does not hide it.
        ("please triage this, received on 4 March:", date(2025, 3, 4), True),
        ("this one came in Mar. 3, can you check it:", date(2025, 3, 3), True),
        ("3月5日收到的，请帮忙分析：", date(2025, 3, 5), True),
        ("收到日期 12月20日", date(2024, 12, 20), True),  # without a year: the latest such day up to the message
        ("received on 20 December:", date(2024, 12, 20), True),
    ],
)
def test_words_resolve_against_the_message_day(words, day, explicit):
    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == day and said.explicit is explicit
    assert said.words and said.words.lower() in words.lower()


def test_no_day_in_the_words_and_a_full_date_after_the_message_is_kept_for_refusal():
    assert resolve_said_date("the seller wrote to us", WEDNESDAY) is None
    assert resolve_said_date("", WEDNESDAY) is None
    future = resolve_said_date("received 2025-04-01", WEDNESDAY)  # said with its year: returned as said, the caller refuses it
    assert future is not None and future.day == date(2025, 4, 1) and future.explicit
    assert resolve_said_date("received 2025-03-04 and chased on 2025-04-01", WEDNESDAY).day == date(2025, 3, 4)


@pytest.mark.parametrize(("words", "day"), [("received next Monday:", date(2025, 3, 17)), ("it arrives tomorrow", date(2025, 3, 13))])
def test_words_pointing_ahead_give_that_day_for_the_caller_to_refuse(words, day):
    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == day and not said.explicit and said.words in words
    assert resolve_said_date("received last Monday, the reminder comes next Monday", WEDNESDAY).day == date(2025, 3, 10)


@pytest.mark.parametrize(
    ("words", "day", "other"),
    [("received on 3/4", date(2025, 3, 4), date(2024, 4, 3)), ("came in 2/9/2024", date(2024, 2, 9), date(2024, 9, 2))],
)
def test_a_numeric_day_that_reads_either_way_keeps_both_readings(words, day, other):
    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.ambiguous and {said.day, said.other} == {day, other}


# Written with dots ('05.02.2025', as German, Italian or Indonesian write it), the day comes first: nobody writes the month
# first with dots, so there is nothing to ask.
@pytest.mark.parametrize(("words", "day"), [("received 21/2", date(2025, 2, 21)), ("received 2/21", date(2025, 2, 21)),
                                            ("received 4/4", date(2024, 4, 4)), ("received 05.02.2025", date(2025, 2, 5))])
def test_a_numeric_day_that_can_only_be_one_day_is_not_asked(words, day):
    said = resolve_said_date(words, WEDNESDAY)
    assert (said.day if said else None) == day and not (said and said.ambiguous)


def test_the_teams_order_settles_a_numeric_day():
    assert resolve_said_date("received on 3/2", WEDNESDAY, day_order="DMY").day == date(2025, 2, 3)
    assert resolve_said_date("received on 3/2", WEDNESDAY, day_order="MDY").day == date(2025, 3, 2)
    assert not resolve_said_date("received on 3/2", WEDNESDAY, day_order="DMY").ambiguous


def test_the_triage_refuses_a_day_ahead_and_asks_which_day_a_numeric_one_is():
    from assistant.services.appeals import said_day_refusal

    assert "after today" in said_day_refusal("received next Monday:", WEDNESDAY)
    assert "next Monday" in said_day_refusal("received next Monday:", WEDNESDAY)
    asked = said_day_refusal("received on 3/2", WEDNESDAY)
    assert "2 March 2025" in asked and "3 February 2025" in asked
    assert said_day_refusal("received yesterday", WEDNESDAY) is None


@pytest.mark.parametrize("words, expected", [
    ("see section 3.4 of the seller's letter, received today", date(2026, 11, 30)),
    ("they used their version 1.2 form, it came in yesterday", date(2026, 11, 29)),
])
def test_a_number_written_with_a_dot_is_not_a_day(words, expected):
    said = resolve_said_date(words, date(2026, 11, 30))
    assert said is not None and said.day == expected


@pytest.mark.parametrize(("words", "day", "written"), [
    ("received 27 noviembre, please triage", date(2024, 11, 27), "27 noviembre"),
    ("la recibimos el 24 de noviembre, ¿la revisas?", date(2024, 11, 24), "24 de noviembre"),
    ("arrivato il 27 novembre, puoi controllarlo?", date(2024, 11, 27), "27 novembre"),
    ("Eingang am 27. November, bitte prüfen", date(2024, 11, 27), "27. November"),
    ("reçu le 3 mars", date(2025, 3, 3), "3 mars"),
    ("recibido el 2 de marzo de 2025", date(2025, 3, 2), "2 de marzo de 2025"),
])
def test_a_day_with_its_month_in_another_language_is_read_and_kept_as_written(words, day, written):
    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == day and said.words == written and said.explicit


@pytest.mark.parametrize("words", ["received on 31 February", "30 February 2025", "came in 31/04/2025", "received 2025-02-30",
                                   "nos llegó el 30 de febrero", "arrivato il 31 aprile", "2025年2月30日收到"])
def test_a_date_that_names_no_real_day_is_never_read_as_another_day(words):
    assert resolve_said_date(words, WEDNESDAY) is None  # never '1 February', '28 February', the year alone or today


@pytest.mark.parametrize(("words", "quoted", "why"), [
    ("it came in on 31 February, can you triage it:", "'31 February'", "February has at most 29 days"),
    ("received 30 February 2026", "'30 February 2026'", "February 2026 has 28 days"),
    ("came in 31/04/2026 - triage please", "'31/04/2026'", "April 2026 has 30 days"),
    ("received 2026-02-30", "'2026-02-30'", "February 2026 has 28 days"),
    ("nos llegó el 30 de febrero", "'30 de febrero'", "February has at most 29 days"),
])
def test_the_triage_refuses_a_day_that_is_not_real_quoting_it(words, quoted, why):
    from assistant.errors import BadInput
    from assistant.services.appeals import said_day_refusal, triage
    from tests.sample_complaints import sample_complaint
    from assistant.services.appeals import ComplaintForTriage, SellerSubmission

    target = ComplaintForTriage(sample_complaint([1]), filed_on=date(2025, 1, 6))
    with pytest.raises(BadInput) as refused:
        triage(target, SellerSubmission(text="Our goods are genuine, invoice attached."), received_said=words, today=date(2026, 12, 1))
    assert quoted in refused.value.message and "not a real date" in refused.value.message and why in refused.value.message
    assert said_day_refusal(words, date(2026, 12, 1)) == refused.value.message  # the chat refuses with the same words


@pytest.mark.parametrize(("words", "day", "written"), [
    ("it reached us on the twenty-seventh of November", date(2024, 11, 27), "twenty-seventh of November"),
    ("received on the twenty first of November", date(2024, 11, 21), "twenty first of November"),
    ("first of December", date(2024, 12, 1), "first of December"),
    ("came in November the third", date(2024, 11, 3), "November the third"),
    ("nos llegó el veintisiete de noviembre", date(2024, 11, 27), "veintisiete de noviembre"),
    ("llegó el primero de diciembre", date(2024, 12, 1), "primero de diciembre"),
])
def test_a_day_written_in_words_is_read_and_kept_as_written(words, day, written):
    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == day and said.words == written and said.explicit


@pytest.mark.parametrize(("words", "quoted"), [
    ("it reached us in November, please triage", "'in November'"),
    ("of November", "'of November'"),
    ("received November 2024", "'November 2024'"),
    ("it came in in November", "'in November'"),
])
def test_a_month_without_its_day_is_never_read_as_its_first_and_the_day_is_asked(words, quoted):
    from assistant.services.appeals import not_real_day

    assert resolve_said_date(words, WEDNESDAY) is None
    assert quoted + " names the month but not the day" in not_real_day(words)


def test_a_month_beside_a_day_or_the_word_may_is_not_refused():
    from assistant.services.appeals import not_real_day

    assert not_real_day("received yesterday, the November batch") is None
    assert not_real_day("received 27 November") is None
    assert not_real_day("we may triage it today") is None


@pytest.mark.parametrize(
    ("words", "day", "written"),
    [
        ("triage the seller's appeal on complaint KST-2026-103, it came in the day before yesterday", date(2025, 3, 10), "the day before yesterday"),
        ("received day before yesterday", date(2025, 3, 10), "day before yesterday"),
        # 'a second' names a moment, not a day: the day the person gave is 'today'.
        ("answered a second time, received today", date(2025, 3, 12), "today"),
    ],
)
def test_relative_days_are_counted_whole_days_back(words, day, written):
    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == day and said.words == written


def test_words_naming_a_moment_not_a_day_name_no_day():
    assert resolve_said_date("it came in an hour ago", WEDNESDAY) is None


@pytest.mark.parametrize(
    ("words", "back"),
    [("received vorgestern", 2), ("recibido anteayer", 2), ("diterima kemarin", 1), ("ricevuto l'altro ieri", 2),
     ("gestern eingegangen", 1), ("hier ist die Antwort, heute erhalten", 0)],
)
def test_today_yesterday_and_the_day_before_are_read_in_the_languages_people_write(words, back):
    from datetime import timedelta

    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == WEDNESDAY - timedelta(days=back)


@pytest.mark.parametrize(
    ("words", "back", "echoed"),
    [("lo recibimos hace tres días", 3, "hace tres días"), ("arrivata tre giorni fa", 3, "tre giorni fa"),
     ("diterima 3 hari yang lalu", 3, "3 hari yang lalu"), ("masuk dua hari lalu", 2, "dua hari lalu"),
     ("arrivata avantieri", 2, "avantieri"), ("ricevuto l'altro ieri", 2, "l'altro ieri"), ("vor drei Tagen eingegangen", 3, "vor drei Tagen"),
     ("diterima 2 hari lepas", 2, "2 hari lepas"), ("sampai tiga hari yang lepas", 3, "tiga hari yang lepas")],
)
def test_days_counted_back_are_read_in_the_languages_people_write_and_echoed_as_written(words, back, echoed):
    from datetime import timedelta

    said = resolve_said_date(words, WEDNESDAY)
    assert said is not None and said.day == WEDNESDAY - timedelta(days=back) and said.words == echoed


def test_the_cli_takes_a_day_counted_back_in_spanish_italian_or_indonesian():
    from assistant.services.appeals import day_option

    for words in ("anteayer", "l'altro ieri", "kemarin lusa", "hace tres días", "tre giorni fa", "3 hari yang lalu", "2 hari lepas"):
        assert day_option(words, "--received-on", WEDNESDAY) == (None, words)


def test_words_saying_when_it_came_that_name_no_day_read_are_quoted_never_dropped():
    from assistant.services.said_dates import unread_receipt_day

    assert unread_receipt_day("please triage complaint 4, received kelmarin:", WEDNESDAY) == "received kelmarin"
    assert unread_receipt_day("please triage complaint 4, received vorgestern", WEDNESDAY) is None  # read
    assert unread_receipt_day("we received the seller's reply on complaint 4:", WEDNESDAY) is None  # what came, not when
    assert unread_receipt_day("the seller answered again on complaint 4:", WEDNESDAY) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [("please triage this, it reached us yesterday. The licence is valid 2024-01-01 to 2025-12-31", "reached us yesterday"),
     ("complaint 11, we got this counter-notice on 26 noviembre, the seller attached its title (edited 25/11/2026)",
      "got this counter-notice on 26 noviembre"),
     ("Beschwerde 3, eingegangen am 27. November; die Rechnung ist vom 14.09.2026", "eingegangen am 27. November"),
     ("昨天收到，发票日期2026年9月14日", "昨天收到"),
     ("received on 4 March, I'm looking at it today", "received on 4 March")],
)
def test_the_receipt_day_is_read_where_the_person_says_it_came_not_from_their_other_dates(words, expected):
    from assistant.services.said_dates import receipt_words

    assert receipt_words(words, WEDNESDAY) == expected


def test_words_that_never_say_when_it_came_give_no_receipt_part():
    from assistant.services.said_dates import receipt_words

    assert receipt_words("please triage this counter-notice", WEDNESDAY) is None
    assert receipt_words("the seller says it bought them on 3 March", WEDNESDAY) is None
