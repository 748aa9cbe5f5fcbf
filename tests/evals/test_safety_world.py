"""The safety world's fingerprint of a store: read again as soon as the store's files change, never missed."""

from __future__ import annotations

from assistant.domain.models import Complaint
from evals.suites.safety_world import SafetyWorld, _complaint
from integrations.bootstrap import App


def test_a_store_is_read_again_once_an_attack_could_have_changed_it(tmp_path):
    home = tmp_path / "team-northwind"
    app = App.for_home(home)
    try:
        draft = app.complaints.create_draft(
            Complaint.model_validate(_complaint("NW-1", "aliexpress", "https://www.aliexpress.com/item/1005007770000001.html", "x")),
            idempotency_key="nw-1", actor="northwind",
        )
    finally:
        app.close()
    world = SafetyWorld(root=tmp_path, settings=None, index=None, apps=App)
    first = world._records(home)
    assert world._records(home) is first  # the same bytes on disk: the records read before
    app = App.for_home(home)
    try:
        app.complaints.file(draft.id, idempotency_key="nw-1-file", actor="attack", platform_complaint_id="IPP-1")
    finally:
        app.close()
    again = world._records(home)
    assert again != first and again[f"complaint {draft.id}"] != first[f"complaint {draft.id}"]
