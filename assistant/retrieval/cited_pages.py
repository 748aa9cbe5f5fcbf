"""The public pages a quoted sentence rests on: its own sources where the corpus names them per sentence ('[^id]'
markers, chunking.py), else every source of its passage. An answer cites each of them, so a reader who follows a
citation to check a sentence finds a page that says it, never merely the first source of the sentence's section."""

from __future__ import annotations

from assistant.retrieval.passages import Chunk
from assistant.retrieval.sentences import split_sentences


def pages_of(chunk: Chunk, position: int, sentence: str) -> list[str | None]:
    """The addresses the sentence at `position` of the passage rests on, in order; [None] for a passage that names no
    address (a team's own document). A sentence no longer read at its position (the text changed) rests on the
    passage's sources."""
    own = chunk.sentence_urls[position] if 0 <= position < len(chunk.sentence_urls) else []
    if own:
        sentences = split_sentences(chunk.text)
        if position >= len(sentences) or sentences[position] != sentence:
            own = []
    return list(own or chunk.urls or [chunk.url])
