"""Our own words in the chat: a line of ours below a seller's text ('I checked our records: Bellini is our authorised
dealer ... invoice 2026/0917 was issued by us') is ours however long it is, never the seller's; our records agreeing
with the seller change the recommendation (the complaint is withdrawn, never maintained); what we say of the seller's
document's limits (its territory, its end date) is our statement, said as ours in the draft reply."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from assistant.agent.guided.appeal import paste_length
from assistant.agent.state import ConversationState
from assistant.domain.appeals.our_word import our_statements
from assistant.domain.appeals.person_lines import ours_after_letter

IT = ("Buongiorno, siamo Giocattoli Bellini S.n.c. di Bologna, rivenditori autorizzati Kestival da gennaio 2025. I puzzle "
      "KESTIVAL che vendiamo su AliExpress sono originali, acquistati direttamente da Kestival Toys S.r.l. (fattura n. 2026/0917 "
      "del 03/09/2026, 240 puzzle \"Fattoria\" e 120 \"Oceano\"). Il contratto di distribuzione ci autorizza anche alla vendita "
      "online su AliExpress fino al 31/12/2027. Alleghiamo in un unico PDF il contratto e la fattura. Chiediamo il ripristino "
      "immediato dell'annuncio. Cordiali saluti, Luca Bellini")
EN = "\n".join(["Dear Sir or Madam,", "The lanterns in our listing are genuine: we bought them from the brand owner in 2025.",
                "Please withdraw the complaint and restore our listing.", "Kind regards,", "Tan Wei Ling, Sinar Tools Sdn Bhd"])
ES = "\n".join(["Estimados señores:", "Somos distribuidores de la marca desde 2024 y compramos directamente al fabricante.",
                "Solicitamos que se retire la denuncia.", "Atentamente,", "Ferretería Levante S.L."])
ZH = "\n".join(["您好，", "本店销售的正品全部从品牌方直接采购，有发票为证。", "请贵方核实后撤回投诉。", "鑫达户外 李店长"])

OUR_LINES = [
    (IT, "I checked our records: Bellini is our authorised dealer, we signed the distribution contract with them on 20 December "
         "2024 and invoice 2026/0917 was issued by us."),
    (IT, "ho verificato nei nostri archivi: Giocattoli Bellini è un nostro rivenditore autorizzato dal gennaio 2025 e la fattura "
         "2026/0917 del 3 settembre l'abbiamo emessa noi, quindi i puzzle sono originali."),
    (IT, "abbiamo controllato con l'ufficio vendite: Bellini è un nostro rivenditore autorizzato, il contratto di distribuzione "
         "l'abbiamo firmato a dicembre 2024 e la fattura è nostra."),
    (EN, "We checked our records: Sinar Tools has been our authorised dealer since 2024, we signed their distribution agreement on "
         "20 December 2024 and the invoice they quote was issued by us."),
    (EN, "Our records show Sinar Tools is our authorised distributor for Malaysia until the end of 2027; the invoice they mention "
         "is one of ours, sent to them on 3 September 2026."),
    (ES, "hemos comprobado nuestros registros: Ferretería Levante es nuestro distribuidor autorizado desde 2024 y la factura que "
         "citan la emitimos nosotros el 3 de septiembre de 2026."),
    (ZH, "我查了我们的记录：鑫达户外确实是我们的授权经销商，2024年12月20日签的经销合同，发票2026/0917也是我们开的，货是正品。"),
]


@pytest.mark.parametrize(("letter", "ours"), OUR_LINES)
def test_our_check_below_the_letter_is_ours_however_long(letter, ours):
    assert ours_after_letter(ours, letter), ours


@pytest.mark.parametrize(("letter", "ours"), OUR_LINES)
def test_our_check_arriving_with_the_paste_is_its_own_message(letter, ours):
    asked = ConversationState(topic="appeal", expecting="appeal_text", appeal={"complaint": "KEST-2026-101", "received_said": "yesterday"})
    lines = letter.split("\n")
    assert paste_length(asked, [*lines, ours, "what is our deadline?"]) == len(lines), ours
    if len(lines) == 1:  # the person's words naming the complaint, the letter after them on the same line
        assert paste_length(ConversationState(), [f"Please triage this, complaint KEST-2026-101, received on 25 November: {letter}", ours]) == 1


@pytest.mark.parametrize(("letter", "theirs"), [
    # The seller's own lines: it speaks to the brand as 'you', or of its own stock and papers in its own voice.
    (EN, "We are your authorised dealer since 2024 and we signed the distribution contract with you on 20 December 2024, so "
         "please check your own records before you answer the platform."),
    (EN, "We signed the distribution agreement in 2024 and the invoice is genuine; we have sold these lanterns for two years "
         "without any complaint from customers."),
    (IT, "Abbiamo controllato il nostro magazzino: tutti i puzzle sono originali e la fattura è autentica, come potete verificare "
         "voi stessi nei vostri archivi."),
])
def test_the_sellers_own_long_lines_stay_its_text(letter, theirs):
    assert not ours_after_letter(theirs, letter), theirs


def test_the_pasted_message_keeps_our_check_out_of_the_sellers_text():
    from assistant.services.appeal_requests import read_appeal_message

    ours = OUR_LINES[0][1]
    message = read_appeal_message(f"Please triage this, complaint KEST-2026-101, received on 25 November: {IT}\n{ours}", today=date(2026, 12, 2))
    assert "I checked our records" not in message.seller_text
    assert message.seller_text.rstrip().endswith("Luca Bellini")
    assert "I checked our records" in message.after_words


def _target():
    from assistant.services.appeals import ComplaintForTriage
    from tests.sample_complaints import sample_complaint

    return ComplaintForTriage(sample_complaint([5005031], site="aliexpress"), filed_on=date.today() - timedelta(days=10))


DEALER = ("Buongiorno, siamo Giocattoli Bellini S.n.c., rivenditori autorizzati del marchio dal 2025. I prodotti sono originali, "
          "acquistati direttamente dal titolare del marchio (fattura n. 2026/0917 del 03/09/2026). Chiediamo il ripristino "
          "dell'annuncio. Cordiali saluti, Luca Bellini")


@pytest.mark.parametrize("ours", [OUR_LINES[0][1], OUR_LINES[1][1], "yes, they really are our distributor and the invoice is ours"])
def test_our_records_agreeing_with_the_seller_withdraw_the_complaint(ours):
    from assistant.domain.appeals.triage import Recommendation
    from assistant.services.appeals import SellerSubmission, triage

    target = _target()
    plain = triage(target, SellerSubmission(text=DEALER), received_on=date.today())
    agreed = triage(target, SellerSubmission(text=DEALER), received_on=date.today(), our_statements=[ours])
    assert plain.recommendation is not Recommendation.ACCEPT
    assert agreed.recommendation is Recommendation.ACCEPT
    assert ours[:40] in agreed.recommendation_reason
    assert "maintains the complaint" not in agreed.response_draft and "not to restore" not in agreed.response_draft
    assert "withdraw the complaint" in agreed.response_draft


@pytest.mark.parametrize("ours", [
    "I checked our records: Bellini is not our authorised dealer and we never issued invoice 2026/0917",
    "maybe Bellini is our authorised dealer, I still need to look at the contracts",
    "I think they are our distributor but sales has to confirm it",
])
def test_a_denial_or_a_guess_of_ours_never_withdraws_the_complaint(ours):
    from assistant.domain.appeals.triage import Recommendation
    from assistant.services.appeals import SellerSubmission, triage

    denied = triage(_target(), SellerSubmission(text=DEALER), received_on=date.today(), our_statements=[ours])
    assert denied.recommendation is not Recommendation.ACCEPT


@pytest.mark.parametrize(("words", "said"), [
    ("The licence they attached is from Spielwaren Huber GmbH, valid only for Germany and Austria, and it ran until 31.12.2025.",
     ["The licence they attached is from Spielwaren Huber GmbH, valid only for Germany and Austria, and it ran until 31.12.2025"]),
    ("that licence only covers Germany and Austria", ["that licence only covers Germany and Austria"]),
    ("their sub-licence expired on 31 December 2025", ["their sub-licence expired on 31 December 2025"]),
    ("the authorisation letter is limited to Germany and Austria and ended in 2025", ["the authorisation letter is limited to Germany and Austria and ended in 2025"]),
    ("la licencia que mandaron solo vale para Alemania y Austria y caducó el 31.12.2025", ["la licencia que mandaron solo vale para Alemania y Austria y caducó el 31.12.2025"]),
    ("Die Lizenz gilt nur für Deutschland und Österreich und lief am 31.12.2025 aus.", ["Die Lizenz gilt nur für Deutschland und Österreich und lief am 31.12.2025 aus"]),
    ("这份授权书只限德国和奥地利，2025年12月31日已经到期。", ["这份授权书只限德国和奥地利，2025年12月31日已经到期"]),
])
def test_what_we_say_of_a_documents_limits_is_our_statement(words, said):
    assert our_statements(words) == said


@pytest.mark.parametrize("words", [
    "is their licence only valid in Germany?",
    "please check whether the licence expired",
    "the seller attached an invoice dated 3 March",
])
def test_a_question_or_request_about_limits_is_no_statement(words):
    assert our_statements(words) == []


def test_our_statement_of_a_documents_limits_is_said_as_ours_without_asking_for_the_document():
    from assistant.services.appeals import SellerSubmission, triage

    text = ("Bom dia, somos a Brinquedos Lusitania Lda. Temos uma licença da Spielwaren Huber GmbH, distribuidor oficial da marca, "
            "para revender estes produtos (em anexo), por isso pedimos que a reclamação seja retirada. Atentamente, Rui Santos")
    said = "The licence they attached is from Spielwaren Huber GmbH, valid only for Germany and Austria, and it ran until 31.12.2025"
    result = triage(_target(), SellerSubmission(text=text), received_on=date.today(), our_statements=[said])
    name = _target().complaint.complainant.name
    assert f"{name} states: \u201c{said}\u201d" in result.response_draft
    assert "nothing shows it exists" not in result.response_draft
