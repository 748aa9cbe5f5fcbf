"""A file holding several documents (on pages of their own or typed one after another), documents named as attached
after an aside, a supplier's appointment and its terms, cosmetics as kinds of goods, prior art
said in Malay and Indonesian, a catalogue's line for the model the seller names."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.bundled_papers import documents_in
from assistant.domain.appeals.claims import kinds_spoken_of, sentences
from assistant.domain.appeals.evidence import AUTHORIZATION_KINDS, PURCHASE_KINDS, AppealAttachment, AttachmentKind
from assistant.domain.appeals.goods_kinds import other_kinds
from assistant.domain.appeals.grounds import legal_kinds
from assistant.domain.appeals.model_codes import other_shade_named
from assistant.domain.appeals.named_files import named_documents
from assistant.domain.appeals.prior_art import publication

LETTER = ("LETTER OF AUTHORISATION\nAcme Beauty Sdn. Bhd. authorises Kedai Ayu to sell ACME lipsticks online.\n"
          "Validity: 1 January 2026 to 31 December 2027.\nSigned: Director of Sales")
INVOICE = "COMMERCIAL INVOICE No. 12\nSeller: Acme Beauty Sdn. Bhd.   Buyer: Kedai Ayu\nItem: ACME lipstick   Qty: 200 pcs"


@pytest.mark.parametrize("between", ["\f", "\n-----------------------------\n", "\n==========\n"])
def test_a_file_holding_a_letter_and_an_invoice_holds_both(between):
    found = documents_in(AppealAttachment(name="authorisation.pdf", text=LETTER + between + INVOICE))
    assert [kind for _, kind in found] == [AttachmentKind.AUTHORIZATION_LETTER, AttachmentKind.INVOICE]
    assert "COMMERCIAL INVOICE" in found[1][0].text and "COMMERCIAL INVOICE" not in found[0][0].text


def test_a_second_page_of_one_paper_or_a_kind_a_person_gave_keeps_the_file_whole():
    two_pages = AppealAttachment(name="licence.pdf", text=LETTER + "\f" + "Signed for both parties, with the company seal.")
    assert len(documents_in(two_pages)) == 1
    given = AppealAttachment(name="papers.pdf", kind="licence", text=LETTER + "\f" + INVOICE)
    assert documents_in(given) == [(given, AttachmentKind.LICENCE)]


@pytest.mark.parametrize("first, second", [(LETTER, INVOICE), (INVOICE, LETTER)])
def test_papers_typed_one_after_another_are_cut_at_the_next_ones_heading(first, second):
    found = documents_in(AppealAttachment(name="documents.docx", text=first + "\n" + second))
    assert [part.text for part, _ in found] == [first, second]


def test_a_letterhead_goes_with_the_paper_it_heads():
    letterhead = "Acme Beauty Sdn. Bhd. (Company No. 201901234567)\n"
    found = documents_in(AppealAttachment(name="surat.docx", text=letterhead + LETTER + "\n" + INVOICE))
    assert [kind for _, kind in found] == [AttachmentKind.AUTHORIZATION_LETTER, AttachmentKind.INVOICE]
    assert found[0][0].text.startswith(letterhead)


@pytest.mark.parametrize("text", [
    INVOICE + "\nInvoice date: 2 March 2026\nAuthorised signatory: Lim Wei\nAuthorized by: Sales Department",
    LETTER + "\nThis authorisation covers the goods of our invoice No. 12 of 2 March 2026.",
    LETTER + "\nInvoice No. 12\nSee the separate invoice for the goods.",  # a heading whose text counts no goods
    "DISTRIBUTION AGREEMENT\n1. Goods\nAcme Beauty Sdn. Bhd. sells Kedai Ayu 500 pcs of ACME lipstick.\n"
    "2. Authorisation\nAcme Beauty Sdn. Bhd. authorises Kedai Ayu to sell them online.",  # a contract's clause
])
def test_a_field_or_a_mention_of_another_paper_does_not_cut_a_paper(text):
    assert len(documents_in(AppealAttachment(name="paper.pdf", text=text))) == 1


def test_a_name_goes_on_through_the_rest_of_its_legal_form():
    assert sentences("Bought from Saffira Beauty Sdn. Bhd. in Malaysia. Next.") == ["Bought from Saffira Beauty Sdn. Bhd. in Malaysia.", "Next."]


@pytest.mark.parametrize("paper, reported", [
    ("SAFFIRA Velvet Matte Lipstick, 50 Stk.", "SAFFIRA Glow Serum 30 ml"),
    ("面霜 50g", "口红 07号色"),
    ("Eau de parfum 50 ml", "make-up brushes, 12 pieces"),
])
def test_cosmetics_of_another_kind_are_told_apart(paper, reported):
    assert other_kinds(paper, reported) is not None


def test_cosmetics_of_one_kind_are_not_told_apart():
    assert other_kinds("SAFFIRA lip gloss 05", "SAFFIRA lipstick R7") is None


@pytest.mark.parametrize("sentence", [
    "Reka bentuk bekas gincu seperti ini sudah lama dijual oleh kilang di China sejak 2018 lagi.",
    "Jadi reka bentuk anda bukan baru.",
    "Desain wadah lipstik seperti ini sudah dijual oleh pabrik di China sejak 2018.",
    "Jadi desain Anda tidak baru.",
])
def test_prior_art_said_in_malay_and_indonesian_is_read(sentence):
    assert "prior_art" in legal_kinds(sentence)


def test_a_mark_sold_since_a_year_is_no_prior_art():
    assert "prior_art" not in legal_kinds("Kami sudah lama menjual barang merek ini sejak 2018.")


def test_a_catalogues_issue_is_its_publication():
    found = publication("Huamei Packaging - Product Catalogue 2018\nCatalogue issued: March 2018\nModel LC-88: round tube case")
    assert found is not None and found.written == "March 2018"


@pytest.mark.parametrize("paper, reported, found", [
    ("SAFFIRA Velvet Matte Lipstick shade 05 Coral   Qty: 12 pcs", "wrong shade numbering (shade 'R7' does not exist)", ("05", "R7")),
    ("口红 07号色 200支", "色号R7 口红", ("07", "R7")),
])
def test_a_paper_for_another_shade_is_told_apart(paper, reported, found):
    assert other_shade_named(reported, paper) == found


def test_the_same_shade_written_with_a_leading_zero_is_one_shade():
    assert other_shade_named("lipstick shade 7 Ruby", "SAFFIRA lipstick shade 07 Ruby, 200 pcs") is None


@pytest.mark.parametrize("paper, reported", [
    ("Alicates universales BRIGHTWELL 200 mm, 120 uds.", "bolsa de herramientas BRIGHTWELL"),
    ("BRIGHTWELL 8 inch combination pliers x 500", "BRIGHTWELL canvas tool bag"),
    ("尖嘴钳 200只", "BRIGHTWELL工具包"),
])
def test_hand_tools_and_tool_bags_are_told_apart(paper, reported):
    assert other_kinds(paper, reported) is not None


def test_hand_tools_of_one_kind_are_not_told_apart():
    assert other_kinds("Pinces universelles BRIGHTWELL 200 mm", "BRIGHTWELL combination pliers 8 inch") is None


@pytest.mark.parametrize("text, named", [
    ("Please find attached our authorisation letter signed by your Mr. Jonas Keller (valid until 31.12.2027, all online marketplaces "
     "incl. AliExpress) and your invoice RE-2026-0915 for 200 pcs.", ["authorisation letter", "invoice RE-2026-0915"]),
    ("Enclosed you will find our licence (valid to 2027) as well as the purchase invoice no. 5512 from Aurelia Home GmbH.",
     ["licence", "purchase invoice no. 5512"]),
])
def test_each_document_named_after_an_aside_or_a_title_is_read(text, named):
    assert [d.words for d in named_documents(text)] == named


def test_claims_about_one_paper_of_a_file_are_not_said_of_the_other():
    assert kinds_spoken_of("Please find attached our authorisation letter signed by your Mr. Jonas Keller") == {AUTHORIZATION_KINDS}
    assert kinds_spoken_of("Here is your invoice RE-2026-0915 for 200 pcs.") == {PURCHASE_KINDS}
    assert kinds_spoken_of("Valid until 2027.") == frozenset()


def test_a_file_signed_once_for_two_papers_never_says_the_unsigned_looking_one_is_unsigned():
    from datetime import date

    from assistant.domain.appeals import triage_appeal
    from tests.sample_complaints import sample_complaint

    text = ("SURAT KEBENARAN / AUTHORISATION LETTER\n"
            "We, Orchid Trading Sdn Bhd, authorise Kedai Murah Enterprise to sell our knife blocks in Malaysia only. "
            "Valid from 1 January 2026 to 31 December 2027.\n"
            "INVOIS INV-OT-2026-017  Date: 1 February 2026\n"
            "Item: Knife Block ACME, beech wood   Qty: 50 pcs   Total: RM 1,750.00\n"
            "Signed: Tan Mei Ling, Director")
    said = "We have an authorisation letter from our supplier and the invoice (attached). Please restore the listing."
    triage = triage_appeal(sample_complaint([1], site="lazada"), said, [AppealAttachment(name="surat.docx", text=text)],
                           received_on=date(2026, 11, 27), filed_on=date(2026, 11, 20), today=date(2026, 11, 28))
    signature_points = [f for g in triage.grounds for f in g.findings if f.code in ("signature_not_shown", "unsigned")]
    assert signature_points, "the authorisation's signature is spoken of"
    assert all(f.basis.value == "not_verified" and "is not shown as signed" not in f.message for f in signature_points)
