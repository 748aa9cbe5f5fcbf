"""A licence the seller says we gave, renewed or extended, with no document of it read: claimed to come from us and sent
to our own licence records; an e-mail named as attached ('dicho correo', 'die E-Mail liegt bei') is that licence's
document named and not received, never 'attached no licence'."""

from __future__ import annotations

from datetime import date

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
