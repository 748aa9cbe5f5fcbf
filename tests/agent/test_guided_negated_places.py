"""A negated statement is never a positive fact; what the same sentence says positively still counts."""

from assistant.agent.guided.reading import approval, places
from assistant.agent.guided.slots import find_reason
from assistant.domain.models import ComplaintReason


def test_not_in_china_only_in_the_uk_is_the_uk():
    found = places("It's not registered in China, only in the UK")
    assert found and found[0].value == ["United Kingdom"]
    assert "only in the UK" in found[0].words


def test_a_negated_place_alone_gives_no_place():
    assert places("It is not registered in China") == []
    assert places("we never registered it in the EU") == []


def test_approval_beside_a_negated_place_is_read():
    found = approval("It's not registered in China, approved on IPP though")
    assert found and found[0].value is True
    assert approval("It's not approved yet, registered in China")[0].value is False


def test_stolen_product_photos_is_image_theft():
    assert find_reason("I want to report stolen product photos on AliExpress") == ComplaintReason.IMAGE_THEFT
    assert find_reason("they copied all our studio images") == ComplaintReason.IMAGE_THEFT
