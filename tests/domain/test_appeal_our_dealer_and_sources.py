"""A licence the seller says our own person or company signed or gave ('signed by your Mr. Keller', '贵公司的授权经销商') is
claimed from us: our own records first. Goods bought from a company the seller calls an authorised distributor come down a
chain: that company is the source named, never the owner nor the seller itself."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.agreement_with_us import granted_by_you
from assistant.domain.appeals.authorised_sources import authorised_source


@pytest.mark.parametrize("sentence", [
    "Please find attached our authorisation letter signed by your Mr. Jonas Keller (valid until 31.12.2027).",
    "Die von Ihrer Frau Petra Brandt unterschriebene Händlerautorisierung liegt bei.",
    "Les enviamos la autorización firmada por su responsable de ventas.",
    "Alleghiamo la lettera di autorizzazione firmata dal vostro direttore commerciale.",
    "授权书由贵公司的王经理签发。",
    "我们是贵公司的授权经销商。",
    "We are your authorised dealer in Austria.",
])
def test_a_grant_by_our_own_person_or_company_is_read(sentence):
    assert granted_by_you(sentence)


@pytest.mark.parametrize("sentence", [
    "The letter was not signed by you.",
    "Our authorisation letter was signed by their director.",
    "Die von ihrer Geschäftsführerin unterschriebene Autorisierung liegt bei.",  # 'ihrer': hers or theirs, not yours
    "We bought them from your distributor.",
])
def test_a_grant_by_someone_else_or_denied_is_not(sentence):
    assert not granted_by_you(sentence)


@pytest.mark.parametrize(("sentence", "source"), [
    ("Las compramos a un distribuidor autorizado en España, Cocina Ibérica Distribuciones S.L.", "Cocina Ibérica Distribuciones S.L."),
    ("We source these knives from Kitchen Direct Ltd, an authorised AURELIA distributor in the UK.", "Kitchen Direct Ltd"),
    ("Die Messer haben wir von einem autorisierten Großhändler, der Messer & Mehr Vertrieb GmbH, bezogen.", "Messer & Mehr Vertrieb GmbH"),
    ("I coltelli sono stati acquistati da un distributore autorizzato, Casalinghi Rossi S.r.l., e sono originali.", "Casalinghi Rossi S.r.l."),
    ("我们的货是从AURELIA的授权经销商杭州厨韵贸易有限公司进的。", "杭州厨韵贸易有限公司"),
])
def test_the_authorised_source_is_named_as_written(sentence, source):
    assert authorised_source([sentence], ["Aurelia Home GmbH"], ["Menaje Sol S.L."]) == source


@pytest.mark.parametrize("sentence", [
    "We are Kitchen Direct Ltd, an authorised AURELIA distributor.",  # the seller's own title
    "Somos distribuidor oficial de Aurelia en España, Cocina Ibérica Distribuciones S.L.",
    "We bought them from Aurelia Home GmbH, the official distributor.",  # the owner itself
    "We bought them from a wholesaler, Kitchen Direct Ltd.",  # not called authorised
])
def test_no_authorised_source_where_none_is_said(sentence):
    assert authorised_source([sentence], ["Aurelia Home GmbH"], []) is None
