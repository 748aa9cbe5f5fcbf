"""The bundled knowledge/ corpus, indexed once per session (the `corpus_index` fixture in tests/conftest.py)."""

from __future__ import annotations

from assistant.paths import KNOWLEDGE_DIR, corpus_path


def test_every_corpus_file_is_indexed_under_its_corpus_path(corpus_index):
    expected = {corpus_path(p) for p in KNOWLEDGE_DIR.rglob("*.md")}
    assert expected, "knowledge/ holds no markdown"
    assert all(source.startswith("knowledge/") for source in expected)
    assert {c.source for c in corpus_index.chunks()} == expected


def test_every_passage_cites_a_public_address_and_no_sources_line_is_left(corpus_index):
    for chunk in corpus_index.chunks():
        assert chunk.url and chunk.url.startswith("http"), (chunk.source, chunk.section)
        assert chunk.url == chunk.urls[0]
        assert "Sources:" not in chunk.text, (chunk.source, chunk.section)
        assert chunk.title and chunk.sites and chunk.topics


def test_an_unchanged_corpus_embeds_nothing(corpus_index):
    report = corpus_index.sync()
    assert (report.embedded, report.removed, report.skipped) == (0, 0, [])
    assert report.unchanged == corpus_index.count()


def test_dense_search_over_the_corpus_respects_the_site_filter(corpus_index):
    hits = corpus_index.dense_search("How many listing links can one complaint contain?", k=5, sites=["taobao"])
    assert len(hits) == 5
    assert all("taobao" in h.chunk.sites or "all" in h.chunk.sites for h in hits)
    assert any(h.chunk.source == "knowledge/complaints.md" for h in hits)


def test_every_cited_source_id_is_declared_in_its_front_matter():
    import re

    from assistant.retrieval.chunking import split_front_matter, source_urls

    for path in sorted(KNOWLEDGE_DIR.rglob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        declared = source_urls(meta.get("sources"))
        cited = {
            token.strip("[]`*_ .")
            for line in re.findall(r"(?mi)^\s*[*_]{0,2}sources?[*_]{0,2}\s*:\s*(.*)$", body)
            for token in re.split(r"[,;]\s*|\s+", line)
            if token.strip("[]`*_ .")
        }
        unknown = sorted(t for t in cited if t not in declared and not t.startswith("http"))
        assert not unknown, f"{path.name} cites undeclared sources: {unknown}"
