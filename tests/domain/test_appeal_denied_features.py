"""A feature the seller says its product lacks, set against what its own documents state."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.domain.appeals.denied_features import SIMILARITY, contradictions, denials, message


@pytest.mark.parametrize(
    "text, feature",
    [("我司剪刀没有弹簧锁扣，采用的是滑块锁定。", "弹簧锁扣"),
     ("Our kettle has no whistle and the lid is round.", "whistle"),
     ("Our shears don't have a spring lock; they use a sliding catch.", "spring lock"),
     ("Nuestra tijera no tiene cierre de resorte, usa un pasador.", "cierre de resorte"),
     ("Cerek kami tiada wisel.", "wisel"),
     ("我们的水壶不带哨子，壶盖是圆的。", "哨子")],
)
def test_the_feature_a_seller_denies_is_read_with_its_own_words(text, feature):
    [denial] = denials(text)
    assert denial.feature == feature and denial.said in text


@pytest.mark.parametrize("text", ["We do not infringe your patent.", "我司产品没有侵犯贵司专利权。", "No, we will not remove it.",
                                  "We have no licence from you and need none.",
                                  # a number sign, not a negation
                                  "Adjuntamos la factura de compra nº FT-2026-0611 de fecha 10/06/2026 como prueba.",
                                  "Please see invoice No. 4471 dated 3 May."])
def test_a_denied_legal_point_or_a_bare_no_is_no_feature(text):
    assert denials(text) == []


def test_the_document_clause_that_states_the_feature_is_quoted_as_written():
    [found] = contradictions("我司剪刀没有弹簧锁扣，采用的是滑块锁定。", [(2, "型号 RF-88\n特点：SK5刀片，弹簧锁扣，单手开合")])
    assert (found.attachment, found.shown) == (2, "弹簧锁扣")
    assert "'我司剪刀没有弹簧锁扣'" in message(found) and "attachment #2 says '弹簧锁扣'" in message(found)


@pytest.mark.parametrize("line", ["可选配弹簧锁扣", "标准款无弹簧锁扣", "Spring lock: optional", "No spring lock", "spring lock sold separately"])
def test_a_hedged_or_negated_document_line_states_nothing(line):
    assert contradictions("Our shears have no spring lock. 我司剪刀没有弹簧锁扣。", [(1, line)]) == []


def test_english_words_of_the_feature_anywhere_in_a_clause_state_it():
    [found] = contradictions("It has no dimmer switch, only an on/off button.", [(1, "Features: touch dimmer switches, USB port")])
    assert found.shown == "touch dimmer switches"


def _embed_by(table: dict[str, list[float]]):
    def embed(texts):
        rows = np.asarray([table.get(t, [0.0, 0.0, 1.0]) for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)
    return embed


def test_by_meaning_a_clause_counts_only_at_the_calibrated_similarity():
    close, far = [1.0, 0.1, 0.0], [1.0, 1.2, 0.0]  # cosines with [1, 0, 0]: about 0.995 and 0.64
    assert 0.64 < SIMILARITY < 0.99
    table = {"foldable legs": [1.0, 0.0, 0.0], "Legs fold flat for storage": close, "Aluminium top": far}
    [found] = contradictions("It has no foldable legs.", [(1, "Aluminium top\nLegs fold flat for storage")], _embed_by(table))
    assert found.shown == "Legs fold flat for storage"
    table["Legs fold flat for storage"] = far
    assert contradictions("It has no foldable legs.", [(1, "Aluminium top\nLegs fold flat for storage")], _embed_by(table)) == []
    assert contradictions("It has no foldable legs.", [(1, "Legs fold flat for storage")]) == []  # no model: words only
