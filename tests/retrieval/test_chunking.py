"""Markdown into passages: front matter, heading paths, 'Sources:' lines, long sections, stable ids."""

from __future__ import annotations

from assistant.retrieval.chunking import MAX_CHUNK_CHARS, chunk_markdown, split_front_matter, split_long
from tests.retrieval.conftest import COMPLAINTS_MD


def chunks_by_section(text: str, source: str = "knowledge/complaints.md"):
    return {c.section: c for c in chunk_markdown(text, source, default_title="fallback")}


def test_sections_are_heading_paths_below_the_title():
    chunks = chunks_by_section(COMPLAINTS_MD)
    assert list(chunks) == [None, "Link rules", "Link rules > Shop links"]
    assert chunks[None].text == "Complaints are filed in the IPP portal after your rights are approved."
    assert all(c.title == "Filing a complaint" for c in chunks.values())


def test_a_section_holds_its_own_text_not_its_subsections():
    chunks = chunks_by_section(COMPLAINTS_MD)
    assert "300 listing links" in chunks["Link rules"].text
    assert "shop links" not in chunks["Link rules"].text
    assert "shop links cannot be mixed" in chunks["Link rules > Shop links"].text


def test_sources_lines_become_urls_and_leave_the_text():
    chunks = chunks_by_section(COMPLAINTS_MD)
    rules = chunks["Link rules"]
    assert "Sources" not in rules.text and "ipp-faq" not in rules.text
    assert rules.urls == ["https://ipp.alibabagroup.com/faq/en.htm", "https://secagroup.org/alibaba-best-practices-on-ipr-protection.html"]
    assert rules.url == rules.urls[0]
    assert chunks["Link rules > Shop links"].url == "https://secagroup.org/alibaba-best-practices-on-ipr-protection.html"
    assert chunks[None].url is None and chunks[None].urls == []


def test_sources_line_variants_and_unknown_ids():
    text = """---
title: T
sources:
  - {id: a, url: "https://a.example/1"}
---
## One
Fact one.
**Sources:** a, unknown-id, https://b.example/2
"""
    (chunk,) = chunk_markdown(text, "k.md", default_title="x")
    assert chunk.text == "Fact one."
    assert chunk.urls == ["https://a.example/1", "https://b.example/2"]


def test_front_matter_gives_title_sites_and_topics():
    meta, body = split_front_matter(COMPLAINTS_MD)
    assert meta["title"] == "Filing a complaint"
    assert body.lstrip().startswith("# Filing a complaint")
    chunk = chunks_by_section(COMPLAINTS_MD)["Link rules"]
    assert chunk.sites == ["aliexpress", "taobao"]
    assert chunk.topics == ["complaints", "links"]


def test_front_matter_labels_may_be_strings_and_are_lower_cased():
    text = "---\ntitle: T\nsites: Taobao, Tmall\ntopics: Appeals\n---\n## S\nText.\n"
    (chunk,) = chunk_markdown(text, "k.md", default_title="x")
    assert chunk.sites == ["taobao", "tmall"]
    assert chunk.topics == ["appeals"]


def test_without_front_matter_the_title_is_the_first_heading_and_sites_are_all():
    (chunk,) = chunk_markdown("# My playbook\n\n## Escalation\n\nCall legal.\n", "/tmp/p.md", default_title="p")
    assert chunk.title == "My playbook"
    assert chunk.section == "Escalation"
    assert chunk.sites == ["all"]


def test_without_any_heading_the_default_title_is_used():
    (chunk,) = chunk_markdown("Just a note.\n", "/tmp/note.md", default_title="note")
    assert (chunk.title, chunk.section, chunk.text) == ("note", None, "Just a note.")


def test_headings_inside_code_fences_are_text():
    text = "# T\n## Real\n```\n## not a heading\n```\nafter\n"
    chunks = chunk_markdown(text, "k.md", default_title="x")
    assert [c.section for c in chunks] == ["Real"]
    assert "## not a heading" in chunks[0].text


def test_a_heading_without_text_gives_no_passage():
    chunks = chunk_markdown("# T\n## Empty\n### Child\nBody.\n", "k.md", default_title="x")
    assert [c.section for c in chunks] == ["Empty > Child"]


def test_long_sections_split_on_paragraphs_and_keep_their_section():
    paragraphs = [f"Paragraph {i} " + "about evidence and test buys " * 12 for i in range(10)]
    front = '---\ntitle: T\nsources:\n  - {id: x, url: "https://x.example/"}\n---\n'
    text = front + "# T\n## Evidence\n\n" + "\n\n".join(paragraphs) + "\n\nSources: x\n"
    chunks = chunk_markdown(text, "k.md", default_title="x")
    assert len(chunks) > 1
    assert {c.section for c in chunks} == {"Evidence"}
    assert all(len(c.text) <= MAX_CHUNK_CHARS for c in chunks)
    assert len({c.id for c in chunks}) == len(chunks)
    assert all(c.urls == ["https://x.example/"] for c in chunks)  # every part keeps the section's sources
    # Nothing lost, nothing repeated, paragraphs kept whole and in order.
    assert "\n\n".join(c.text for c in chunks) == "\n\n".join(p.strip() for p in paragraphs)


def test_an_over_long_paragraph_is_cut_at_sentences():
    sentence = "The seller has three business days to file a counter-notice. "
    parts = split_long(sentence * 40, limit=300)
    assert len(parts) > 1
    assert all(len(p) <= 300 for p in parts)
    assert all(p.endswith("counter-notice.") for p in parts)


def test_ids_are_stable_and_depend_on_source_section_and_ordinal():
    first = chunk_markdown(COMPLAINTS_MD, "knowledge/complaints.md", default_title="x")
    again = chunk_markdown(COMPLAINTS_MD, "knowledge/complaints.md", default_title="x")
    elsewhere = chunk_markdown(COMPLAINTS_MD, "knowledge/other.md", default_title="x")
    assert [c.id for c in first] == [c.id for c in again]
    assert not {c.id for c in first} & {c.id for c in elsewhere}
    # Editing the text changes the content hash, not the id.
    edited = chunk_markdown(COMPLAINTS_MD.replace("300", "299"), "knowledge/complaints.md", default_title="x")
    assert [c.id for c in edited] == [c.id for c in first]
    assert [c.content_hash for c in edited] != [c.content_hash for c in first]


def test_repeated_heading_paths_get_distinct_ids():
    chunks = chunk_markdown("# T\n## Notes\nOne.\n## Notes\nTwo.\n", "k.md", default_title="x")
    assert [c.section for c in chunks] == ["Notes", "Notes"]
    assert chunks[0].id != chunks[1].id


def test_a_source_line_without_addresses_in_a_plain_document_is_kept():
    (chunk,) = chunk_markdown("# Notes\n\n## Escalation\n\nCall legal.\nSource: our legal team\n", "/tmp/n.md", default_title="n")
    assert chunk.text == "Call legal.\nSource: our legal team"
    assert chunk.urls == []


MARKED_MD = """---
title: Links
sources:
  - {id: assoc, url: "https://association.example/300"}
  - {id: copy, url: "https://copy.example/help"}
  - {id: guide, url: "https://guide.example/webform"}
---
# Links
## How many links?

One complaint holds up to 300 links. A vendor guide says the same about URLs in an active notice [^copy]. The
online form takes at most 10 links per notice [^guide]. See the footnote [^1].

Sources: assoc, copy
"""


def test_sentence_markers_name_the_pages_a_sentence_rests_on_and_leave_the_text():
    from assistant.retrieval.sentences import split_sentences

    chunk = chunks_by_section(MARKED_MD)["How many links?"]
    assert "[^copy]" not in chunk.text and "[^guide]" not in chunk.text
    assert "active notice. The" in chunk.text.replace("\n", " ")
    assert "[^1]" in chunk.text  # not a source id of the document: a footnote, left as text
    sentences = split_sentences(chunk.text)
    assert len(chunk.sentence_urls) == len(sentences)
    by_sentence = dict(zip(sentences, chunk.sentence_urls))
    # An unmarked sentence rests on the section's Sources line, not on a page named only in a marker.
    assert by_sentence["One complaint holds up to 300 links."] == ["https://association.example/300", "https://copy.example/help"]
    assert by_sentence["A vendor guide says the same about URLs in an active notice."] == ["https://copy.example/help"]
    assert by_sentence["The online form takes at most 10 links per notice."] == ["https://guide.example/webform"]
    # A page named only in a marker is one of the passage's sources too.
    assert chunk.urls == ["https://association.example/300", "https://copy.example/help", "https://guide.example/webform"]


def test_a_passage_without_markers_keeps_no_sentence_sources():
    chunks = chunks_by_section(COMPLAINTS_MD)
    assert all(chunk.sentence_urls == [] for chunk in chunks.values())
