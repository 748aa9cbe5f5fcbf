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
