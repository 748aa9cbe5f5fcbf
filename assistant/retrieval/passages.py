"""What the index stores and returns: passages of the corpus (chunks) and their scores."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, Field


def chunk_id(source: str, section: str | None, ordinal: int) -> str:
    """A stable id for the ordinal-th chunk of a section: the same file and headings give the same id."""
    key = f"{source}\x1f{section or ''}\x1f{ordinal}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def text_hash(text: str) -> str:
    """The content hash of a text (sha256, hex)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Chunk(BaseModel):
    """A passage of a document: one section (or part of a long one), with where it came from."""

    id: str = Field(description="Stable id: a hash of the source, the section and the passage's ordinal in it.")
    text: str = Field(description="The passage text, without its 'Sources:' line.")
    source: str = Field(
        description="Where the passage lives: a corpus path such as 'knowledge/complaints.md', or the absolute path of a user's document."
    )
    title: str = Field(description="The document's title.")
    section: str | None = Field(
        default=None, description="Heading path below the document title, joined with ' > '; None for text before any heading."
    )
    url: str | None = Field(default=None, description="The first public address the passage's facts were taken from, if any.")
    urls: list[str] = Field(default_factory=list, description="Every public address cited by the passage, in order.")
    sentence_urls: list[list[str]] = Field(
        default_factory=list,
        description="For each sentence of the passage (as split_sentences reads it), the public addresses it rests on when "
        "the corpus names them ('[^source-id]' markers), else its section's 'Sources:' line; empty for a passage none of "
        "whose sentences carries a marker (each rests on the passage's urls).",
    )
    sites: list[str] = Field(
        default_factory=list, description="Marketplaces the passage applies to (e.g. 'aliexpress', 'taobao'), or 'all'."
    )
    topics: list[str] = Field(default_factory=list, description="Topics of the document (e.g. 'evidence', 'appeals').")
    content_hash: str = Field(description="sha256 of the passage text, to tell whether it changed.")
    questions: list[str] = Field(
        default_factory=list,
        description="Questions the passage answers, as people ask them ('Asked as:' lines): they help find it, never answer.",
    )
    checked: str | None = Field(default=None, description="When the document's facts were last checked against the sources.")
    origin: str = Field(
        default="corpus",
        description="'corpus' for the project's own knowledge/ files; 'user' for a document a team added with `index --add`.",
    )


class ScoredChunk(BaseModel):
    """A passage returned by a search, with its score (higher is better)."""

    chunk: Chunk = Field(description="The passage.")
    score: float = Field(description="Relevance score; higher is better. Dense search: cosine similarity.")
