"""Documents issued by our own company are checked in our own records first: their form (a signature or seal a copy
does not show), the owner's name written otherwise (umlauts written out, another script) and a work named as a product
are never reasons to maintain the complaint."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals import AppealAttachment, triage_appeal
from assistant.domain.appeals.parties import NameMatch, compare_names, name_differences
from assistant.domain.appeals.response import draft_response
from assistant.domain.models import Complaint


def _complaint(ip_type: str, name: str, owner: str, **right) -> Complaint:
    reason = {"trademark": "counterfeit_features", "patent": "patent_infringement", "copyright": "image_theft"}[ip_type]
    return Complaint.model_validate({
        "id": "C-OD-1", "site": "alibaba", "complainant": {"name": owner, "holder_type": "company", "role": "rights_holder"},
        "ip_right": {"ip_type": ip_type, "name": name, "owner": owner, "places_of_registration": ["Mainland China"],
                     "approval_status": "approved", **right},
        "reason": reason, "listings": [{"url": "https://www.alibaba.com/product-detail/x_1601000000001.html"}],
        "statement": "该商品与我司权利相同。"})


def _triage(complaint: Complaint, said: str, text: str):
    paper = AppealAttachment(name="paper.txt", text=text, read_with="text")
    return triage_appeal(complaint, said, [paper], filed_on=date(2026, 10, 1), received_on=date(2026, 10, 5), today=date(2026, 10, 6))


def test_an_umlaut_written_out_is_the_same_name():
    assert compare_names("Brueckner Werkzeuge GmbH", "Brückner Werkzeuge GmbH") is NameMatch.SAME
    assert compare_names("Bruckner Werkzeuge GmbH", "Brückner Werkzeuge GmbH") is NameMatch.SAME
    assert compare_names("Brockner Werkzeuge GmbH", "Brückner Werkzeuge GmbH") is NameMatch.OTHER
    assert name_differences("Brueckner Werkzeuge GmbH", "Brückner Werkzeuge GmbH") == []


def test_our_licence_copy_without_seals_is_checked_in_our_licence_records_then_accepted():
    complaint = _complaint("patent", "一种折叠支架", "苏州云启智能科技有限公司", patent_kind="utility_model", registration_number="ZL202220765432.1")
    triage = _triage(complaint, "我司已取得苏州云启智能科技有限公司的专利实施许可，许可合同见附件。",
                     "专利实施许可合同\n许可方：苏州云启智能科技有限公司\n被许可方：昆山易达电子有限公司\n许可专利：ZL202220765432.1\n"
                     "许可期限：2025年6月1日至2027年5月31日\n许可方（盖章）\n被许可方（盖章）")
    assert triage.recommendation.value == "accept" and "licence records" in triage.recommendation_label
    assert "point of form" in triage.recommendation_reason
    assert "maintains the complaint" not in draft_response(triage, complaint).text


def test_a_licensor_in_another_script_with_the_same_legal_form_is_not_verified_never_not_the_owner():
    complaint = _complaint("patent", "茶壶（复古形）", "株式会社アオバ陶房", patent_kind="design", registration_number="ZL202330567123.4")
    triage = _triage(complaint, "We are licensed by Aoba Toubou Co., Ltd. under design patent ZL202330567123.4; licence attached.",
                     "DESIGN PATENT LICENCE\nLicensor: Aoba Toubou Co., Ltd.\nLicensee: Chaozhou Jinyu Ceramics Co., Ltd.\n"
                     "Patent: ZL202330567123.4\nLicensed product: ceramic teapot\nTerm: 1 February 2026 to 31 January 2028\n"
                     "Signed for the Licensor: Kenji Mori [company seal affixed]")
    codes = {f.code for g in triage.grounds for f in g.findings}
    assert "issuer_not_owner" not in codes and "product_not_covered" not in codes
    [point] = [f for f in triage.to_check if f.code == "owner_other_script"]
    assert "'Aoba Toubou Co., Ltd.'" in point.message and "'株式会社アオバ陶房'" in point.message and "not verified" in point.message
    assert "licence records" in triage.recommendation_label


def test_a_work_is_named_without_its_descriptor_and_called_a_work():
    complaint = _complaint("copyright", "Pip the Penguin (illustration)", "Driftwood Kids Ltd", registered=False)
    triage = _triage(complaint, "We are an authorised reseller of Driftwood Kids Ltd; the signed letter is attached.",
                     "AUTHORISATION LETTER\nDriftwood Kids Ltd confirms that Yiwu Sunny Toys Co., Ltd. is an authorised reseller of "
                     "Driftwood Kids products, including the Pip the Penguin soft toy.\nValid from 1 April 2026 to 31 March 2027.\n"
                     "Signed: Laura Finch, Export Manager, Driftwood Kids Ltd")
    assert not [f for g in triage.grounds for f in g.findings if f.code == "brand_not_named"]
    other = _triage(complaint, "We are an authorised reseller of Driftwood Kids Ltd; the signed letter is attached.",
                    "AUTHORISATION LETTER\nDriftwood Kids Ltd confirms that Yiwu Sunny Toys Co., Ltd. is an authorised reseller.\n"
                    "Valid from 1 April 2026 to 31 March 2027.\nSigned: Laura Finch, Export Manager, Driftwood Kids Ltd")
    [missing] = [f for g in other.grounds for f in g.findings if f.code == "brand_not_named"]
    assert "the work Pip the Penguin" in missing.message and "brand" not in missing.message
