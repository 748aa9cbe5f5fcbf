"""How a ground's status reads: it follows the findings. Not verified when every point against it is one nobody could
read (a file without text, a file named but not given), with what to ask for; 'falls short' only when a readable
document shows a shortfall; files the seller names but did not give are flagged with its words."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals import AppealAttachment, triage_appeal
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.named_files import named_documents, not_received
from assistant.domain.appeals.evidence import attachment_kind
from assistant.domain.appeals.view import triage_view_model
from assistant.domain.records import history_time
from tests.sample_complaints import sample_complaint

TODAY = date(2026, 11, 30)


def _triage(text: str, attachments: list[AppealAttachment]):
    return triage_appeal(sample_complaint([1]), text, attachments, received_on=date(2026, 11, 27), filed_on=date(2026, 11, 20), today=TODAY)


def _statuses(triage) -> dict[str, str]:
    return {row.ground: row.status for row in triage_view_model(triage).grounds}


def test_a_licence_nobody_can_read_is_not_verified_never_falls_short():
    triage = _triage("We hold a licence from the brand owner; the licence is attached (licence.pdf).", [AppealAttachment(name="licence.pdf")])
    assert [g.status.value for g in triage.grounds] == ["unverified"]
    assert _statuses(triage) == {"Licensed by the owner": "not verified: ask for a readable copy"}


def test_a_readable_licence_that_has_lapsed_falls_short():
    text = "LICENCE\nLicensor: ACME Sports Ltd\nLicensee: Our Shop Ltd\nValid from 1 January 2024 to 31 December 2024.\nSigned by both parties."
    triage = _triage("We are licensed by the owner, see the attached licence.", [AppealAttachment(name="licence.txt", text=text)])
    assert [g.status.value for g in triage.grounds] == ["falls_short"]
    assert "falls short" in _statuses(triage).values()


def test_a_chain_nobody_can_read_is_not_said_to_break():
    triage = _triage(
        "The brand's distributor authorised us, and the owner's licence to the distributor and the distributor's letter to us are attached.",
        [AppealAttachment(name="owner-licence.pdf", kind="licence"), AppealAttachment(name="distributor-letter.pdf", kind="authorization_letter")],
    )
    assert {g.status.value for g in triage.grounds} == {"unverified"}
    said = " ".join(f.message for g in triage.grounds for f in g.findings) + (triage.response_draft or "")
    assert "and it does not" not in said and "licence_depends_on_chain" not in {f.code for g in triage.grounds for f in g.findings}


@pytest.mark.parametrize("text, named", [
    ("this is our own brand, see attached tm_certificate.pdf. withdraw it.", ["tm_certificate.pdf"]),
    ("Screenshots are in the attached prior-art file. The notice is attached (notice_5W1.pdf).", ["prior-art file", "notice_5W1.pdf"]),
    ("商品图片均为本店自行拍摄，拍摄合同见附件，请撤回投诉。", ["拍摄合同"]),
    ("进货发票和品牌方出具的授权书已附上，请恢复链接。", ["进货发票", "品牌方出具的授权书"]),
    ("附件：增值税发票扫描件、经销商授权书", ["增值税发票扫描件", "经销商授权书"]),
    ("Please find attached our invoice and the distributor's authorisation letter.", ["invoice", "distributor's authorisation letter"]),
    ("Our goods are genuine. Please restore the listing.", []),
])
def test_the_documents_the_seller_names_as_attached(text, named):
    assert [d.words for d in named_documents(text)] == named


def _given(*attachments: AppealAttachment):
    return [(i, a, attachment_kind(a)) for i, a in enumerate(attachments, start=1)]


def test_a_named_document_is_received_by_its_name_its_kind_or_a_file_left_over():
    named = named_documents("The prior-art screenshots are attached (earlier.pdf); the acceptance notice is attached as notice.pdf.")
    assert [d.words for d in not_received(named, _given(AppealAttachment(name="notice.pdf")))] == ["earlier.pdf"]
    invoice = named_documents("我店进货发票已附上。")
    assert not_received(invoice, _given(AppealAttachment(name="采购发票.pdf"))) == []
    assert not_received(invoice, _given(AppealAttachment(name="scan001.pdf"))) == []  # which it is cannot be told: never missing
    assert [d.words for d in not_received(invoice, [])] == ["进货发票"]


def test_a_named_file_not_given_is_one_point_quoting_the_sellers_words():
    triage = _triage("ACME is our own brand and we hold the trademark for it, see attached acme_tm.pdf. Withdraw the complaint.", [])
    flagged = [f for g in triage.grounds for f in g.findings if f.code == "named_not_received"]
    assert len(flagged) == 1 and "\u201cacme_tm.pdf\u201d" in flagged[0].message and flagged[0].basis.value == "not_verified"


def test_a_document_of_a_grounds_kind_named_and_not_given_is_that_grounds_point():
    triage = _triage("本店鞋子均为正品，品牌方出具的授权书已附上，请恢复商品链接。", [])
    points = [f for g in triage.grounds for f in g.findings if f.code in ("no_document", "named_not_received")]
    assert len({f.message for f in points}) == 1 and "\u201c品牌方出具的授权书\u201d" in points[0].message
    assert "not verified: named, not received: ask for it" in _statuses(triage).values()


def test_a_sentence_goes_on_after_a_title_before_a_name():
    said = "The licence is attached, signed for the owner by its export manager Ms. Ingrid Holm. Please restore it."
    assert sentences(said) == ["The licence is attached, signed for the owner by its export manager Ms. Ingrid Holm.", "Please restore it."]
    assert sentences("We bought from Acme Co. We paid in full.") == ["We bought from Acme Co.", "We paid in full."]


def test_a_history_shows_when_a_change_happened_and_when_it_was_recorded():
    assert history_time("2026-11-25T00:00:00+00:00", "2026-11-30T08:13:05+00:00") == "2026-11-25 (recorded 2026-11-30 08:13)"
    assert history_time("2026-11-20T09:30:00", "2026-11-30T08:13:00") == "2026-11-20 09:30 (recorded 2026-11-30 08:13)"
    assert history_time("2026-11-30T08:13:00", "2026-11-30T08:13:20") == "2026-11-30 08:13"


def test_a_seller_that_gives_up_is_not_recorded_as_a_counter_notice():
    from datetime import date

    from assistant.domain.appeals.recording import NOT_CONTESTED, RECORDABLE, check_recording

    given = dict(number=7, status="filed", rounds=(), text="We removed the listing.", received_on=date(2026, 10, 6),
                 filed_on=date(2026, 10, 1), today=date(2026, 10, 7))
    refused = check_recording(**given, contested=False)
    assert refused.verdict == NOT_CONTESTED and refused.refused and "has not contested" in refused.message
    assert check_recording(**given).verdict == RECORDABLE


@pytest.mark.parametrize("said, first", [
    ("We may sell on all online marketplaces incl. AliExpress under our licence. Please restore it.",
     "We may sell on all online marketplaces incl. AliExpress under our licence."),
    ("Our letter covers every site, e.g. Lazada and Shopee. Please restore it.", "Our letter covers every site, e.g. Lazada and Shopee."),
    ("Wir liefern ca. 200 Stück inkl. Verpackung. Bitte stellen Sie das Angebot wieder her.", "Wir liefern ca. 200 Stück inkl. Verpackung."),
])
def test_a_sentence_goes_on_after_a_short_word_a_list_or_figure_follows(said, first):
    assert sentences(said)[0] == first
    assert len(sentences(said)) == 2


@pytest.mark.parametrize("site, by_when", [("taobao", "by 2026-12-02"), ("lazada", "in time (see the first step)")])
def test_the_step_to_legal_names_a_deadline_only_where_one_is_published(site, by_when):
    said = "Your trademark is invalid and we have filed an invalidation request against it. Please restore our listing."
    triage = triage_appeal(sample_complaint([1], site=site), said, [], received_on=date(2026, 11, 27), filed_on=date(2026, 11, 20),
                           today=TODAY)
    legal = [step for step in triage.checklist if step.startswith("Send this triage")]
    assert triage.recommendation.value == "escalate_to_legal" and len(legal) == 1
    assert f"so they can answer {by_when}" in legal[0] and "before the deadline" not in legal[0]
