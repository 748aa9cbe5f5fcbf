"""The person's words in the chat around a seller's text: a lead-in saying the seller wrote again, a question about what
to do next, Malay told from Indonesian; and what the triage reads of a seller's text: files named as attached in
other languages, a photographer named in Chinese."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.claims import photo_claims
from assistant.domain.appeals.named_files import named_documents
from assistant.domain.appeals.pasted import speaks_of_seller_writing, split_pasted
from assistant.domain.appeals.person_lines import asks_next_steps
from assistant.retrieval.malay_indonesian import malay_or_indonesian

SELLER = ("Hello Lazada team, our lanterns are original. Our company owns the trademark HALDEN CAMP in Malaysia, registered with "
          "MyIPO under registration number TM2025019876. Kindly put our product back online. Kedai Alam Outdoor Sdn Bhd")


@pytest.mark.parametrize("lead_in", [
    "the same seller on Lazada wrote again this morning:",
    "the seller on Lazada replied this morning:",
    "Lazada seller answered again today:",
    "that seller sent us another reply today:",
    "the seller of the Tind backpacks (HALD-2026-044) answered today:",
])
def test_a_lead_in_saying_the_seller_wrote_is_the_persons(lead_in):
    pasted = split_pasted(f"{lead_in} {SELLER}")
    assert pasted.person == lead_in
    assert pasted.seller == SELLER
    assert speaks_of_seller_writing(pasted.person)


@pytest.mark.parametrize("words", [
    "As the seller we replied to your complaint within the time given",
    "Our appeal",
    "Dear Lazada, the seller",
])
def test_the_sellers_own_words_do_not_announce_a_sellers_text(words):
    assert not speaks_of_seller_writing(words)


@pytest.mark.parametrize("line", [
    "what should we do now?", "ok so what's the next step?", "what do you recommend we do?", "how should we respond?",
    "¿qué hacemos ahora?", "was sollen wir jetzt tun?", "apa yang harus kami lakukan?", "我们现在该怎么办？",
])
def test_what_to_do_next_is_asked_of_us(line):
    assert asks_next_steps(line)


@pytest.mark.parametrize("line", ["Why did you remove our listing?", "Please restore our listing now.", "what is our deadline?"])
def test_other_lines_do_not_ask_what_to_do_next(line):
    assert not asks_next_steps(line)


@pytest.mark.parametrize("words, language", [
    ("tolong cek sanggahan ini untuk pengaduan HALD-2026-041, kami terima kemarin", "id"),
    ("bisa tolong dicek? teksnya saya kirim sesudah ini", "id"),
    ("tolong semak rayuan untuk aduan HALD-2026-041, kami dah terima semalam", "ms"),
    ("boleh awak tengok aduan ini? saya hantar teks selepas ini", "ms"),
    ("tolong untuk HALD-2026-041, terima kasih", None),  # shared words only: the line both read
])
def test_indonesian_is_told_from_malay(words, language):
    assert malay_or_indonesian(words) == language


@pytest.mark.parametrize("text, named", [
    ("Adjuntamos el ticket de compra.", "ticket de compra"),
    ("Den Kaufbeleg fügen wir bei.", "Kaufbeleg"),
    ("In der Anlage finden Sie den Lieferschein.", "Lieferschein"),
    ("Nous joignons le bon de livraison.", "bon de livraison"),
    ("Accludiamo la fattura di acquisto.", "fattura di acquisto"),
    ("Struk pembeliannya kami sertakan.", "Struk pembeliannya"),
    ("另附进货发票。", "进货发票"),
])
def test_a_paper_named_as_attached_in_other_languages_is_read(text, named):
    assert [document.words for document in named_documents(text)] == [named]


def test_a_papers_maker_is_not_read_as_what_it_is_of():
    assert [document.words for document in named_documents("Adjunto la factura de la tienda.")] == ["factura"]


@pytest.mark.parametrize("text, name", [
    ("您好，链接中的帐篷照片是我们自己拍的，附件有摄影师的证明。", None),
    ("摄影师出具的拍摄证明见附件。", None),
    ("这些帐篷图片是摄影师王磊在2025年6月为本店拍摄的。", "王磊"),
    ("摄影师：欧阳娜娜拍摄。", "欧阳娜娜"),
    ("我们还和摄影师王磊签了拍摄合同，见附件。", "王磊"),  # the name ends before the verb and its particle
    ("这些图是摄影师李娜给我们拍的。", "李娜"),
])
def test_a_photographer_named_in_chinese_starts_with_a_family_name(text, name):
    names = [claim.quote for claim in photo_claims(text) if claim.about == "photographer"]
    assert names == ([name] if name else [])
