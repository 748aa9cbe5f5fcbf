"""Grounds read by their meaning in the languages sellers write: the photos claimed as their own, the patent evaluation
report requested, a removal in Malay, works said to differ in Chinese, a licence renewed by the owner in Spanish."""

import pytest

from assistant.domain.appeals.grounds import keyword_classes, legal_kinds


@pytest.mark.parametrize("sentence", [
    "Las fotos del anuncio son NUESTRAS, las hicimos nosotros en nuestro propio estudio en Shenzhen con nuestra cámara.",
    "Hola, las fotos son nuestras, las sacamos nosotros mismos en el almacén.",
    "Die Produktfotos haben wir selbst in unserem Studio aufgenommen, die Bilder gehören uns.",
    "Buongiorno, le foto dell'annuncio sono nostre, le abbiamo scattate noi nel nostro magazzino di Prato.",
])
def test_photos_claimed_as_the_sellers_own(sentence):
    assert "own_photos" in keyword_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "Tenemos la licencia de las fotos de Nordvik.",
    "Adjunto los datos EXIF de la foto original como prueba.",
    "Wir haben eine Lizenz für die Fotos vom Hersteller.",
])
def test_photos_licensed_or_offered_as_evidence_are_not_claimed_as_own(sentence):
    assert "own_photos" not in keyword_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "另外实用新型没有经过实质审查，请投诉方提供专利权评价报告。",
    "Your utility model was granted without any substantive examination. Please provide the patent right evaluation report.",
])
def test_evaluation_report_requested_is_its_own_point(sentence):
    assert "evaluation_report" in legal_kinds(sentence)
    assert "non_infringement" not in keyword_classes(sentence)


def test_malay_listing_deleted_is_giving_up():
    assert "no_contest" in keyword_classes("Kami juga telah memadam senarai tersebut pada 20 November 2026.")


def test_chinese_designs_said_to_differ():
    assert "different_product" in keyword_classes("两个图案也不一样，我们的熊是站着的，你们的是趴着的。", works=True)


def test_spanish_licence_renewed_by_the_owner():
    assert "licence" in keyword_classes("Nordvik renovó la autorización el 2 de enero de 2026 hasta el 31 de diciembre de 2027 e incluye Miravia.")
    assert "licence" not in keyword_classes("No renovó la autorización.")
