"""Offline conversations typed into `ipr-assistant chat`, each ending in a valid exported filing package.

Every complaint reason, agent and rights holder, links with problems, a change of mind, a question in the middle,
and quitting and resuming with --thread. The package's links are checked against the URL checker's own canonical
form of the valid links the person gave, and the store must hold the saved draft.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.domain.listing_urls import check_listing_urls
from tests.fakes.chat_driver import chat, open_complaints, replies, thread_of, user_turns

AE = ["https://www.aliexpress.com/item/1005001234567890.html", "https://www.aliexpress.com/item/1005009876543210.html"]
TAOBAO = ["https://item.taobao.com/item.htm?id=612345678901", "https://item.taobao.com/item.htm?id=698765432109"]
TMALL = ["https://detail.tmall.com/item.htm?id=623456789012"]
ALIBABA = ["https://www.alibaba.com/product-detail/Running-Shoes_1600123456789.html"]
S1688 = ["https://detail.1688.com/offer/612345678901.html"]
LAZADA = ["https://www.lazada.com.my/products/acme-runner-i1234567890-s9876543210.html"]
MIRAVIA = ["https://www.miravia.es/p/i1234567890.html"]
PACKAGE_FILES = {"statement.txt", "evidence-checklist.md", "summary.md", "complaint.json", "validation.json", "notice-1-links.txt"}


@dataclass
class Dialogue:
    """A conversation as typed, and what the exported complaint must say."""

    name: str
    lines: list[str]
    site: str
    reason: str
    role: str
    links: list[str]
    evidence: set[str] = field(default_factory=set)


DIALOGUES = [
    Dialogue(
        "counterfeit_rights_holder_step_by_step",
        [
            "I found fake ACME sneakers on AliExpress, help me report them",
            "We are the rights holder, Acme Sports Inc.",
            "trademark ACME, no. 12345678, approved",
            " ".join(AE),
            "The fakes have a printed logo and the soles are glued, not stitched",
            "comparison document comparison.pdf",
            "yes",
        ],
        "aliexpress", "counterfeit_features", "rights_holder", AE, {"comparison_document"},
    ),
    Dialogue(
        "agent_everything_in_one_message",
        [
            "trademark ACME 12345678, approved, we are Brandguard LLP, agent for Acme Sports Inc., counterfeit, here are the links: "
            + ", ".join(AE),
            "The logo on the fakes is printed instead of embroidered",
            "we have a comparison document comparison.pdf and a power of attorney poa.pdf",
            "yes",
        ],
        "aliexpress", "counterfeit_features", "agent", AE, {"comparison_document", "power_of_attorney"},
    ),
    Dialogue(
        "test_buy_on_taobao_with_a_question_in_the_middle",
        [
            "We did a test buy on Taobao and the item is counterfeit",
            "I am the rights holder, Zhang Wei, an individual",
            "How long does the IPR review take?",
            "trademark ZEPHYR, registration no. 7654321, registered in Mainland China, approved",
            "\n".join(TAOBAO[:1]),
            "The bag arrived without the ZEPHYR lining tag and with plastic buckles",
            "order number 4455667788990; test buy report testbuy.pdf",
            "yes",
        ],
        "taobao", "test_buy", "rights_holder", TAOBAO[:1], {"test_buy_order_number", "test_buy_report"},
    ),
    Dialogue(
        "model_does_not_exist_on_alibaba_com",
        [
            "Sellers on Alibaba.com offer an ACME model that was never made by us",
            "rights holder Acme Sports Inc.",
            "trademark ACME no. 12345678 approved",
            ALIBABA[0],
            "yes",
        ],
        "alibaba", "model_does_not_exist", "rights_holder", ALIBABA,
    ),
    Dialogue(
        "trademark_misuse_on_lazada_with_bad_links_first",
        [
            "Lazada shops use our brand in their titles",
            "We are the rights holder, Acme Sports Inc.",
            "trademark ACME, no. 12345678, approved",
            "https://www.lazada.com.my.example.net/products/x-i1-s2.html not-a-link-at-all.example",
            LAZADA[0],
            "yes",
        ],
        "lazada", "trademark_misuse", "rights_holder", LAZADA,
    ),
    Dialogue(
        "image_theft_on_miravia",
        [
            "A Miravia seller is using our product photos without permission",
            "We are the rights holder, Lumen Studio GmbH",
            "copyright \"Autumn catalogue 2025\", registration no. 2025-55501, approved",
            MIRAVIA[0],
            "Our photographer took them in our Berlin studio in August 2025",
            "original image files raw-set.zip",
            "yes",
        ],
        "miravia", "image_theft", "rights_holder", MIRAVIA, {"original_image_files"},
    ),
    Dialogue(
        "official_image_theft_change_of_mind_site",
        [
            "Sellers copied photos from our official website on AliExpress",
            "Actually it is on Alibaba.com, not AliExpress",
            "We are the rights holder, Acme Sports Inc.",
            "copyright \"ACME product photography\", registration no. 889900, approved",
            ALIBABA[0],
            "They are on our product page https://www.acme-sports.example/products/runner-2, online since May 2025",
            "screenshot of the official page official.png",
            "yes",
        ],
        "alibaba", "official_image_theft", "rights_holder", ALIBABA, {"official_page_screenshot"},
    ),
    Dialogue(
        "registered_work_agent",
        [
            "Our client's registered artwork is printed on T-shirts sold on AliExpress",
            "We are Brandguard LLP, agent for Mira Art Ltd",
            "copyright \"Blue Crane\", registration no. 2024-A-3311, approved",
            AE[0],
            "power of attorney poa.pdf",
            "yes",
        ],
        "aliexpress", "registered_work", "agent", AE[:1], {"power_of_attorney"},
    ),
    Dialogue(
        "pirated_copy_on_1688_change_of_mind_reason",
        [
            "Pirated copies of our software are sold on 1688",
            "Sorry, the reason is pirated copies, not counterfeits: they are cracked copies",
            "We are the rights holder, Nimbus Soft Co., Ltd.",
            "copyright \"Nimbus Editor\", registration no. 2023SR123456, registered in China, approved",
            S1688[0],
            "yes",
        ],
        "1688", "pirated_copy", "rights_holder", S1688,
    ),
    Dialogue(
        "design_patent_on_tmall",
        [
            "A Tmall store sells lamps that copy our design patent",
            "We are the rights holder, Lumo Lighting Co., Ltd.",
            "patent \"Desk lamp\", patent no. ZL201930123456.7, registered in Mainland China, approved",
            TMALL[0],
            "The lamps copy the arm and base shown in design views 1 and 2",
            "comparison document design-vs-listing.pdf",
            "yes",
        ],
        "tmall", "patent_infringement", "rights_holder", TMALL, {"comparison_document"},
    ),
]


@pytest.fixture
def offline_index(corpus_index):
    """The chat uses the shared, prebuilt corpus index instead of building one in each test's data directory."""
    from integrations.bootstrap import override

    with override(index=corpus_index):
        yield corpus_index


def expected_links(links: list[str], site: str) -> list[str]:
    report = check_listing_urls("\n".join(links), site)
    return [r.normalized for r in report.results if r.ok]


def assert_exported(events, dialogue: Dialogue) -> Path:
    exports = [s for e in replies(events) for s in e["sections"] if s["kind"] == "export"]
    assert exports, f"no package was exported; last reply: {replies(events)[-1]['text']}"
    out_dir = Path(exports[-1]["data"]["out_dir"])
    files = {p.name for p in out_dir.iterdir()}
    assert PACKAGE_FILES <= files
    written = (out_dir / "notice-1-links.txt").read_text().split()
    assert written == expected_links(dialogue.links, dialogue.site)
    complaint = json.loads((out_dir / "complaint.json").read_text())
    assert (complaint["site"], complaint["reason"], complaint["complainant"]["role"]) == (dialogue.site, dialogue.reason, dialogue.role)
    assert dialogue.evidence <= {item["kind"] for item in complaint.get("evidence", [])}
    assert json.loads((out_dir / "validation.json").read_text())["errors"] == []
    return out_dir


def assert_saved_once(dialogue: Dialogue) -> None:
    service = open_complaints()
    try:
        saved = service.list()
        assert len(saved) == 1 and saved[0].status.value == "draft"
        record = service.show(saved[0].id)
        assert [ref.normalized or ref.url for ref in record.complaint.listings] == expected_links(dialogue.links, dialogue.site)
    finally:
        service.store.close()


@pytest.mark.parametrize("dialogue", DIALOGUES, ids=[d.name for d in DIALOGUES])
def test_guided_dialogue_ends_in_a_valid_package(dialogue, offline_index):
    events = chat(dialogue.lines, "--yes")
    assert_exported(events, dialogue)
    assert_saved_once(dialogue)
    assert user_turns(events) == len(dialogue.lines)


def test_quitting_and_resuming_with_thread_keeps_the_draft(offline_index):
    first = chat(["We found counterfeit ACME shoes on AliExpress", "We are the rights holder, Acme Sports Inc.", "/quit", "never read"])
    thread = thread_of(first)
    assert not any(e["text"] == "never read" for e in first if e["type"] == "message")
    second = chat(
        ["trademark ACME, no. 12345678, approved", " ".join(AE), "The fakes have a printed logo and glued soles", "comparison document comparison.pdf", "yes"],
        "--yes", "--thread", thread,
    )
    assert thread_of(second) == thread
    # The first reply after resuming asks for the links: site, reason and complainant were kept.
    assert "links" in replies(second)[0]["text"].lower()
    dialogue = Dialogue("resumed", [], "aliexpress", "counterfeit_features", "rights_holder", AE, {"comparison_document"})
    assert_exported(second, dialogue)
    assert_saved_once(dialogue)


def test_a_question_mid_complaint_gets_cited_passages_and_the_complaint_continues(offline_index):
    events = chat(["We found counterfeit ACME shoes on AliExpress", "How many links can one complaint hold?"])
    answer = replies(events)[1]
    sections = [s for s in answer["sections"] if s["kind"] == "answer"]
    assert sections and sections[0]["data"]["grounded"] is True
    assert sections[0]["data"]["citations"], "a grounded answer cites its passages"
    assert "back to your complaint" in answer["text"].lower()


def test_links_with_problems_are_reported_and_left_out(offline_index):
    bad = "https://aliexpress.com.example.net/item/1005001234567890.html"
    events = chat(["We found counterfeit ACME shoes on AliExpress", f"{AE[0]} {bad} {AE[0]}"])
    reports = [s for s in replies(events)[-1]["sections"] if s["kind"] == "url_report"]
    assert reports
    problems = {p["code"] for r in reports[-1]["data"]["results"] for p in r["problems"]}
    assert {"lookalike_domain", "duplicate"} <= problems
    assert "left out" in replies(events)[-1]["text"]
