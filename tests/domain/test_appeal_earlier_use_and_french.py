"""The seller's earlier use read by its meaning in several languages, its date kept as written and set against ours, and
French counter-notices read by their own words, the triage saying which language it read."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.earlier_use import earlier_use_said
from assistant.domain.appeals.french_meaning import french_classes
from assistant.domain.appeals.grounds import legal_kinds
from assistant.domain.appeals.said_periods import said_period
from assistant.domain.appeals.seller_language import read_from
from assistant.domain.untrusted_text import normalize_text


@pytest.mark.parametrize(
    "text",
    [
        "Wir waren zuerst da.",
        "Wer zuerst da war, hat das Recht.",
        "Wir verkaufen das schon seit Jahren, lange vor Ihrer Marke.",
        "Wir haben diese Laternen schon verkauft, bevor es Ihre Marke gab.",
        "vendiamo questo prodotto da prima della vostra registrazione",
        "siamo stati i primi a vendere queste lanterne con questo nome",
        "kami sudah menjual produk ini sebelum merek anda didaftarkan",
        "kedai kami telah menggunakan nama ini lebih awal daripada pendaftaran jenama anda",
        "nous vendons ces lanternes avant le dépôt de votre marque",
        "we have been selling these lanterns since March 2023, before your trademark was filed",
    ],
)
def test_earlier_use_is_read_by_its_meaning(text):
    assert earlier_use_said(normalize_text(text))
    assert "prior_use" in legal_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir behaupten nicht, vor Ihrer Marke verkauft zu haben.",  # negated
        "We never sold these before your registration.",
        "We have sold these lanterns for years, long before you filed the complaint.",  # the complaint, not our right
        "We bought the products from the vendor before your trademark was registered.",  # bought, not sold or used
        "Wir haben die Ware beim Großhändler gekauft.",
    ],
)
def test_no_earlier_use_where_none_is_claimed(text):
    assert not earlier_use_said(normalize_text(text))


@pytest.mark.parametrize(
    "words, quoted, first, last",
    [
        ("we sell them since March 2023, before your mark", "since March 2023", date(2023, 3, 1), date(2023, 3, 31)),
        ("vendemos desde marzo de 2023", "desde marzo de 2023", date(2023, 3, 1), date(2023, 3, 31)),
        ("wir verkaufen seit Frühjahr 2022 unter diesem Namen", "seit Frühjahr 2022", date(2022, 3, 1), date(2022, 5, 31)),
        ("we started selling in early 2021", "in early 2021", date(2021, 1, 1), date(2021, 6, 30)),
        ("我们从2022年9月开始销售", "从2022年9月开始", date(2022, 9, 1), date(2022, 9, 30)),
        ("kami menjual sejak 2019", "sejak 2019", date(2019, 1, 1), date(2019, 12, 31)),
    ],
)
def test_the_sellers_date_is_kept_as_written_with_the_days_it_can_mean(words, quoted, first, last):
    said = said_period((words,))
    assert (said.quoted, said.first, said.last) == (quoted, first, last)


def test_a_month_decides_only_when_our_day_is_outside_it():
    march = said_period(("since March 2023",))
    assert march.against(date(2023, 6, 20)) == -1
    assert march.against(date(2023, 2, 28)) == 1
    assert march.against(date(2023, 3, 14)) == 0 and march.undecided() == "the month alone"
    assert said_period(("in early 2021",)).undecided() == "those words alone"


@pytest.mark.parametrize(
    "text, ground",
    [
        ("Nous avons acheté ces produits auprès d'un distributeur agréé, facture ci-jointe.", "purchase_invoice"),
        ("Nous nous approvisionnons chez le grossiste officiel de la marque.", "purchase_invoice"),
        ("Les photos de l'annonce sont nos propres photos, nous les avons prises nous-mêmes.", "own_photos"),
        ("Notre lanterne est un modèle différent, ce n'est pas le même produit.", "different_product"),
        ("Nous sommes autorisés par le titulaire de la marque à vendre ces produits.", "licence"),
        ("Nous avons déjà retiré l'annonce et nous ne vendrons plus ce produit.", "no_contest"),
    ],
)
def test_french_sentences_are_read_by_their_own_words(text, ground):
    assert ground in french_classes(normalize_text(text))


def test_an_authorised_source_is_no_licence_and_a_denied_counterfeit_no_ground():
    assert "licence" not in french_classes(normalize_text("Nous avons acheté ces produits auprès d'un distributeur agréé."))
    assert french_classes(normalize_text("Contrefaçon ? Non, produits authentiques.")) == set()


def test_the_language_read_from():
    assert read_from(["Bonjour,", "Nous avons acheté ces produits chez le grossiste officiel de la marque.", "Cordialement,"]) == "French"
    assert read_from(["Wir haben die Ware beim Hersteller gekauft, die Rechnung liegt bei."]) == "German"
    assert read_from(["We bought these from the official distributor, invoice attached."]) is None
    assert read_from(["我们从品牌方授权经销商处进货，附上发票。"]) is None


def test_a_files_month_is_the_whole_month():
    from assistant.domain.appeals.said_periods import SaidPeriod

    shown = SaidPeriod.given("März 2023", date(2023, 3, 1), "month")
    assert (shown.first, shown.last, shown.against(date(2023, 3, 14))) == (date(2023, 3, 1), date(2023, 3, 31), 0)
    assert SaidPeriod.given("2019", date(2019, 1, 1), "year").against(date(2023, 3, 14)) == -1
