"""required_documents: every document id appears exactly in the cases its rule covers, and every warning fires when it should."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.documents import required_documents
from assistant.domain.models import DocumentCase

TODAY = date(2026, 6, 1)


def case(**facts) -> DocumentCase:
    return DocumentCase(**({"ip_type": "trademark", "holder_type": "company"} | facts))


def checklist(**facts):
    return required_documents(case(**facts), today=TODAY)


# document id -> (cases that must produce it, cases that must not)
DOCUMENT_CASES = {
    "identity_document": (
        [dict(holder_type="individual"), dict(holder_type=None), dict(role="agent", holder_type="company", complainant_type="individual")],
        [dict(holder_type="company"), dict(role="agent", holder_type="individual", complainant_type="company")],
    ),
    "business_license": (
        [dict(holder_type="company"), dict(holder_type=None), dict(role="agent", holder_type="individual", complainant_type="company")],
        [dict(holder_type="individual"), dict(role="agent", holder_type="company", complainant_type="individual")],
    ),
    "trademark_certificate": (
        [dict(), dict(site="aliexpress", places_of_registration=["EU"])],
        [dict(ip_type="copyright"), dict(ip_type="patent"), dict(registered=False)],
    ),
    "class_pages": (
        [dict()],
        [dict(ip_type="copyright"), dict(ip_type="patent", patent_kind="design"), dict(registered=False)],
    ),
    "renewal_or_assignment_proof": (
        [dict(renewed_or_transferred=True), dict(expiry_date=date(2025, 1, 1)), dict(ip_type="patent", renewed_or_transferred=True)],
        [dict(), dict(expiry_date=date(2030, 1, 1)), dict(ip_type="copyright", registered=False, renewed_or_transferred=True)],
    ),
    "territorial_extension_china": (
        [
            dict(site="taobao", places_of_registration=["WIPO"]),
            dict(site="aliexpress", places_of_registration=["WIPO (designating China)"]),
            dict(places_of_registration=["Madrid"], china_extension=True),
        ],
        [
            dict(site="aliexpress", places_of_registration=["WIPO (designating EU)"]),
            dict(site="taobao", places_of_registration=["Mainland China"]),
            dict(ip_type="copyright", site="taobao", places_of_registration=["WIPO"]),
        ],
    ),
    "copyright_certificate": (
        [dict(ip_type="copyright"), dict(ip_type="copyright", reason="registered_work")],
        [dict(ip_type="copyright", registered=False), dict(), dict(ip_type="patent")],
    ),
    "copyright_claim_statement": (
        [dict(ip_type="copyright", registered=False), dict(ip_type="copyright", registered=False, reason="image_theft")],
        [dict(ip_type="copyright"), dict(registered=False), dict(ip_type="patent", registered=False)],
    ),
    "patent_certificate": (
        [dict(ip_type="patent"), dict(ip_type="patent", patent_kind="invention")],
        [dict(), dict(ip_type="copyright")],
    ),
    "patent_evaluation_report": (
        [
            dict(ip_type="patent", patent_kind="utility_model"),
            dict(ip_type="patent", patent_kind="design", places_of_registration=["Mainland China"]),
            dict(ip_type="patent"),
        ],
        [
            dict(ip_type="patent", patent_kind="invention"),
            dict(ip_type="patent", patent_kind="design", places_of_registration=["EU"]),
            dict(),
        ],
    ),
    "power_of_attorney": (
        [dict(role="agent"), dict(ip_type="copyright", registered=False, role="agent")],
        [dict(), dict(role="rights_holder")],
    ),
    "translation": (
        [dict(language="de"), dict(language="German"), dict(language="fr-FR")],
        [dict(language="en"), dict(language="zh-CN"), dict(language="English"), dict()],
    ),
    "comparison_document": (
        [dict(reason="counterfeit_features"), dict(ip_type="patent", patent_kind="design", reason="patent_infringement")],
        [dict(reason="test_buy"), dict(reason="model_does_not_exist"), dict()],
    ),
    "test_buy_order_number": (
        [dict(reason="test_buy")],
        [dict(reason="counterfeit_features"), dict()],
    ),
    "test_buy_report": (
        [dict(reason="test_buy")],
        [dict(reason="counterfeit_features"), dict()],
    ),
    "original_image_files": (
        [dict(ip_type="copyright", reason="image_theft"), dict(ip_type="copyright", registered=False, reason="image_theft")],
        [dict(ip_type="copyright", reason="official_image_theft"), dict(ip_type="copyright")],
    ),
    "official_page_screenshot": (
        [dict(ip_type="copyright", reason="official_image_theft")],
        [dict(ip_type="copyright", reason="image_theft"), dict(ip_type="copyright")],
    ),
    "work_sample": (
        [dict(ip_type="copyright", reason="registered_work")],
        [dict(ip_type="copyright", reason="image_theft"), dict(ip_type="copyright"), dict()],
    ),
    "publication_proof": (
        [dict(ip_type="copyright", reason="registered_work")],
        [dict(ip_type="copyright", reason="official_image_theft"), dict(ip_type="copyright"), dict()],
    ),
}


def test_every_document_id_has_cases():
    from assistant.domain.document_rules import document_rules

    assert {rule.id for rule in document_rules().documents} == set(DOCUMENT_CASES)


@pytest.mark.parametrize(
    ("document_id", "facts"),
    [(document_id, facts) for document_id, (produce, _) in DOCUMENT_CASES.items() for facts in produce],
)
def test_document_is_listed_when_its_rule_applies(document_id, facts):
    assert document_id in checklist(**facts).ids()


@pytest.mark.parametrize(
    ("document_id", "facts"),
    [(document_id, facts) for document_id, (_, absent) in DOCUMENT_CASES.items() for facts in absent],
)
def test_document_is_not_listed_when_its_rule_does_not_apply(document_id, facts):
    assert document_id not in checklist(**facts).ids()


def test_counterfeit_comparison_is_required_and_patent_comparison_only_recommended():
    counterfeit = {d.id: d for d in checklist(reason="counterfeit_features").documents}
    patent = {d.id: d for d in checklist(ip_type="patent", reason="patent_infringement").documents}
    assert counterfeit["comparison_document"].required is True
    assert patent["comparison_document"].required is False


def test_documents_carry_name_why_source_and_confidence():
    for document in checklist(role="agent", reason="test_buy", language="de").documents:
        assert document.name and document.why
        assert document.source.startswith(("http://", "https://"))
        assert document.source == document.sources[0]


def test_documents_come_in_filing_order():
    stages = [d.stage for d in checklist(role="agent", reason="test_buy").documents]
    order = {"account": 0, "ipr": 1, "complaint": 2}
    assert stages == sorted(stages, key=order.__getitem__)
    assert stages[0] == "account" and stages[-1] == "complaint"


def test_a_plain_well_documented_case_has_no_warnings():
    # A company files its own China trademark, colour certificate, in English, for counterfeit features on Tmall...
    result = checklist(site="tmall", places_of_registration=["Mainland China"], language="en", expiry_date=date(2030, 1, 1))
    assert result.warnings == []
    # ...but the comparison document rests on one official page, and the warning says so.
    codes = [w.code for w in checklist(site="tmall", places_of_registration=["Mainland China"], reason="counterfeit_features").warnings]
    assert codes == ["single_source"]


def warning_codes(**facts) -> list[str]:
    return [warning.code for warning in checklist(**facts).warnings]


# warning code -> (cases that must produce it, cases that must not)
WARNING_CASES = {
    "right_not_valid_in_china": (
        [
            dict(site="taobao", places_of_registration=["EU"]),
            dict(site="1688", places_of_registration=["Hong Kong"]),
            dict(ip_type="patent", site="tmall", places_of_registration=["US"]),
        ],
        [
            dict(site="aliexpress", places_of_registration=["EU"]),
            dict(site="taobao", places_of_registration=["Mainland China"]),
            dict(site="taobao", places_of_registration=["WIPO"], china_extension=True),
            dict(ip_type="copyright", site="taobao", places_of_registration=["US"]),
            dict(site="taobao"),
        ],
    ),
    "territory_not_published": (
        [
            dict(site="miravia", places_of_registration=["EU"]),
            dict(site="lazada", places_of_registration=["United States"]),
            dict(ip_type="patent", site="lazada", places_of_registration=["Mainland China"]),
        ],
        [
            dict(site="miravia"),
            dict(ip_type="copyright", site="lazada", places_of_registration=["EU"]),
            dict(site="aliexpress", places_of_registration=["EU"]),
            dict(site="taobao", places_of_registration=["EU"]),
        ],
    ),
    "right_expired": (
        [dict(expiry_date=date(2026, 5, 31)), dict(ip_type="patent", expiry_date=date(2020, 1, 1))],
        [dict(expiry_date=TODAY), dict(expiry_date=date(2030, 1, 1)), dict()],
    ),
    "black_and_white_certificate": (
        [dict(certificate="black-and-white"), dict(ip_type="copyright", certificate="black-and-white")],
        [
            dict(certificate="black-and-white", certificate_sealed_or_signed=True),
            dict(certificate="colour"),
            dict(ip_type="copyright", registered=False, certificate="black-and-white"),
        ],
    ),
    "right_not_registered": (
        [dict(registered=False), dict(ip_type="patent", registered=False)],
        [dict(ip_type="copyright", registered=False), dict()],
    ),
    "ip_type_reason_mismatch": (
        [dict(reason="image_theft"), dict(ip_type="copyright", reason="test_buy"), dict(ip_type="patent", reason="counterfeit_features")],
        [dict(reason="test_buy"), dict(ip_type="copyright", reason="image_theft"), dict()],
    ),
    "evidence_not_published": (
        [dict(reason="trademark_misuse"), dict(reason="model_does_not_exist"), dict(ip_type="copyright", reason="pirated_copy")],
        [dict(reason="counterfeit_features"), dict(ip_type="copyright", reason="image_theft"), dict()],
    ),
    "patent_requirements_not_published": (
        [dict(ip_type="patent"), dict(ip_type="patent", patent_kind="invention")],
        [dict(), dict(ip_type="copyright")],
    ),
    "single_source": (
        [dict(language="de"), dict(reason="test_buy"), dict(ip_type="patent", patent_kind="design"), dict(site="taobao", places_of_registration=["WIPO"])],
        [dict(), dict(role="agent"), dict(ip_type="copyright", reason="image_theft")],
    ),
}


@pytest.mark.parametrize(("code", "facts"), [(code, facts) for code, (produce, _) in WARNING_CASES.items() for facts in produce])
def test_warning_is_given_when_the_case_calls_for_it(code, facts):
    assert code in warning_codes(**facts)


@pytest.mark.parametrize(("code", "facts"), [(code, facts) for code, (_, absent) in WARNING_CASES.items() for facts in absent])
def test_warning_is_not_given_otherwise(code, facts):
    assert code not in warning_codes(**facts)


def test_territory_warning_names_the_site_and_the_places():
    [warning] = [w for w in checklist(site="taobao", places_of_registration=["EU", "US"]).warnings if w.code == "right_not_valid_in_china"]
    assert "Taobao" in warning.message and "EU, US" in warning.message
    assert warning.source.startswith("https://")


def test_expired_warning_gives_the_date():
    [warning] = [w for w in checklist(expiry_date=date(2024, 3, 9)).warnings if w.code == "right_expired"]
    assert "2024-03-09" in warning.message


def test_thinly_sourced_requirements_say_how_thin():
    warnings = {w.document_ids[0]: w for w in checklist(language="de", ip_type="patent", patent_kind="utility_model").warnings if w.document_ids}
    assert "third-party" in warnings["patent_evaluation_report"].message
    assert "answer was not seen" in warnings["translation"].message


def test_documents_sharing_a_caveat_share_one_warning():
    [warning] = [w for w in checklist(reason="test_buy").warnings if w.code == "single_source"]
    assert warning.document_ids == ["test_buy_order_number", "test_buy_report"]
    assert "Test-buy order number" in warning.message and "Test-buy report" in warning.message


def test_expiry_is_checked_against_today_when_no_day_is_given():
    assert "right_expired" in [w.code for w in required_documents(case(expiry_date=date(2000, 1, 1))).warnings]
    assert "right_expired" not in [w.code for w in required_documents(case(expiry_date=date(2999, 1, 1))).warnings]


def test_patent_kind_is_refused_for_other_rights():
    with pytest.raises(ValueError, match="patents only"):
        DocumentCase(ip_type="trademark", patent_kind="design")


def test_an_unsaid_copyright_registration_shows_both_routes():
    from assistant.domain.documents import open_questions
    from assistant.domain.models import DocumentCase, IPType

    case = DocumentCase(ip_type=IPType.COPYRIGHT)
    asked = {q.fact: q for q in open_questions(case, set())}
    assert "registered" in asked
    assert any("Copyright Claim Statement" in line for line in asked["registered"].depends)
    assert "registered" not in {q.fact for q in open_questions(case, {"registered"})}
    assert "registered" not in {q.fact for q in open_questions(DocumentCase(ip_type=IPType.TRADEMARK), set())}


def test_where_lazada_or_miravia_accept_a_registration_is_said_to_be_unpublished():
    [warning] = [w for w in checklist(site="miravia", places_of_registration=["EU"]).warnings if w.code == "territory_not_published"]
    assert "Whether Miravia accepts a trademark registered in EU is not published" in warning.message
