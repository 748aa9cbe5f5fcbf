"""What a seller's words and files say, read for what they are: a clause after a named paper that says what it proves
names no paper; a date is a shoot date only when its own line says so; our complaint's capture dates are our photos'
day; a list of prior-art evidence that names the office's receipt among its items is still the seller's prior art; a
text the seller wrote itself is a claim of its own creation; threats in Italian, Spanish and French; a title change
shown in the seller's own file."""

from datetime import date

import pytest

from assistant.domain.appeals.camera_dates import our_photo_days
from assistant.domain.appeals.claims import sentences
from assistant.domain.appeals.evidence import shoot_date
from assistant.domain.appeals.listing_changes import title_change_shown
from assistant.domain.appeals.named_files import named_documents
from assistant.domain.appeals.own_work import claims_own_work
from assistant.domain.appeals.prior_art import _office_notice
from assistant.domain.appeals.threats import pressure_said
from assistant.domain.models import Complaint


@pytest.mark.parametrize("text, named", [
    ("附件为我司与摄影工作室签订的拍摄合同扫描件，可以证明图片来源。", ["摄影工作室签订的拍摄合同扫描件"]),
    ("附件是我们和供应商签订的采购合同，能够证明货源。", ["供应商签订的采购合同"]),
    ("附件为发票，授权书。", ["发票", "授权书"]),
    ("附上发票、授权书，请查收", ["发票", "授权书"]),
])
def test_a_clause_that_says_what_a_paper_proves_names_no_paper(text, named):
    assert [d.words for d in named_documents(text)] == named


@pytest.mark.parametrize("text, day", [
    ("摄影服务合同\n服务内容：太阳镜产品拍摄 30张\n费用：人民币3000元\n签订日期：2025年9月5日", None),
    ("PHOTOGRAPHY SERVICE CONTRACT\nService: product photography, 30 images\nDate of signing: 5 September 2025", None),
    ("Shoot date: 14 June 2025", date(2025, 6, 14)),
    ("Shoot date:\n14 June 2025", date(2025, 6, 14)),
    ("拍摄日期：2025年8月10日", date(2025, 8, 10)),
])
def test_a_shoot_date_is_the_one_its_own_line_calls_so(text, day):
    assert shoot_date(text) == day


def test_our_capture_dates_in_the_statement_are_our_photos_day():
    complaint = Complaint.model_validate({
        "id": "T-2", "site": "alibaba", "reason": "image_theft",
        "statement": "The listing uses six photographs from our 2025 studio shoot, copied without permission; the originals are "
                     "attached with their capture dates (14 March 2025).",
        "complainant": {"name": "Kestrel Optics Ltd", "holder_type": "company", "country": "GB", "email": "a@b.example", "role": "rights_holder"},
        "ip_right": {"ip_type": "copyright", "name": "Kestrel 2025 product photographs", "owner": "Kestrel Optics Ltd", "approval_status": "approved"},
        "listings": [{"url": "https://www.alibaba.com/product-detail/x_1600555123456.html"}],
    })
    days = our_photo_days(complaint, sentences)
    assert [(d.value, d.written, d.where) for d in days] == [(date(2025, 3, 14), "14 March 2025", "our complaint's statement")]


def test_an_evidence_list_naming_the_receipt_is_no_office_notice():
    listed = ("现有设计证据清单\n1. 网页存档：https://web.archive.org/web/20240618093012/http://x.example/sx-9  存档日期 2024-06-18\n"
              "2. 1688商品发布记录：offer id 698877665544，发布时间 2024-06-18 10:22\n3. 国家知识产权局无效宣告请求受理通知书 受理号 4W123456")
    assert not _office_notice(listed)
    assert _office_notice("国家知识产权局\n无效宣告请求受理通知书\n受理号 4W123456")


@pytest.mark.parametrize("sentence", [
    "il manuale che accompagna le nostre maschere l'abbiamo scritto noi nel 2021, ben prima del vostro manuale.",
    "El manual que acompaña a nuestras gafas lo redactamos nosotros en 2021.",
    "Le manuel, nous l'avons rédigé en 2021.",
    "We wrote this manual ourselves in 2020.",
])
def test_a_text_the_seller_wrote_itself_is_its_own_creation(sentence):
    assert claims_own_work(sentence)


@pytest.mark.parametrize("sentence, said", [
    ("Vi avvisiamo: se non ritirate il reclamo entro 3 giorni vi denunceremo per concorrenza sleale e vi segnaleremo ad AliExpress "
     "per abuso dello strumento di reclamo.", {"threatens legal action against us (to sue us)", "threatens to report us to the platform "
     "for abusing complaints", "accuses us of a malicious complaint (a bad-faith or abusive complaint)"}),
    ("Abbiamo già parlato con il nostro avvocato.", {"threatens legal action against us"}),
    ("Si vous ne retirez pas la plainte, nous porterons plainte et vous signalerons à AliExpress.",
     {"threatens legal action against us (to sue us)", "threatens to report us to the platform for abusing complaints"}),
    ("Nuestro abogado revisó la factura.", set()),
])
def test_threats_are_read_in_italian_spanish_and_french(sentence, said):
    assert set(pressure_said([sentence])[0]) == said


def test_suing_and_a_lawyer_in_two_sentences_are_one_threat():
    what, _ = pressure_said(["Se non ritirate il reclamo vi denunceremo.", "Abbiamo già parlato con il nostro avvocato."])
    assert what == ["threatens legal action against us (to sue us)"]


def test_a_title_change_shown_in_the_sellers_file_is_quoted_with_the_title():
    text = 'Título actual del anuncio (modificado el 25/11/2026):\n"Lentes de repuesto OptiMar compatibles con gafas KESTREL Vantage"\n'
    assert title_change_shown(text) == ('Título actual del anuncio (modificado el 25/11/2026): "Lentes de repuesto OptiMar compatibles con '
                                        'gafas KESTREL Vantage"')
    assert title_change_shown("Marca del producto: OptiMar.") is None
