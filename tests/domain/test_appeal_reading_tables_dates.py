"""Reading an invoice's quantity column and its date in other languages, and the event a date stands for."""

from datetime import date

import pytest

from assistant.domain.appeals.date_roles import DateRole, OurNames, dates_with_roles, without_our_dates
from assistant.domain.appeals.evidence import document_date, document_quantity, find_dates, pieces_each, quantity_as_written, unread_date


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Columns laid out with spaces, headed in Bahasa, Malay, Chinese, Spanish, Italian, German and English.
        ("Deskripsi                            Qty   Harga\nPisau dapur set 8 pcs (Chef 20cm)    3     Rp 450.000\n\nTotal: Rp 1.350.000", 3),
        ("Perihal              Kuantiti    Harga (RM)\nSet pisau 8 pcs      2           RM 180.00\n\nJumlah: RM 360.00", 2),
        ("品名                      数量      单价      金额\n保温杯套装 6件 (500ml)    120      35.00     4200.00\n\n合计金额：4200.00元", 120),
        ("Descripción                       Cantidad    Precio\nJuego sartenes 3 piezas (20/24)   50          39,90", 50),
        ("Descrizione                Quantità    Prezzo\nSet coltelli 6 pz          30          € 45,00", 30),
        ("Artikel                     Menge    Preis\nTopfset 4 Stück (Edelstahl)  60       89,00 €", 60),
        ("No  Description  Qty  Price\n1  Widget 8 pcs  50  2.00\n2  Gadget  30  1.00", 80),
        # As OCR gives a scan: the row run together, a column's gap kept as two spaces, 'Jumlah' heading the count.
        ("Deskripsi  Qty  Harga\nPisau dapur set8 pcs (Chef 20cm) 3  Rp 450.000\nTotal:Rp1.350.000", 3),
        ("Deskripsi  Jumlah Harga\nWajan set 3 pcs (28cm)  25  Rp 275.000\nTotal: Rp 6.875.000", 25),
    ],
)
def test_the_quantity_column_wins_over_a_count_in_the_goods_name(text, quantity):
    assert document_quantity(text) == quantity


def test_without_a_quantity_column_the_count_in_the_line_is_read():
    assert document_quantity("Deskripsi  Jumlah Harga\nWajan set 3 pcs (28cm)  Rp 275.000") == 3
    assert document_quantity("Qty: 120 pcs") == 120


def test_sets_are_said_as_the_document_writes_them_and_the_column_is_quoted():
    text = "Deskripsi        Qty   Harga\nPisau 20cm set 8 pcs    3     Rp 450.000\nJl. Mawar 3"
    assert pieces_each(text) == "8 pcs"
    assert quantity_as_written(text, 3) == "3"
    assert pieces_each("Description | Qty | Amount\nBoots | 40 | 400.00") is None


@pytest.mark.parametrize(
    "text, day",
    [
        ("Tanggal: 12 Oktober 2026", date(2026, 10, 12)),
        ("Tgl: 12 Okt 2026", date(2026, 10, 12)),
        ("Tarikh: 3 Mac 2026", date(2026, 3, 3)),
        ("Datum: 14. Oktober 2026", date(2026, 10, 14)),
        ("Data: 5 ottobre 2026", date(2026, 10, 5)),
        ("Tanggal: 12 0ktober2026", date(2026, 10, 12)),  # OCR: a zero for the O, the year run on
    ],
)
def test_a_month_in_words_in_other_languages_is_read(text, day):
    assert document_date(text) == day
    assert unread_date(text) is None


def test_no_date_is_made_of_a_count_and_a_year():
    assert find_dates("3 pcs 2026") == []


def test_a_date_line_that_holds_no_real_day_is_unread_not_missing():
    assert unread_date("Invoice\nDate: 31/11/2026\nBill to: X") == "31/11/2026"
    assert unread_date("日期：2026年13月1日") == "2026年13月1日"
    assert unread_date("Invoice No. 2231\nBill to: X") is None


@pytest.mark.parametrize(
    "text, roles",
    [
        ("我司已于2026年11月25日向国家知识产权局提出无效宣告请求，附受理通知书。", [DateRole.FILED]),
        ("无效宣告请求受理通知书\n案件编号：4W123456\n受理日期：2026年11月26日", [DateRole.ACCEPTED]),
        ("We filed the request on 3 November 2026 and the office accepted it on 5 November 2026.", [DateRole.FILED, DateRole.ACCEPTED]),
        ("Date of filing of the request: 14 October 2026\nDate of issue: 20 October 2026", [DateRole.FILED, DateRole.ISSUED]),
        ("2026年11月26日", [None]),
    ],
)
def test_a_date_carries_the_event_its_words_name(text, roles):
    assert [d.role for d in dates_with_roles(text)] == roles


@pytest.mark.parametrize(
    "text, sides",
    [
        # The seller quoting our filing date beside its own: whose noun the date belongs to, nearest it in its clause.
        ("your trademark was only filed on 12 March 2021, after we had already published these tents on 3 May 2019.", ["ours", "seller"]),
        ("The design was public before your application: you filed on 12 March 2021 and we showed it on 5 October 2019.", ["ours", "seller"]),
        ("We published our catalogue on 3 May 2018, so it was public before your application was filed on 12 March 2021.", ["seller", "ours"]),
        ("贵司的商标是2021年3月12日才申请的，而我司早在2019年5月3日就已经公开销售", ["ours", "seller"]),
        ("Ihre Marke wurde erst am 12.03.2021 angemeldet; unser Katalog wurde bereits am 03.05.2019 veröffentlicht.", ["ours", "seller"]),
        ("Su marca fue solicitada el 12 de marzo de 2021, cuando nosotros ya habíamos publicado el catálogo el 3 de mayo de 2019.", ["ours", "seller"]),
        # A 'you' that is an object names no side; the subject after the date does.
        ("We would like to inform you that on 3 May 2019 we published the catalogue.", ["seller"]),
        ("Invoice date: 2026-09-17", [None]),
    ],
)
def test_a_date_is_ours_or_the_sellers_by_the_words_of_its_clause(text, sides):
    assert [d.side for d in dates_with_roles(text)] == sides


def test_our_names_make_a_date_ours_only_where_no_pronoun_speaks():
    ours = OurNames("HALDEN", ("Halden Outdoor GmbH",))
    assert [d.side for d in dates_with_roles("the HALDEN trademark was only filed on 12 March 2021.", ours)] == ["ours"]
    assert [d.side for d in dates_with_roles("Halden Outdoor GmbH applied on 12 March 2021.", ours)] == ["ours"]
    assert [d.side for d in dates_with_roles("we have used the HALDEN trademark since 1 May 2019.", ours)] == ["seller"]
    assert without_our_dates("your mark was filed on 12 March 2021, we sold it on 3 May 2019") == (
        "your mark was filed on " + " " * len("12 March 2021") + ", we sold it on 3 May 2019")
