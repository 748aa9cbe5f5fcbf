"""A licence the seller says we gave, renewed or extended, or a contract it says it signed with us, with no document of it
read: claimed to come from us and sent to our own licence records; an e-mail named as attached ('dicho correo', 'die E-Mail liegt bei') is that licence's
document named and not received, never 'attached no licence'."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.appeals.agreement_with_us import signed_with_us
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.triage import triage_appeal
from assistant.domain.models import Complaint
from assistant.services.appeals import ground_reader

COMPLAINT = {
    "id": "LUM-2026-102", "site": "miravia",
    "complainant": {"name": "Lumora Home GmbH", "holder_type": "company", "role": "rights_holder"},
    "ip_right": {"ip_type": "trademark", "name": "LUMORA", "registration_number": "018765432", "places_of_registration": ["EU"],
                 "owner": "Lumora Home GmbH", "approval_status": "approved"},
    "reason": "counterfeit_features", "listings": [{"url": "https://www.miravia.es/p/lampara-de-pie-lumora-i1234567890.html"}],
    "statement": "The listed floor lamps are counterfeit LUMORA lamps.",
}


def triage(text: str):
    return triage_appeal(Complaint.model_validate(COMPLAINT), text, [], received_on=date(2026, 11, 30), today=date(2026, 12, 1),
                         filed_on=date(2026, 10, 20), meaning=ground_reader())


def points(result) -> list:
    return [f for g in result.grounds for f in g.findings]


def test_a_renewal_by_our_email_named_as_attached_is_asked_for_and_sent_to_our_records():
    result = triage("Les informamos de que el contrato de licencia fue renovado por Lumora Home GmbH mediante correo electrónico del "
                    "15 de enero de 2026 hasta el 31 de diciembre de 2027. Adjuntamos dicho correo. Iluminación Levante S.L.")
    said = "\n".join(f.message for f in points(result))
    assert "attached no licence" not in said and "\u201ccorreo\u201d as attached" in said
    ours = [f for f in points(result) if f.code == "claimed_from_us"]
    assert len(ours) == 1 and "check our own licence records" in ours[0].message
    assert any("licence records" in step for step in result.checklist)
    assert "attached no licence" not in (result.response_draft or "")


def test_a_licence_from_another_company_is_not_claimed_from_us():
    result = triage("Our licence for LUMORA was granted by Nordlicht Vertrieb GmbH, valid until 2027. Please restore the listing.")
    assert not [f for f in points(result) if f.code == "claimed_from_us"]


def test_a_german_extension_by_us_is_read_whole_and_sent_to_our_records():
    text = ("Unsere Lizenz für LUMORA wurde von der Lumora Home GmbH per E-Mail vom 12. Januar 2026 bis zum 31. Dezember 2027 "
            "verlängert. Die E-Mail liegt bei.")
    assert sentences(text)[0].endswith("verlängert.")  # '12. Januar' ends no sentence
    result = triage(text)
    assert [f for f in points(result) if f.code == "claimed_from_us"]
    assert "attached no licence" not in "\n".join(f.message for f in points(result))


@pytest.mark.parametrize(("text", "seller"), [
    ("We signed a distribution agreement with your company in 2023 and have sold LUMORA lamps since then. Shenzhen Brightway "
     "Technology Co., Ltd.", None),
    ("根据我们与贵公司签订的合同，我们有权销售该品牌产品。请核实后撤回投诉。", None),
    ("Buenos días:\nSomos Iluminación Levante S.L. El contrato que firmamos con ustedes nos permite vender las lámparas (cláusula 6). "
     "Les rogamos que retiren la queja.", "Iluminación Levante S.L"),
])
def test_a_contract_said_to_be_signed_with_us_without_its_file_is_the_sellers_claim_to_check_in_our_records(text, seller):
    result = triage(text)
    ours = [f for f in points(result) if f.code == "claimed_from_us"]
    assert len(ours) == 1
    said = ours[0].message
    assert "signed a contract or agreement with us" in said and "not verified" in said and "Ask the seller for a copy" in said
    assert "check our own licence records" in said.lower() and "Lumora Home GmbH" in said
    assert seller is None or f"'{seller}" in said and "(the seller, as it names itself)" in said


@pytest.mark.parametrize("sentence", [
    "We signed a distribution agreement with your company in 2023.",
    "根据我们与贵公司签订的合同，我们有权销售。",
    "El contrato que firmamos con ustedes nos permite usar las imágenes.",
    "Laut dem Händlervertrag, den wir 2024 mit Ihnen geschlossen haben, dürfen wir die Bilder verwenden.",
    "Come da contratto firmato con voi nel 2024, possiamo vendere i prodotti.",
    # our name in brackets after 'you', and the year, between 'you' and 'signed'
    "我司与贵司（Saffira Beauty）于2025年签订了中国区代理协议，我们是正规代理商。",
    "Nuestra empresa firmó con ustedes (Saffira Beauty) en 2025 un acuerdo de distribución.",
    # a month is no negation ('Mai', 'maggio'), nor is an end negated after the agreement's words
    "Wir haben im Mai 2024 einen Vertrag mit Ihnen geschlossen.",
    "Our contract with you has not expired.",
])
def test_an_agreement_with_us_is_read_in_each_language(sentence):
    assert signed_with_us(sentence)


@pytest.mark.parametrize("sentence", [
    "We have a purchase contract with your distributor.",
    "We never signed any contract with you.",
    "我们和贵公司没有签订任何合同。",
    "我们和贵公司（Saffira Beauty）从未签订任何协议。",
    "Please contact us so that we can agree with you on a solution.",
    # a denial in every language the shared negation reader (unsure_words) reads, its cue word whole
    "Kami tidak pernah tanda tangan perjanjian dengan anda.",
    "Wir haben keinen Vertrag mit Ihnen.",
    "Non abbiamo mai firmato un contratto con voi.",
    "Nous n'avons jamais signé de contrat avec vous.",
])
def test_no_agreement_with_us_is_read_where_none_is_claimed(sentence):
    assert not signed_with_us(sentence)


@pytest.mark.parametrize("text, signed", [
    ("我们与Brightwell Tools Ltd于2024年5月签订了中国区经销协议（协议编号BW-CN-2024-07）。", True),
    ("In May 2024 we signed a distribution agreement with Brightwell Tools Ltd.", True),
    ("Wir haben im Mai 2024 einen Vertriebsvertrag mit Brightwell Tools Ltd geschlossen.", True),
    ("En mayo de 2024 firmamos un contrato de distribución con Brightwell Tools Ltd.", True),
    ("We signed a distribution agreement with Brightwell Trading GmbH.", False),  # another company
    ("We signed an agreement with Brightwel Tools Ltd.", False),  # a name one letter off is not ours
    ("我们从未与Brightwell Tools Ltd签订协议。", False),  # denied
])
def test_an_agreement_signed_with_the_owner_named_is_one_signed_with_us(text, signed):
    assert signed_with_us(text, ("Brightwell Tools Ltd",)) is signed
    assert not signed_with_us(text)  # without our record's owner the name is nobody's
