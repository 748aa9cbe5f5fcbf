"""A line of the person's own that arrives right below a seller's letter pasted in the chat ('we never signed any
agreement with Toko Alam Lestari') ends the seller's text: it is ours, never quoted or recorded as the seller's. A line
that speaks to the brand as 'you', or goes on in the letter's own voice, stays the seller's."""

from __future__ import annotations

import pytest

from assistant.agent.guided.appeal import paste_length
from assistant.agent.state import ConversationState
from assistant.domain.appeals.person_lines import ours_after_letter

ID = ["Kepada Yth. Halden Outdoor GmbH,",
      "Kami dari Toko Sumber Rejeki keberatan atas laporan ini. Kami sudah punya perjanjian kerja sama dengan pihak Halden sejak tahun 2024.",
      "Dokumen perjanjiannya akan kami kirim menyusul.", "Hormat kami,", "Dewi Lestari - Toko Sumber Rejeki"]
ZH = ["您好，", "本店销售的HALDEN露营灯全部是正品，我们和贵司签过经销协议。", "请贵方核实后撤回投诉。", "鑫达户外 李店长"]
ES = ["Estimados señores:", "Los productos de nuestro anuncio son originales: tenemos un contrato de distribución con Halden desde 2025.",
      "Solicitamos que se retire la denuncia.", "Atentamente,", "Ferretería Levante S.L."]
EN = ["Dear Sir or Madam,", "The lanterns in our listing are genuine: we signed a distribution agreement with Halden in 2025.",
      "Please withdraw the complaint and restore our listing.", "Kind regards,", "Tan Wei Ling, Sinar Tools Sdn Bhd"]


def _awaiting_text() -> ConversationState:
    return ConversationState(topic="appeal", expecting="appeal_text", appeal={"complaint": "HALD-2026-041", "received_said": "yesterday"})


@pytest.mark.parametrize(("letter", "ours"), [
    (ID, "we never signed any agreement with Toko Sumber Rejeki"),
    (ID, "our records show no contract with them"),
    (ID, "Toko Sumber Rejeki was never one of our distributors"),
    (ZH, "we have never had any distribution agreement with this shop"),
    (ZH, "they are not on our list of dealers"),
    (ES, "we never signed anything with Ferretería Levante"),
    (ES, "there is no such contract, we checked with sales"),
    # In the letter's own language, ours when it speaks of the seller from outside.
    (EN, "we never signed any agreement with Sinar Tools"),
    (EN, "note: the seller was never our distributor"),
])
def test_our_line_below_the_letter_ends_the_sellers_text(letter, ours):
    assert ours_after_letter(ours, "\n".join(letter)), ours
    assert paste_length(_awaiting_text(), [*letter, ours, "draft the reply"]) == len(letter), ours


@pytest.mark.parametrize(("letter", "theirs"), [
    # The seller speaks to the brand as 'you', or names itself, or goes on in its own language and voice.
    (EN, "We never signed anything with you, but our goods are genuine."),
    (EN, "P.S. we have the original invoices and will send them"),
    (ID, "Kami tidak pernah menerima surat peringatan dari pihak Halden."),
    (ID, "Toko kami Toko Sumber Rejeki sudah berjualan sejak 2019."),
    (ES, "Quedamos a su disposición para cualquier aclaración."),
])
def test_the_sellers_own_lines_stay_its_text(letter, theirs):
    assert not ours_after_letter(theirs, "\n".join(letter)), theirs
    assert paste_length(_awaiting_text(), [*letter, theirs, "draft the reply"]) == len(letter) + 1, theirs


def test_the_letters_own_lines_are_never_read_as_ours():
    for letter in (ID, ZH, ES, EN):
        assert paste_length(_awaiting_text(), [*letter, "record it"]) == len(letter)


def test_our_line_below_a_letter_sent_in_one_message_is_kept_apart():
    from assistant.services.appeal_requests import read_appeal_message

    text = "\n".join(["please triage this counter-notice, complaint HALD-2026-041, received yesterday:", *ID,
                      "we never signed any agreement with Toko Sumber Rejeki"])
    message = read_appeal_message(text)
    assert message.seller_text.startswith("Kepada Yth.") and message.seller_text.endswith("Dewi Lestari - Toko Sumber Rejeki")
    assert message.after_words == "we never signed any agreement with Toko Sumber Rejeki"
    alone = read_appeal_message("\n".join(["please triage this counter-notice, complaint HALD-2026-041, received yesterday:", *EN]))
    assert alone.seller_text.endswith("Sinar Tools Sdn Bhd") and not alone.after_words


def test_a_line_in_the_letters_own_voice_that_could_be_ours_is_kept_and_asked_about():
    from assistant.agent.guided.appeal import _ask_whose_last_line
    from assistant.agent.reply import Reply
    from assistant.domain.appeals.person_lines import could_be_ours

    unsure = "we never signed any agreement"
    assert paste_length(_awaiting_text(), [*EN, unsure, "draft the reply"]) == len(EN) + 1  # not decided: the seller's, asked
    reply = Reply()
    _ask_whose_last_line(reply, "\n".join([*EN, unsure]))
    assert "Is it yours?" in reply.text and unsure in reply.text
    assert not could_be_ours("We never signed anything with you, but our goods are genuine.")
    quiet = Reply()
    _ask_whose_last_line(quiet, "\n".join(EN))
    assert not quiet.text
