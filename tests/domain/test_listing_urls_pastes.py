"""The checker on text as people paste it (bullets, markdown, e-mails, chat shares, separators),
the notices it splits the usable links into, and decoding pasted bytes."""

from __future__ import annotations

import codecs

import pytest

from assistant.domain.listing_urls import UrlReport, check_listing_urls
from assistant.domain.listings.pasted_text import decode_paste, words
from assistant.domain.listings.report import UrlResult
from assistant.domain.models import ListingKind, Site
from assistant.errors import BadInput

ITEM = "https://www.aliexpress.com/item/{}.html"


def normalized(report: UrlReport) -> list[str | None]:
    return [result.normalized for result in report.results]


def test_separators_on_one_line_spaces_commas_semicolons_and_tabs():
    report = check_listing_urls(f"{ITEM.format(1)}, {ITEM.format(2)};{ITEM.format(3)}\t{ITEM.format(4)}  {ITEM.format(5)},")
    assert normalized(report) == [ITEM.format(n) for n in range(1, 6)]
    assert report.summary.ok == 5 and all(result.line == 1 for result in report.results)


def test_bullets_numbers_brackets_quotes_and_trailing_punctuation():
    text = f"""
- {ITEM.format(1)}
* {ITEM.format(2)}.
• {ITEM.format(3)};
1. <{ITEM.format(4)}>
2) "{ITEM.format(5)}"!
  ({ITEM.format(6)}).
'{ITEM.format(7)}'?
“{ITEM.format(8)}”
‣{ITEM.format(9)}:

"""
    report = check_listing_urls(text)
    assert normalized(report) == [ITEM.format(n) for n in range(1, 10)]
    assert report.summary.ok == 9 and report.summary.problems == 0
    assert [result.line for result in report.results] == [2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert report.results[1].input == ITEM.format(2)  # the pasted form, without its full stop


def test_markdown_links_keep_the_link_not_the_title():
    text = f"* [Fake bag, red (large)]({ITEM.format(1)})\n* [second]( <{ITEM.format(2)}> \"tooltip\" )\n"
    report = check_listing_urls(text)
    assert normalized(report) == [ITEM.format(1), ITEM.format(2)]
    assert report.summary.skipped_words == 0


def test_an_email_snippet_yields_its_links_and_leaves_the_words_aside():
    email = f"""Hi Anna,

Please file the following against the seller (see evidence.pdf, order 8161234567890123):
  1. {ITEM.format(11)}
  2. https://detail.tmall.com/item.htm?id=61234567890&skuId=1 – the red one
  3. https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F12.html&data=05

Thanks, and/or call me on +49 151 1234567.
Bob
"""
    report = check_listing_urls(email)
    assert [r.site for r in report.results] == [Site.ALIEXPRESS, Site.TMALL, None]
    assert [p.code.value for p in report.results[2].problems] == ["redirect_link"]
    assert report.summary.total == 3 and report.summary.skipped_words > 10


def test_chinese_share_text_and_full_width_punctuation():
    text = (
        "【淘宝】https://m.tb.cn/h.5abcDEF?tk=xyz CZ0001 「超值皮包」点击链接直接打开\n"
        "链接：https://item.taobao.com/item.htm?id=612345678901，谢谢！\n"
        "https://detail.tmall.com/item.htm?id=61234567890。另一个：https://detail.1688.com/offer/612345678901.html\n"
    )
    report = check_listing_urls(text)
    assert [p.code.value for p in report.results[0].problems] == ["short_link"]
    assert normalized(report)[1:] == [
        "https://item.taobao.com/item.htm?id=612345678901",
        "https://detail.tmall.com/item.htm?id=61234567890",
        "https://detail.1688.com/offer/612345678901.html",
    ]


def test_chinese_text_glued_to_the_end_of_a_link_is_cut_off():
    result = check_listing_urls("https://www.aliexpress.com/item/1005.html谢谢").results[0]
    assert result.ok and result.input == "https://www.aliexpress.com/item/1005.html"


def test_invisible_characters_from_chat_apps_are_removed():
    report = check_listing_urls("\ufeffhttps://www.aliexpress.com/item/1\u200b005.html\u00a0https://nike.tmall.com/")
    assert normalized(report) == [ITEM.format(1005), "https://nike.tmall.com/"]


def test_a_label_glued_in_front_of_the_link_is_dropped():
    result = check_listing_urls("Link:https://www.aliexpress.com/item/5.html").results[0]
    assert result.ok and result.input == "https://www.aliexpress.com/item/5.html"


def test_a_link_from_an_html_email_with_escaped_ampersands():
    result = check_listing_urls("https://item.taobao.com/item.htm?spm=a1&amp;id=42&amp;ns=1").results[0]
    assert result.ok and result.normalized == "https://item.taobao.com/item.htm?id=42"


def test_a_lone_number_on_a_line_is_flagged_but_a_number_in_a_sentence_is_not():
    report = check_listing_urls("1005006367324382\n- 1005006367324383\nOrder 8161234567890123 arrived.")
    assert [r.input for r in report.results] == ["1005006367324382", "1005006367324383"]
    assert all(r.problems[0].code.value == "not_a_url" for r in report.results)


def test_only_words_gives_no_results():
    report = check_listing_urls("Hello, see the attached evidence. Regards")
    assert report.results == [] and report.notices == [] and report.summary.skipped_words == 6
    assert report.all_ok


def test_a_sequence_of_lines_numbers_each_item_as_a_line():
    report = check_listing_urls([ITEM.format(1), "", f"{ITEM.format(2)} {ITEM.format(3)}"])
    assert [(r.position, r.line) for r in report.results] == [(1, 1), (2, 3), (3, 3)]


def test_words_strips_wrappers_but_keeps_a_bracket_the_link_opened():
    assert words("(see https://example.com/a_(b)).") == ["see", "https://example.com/a_(b)"]
    assert words("***") == []


# --- notices -------------------------------------------------------------------------------------


def test_301_links_make_a_notice_of_300_and_one_of_1_in_input_order():
    links = [ITEM.format(n) for n in range(1, 302)]
    report = check_listing_urls(links)
    assert [len(n) for n in report.notices] == [300, 1]
    assert report.notices[0] == links[:300] and report.notices[1] == [links[300]]


def test_exactly_300_links_make_one_notice():
    assert [len(n) for n in check_listing_urls([ITEM.format(n) for n in range(300)]).notices] == [300]


def test_notices_hold_one_site_and_one_kind_each_and_skip_unusable_links():
    report = check_listing_urls(
        [
            ITEM.format(1), "https://item.taobao.com/item.htm?id=9", ITEM.format(2), "https://www.aliexpress.com/store/5",
            "https://www.aliexpress.com/store/6", "https://www.aliexpress.com/store/7", ITEM.format(1),
            "https://s.click.aliexpress.com/e/_abc", "https://www.lazada.sg/products/i1.html", "https://www.lazada.co.th/products/i2.html",
            "https://detail.tmall.com/item.htm?id=3", "https://detail.tmall.hk/hk/item.htm?id=4",
        ]
    )  # fmt: skip
    assert report.notices == [
        [ITEM.format(1), ITEM.format(2)],
        ["https://item.taobao.com/item.htm?id=9"],
        ["https://www.aliexpress.com/store/5", "https://www.aliexpress.com/store/6", "https://www.aliexpress.com/store/7"],
        ["https://www.lazada.sg/products/i1.html"],
        ["https://www.lazada.co.th/products/i2.html"],
        ["https://detail.tmall.com/item.htm?id=3"],
        ["https://detail.tmall.hk/hk/item.htm?id=4"],
    ]
    by_link = {r.normalized: r for r in report.results if r.duplicate_of is None and r.normalized}
    for notice in report.notices:
        assert len({(by_link[link].site, by_link[link].kind) for link in notice}) == 1
    assert report.summary.model_dump() == {"total": 12, "ok": 8, "problems": 4, "duplicates": 1, "skipped_words": 0}


def test_the_batch_size_comes_from_the_rules(monkeypatch):
    import assistant.domain.listings.checker as checker

    monkeypatch.setattr(checker, "max_listings_per_complaint", lambda: 2)
    report = check_listing_urls([ITEM.format(n) for n in range(5)])
    assert [len(n) for n in report.notices] == [2, 2, 1]


def test_json_shape_is_the_contract():
    report = check_listing_urls(["https://www.aliexpress.com/item/1.html", "not-a-link.example/x", "https://www.aliexpress.com/item/1.html"])
    payload = report.model_dump(mode="json")
    assert {"site", "results", "notices", "summary"} <= set(payload)
    assert payload["site"] is None
    for result in payload["results"]:
        assert {"input", "ok", "site", "kind", "listing_id", "normalized", "problems"} <= set(result)
        assert isinstance(result["ok"], bool)
        for problem in result["problems"]:
            assert {"code", "message"} <= set(problem) and isinstance(problem["code"], str)
    assert payload["results"][0]["site"] == "aliexpress" and payload["results"][0]["kind"] == "product"
    assert payload["notices"] == [["https://www.aliexpress.com/item/1.html"]]
    assert {"total": 3, "ok": 1, "problems": 2, "duplicates": 1}.items() <= payload["summary"].items()


def test_results_built_without_validation_equal_validated_ones():
    report = check_listing_urls(
        ["https://www.aliexpress.com/item/1.html", "https://www.aliexpress.com/store/2", "https://s.click.aliexpress.com/e/x",
         "https://www.aliexpress.com/item/1.html", "ftp://x"],
        "aliexpress",
        active_listings=lambda urls: {urls[0]},
    )  # fmt: skip
    revalidated = UrlReport.model_validate(report.model_dump())
    assert revalidated == report
    assert all(isinstance(result, UrlResult) for result in report.results)
    assert report.model_dump_json()  # serialises without warnings about unexpected types


def test_listing_ref_carries_the_identity():
    ref = check_listing_urls("https://es.aliexpress.com/item/9.html?spm=1").results[0].listing_ref()
    assert (ref.site, ref.kind, ref.listing_id, ref.normalized) == (Site.ALIEXPRESS, ListingKind.PRODUCT, "9", ITEM.format(9))


# --- pasted bytes --------------------------------------------------------------------------------


def test_decode_plain_utf8_and_byte_order_marks():
    assert decode_paste("https://x.example/ä\n".encode()).text == "https://x.example/ä\n"
    assert decode_paste(codecs.BOM_UTF8 + b"https://a.example/\n").text == "https://a.example/\n"
    assert decode_paste("https://b.example/\n".encode("utf-16")).text == "https://b.example/\n"


def test_invalid_utf8_is_replaced_and_its_lines_reported():
    pasted = decode_paste(b"https://www.aliexpress.com/item/1.html\nhttps://www.aliexpress.com/item/2\xff.html\n")
    assert pasted.unreadable_lines == (2,)
    report = check_listing_urls(pasted.text)
    assert report.results[0].ok and report.results[1].problems[0].code.value == "not_a_url"
    assert "could not be read" in report.results[1].problems[0].message


@pytest.mark.parametrize(
    ("data", "words_in_message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x00\x01binary", "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
        ("点击链接直接打开淘宝搜索".encode("gbk") * 20, "not UTF-8"),
    ],
)
def test_unusable_bytes_are_refused_with_a_clear_message(data, words_in_message):
    with pytest.raises(BadInput) as error:
        decode_paste(data)
    assert words_in_message in error.value.message
    assert "nothing was checked" in error.value.message or "no links to check" in error.value.message


def test_input_over_the_limit_is_refused_saying_the_limit():
    with pytest.raises(BadInput) as error:
        decode_paste(b"x" * 11, limit=10, limit_label="10 bytes")
    assert "10 bytes" in error.value.message
    assert decode_paste(b"https://a.example/" + b"x" * 2, limit=20).text  # at the limit: fine


LONG = 200_000


@pytest.mark.parametrize(
    "line",
    [
        "https://" + "a" * LONG + ".",
        "a" * LONG + "!://x",
        "[" * LONG + "](https://www.aliexpress.com/item/1.html)",
        "(" * LONG + "https://example.com/" + ")" * LONG,
        "a." * LONG + "!",
        "https://www.lazada.sg/products/" + "-i1" * LONG + "x.html",
        "https://a.example/?" + "url=https%3A%2F%2F" * (LONG // 20),
        "https://www.aliexpress.com/item/1.html " * (LONG // 40),
    ],
    ids=["long-host", "long-scheme", "brackets", "parentheses", "dots", "lazada-path", "redirects", "many-links"],
)
def test_long_hostile_lines_are_read_in_one_pass(line):
    """Each of these took quadratic time in a naive reader; a 50 MB paste must not hang the checker."""
    report = check_listing_urls(line)
    assert report.summary.total == len(report.results)
    assert all(result.ok == (not result.problems) for result in report.results)
