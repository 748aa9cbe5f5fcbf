"""Office papers (an application is no registration), a work named in another language, a licence after its grantor's
assignment to us, a year alone, a purchase paper held but not given."""

from __future__ import annotations

from datetime import date

from assistant.domain.appeals.evidence import AppealAttachment, AttachmentKind, attachment_kind, find_dates, years_alone
from assistant.domain.appeals.held_papers import held_not_given
from assistant.domain.appeals.licence_scope import channel_exclusion
from assistant.domain.appeals.office_papers import application_only, company_register, office_paper_kind, work_registration
from assistant.domain.appeals.own_rights import own_right_paper
from assistant.domain.appeals.work_titles import names_work
from assistant.domain.models import Site


def test_an_application_receipt_is_no_registration_in_any_language():
    zh = "商标注册申请受理通知书\n申请号：79123456\n商标：KESTRAL\n申请日期：2026年9月15日\n"
    found = application_only(zh)
    assert found and found.number == "79123456" and found.filed == date(2026, 9, 15)
    de = "Empfangsbescheinigung\nMarkenanmeldung Aktenzeichen: 30 2026 012 345\nAnmeldetag: 02.06.2026\n"
    assert application_only(de) is not None
    en = "Notice of receipt\nThis notice does not mean the mark is registered.\n"
    assert application_only(en) is not None


def test_a_registration_certificate_is_no_application():
    assert application_only("商标注册证\n第38124567号\n注册有效期限：2022年6月28日至2032年6月27日\n申请人：某公司\n") is None
    assert application_only("外观设计专利证书\n专利号：ZL202330123456.7\n申请日：2023年03月15日\n授权公告日：2023年08月01日\n") is None
    assert application_only("无效宣告请求受理通知书\n申请号：202130456789.1\n") is None  # an invalidation request


def test_a_work_registration_certificate_gives_its_dates():
    found = work_registration("作品登记证书\n登记号：国作登字-2026-F-01234567\n著作权人：某公司\n创作完成日期：2026年09月02日\n"
                              "首次发表日期：2026年09月05日\n登记日期：2026年10月28日\n")
    assert found.registered[0] == date(2026, 10, 28) and found.created[0] == date(2026, 9, 2)
    assert found.published[0] == date(2026, 9, 5) and found.holder == "某公司"
    paper = AppealAttachment(name="scan.png", text="作品登记证书\n登记号：国作登字-2026-F-01234567\n登记日期：2026年10月28日\n")
    assert attachment_kind(paper) is AttachmentKind.REGISTRATION_CERTIFICATE


def test_a_work_is_named_in_the_documents_language():
    title = "KESTREL catalogue 2025 product photographs"
    assert names_work('das einfache Nutzungsrecht an den Fotografien "KESTREL Katalog 2025"', title)
    assert names_work("las fotografías del catálogo KESTREL 2025", title)
    assert names_work("le foto del catalogo KESTREL 2025", title)
    assert not names_work("die Fotografien KESTREL Katalog 2024", title)
    assert not names_work("KESTREL", "KESTREL product photographs")  # a brand alone names no work


def test_print_only_and_no_online_clauses_in_german_and_a_wrapped_pdf_line():
    assert channel_exclusion("Nutzungsart: ausschließlich Printwerbung (Flyer, Kataloge). Keine Online-Nutzung.", Site.ALIEXPRESS)
    wrapped = "Uso  permitido:  únicamente  en  sus  tiendas  físicas  y  folletos  impresos.  No  incluye  el  uso  en\ninternet."
    assert channel_exclusion(wrapped, Site.MIRAVIA)
    assert channel_exclusion("A non-exclusive licence to sell KESTREL backpacks online.", Site.ALIEXPRESS) is None


def test_dotted_dates_are_day_first_and_a_year_alone_is_a_year():
    assert find_dates("Hamburg, den 12.05.2025")[0].value == date(2025, 5, 12)
    years = years_alone("las hizo nuestro fotógrafo en 2024, mucho antes")
    assert len(years) == 1 and years[0].year_only and years[0].written == "2024"
    assert years[0].agrees_with(date(2024, 10, 3)) and not years[0].agrees_with(date(2026, 10, 3))


def test_a_purchase_paper_held_but_not_given():
    contract = (1, AppealAttachment(name="采购合同.txt", text="购销合同"), AttachmentKind.CONTRACT)
    assert held_not_given("有正规合同和发票，附件是采购合同。", [contract]) == [(AttachmentKind.INVOICE, "发票")]
    invoice = (1, AppealAttachment(name="invoice.pdf", text="INVOICE"), AttachmentKind.INVOICE)
    assert held_not_given("We have the invoice, attached.", [invoice]) == []


def test_a_company_s_certificate_of_registration_is_no_office_paper_for_a_right():
    ssm = ("COMPANIES COMMISSION OF MALAYSIA\nCERTIFICATE OF REGISTRATION\n(Companies Act 2016)\nRegistration No.: 202301045678 (1512345-K)\n")
    assert company_register(ssm) == "COMPANIES COMMISSION OF MALAYSIA"
    assert office_paper_kind(ssm) is None and own_right_paper(ssm) is None
    assert company_register("Handelsregister B des Amtsgerichts München\nRegisternummer: HRB 245678\n")
    assert company_register("营业执照\n统一社会信用代码：91330782MA2H8K5X3Q\n")
    tm = "商标注册证\n第 12345678 号\n注册人：某某有限公司\n"
    assert company_register(tm) is None and office_paper_kind(tm) == "registration"
