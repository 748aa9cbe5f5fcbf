"""Sentence vectors are kept with the index: embedded once when their passage is indexed, reused across runs (a
reopened index embeds nothing), re-embedded only for sentences that changed, and dropped with their passage."""

from __future__ import annotations

import numpy as np

from assistant.config import Settings
from assistant.retrieval import sentence_vectors as sv
from assistant.retrieval.embedding import bundled_encoder
from assistant.retrieval.index import close_local_client, open_index


class CountingEncoder:
    def __init__(self):
        self.texts: list[str] = []

    def encode(self, texts):
        self.texts.extend(texts)
        return bundled_encoder().encode(texts)


def test_sentences_are_embedded_once_and_reused_across_runs(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    note = folder / "note.md"
    note.write_text("# Note\n\n## Links\n\nOne complaint holds up to 300 links. Each rests on one right.\n", encoding="utf-8")
    settings = Settings(home=tmp_path / "home", chroma_url=None)
    index = open_index(settings)
    index.add(note)
    store = index._sentence_store()
    vectors = store.vectors(["One complaint holds up to 300 links.", "Each rests on one right."])
    expected = bundled_encoder().encode(["One complaint holds up to 300 links.", "Each rests on one right."])
    assert np.allclose(vectors, expected, atol=1e-5)

    # A new process (a reopened index) reads the stored vectors and embeds nothing.
    close_local_client(settings.index_dir / "chroma")
    reopened = open_index(settings)
    counting = CountingEncoder()
    monkeypatch.setattr(reopened._sentence_store(), "_encoder", lambda: counting)
    reopened.sentence_vectors(["One complaint holds up to 300 links.", "Each rests on one right."])
    assert counting.texts == []

    # A changed sentence is embedded again, the unchanged one is not; the old one is dropped.
    note.write_text("# Note\n\n## Links\n\nOne complaint holds up to 300 links. Each complaint rests on one right.\n", encoding="utf-8")
    reopened.add(note)
    assert counting.texts == ["Each complaint rests on one right."]
    assert sv.sentence_key("Each rests on one right.") not in reopened._sentence_store()._loaded()


def test_answer_sentences_are_chosen_by_meaning(corpus_index):
    from assistant.retrieval.answer import answer_question

    # Shares no word with "agent ... power of attorney", yet that is the answer.
    answer = answer_question(corpus_index, "What must an outside law firm acting for a client provide?")
    assert answer.grounded
    assert "power of attorney" in answer.answer.lower()


ASKED_NOTE = "# Note\n\n## Links\n\nOne complaint holds up to 300 links.\n\nAsked as: {asked}\n"


def test_asked_questions_are_embedded_with_the_sentences_and_reused(tmp_path, monkeypatch):
    # The search and the answer compare a question with each passage's asked questions ('Asked as' lines): their
    # vectors are kept with the index, so a new process embeds none of them.
    folder = tmp_path / "docs"
    folder.mkdir()
    note = folder / "note.md"
    note.write_text(ASKED_NOTE.format(asked="can I paste a thousand links at once?"), encoding="utf-8")
    settings = Settings(home=tmp_path / "home", chroma_url=None)
    index = open_index(settings)
    index.add(note)
    assert sv.sentence_key("can I paste a thousand links at once?") in index._sentence_store()._loaded()

    close_local_client(settings.index_dir / "chroma")
    reopened = open_index(settings)
    counting = CountingEncoder()
    monkeypatch.setattr(reopened._sentence_store(), "_encoder", lambda: counting)
    reopened.sentence_vectors(["can I paste a thousand links at once?"])
    assert counting.texts == []

    # Only the asked line changes (the passage's text and vector stay): the new question is stored, the old one dropped.
    note.write_text(ASKED_NOTE.format(asked="is there a cap on listings per report?"), encoding="utf-8")
    reopened.add(note)
    assert counting.texts == ["is there a cap on listings per report?"]
    assert sv.sentence_key("can I paste a thousand links at once?") not in reopened._sentence_store()._loaded()


def test_an_index_built_before_asked_questions_were_kept_is_brought_up_to_date(tmp_path):
    from assistant.retrieval.index import SENTENCE_METADATA, create_sentence_collection

    folder = tmp_path / "docs"
    folder.mkdir()
    note = folder / "note.md"
    note.write_text(ASKED_NOTE.format(asked="can I paste a thousand links at once?"), encoding="utf-8")
    settings = Settings(home=tmp_path / "home", chroma_url=None)
    index = open_index(settings)
    index.add(note)
    # As an earlier version left it: the passage's sentences stored, its asked question not, no contents marker.
    store = create_sentence_collection(index._client)
    store.delete(ids=[sv.sentence_key("can I paste a thousand links at once?")])
    store.modify(metadata=dict(SENTENCE_METADATA))
    close_local_client(settings.index_dir / "chroma")

    reopened = open_index(settings)
    report = reopened.sync([folder / "nothing-here"])  # nothing to index: only the sentence store is checked
    assert report.embedded == 0
    assert sv.sentence_key("can I paste a thousand links at once?") in reopened._sentence_store()._loaded()
