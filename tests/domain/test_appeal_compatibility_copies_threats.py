"""Compatibility said in each language the triage reads (and never when guessed or denied), 'not a copy' said of genuine
goods, and threats in Vietnamese, Thai and Korean."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.compatibility import compatibility_said
from assistant.domain.appeals.grounds import keyword_classes
from assistant.domain.appeals.threats import pressure_said, threat_deadline


@pytest.mark.parametrize("sentence", [
    'Kami hanya guna perkataan "AURELIA" dalam tajuk untuk menunjukkan bahawa blok pisau ini serasi dengan pisau AURELIA (compatible).',
    "Kami mencantumkan kata AURELIA di judul hanya agar pembeli tahu bahwa rak pisau ini cocok untuk pisau AURELIA.",
    "Rak pisau kami kompatibel dengan pisau AURELIA.",
    "Il nome AURELIA compare nel titolo solo per indicare che il ceppo è compatibile con i coltelli AURELIA.",
    "Le mot AURELIA apparaît dans le titre uniquement pour indiquer que notre bloc est compatible avec les couteaux AURELIA.",
    "Wir nennen AURELIA im Titel nur, damit Käufer sehen, dass der Messerblock passend für AURELIA Messer ist.",
    "El bloque es compatible con los cuchillos AURELIA.",
    "标题里写AURELIA只是为了告诉买家这款刀座适用于AURELIA的刀。",
])
def test_compatibility_is_the_no_use_ground_in_every_language_read(sentence):
    assert compatibility_said(sentence)
    assert "no_use_of_mark" in keyword_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "Mungkin blok pisau ini serasi dengan pisau AURELIA, kami tidak pasti.",
    "Blok pisau ini tidak serasi dengan pisau AURELIA.",
    "Quizás el bloque sea compatible con los cuchillos AURELIA, no lo sabemos.",
    "Der Messerblock ist nicht kompatibel mit AURELIA Messern.",
    "这款刀座可能适用于AURELIA的刀，我们也不确定。",
    "Maybe the block is compatible with AURELIA knives, we are not sure.",
    # 'suitable for' in general, the listing's name not spoken of: no reference to the brand's goods
    "Blok pisau ini sesuai untuk dapur kecil.",
])
def test_a_guessed_or_denied_compatibility_is_no_ground(sentence):
    assert not compatibility_said(sentence)
    assert "no_use_of_mark" not in keyword_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "Il nostro prodotto NON è una copia, è originale al 100%.",
    "La guida che vendiamo NON è una copia della vostra.",
    "Este producto no es una falsificación, es original.",
    "Das Produkt ist keine Kopie, sondern Originalware.",
])
def test_not_a_copy_says_the_goods_are_genuine_not_that_they_differ(sentence):
    assert "different_product" not in keyword_classes(sentence)


@pytest.mark.parametrize("sentence", [
    "Il nostro ceppo NON è una copia: ha una forma diversa e un design tutto nostro.",
    "Este diseño NO es una copia de su diseño.",
])
def test_not_a_copy_beside_a_different_shape_or_of_a_design_stays_a_different_product(sentence):
    assert "different_product" in keyword_classes(sentence)


@pytest.mark.parametrize(("sentence", "deadline"), [
    ("Nếu quý công ty không rút khiếu nại trong vòng 7 ngày, chúng tôi sẽ khởi kiện ra tòa án.", "trong vòng 7 ngày"),
    ("หากท่านไม่ถอนคำร้องเรียนภายใน 7 วัน เราจะฟ้องร้องต่อศาล", "ภายใน 7 วัน"),
    ("7일 이내에 신고를 철회하지 않으면 법적 조치를 취하고 소송을 제기하겠습니다.", "7일 이내"),
])
def test_a_threat_to_sue_in_vietnamese_thai_or_korean_is_read_with_its_deadline(sentence, deadline):
    assert pressure_said([sentence])[0] == ["threatens legal action against us (to sue us)"]
    assert threat_deadline([sentence]) == deadline


@pytest.mark.parametrize("sentence", [
    "Luật sư của chúng tôi đã kiểm tra hóa đơn mua hàng.",  # our lawyer checked the invoice
    "Chúng tôi sẽ gửi kiện hàng theo điều kiện của sàn.",  # a parcel and a condition, no suing
    "저희 변호사가 구매 송장을 확인했습니다.",
])
def test_a_lawyer_a_parcel_or_a_condition_is_no_threat(sentence):
    assert pressure_said([sentence]) == ([], [])
