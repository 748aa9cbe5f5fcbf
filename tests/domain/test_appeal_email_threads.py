"""A seller's reply pasted as an email thread: only its newest message is its counter-notice (email_thread.py)."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.email_thread import newest_message

NEWEST = "Dear team,\nWe removed the word from the title on 29 Nov.\nOur goods carry our own brand.\nBest regards,\nKevin"


@pytest.mark.parametrize(
    "quoted",
    [
        "-----Original Message-----\nFrom: Brand Protection <bp@example.com>\nSent: Thursday, November 26, 2026 09:12\n"
        "Subject: RE: complaint\n> We have never authorised you to use the mark.",
        "On Thu, 26 Nov 2026 at 10:05, Brand Protection <bp@example.com> wrote:\n> We have never authorised you to use the mark.",
        "From: Brand Protection <bp@example.com>\nSent: Thursday, November 26, 2026 09:12\nTo: Kevin <k@example.com>\n"
        "Subject: complaint\n\nWe have never authorised you to use the mark.",
        "------------------ 原始邮件 ------------------\n发件人: \"Brand Protection\"<bp@example.com>;\n"
        "发送时间: 2026年11月26日(星期四) 上午9:12\n主题: complaint\n\nWe have never authorised you to use the mark.",
        "El jue, 26 nov 2026 a las 9:12, Brand Protection (<bp@example.com>) escribió:\n> Nunca le hemos autorizado a usar la marca.",
        "Am Do., 26. Nov. 2026 um 09:12 Uhr schrieb Brand Protection <bp@example.com>:\n> Wir haben Ihnen die Marke nie gestattet.",
    ],
)
def test_the_quoted_earlier_message_is_not_the_sellers(quoted):
    assert newest_message(f"{NEWEST}\n\n{quoted}") == NEWEST


@pytest.mark.parametrize(
    "text",
    [
        NEWEST,
        "Subject: Appeal for listing 123\nDear Sir,\nWe bought the goods from an authorised distributor.\nRegards",
        "您好，我们的商品是正品，进货渠道为广州的一级代理商。\n李店长\n2026年11月24日",
        "-----Original Message-----\nFrom: Kevin\n> We bought the goods from your distributor.",  # nothing of its own above
    ],
)
def test_a_text_that_quotes_nothing_after_its_own_words_is_whole(text):
    assert newest_message(text) == text


def test_the_newest_message_is_verbatim():
    text = f"{NEWEST}\n-----Original Message-----\nFrom: X\n> earlier"
    assert text.startswith(newest_message(text))
