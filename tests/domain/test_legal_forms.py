"""Company names and legal forms: a name written with another legal form is a difference, not the same name."""

from __future__ import annotations

import pytest

from assistant.domain.legal_forms import legal_form_differences, names_as_written, split_legal_form


@pytest.mark.parametrize(
    ("name", "base", "form"),
    [
        ("Acme Sportswear Co., Ltd.", "Acme Sportswear", "Co., Ltd."),
        ("Acme Sportswear Ltd", "Acme Sportswear", "Ltd"),
        ("Trailmark Gear Inc.", "Trailmark Gear", "Inc."),
        ("杭州云岫茶器有限公司", "杭州云岫茶器", "有限公司"),
        ("Lumina Audio", "Lumina Audio", ""),
        # A form in Chinese, Japanese or Korean script after a Latin name or before it; forms written before the name.
        ("Sakura Kogyo 株式会社", "Sakura Kogyo", "株式会社"),
        ("株式会社 Minato Cutlery", "Minato Cutlery", "株式会社"),
        ("ミナト刃物株式会社", "ミナト刃物", "株式会社"),
        ("Hanbit Optics 주식회사", "Hanbit Optics", "주식회사"),
        ("Minato Cutlery Kabushiki Kaisha", "Minato Cutlery", "Kabushiki Kaisha"),
        ("PT Sumber Rasa Nusantara Tbk", "Sumber Rasa Nusantara", "PT Tbk"),
        ("CV Maju Jaya", "Maju Jaya", "CV"),
        ("Kedai Gunting Emas Sendirian Berhad", "Kedai Gunting Emas", "Sendirian Berhad"),
        ("Olivetto Cosmetici S.r.l.", "Olivetto Cosmetici", "S.r.l."),
        # A name in Chinese characters with a form in Latin letters.
        ("桜工業Co., Ltd.", "桜工業", "Co., Ltd."),
        ("青松户外 Ltd.", "青松户外", "Ltd."),
        ("雪峰 Trading", "雪峰 Trading", ""),
    ],
)
def test_a_name_splits_into_its_base_and_legal_form(name, base, form):
    assert split_legal_form(name) == (base, form)


def test_another_legal_form_is_a_difference_and_the_same_one_in_other_spelling_is_not():
    text = "LICENCE\nLicensor: Acme Sportswear Co., Ltd., 14 Mill Lane, Leeds\nSigned."
    assert names_as_written(text, "Acme Sportswear Ltd") == ["Acme Sportswear Co., Ltd."]
    assert legal_form_differences(text, "Acme Sportswear Ltd") == ["Acme Sportswear Co., Ltd."]
    assert legal_form_differences("Licensor: ACME SPORTSWEAR CO. LTD, Leeds", "Acme Sportswear Co., Ltd.") == []
    assert legal_form_differences("授权方：杭州云岫茶器股份有限公司", "杭州云岫茶器有限公司") == ["杭州云岫茶器股份有限公司"]


def test_a_name_written_without_a_legal_form_is_no_difference():
    assert legal_form_differences("Acme Sportswear grants the seller the right to sell ACME.", "Acme Sportswear Ltd") == []


def test_a_place_after_the_legal_form_is_kept_apart_and_pty_limited_is_one_form():
    from assistant.domain.legal_forms import company_parts

    assert company_parts("BrightWave Audio Co., Ltd., Shenzhen") == ("BrightWave Audio", "Co., Ltd.", "Shenzhen")
    assert company_parts("Acme, Inc.") == ("Acme", "Inc.", "")
    assert split_legal_form("Kirra Home Pty. Limited") == ("Kirra Home", "Pty. Limited")
    # A place in brackets after the form is no part of the name.
    assert company_parts("Sakura Kogyo Co., Ltd. (Osaka)") == ("Sakura Kogyo", "Co., Ltd.", "Osaka")
    assert company_parts("Fjordline Tekstil GmbH (Hamburg)") == ("Fjordline Tekstil", "GmbH", "Hamburg")


def test_forms_are_compared_as_forms_across_languages():
    from assistant.domain.legal_forms import form_difference, form_key, same_form_in_another_language

    # One form abbreviated or spelt out.
    assert form_key("Kabushiki Kaisha") == form_key("K.K.")
    assert form_key("Sendirian Berhad") == form_key("Sdn. Bhd.")
    assert form_key("Proprietary Limited") == form_key("Pty Ltd")
    # One form in two languages: the same name apart from its form, said so.
    assert same_form_in_another_language("株式会社", "Co., Ltd.")
    assert same_form_in_another_language("Limited", "有限公司")
    assert not same_form_in_another_language("GmbH", "株式会社")
    assert form_difference("Co., Ltd.", "株式会社") == "'Co., Ltd.' vs '株式会社', the same form in another language"
    assert form_difference("GmbH", "AS") == "'GmbH' vs 'AS'"


def test_names_that_differ_only_in_legal_form_compare_as_such_and_others_stay_different():
    from assistant.domain.appeals.parties import NameMatch, compare_names

    assert compare_names("Sakura Kogyo Co., Ltd. (Osaka)", "Sakura Kogyo 株式会社") is NameMatch.LEGAL_FORM
    assert compare_names("Minato Cutlery Kabushiki Kaisha", "Minato Cutlery K.K.") is NameMatch.SAME
    assert compare_names("PT. Sumber Rasa Nusantara", "PT Sumber Rasa Nusantara Tbk") is NameMatch.LEGAL_FORM
    assert compare_names("Hoshina Seiki Co., Ltd.", "Hoshino Seiki 株式会社") is NameMatch.OTHER
    assert compare_names("Olivetto Cosmetici S.r.l.", "Oliveto Cosmetici S.r.l.") is NameMatch.OTHER


@pytest.mark.parametrize(
    ("text", "cut", "ended"),
    [
        ("owned by Lumina Cosmetics S.p.A.", "owned by Lumina Cosmetics S.p.A.", "owned by Lumina Cosmetics S.p.A."),
        ("bought from Acme Inc.", "bought from Acme Inc.", "bought from Acme Inc."),
        ("does not name the brand ACME.", "does not name the brand ACME", "does not name the brand ACME."),
        ("names the owner ('Acme S.r.l.').", "names the owner ('Acme S.r.l.')", "names the owner ('Acme S.r.l.')."),
    ],
)
def test_a_name_that_ends_in_a_full_stop_keeps_it_and_never_gets_two(text, cut, ended):
    from assistant.domain.legal_forms import end_sentence, without_full_stop

    assert without_full_stop(text) == cut
    assert end_sentence(without_full_stop(text)) == ended


def test_a_place_after_a_company_s_form_is_no_part_of_its_name():
    from assistant.domain.appeals.parties import companies_in

    assert companies_in("Purchased directly from Brightwell Tools Ltd, UK. The letter of Brightwell Tools Ltd is attached.") == [
        "Brightwell Tools Ltd"]
