"""Reading a rejection notice: the known reason by meaning and words, what only clears something set aside, Chinese
notices by their words, and a text that is not a rejection left unrecognised."""

from __future__ import annotations

import pytest

from assistant.domain.rejection_reasons import rejection_reasons
from assistant.errors import BadInput
from assistant.services.rejection_matching import clauses_of, read_rejection, score_reasons


def test_site_dependent_fixes_cover_every_site_once_and_agree_with_the_china_facing_sites():
    """The territory advice per site comes from the rules: each site in one group, the China group the one the checks use,
    and every group sourced or labelled as not published."""
    from assistant.domain.models import CHINA_FACING_SITES, Site

    for reason in rejection_reasons().values():
        if not reason.by_site:
            continue
        listed = [site for advice in reason.by_site for site in advice.sites]
        assert sorted(listed) == sorted(site.value for site in Site), reason.id
        china = {site for advice in reason.by_site if advice.needs_china for site in advice.sites}
        assert china == {site.value for site in CHINA_FACING_SITES}
        for advice in reason.by_site:
            assert advice.fixes and (advice.sources or advice.confidence == "not_published")
            assert advice.needs_china or advice.place_rule
    assert rejection_reasons()["ipr_not_valid_in_region"].by_site


def test_every_reason_has_sources_phrases_in_both_languages_fixes_and_checks():
    reasons = rejection_reasons()
    assert len(reasons) == 13
    for reason in reasons.values():
        assert reason.sources and reason.fixes and reason.checks and reason.keywords_en and reason.keywords_zh
        assert any(phrase.isascii() for phrase in reason.phrases) and any(not phrase.isascii() for phrase in reason.phrases)


@pytest.mark.parametrize(
    ("notice", "reason"),
    [
        ("The evidence is insufficient.", "evidence_insufficient"),
        ("The IPR is not valid in this region.", "ipr_not_valid_in_region"),
        ("The link is invalid", "link_invalid"),
        ("证据不足，无法认定侵权。", "evidence_insufficient"),
        ("该链接已在其他投诉中，请勿重复投诉。", "duplicate_complaint"),
    ],
)
def test_the_issues_own_wordings_are_read(notice, reason):
    reading = read_rejection(notice)
    assert reading.recognised and reading.reason_id == reason


def test_a_cleared_document_is_set_aside_and_the_failure_read():
    reading = read_rejection("Your power of attorney has been verified. However, the trademark certificate copy is blurry and cannot be read.")
    assert reading.reason_id == "certificate_invalid"
    assert reading.set_aside == ["Your power of attorney has been verified."]
    kept, cleared = clauses_of("授权书已审核通过。但是商标证书为黑白复印件且未盖章。")
    assert cleared == ["授权书已审核通过。"] and kept


def test_the_reading_shows_the_words_it_rests_on():
    reading = read_rejection("Rejected: the registration certificate is a black-and-white copy without a seal.")
    assert "black-and-white" in reading.words and "black-and-white" in reading.clause


def test_a_text_that_is_no_rejection_is_not_recognised():
    reading = read_rejection("Hello team, the meeting moves to Thursday at ten.")
    assert not reading.recognised and reading.reason_id is None and reading.alternatives


def test_empty_or_huge_input_is_bad_input():
    with pytest.raises(BadInput):
        read_rejection("   ")
    with pytest.raises(BadInput):
        read_rejection("x" * 20_000)


@pytest.mark.parametrize(
    "text",
    ["Your complaint has been approved and the listings were removed.", "您的知识产权已审核通过，可以发起投诉。",
     "The seller has submitted a counter-notice. Please respond within 3 business days."],
)
def test_a_text_where_nothing_failed_is_not_read_as_a_rejection(text):
    reading = read_rejection(text)
    assert not reading.recognised and reading.reason_id is None and len(reading.alternatives) >= 2


def test_a_chinese_notice_shares_most_words_with_its_reasons_phrases():
    scores, *_ = score_reasons("请上传商标证书的中文译本。")
    by_id = {score.reason_id: score for score in scores}
    assert scores[0].reason_id == "translation_missing"
    assert by_id["translation_missing"].shared_words > max(score.shared_words for score in scores[1:])
