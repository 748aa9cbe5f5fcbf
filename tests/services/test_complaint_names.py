"""A complaint named by a person: its number, the file's id or the team's reference, through the one resolver; a
number that is also another complaint's reference is asked about, never picked silently (both backends)."""

from __future__ import annotations

import pytest

from assistant.errors import BadInput
from assistant.services.complaints import ComplaintService
from tests.sample_complaints import sample_complaint


@pytest.fixture
def service(store):
    return ComplaintService(store)


def _draft(service, reference, item):
    complaint = sample_complaint([item]).model_copy(update={"id": reference})
    return int(service.create_draft(complaint, idempotency_key=f"k-{item}", actor="ann").id)


def test_a_typed_number_that_is_also_another_complaints_reference_is_asked_about(service):
    first = _draft(service, "3", 1)  # a file whose id was "3"
    _draft(service, "BRISA-2026-051", 2)
    third = _draft(service, "ORCA-2026-009", 3)
    with pytest.raises(BadInput) as asked:
        service.number_of("3", typed=True)
    assert f"complaint {third}" in asked.value.message and "ORCA-2026-009" in asked.value.message
    assert f"complaint {first} (reference '3')" in asked.value.message
    assert service.number_of("C-3", typed=True) == third  # C- always means the number
    assert service.number_of("ORCA-2026-009", typed=True) == third
    assert service.number_of(3) == third and service.number_of("3") == third  # the code's own numbers are numbers


def test_a_typed_number_no_complaint_has_names_the_complaint_with_that_reference(service):
    only = _draft(service, "12", 1)
    assert service.number_of("12", typed=True) == only


def test_a_complaint_is_found_by_the_platforms_id_when_no_reference_matches(service):
    number = _draft(service, "ORV-2026-044", 1)
    _draft(service, "ORV-2026-045", 2)
    service.file(number, idempotency_key="file-1", actor="ann", platform_complaint_id="IPP-2026-448812")
    assert service.number_of("IPP-2026-448812", typed=True) == number
    assert service.number_of("ORV-2026-044", typed=True) == number
