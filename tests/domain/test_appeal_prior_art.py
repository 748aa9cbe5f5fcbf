"""A prior-art document's publication date, as the document gives it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.prior_art import publication_date


@pytest.mark.parametrize(("text", "day"), [
    ("PRODUCT CATALOGUE\nPublished: 18 September 2023\nPage 14", date(2023, 9, 18)),
    ("实用新型专利说明书\n申请日：2020年01月05日\n公告日：2021年08月03日", date(2021, 8, 3)),
    ("(22) Filed: Jan. 5, 2020\n(45) Date of Patent: Mar. 9, 2021", date(2021, 3, 9)),
    ("Fecha de publicación: 03/10/2022", date(2022, 10, 3)),
])
def test_the_day_a_document_was_published_is_read_from_its_own_words(text, day):
    assert publication_date(text) == day


def test_a_document_that_gives_no_publication_date_has_none():
    assert publication_date("Invoice date: 2021-05-04\nModel HL-22 cam cleat") is None
    assert publication_date(None) is None
