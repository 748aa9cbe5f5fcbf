"""Papers that are neither an invoice nor a letter: customs declarations, delivery notes and e-mails, in the sellers' languages."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, attachment_kind
from assistant.domain.appeals.other_papers import email_point, email_sender, goods_sender, grants_use, is_email, paper_point
from assistant.domain.appeals.right_standards import Paper, paper_kind


@pytest.mark.parametrize("name, text, paper", [
    ("Lieferschein.txt", "Bergsport Huber GmbH\nLIEFERSCHEIN Nr. 1\nMenge: 12 Paar", Paper.DELIVERY_NOTE),
    ("ddt.txt", "Montagna Sport S.r.l.\nDOCUMENTO DI TRASPORTO N. 3 del 02/10/2026", Paper.DELIVERY_NOTE),
    ("sj.txt", "SURAT JALAN No. 88\nPenerima: Toko Jaya", Paper.DELIVERY_NOTE),
    ("bl.txt", "BON DE LIVRAISON n° 12", Paper.DELIVERY_NOTE),
    ("decl.txt", "CUSTOMS IMPORT DECLARATION\nQuantity: 80 PCS", Paper.CUSTOMS),
    ("报关单.txt", "中华人民共和国海关进口货物报关单\n数量：50个", Paper.CUSTOMS),
    ("zoll.txt", "Zollanmeldung (Einfuhr)\nMenge: 40 Stück", Paper.CUSTOMS),
])
def test_delivery_notes_and_customs_declarations_are_purchase_papers_of_their_own_kind(name, text, paper):
    doc = AppealAttachment(name=name, text=text)
    assert attachment_kind(doc) is AttachmentKind.INVOICE
    assert paper_kind(doc) is paper


def test_the_indonesian_word_for_two_is_no_customs_declaration():
    doc = AppealAttachment(name="spesifikasi.txt", text="SPESIFIKASI PRODUK\nLengan: engsel putar dua sumbu\n")
    assert attachment_kind(doc) is AttachmentKind.OTHER


MAIL = "From: sales@alamgear.example (PT Alam Gear Indonesia)\nTo: toko@mail.example\nDate: 2 Sep 2026\nSubject: Re: foto\nHalo, silakan pakai foto-foto KIRRA dari website kami."


def test_an_email_is_known_by_its_headers_and_its_sender_kept_as_written():
    assert is_email(MAIL)
    assert email_sender(MAIL) == ("PT Alam Gear Indonesia", "sales@alamgear.example")
    assert email_sender("De: Outdoor Iberia S.L. <m@oi.example>\nPara: t@x.example\nAsunto: fotos\n") == ("Outdoor Iberia S.L.", "m@oi.example")
    # A letter with a 'From:' and a 'Date:' line but no address or subject is no e-mail.
    assert not is_email("From: Acme Ltd\nDate: 1 May 2026\nWe hereby authorise ...")


@pytest.mark.parametrize("body", [
    "silakan pakai foto-foto KIRRA dari website kami", "you may use our product photos", "podéis usar las fotos de nuestra web",
    "potete usare le foto", "Sie dürfen die Bilder für Ihren Shop verwenden", "可以使用我们网站的图片",
])
def test_an_email_that_lets_its_reader_use_something_is_a_permission(body):
    text = f"From: a@b.example\nSubject: photos\n\n{body}"
    assert grants_use(text)
    assert attachment_kind(AppealAttachment(name="mail.txt", text=text)) is AttachmentKind.AUTHORIZATION_LETTER


def test_an_email_that_permits_nothing_is_not_a_permission():
    text = "From: ops@log.example\nSubject: shipment\n\nyour 40 pairs have been shipped today"
    assert not grants_use(text)
    assert attachment_kind(AppealAttachment(name="mail.txt", text=text)) is AttachmentKind.OTHER


def test_who_sent_the_goods_by_label_or_letterhead():
    assert goods_sender("境内收货人：广州顺达\n境外发货人：Tokyo Outdoor Trading K.K.\n") == "Tokyo Outdoor Trading K.K."
    assert goods_sender("Exporter / consignor: Seoul Trek Co., Ltd., Busan\n") == "Seoul Trek Co., Ltd."
    assert goods_sender("Bergsport Huber GmbH, Rosenheim\nLIEFERSCHEIN") == "Bergsport Huber GmbH"


def test_a_delivery_note_is_said_to_cover_at_most_its_own_quantity():
    point, reply = paper_point("delivery_note", 1, "Bergsport Huber GmbH, Rosenheim\nLIEFERSCHEIN", ["Kirra Outdoor GmbH"],
                               day="'12.09.2026' (2026-09-12)", quantity="'12 Paar'", said_more="'300 Paar'", signed=False)
    assert "a delivery note, not an invoice" in point and "at most '12 Paar' of the '300 Paar'" in point
    assert "Bergsport Huber GmbH" in point and "no signature" in point
    assert reply.startswith("The seller's attachment #1 is a delivery note")
    assert paper_point("invoice", 1, "x", [], day=None, quantity=None, said_more=None, signed=None) is None


def test_an_email_from_the_owner_is_no_point():
    assert email_point(1, MAIL, ["PT Alam Gear Indonesia"], "our photographs") is None
    point, _ = email_point(1, MAIL, ["Kirra Outdoor GmbH"], "our photographs")
    assert "e-mail" in point and "PT Alam Gear Indonesia" in point and "not from Kirra Outdoor GmbH" in point
