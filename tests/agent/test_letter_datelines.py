"""A seller's letter pasted in the chat keeps its own date: the dateline that ends or heads it (a signature block's
'2026年11月25日', 'Madrid, 25 de noviembre de 2026', a 'Date:' line) is part of the seller's text, never the person's
word for the day the counter-notice reached us. The person's day comes from their own words ('received on 27
November', 'it came in yesterday') or is asked for."""

from __future__ import annotations

from assistant.agent.guided.appeal import paste_length
from assistant.agent.state import ConversationState

ZH = ["您好，", "本店销售的LUMENTRA活动扳手全部是正品，进货渠道为广州的一级代理商。", "请贵方核实后撤回投诉，恢复我们的商品链接。", "鑫达五金 李店长"]
EN = ["Dear Sir or Madam,", "The wrenches in our listing are genuine LUMENTRA goods bought from an authorised wholesaler.",
      "Please withdraw the complaint and restore our listing.", "Kind regards,", "Tan Wei Ling, Sinar Tools Sdn Bhd"]
ES = ["Estimados señores:", "Los productos de nuestro anuncio son originales y los compramos a un distribuidor autorizado.",
      "Solicitamos que se retire la denuncia.", "Atentamente,", "Ferretería Levante S.L."]


def _awaiting_text() -> ConversationState:
    return ConversationState(topic="appeal", expecting="appeal_text", appeal={"complaint": "LMT-2026-318", "received_said": "27 November"})


def test_the_date_closing_a_letter_is_the_sellers_text():
    for letter, dateline in ((ZH, "2026年11月24日"), (EN, "Kuala Lumpur, 24 November 2026"), (ES, "Madrid, 24 de noviembre de 2026"),
                             (EN, "24/11/2026")):
        lines = [*letter, dateline, "record it"]
        assert paste_length(_awaiting_text(), lines) == len(letter) + 1, dateline


def test_the_date_heading_a_letter_is_the_sellers_text():
    for dateline in ("Date: 24 November 2026", "Fecha: 24/11/2026", "日期：2026年11月24日", "2026年11月24日"):
        lines = [dateline, *EN, "what is our deadline?"]
        assert paste_length(_awaiting_text(), lines) == len(EN) + 1, dateline


def test_the_persons_own_words_for_the_day_still_end_the_letter():
    for ours in ("received on 27 November", "it came in yesterday", "we got it on 27 November", "收到日期 2026年11月27日"):
        assert paste_length(_awaiting_text(), [*EN, ours]) == len(EN), ours


def test_a_request_with_the_text_keeps_the_letters_closing_date():
    first = "complaint LMT-2026-318, received on 27 November: Dear Sir or Madam, the wrenches in our listing are genuine."
    lines = [first, *EN[2:], "Kuala Lumpur, 24 November 2026", "record it"]
    assert paste_length(ConversationState(), lines) == len(EN)
