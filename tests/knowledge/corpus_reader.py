"""Read the knowledge corpus the way the indexer sees it: front matter, then sections by heading path."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_SOURCES_LINE = re.compile(r"^Sources: (.+)$")
_SENTENCE_SOURCE = re.compile(r"[ \t]*\[\^([^\]\s]+)\]")


@dataclass
class CorpusSection:
    """One `##`/`###` section: its heading path below the title, its prose, and the ids on its Sources line."""

    path: list[str]
    level: int
    lines: list[str]

    @property
    def heading_path(self) -> str:
        return " > ".join(self.path)

    @property
    def last_line(self) -> str:
        return self.lines[-1].strip() if self.lines else ""

    @property
    def source_ids(self) -> list[str] | None:
        """The ids on the closing 'Sources:' line, or None when the section does not end with one."""
        match = _SOURCES_LINE.match(self.last_line)
        if not match:
            return None
        return [part.strip() for part in match.group(1).split(",") if part.strip()]

    @property
    def marked_prose(self) -> str:
        """The section's text without its Sources line, with its sentences' '[^source-id]' markers."""
        body = self.lines[:-1] if self.source_ids is not None else self.lines
        return "\n".join(body).strip()

    @property
    def prose(self) -> str:
        """The section's text without its Sources line and its sentences' source markers (what gets indexed)."""
        return _SENTENCE_SOURCE.sub("", self.marked_prose)

    @property
    def marked_ids(self) -> list[str]:
        """The source ids named by the section's sentence markers ('... per notice [^ustels-webform].')."""
        return _SENTENCE_SOURCE.findall(self.marked_prose)


@dataclass
class CorpusFile:
    path: Path
    meta: dict
    body: str
    titles: list[str]  # every '# ' heading in the body
    sections: list[CorpusSection]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def relative(self) -> str:
        return f"knowledge/{self.path.name}"

    def section(self, heading_path: str) -> CorpusSection | None:
        return next((s for s in self.sections if s.heading_path == heading_path), None)


def split_front_matter(text: str) -> tuple[dict | None, str]:
    """The parsed front matter (None if missing or not a mapping) and the body after it."""
    match = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    if not match:
        return None, text
    meta = yaml.safe_load(match.group(1))
    return (meta if isinstance(meta, dict) else None), text[match.end() :]


def parse_sections(body: str) -> tuple[list[str], list[CorpusSection]]:
    """Split a markdown body into its '# ' titles and its '##'/'###' sections (headings in code fences are text)."""
    titles: list[str] = []
    sections: list[CorpusSection] = []
    stack: list[str] = []
    in_fence = False
    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if not match:
            if sections:
                sections[-1].lines.append(line)
            continue
        level, text = len(match.group(1)), match.group(2).strip()
        if level == 1:
            titles.append(text)
            stack = []
            continue
        depth = level - 2  # '##' is the top of the path
        stack = stack[:depth] + [text]
        sections.append(CorpusSection(path=list(stack), level=level, lines=[]))
    for section in sections:
        while section.lines and not section.lines[-1].strip():
            section.lines.pop()
    return titles, sections


def read_corpus_file(path: Path) -> CorpusFile:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    titles, sections = parse_sections(body)
    return CorpusFile(path=path, meta=meta or {}, body=body, titles=titles, sections=sections)


def corpus_files(directory: Path = KNOWLEDGE_DIR) -> list[CorpusFile]:
    """Every knowledge/*.md file (not the rules), parsed."""
    return [read_corpus_file(path) for path in sorted(directory.glob("*.md"))]
