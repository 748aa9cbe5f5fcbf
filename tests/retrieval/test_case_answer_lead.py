"""A case question naming a document is answered first with what the documents rules say of it for the case read; a
right read as unregistered leads with what it files instead of the certificate it lacks."""

from __future__ import annotations

from assistant.domain.documents import required_documents
from assistant.domain.models import DocumentCase, IPType, PatentKind, Role, Site
from assistant.retrieval.case_answer import describe_case, document_lead, named_documents


def test_the_documents_a_question_names_are_found_in_its_english_reading():
    assert named_documents("utility model patent complaint report evaluation report") == ["patent_evaluation_report"]
    assert named_documents("does the POA have to be notarised?") == ["power_of_attorney"]
    assert named_documents("is our business licence enough") == ["business_license"]
    assert named_documents("how long does review take") == []


def test_a_named_document_leads_with_its_rule_for_the_case():
    case = DocumentCase(ip_type=IPType.PATENT, patent_kind=PatentKind.UTILITY_MODEL, site=Site.S1688)
    lead = document_lead("do we need the evaluation report?", case, required_documents(case))
    assert lead.startswith("Patent evaluation report: recommended, not required (one source), for a utility model patent complaint on 1688.")


def test_a_document_the_rules_do_not_list_for_the_case_is_said_so():
    case = DocumentCase(ip_type=IPType.PATENT, patent_kind=PatentKind.INVENTION)
    lead = document_lead("invention patent evaluation report?", case, required_documents(case))
    assert lead == "Patent evaluation report: the documents rules do not list it for an invention patent complaint."


def test_an_unregistered_right_leads_with_what_it_files_instead_of_the_certificate_it_lacks():
    case = DocumentCase(ip_type=IPType.COPYRIGHT, registered=False, site=Site.ALIBABA, role=Role.RIGHTS_HOLDER)
    lead = document_lead("no copyright registration certificate, can we complain?", case, required_documents(case))
    assert lead.startswith("Copyright Claim Statement")
    assert "Copyright registration certificate" not in lead
    assert describe_case(case) == "a complaint on an unregistered copyright on Alibaba.com"


def test_a_question_naming_no_document_has_no_lead():
    case = DocumentCase(ip_type=IPType.TRADEMARK)
    assert document_lead("which documents do we need", case, required_documents(case)) == ""


def test_a_transferred_right_is_answered_first_with_the_assignment_documents():
    case = DocumentCase(ip_type=IPType.TRADEMARK, renewed_or_transferred=True)
    lead = document_lead("the trademark was assigned to us, can we file?", case, required_documents(case))
    assert lead.startswith("Renewal, change or assignment documents: required")
    assert "the FAQ describes how to fill in the registrant" in lead
    plain = DocumentCase(ip_type=IPType.TRADEMARK)
    assert document_lead("can we file with our trademark?", plain, required_documents(plain)) == ""
