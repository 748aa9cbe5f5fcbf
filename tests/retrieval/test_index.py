"""The local index: incremental sync by content hash, people's documents, filters, and persistence."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from assistant.config import load_settings
from assistant.retrieval.chunking import chunk_markdown
from assistant.retrieval.index import open_index
from tests.retrieval.conftest import APPEALS_MD, COMPLAINTS_MD, GOOD_FAITH_MD
from tests.retrieval.pdf_files import minimal_pdf

CORPUS_PASSAGES = sum(len(chunk_markdown(t, "x", default_title="x")) for t in (COMPLAINTS_MD, APPEALS_MD, GOOD_FAITH_MD))


def sources(index) -> dict[str, int]:
    counts: dict[str, int] = {}
    for chunk in index.chunks():
        counts[chunk.source] = counts.get(chunk.source, 0) + 1
    return counts


@pytest.fixture
def synced(local_index, small_corpus):
    report = local_index.sync([small_corpus])
    assert report.embedded == CORPUS_PASSAGES
    return local_index


def test_first_sync_embeds_every_passage_and_the_second_embeds_none(local_index, small_corpus):
    first = local_index.sync([small_corpus])
    assert (first.embedded, first.removed, first.unchanged, first.skipped) == (CORPUS_PASSAGES, 0, 0, [])
    assert local_index.count() == CORPUS_PASSAGES
    second = local_index.sync([small_corpus])
    assert (second.embedded, second.removed, second.unchanged) == (0, 0, CORPUS_PASSAGES)
    assert second.changed_files == []


def test_editing_one_section_re_embeds_only_that_passage(synced, small_corpus):
    path = small_corpus / "complaints.md"
    path.write_text(COMPLAINTS_MD.replace("at most 300 listing links", "at most 300 product or shop links"))
    report = synced.sync([small_corpus])
    assert (report.embedded, report.removed, report.unchanged) == (1, 0, CORPUS_PASSAGES - 1)
    assert report.changed_files == [str(path)]
    (hit,) = synced.dense_search("300 product or shop links", k=1)
    assert "300 product or shop links" in hit.chunk.text


def test_a_changed_file_replaces_its_passages(synced, small_corpus):
    before = sources(synced)
    path = small_corpus / "appeals.md"
    path.write_text(APPEALS_MD.split("## Your reply window")[0] + "## Second appeal\n\nA second appeal goes to a review panel.\n")
    report = synced.sync([small_corpus])
    assert report.removed == 1  # "Your reply window" is gone
    assert report.embedded == 1  # "Second appeal" is new; the counter-notice section is unchanged
    sections = {c.section for c in synced.chunks() if c.source == str(path)}
    assert sections == {"Seller counter-notice", "Second appeal"}
    assert sources(synced) == before


def test_metadata_changes_update_without_re_embedding(synced, small_corpus):
    path = small_corpus / "appeals.md"
    path.write_text(APPEALS_MD.replace("https://rule.taobao.com/detail.htm", "https://rule.taobao.com/new.htm"))
    report = synced.sync([small_corpus])
    assert report.embedded == 0
    assert {c.url for c in synced.chunks() if c.source == str(path)} == {"https://rule.taobao.com/new.htm"}


def test_changed_sites_replace_the_stored_filter_flags(synced, small_corpus):
    path = small_corpus / "appeals.md"
    path.write_text(APPEALS_MD.replace("sites: [taobao]", "sites: [lazada]"))
    assert synced.sync([small_corpus]).embedded == 0
    # Both the stored flags (dense search filters in the store) and the decoded lists must follow.
    dense_taobao = {h.chunk.title for h in synced.dense_search("counter-notice", k=10, sites=["taobao"])}
    dense_lazada = {h.chunk.title for h in synced.dense_search("counter-notice", k=10, sites=["lazada"])}
    assert "Counter-notices and appeals" not in dense_taobao
    assert "Counter-notices and appeals" in dense_lazada
    assert {c.title for c in synced.chunks(sites=["taobao"])} == {"Filing a complaint", "The Good Faith programme"}


def test_a_removed_file_takes_its_passages_with_it(synced, small_corpus):
    gone = small_corpus / "appeals.md"
    own = sources(synced)[str(gone)]
    gone.unlink()
    report = synced.sync([small_corpus])
    assert (report.embedded, report.removed) == (0, own)
    assert str(gone) not in sources(synced)
    assert synced.count() == CORPUS_PASSAGES - own


def test_the_index_persists_and_reopens_without_re_embedding(synced, small_corpus):
    reopened = open_index(load_settings())
    assert reopened.count() == CORPUS_PASSAGES
    assert reopened.sync([small_corpus]).embedded == 0


def test_another_process_reopens_the_collection_with_the_registered_embedder(synced, ipr_home):
    # A plain chromadb client, given no embedding function, finds ours through its registration.
    script = textwrap.dedent(
        f"""
        import chromadb, assistant.retrieval.index
        client = chromadb.PersistentClient(path={str(ipr_home / "index" / "chroma")!r},
                                           settings=chromadb.config.Settings(anonymized_telemetry=False))
        collection = client.get_collection("ipr-corpus")
        result = collection.query(query_texts=["how many links may one complaint list"], n_results=1)
        print(result["metadatas"][0][0]["section"])
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Link rules"


def test_dense_search_finds_the_passage_that_answers(synced):
    hits = synced.dense_search("what evidence can a seller use in a counter-notice?", k=3)
    assert hits[0].chunk.section == "Seller counter-notice"
    assert hits[0].chunk.url == "https://rule.taobao.com/detail.htm"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert -1.0 <= hits[-1].score <= hits[0].score <= 1.0


def test_dense_search_on_an_empty_index_or_k_zero_is_empty(local_index, synced):
    assert synced.dense_search("links", k=0) == []
    empty = open_index(load_settings().model_copy(update={"home": load_settings().home / "other"}))
    assert empty.dense_search("links", k=5) == []


def test_site_filter_keeps_the_site_and_passages_for_all_sites(synced):
    taobao = {c.title for c in synced.chunks(sites=["taobao"])}
    aliexpress = {c.title for c in synced.chunks(sites=["aliexpress"])}
    lazada = {c.title for c in synced.chunks(sites=["lazada"])}
    assert taobao == {"Filing a complaint", "Counter-notices and appeals", "The Good Faith programme"}
    assert aliexpress == {"Filing a complaint", "The Good Faith programme"}
    assert lazada == {"The Good Faith programme"}
    dense = synced.dense_search("counter-notice from the seller", k=10, sites=["aliexpress"])
    assert dense and {h.chunk.title for h in dense} <= aliexpress


def test_topic_filter_and_both_filters(synced):
    assert {c.title for c in synced.chunks(topics=["appeals"])} == {"Counter-notices and appeals"}
    assert {c.title for c in synced.chunks(topics=["links", "good-faith"])} == {"Filing a complaint", "The Good Faith programme"}
    assert synced.chunks(sites=["aliexpress"], topics=["appeals"]) == []
    hits = synced.dense_search("links per complaint", k=10, sites=["taobao"], topics=["links"])
    assert hits and {h.chunk.title for h in hits} == {"Filing a complaint"}
    assert synced.dense_search("anything", k=5, sites=["aliexpress"], topics=["appeals"]) == []


def test_stored_passages_round_trip(synced, small_corpus):
    expected = {c.id: c for c in chunk_markdown(COMPLAINTS_MD, str(small_corpus / "complaints.md"), default_title="x")}
    stored = {c.id: c for c in synced.chunks() if c.id in expected}
    assert stored == expected


def test_add_indexes_markdown_text_html_and_pdf(synced, tmp_path):
    docs = tmp_path / "my-docs"
    docs.mkdir()
    (docs / "playbook.md").write_text("# Playbook\n\n## Escalation\n\nEscalate repeat infringers to outside counsel.\n")
    (docs / "notes.txt").write_text("Our trademark agent in Shenzhen handles Taobao filings.\n")
    (docs / "guide.html").write_text("<html><title>Guide</title><body><h2>Photos</h2><p>Keep original RAW files.</p></body></html>")
    (docs / "handbook.pdf").write_bytes(minimal_pdf(["Test buys need the order number."]))
    before = set(sources(synced))
    report = synced.add(docs)
    assert report.skipped == []
    assert report.embedded == 4
    assert synced.count() == CORPUS_PASSAGES + 4
    added = set(sources(synced)) - before
    assert added == {str((docs / name).resolve()) for name in ("playbook.md", "notes.txt", "guide.html", "handbook.pdf")}
    (hit,) = synced.dense_search("who handles our Taobao filings", k=1)
    assert hit.chunk.source.endswith("notes.txt")
    assert synced.add(docs).embedded == 0  # adding again changes nothing


def test_added_documents_survive_syncs_of_the_corpus_and_follow_their_file(synced, small_corpus, tmp_path):
    doc = tmp_path / "playbook.md"
    doc.write_text("# Playbook\n\n## Escalation\n\nEscalate repeat infringers to outside counsel.\n")
    synced.add(doc)
    report = synced.sync([small_corpus])
    assert report.embedded == 0 and report.removed == 0
    assert str(doc.resolve()) in sources(synced)
    doc.write_text("# Playbook\n\n## Escalation\n\nEscalate repeat infringers to the general counsel.\n")
    report = synced.sync([small_corpus])
    assert report.embedded == 1 and report.changed_files == [str(doc.resolve())]
    assert any("general counsel" in c.text for c in synced.chunks())


def test_binary_and_unreadable_files_are_skipped_and_the_index_is_unchanged(synced, tmp_path):
    before = sorted((c.id, c.content_hash) for c in synced.chunks())
    binary = tmp_path / "logo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    unsupported = tmp_path / "contract.docx"
    unsupported.write_bytes(b"PK\x03\x04 not a document we read")
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(minimal_pdf([None]))
    for path, reason in ((binary, "binary"), (unsupported, "unsupported file type"), (scanned, "no extractable text")):
        report = synced.add(path)
        assert report.embedded == 0
        assert [s.path for s in report.skipped] == [str(path)]
        assert reason in report.skipped[0].reason
    assert "does not exist" in synced.add(tmp_path / "missing.md").skipped[0].reason
    assert sorted((c.id, c.content_hash) for c in synced.chunks()) == before


def test_a_folder_add_indexes_what_it_can_and_lists_the_rest(synced, tmp_path):
    docs = tmp_path / "mixed"
    docs.mkdir()
    (docs / "ok.txt").write_text("Counterfeit sneakers were reported on 3 May.")
    (docs / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (docs / ".hidden.md").write_text("ignored")
    report = synced.add(docs)
    assert report.embedded == 1
    assert [(s.path, "unsupported" in s.reason) for s in report.skipped] == [(str(docs / "image.png"), True)]


def test_rebuild_embeds_everything_again_and_keeps_added_documents(synced, small_corpus, tmp_path, monkeypatch):
    doc = tmp_path / "notes.txt"
    doc.write_text("Our agent files Tmall complaints on Mondays.")
    synced.add(doc)
    # rebuild() mirrors the bundled corpus; point it at the small one for speed.
    import assistant.retrieval.index as index_module

    monkeypatch.setattr(index_module, "KNOWLEDGE_DIR", small_corpus)
    report = synced.rebuild()
    assert report.embedded == CORPUS_PASSAGES + 1
    assert synced.count() == CORPUS_PASSAGES + 1


def test_chromadb_default_embedder_never_runs(local_index, small_corpus, monkeypatch):
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    def refuse(*args, **kwargs):
        raise AssertionError("chromadb's downloading default embedder was called")

    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", refuse)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "_download_model_if_not_exists", refuse)
    local_index.sync([small_corpus])
    assert local_index.dense_search("links", k=2)


def test_the_progress_bar_keeps_stdout_clean(local_index, small_corpus, capsys):
    report = local_index.sync([small_corpus], progress=True)
    assert report.embedded == CORPUS_PASSAGES
    assert capsys.readouterr().out == ""
