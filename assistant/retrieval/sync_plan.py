"""Deciding what an indexing run must do, before anything is written: which files changed, which passages
need new vectors, which only new metadata, and which are gone.

Files are compared by content hash; within a changed file, a passage keeps its vector when the text the model
reads (title, section, passage) is unchanged.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.files.limits import Limits
from assistant.retrieval.loaders import UnusableDocument, load_chunks, read_bytes
from assistant.retrieval.passages import Chunk
from assistant.retrieval.records import CORPUS, USER, IndexedFile, SkippedFile, SyncReport, replacing, to_metadata


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_files(paths: Iterable[Path]) -> list[Path]:
    """The corpus's markdown files: the given files, and the .md files under the given folders."""
    files: list[Path] = []
    for path in map(Path, paths):
        found = sorted(p for p in path.rglob("*.md") if p.is_file()) if path.is_dir() else [path]
        files.extend(p for p in found if p not in files)
    return files


def user_files(path: Path) -> tuple[list[Path], list[SkippedFile]]:
    """The documents under a path given to `add`, and what was left out and why.

    Never leaves the folder given: symbolic links are not followed (a link to /etc/shadow is skipped, said so), and
    only regular files are taken (devices, FIFOs and sockets are skipped); hidden files and folders are left aside.
    """
    if path.is_symlink():
        return [], [SkippedFile(path=str(path), reason="is a symbolic link; give the file or folder itself")]
    if not path.is_dir():
        return [path], []
    files: list[Path] = []
    skipped: list[SkippedFile] = []
    for folder, subfolders, names in os.walk(path, followlinks=False):
        here = Path(folder)
        for name in list(subfolders):
            if name.startswith("."):
                subfolders.remove(name)
            elif (here / name).is_symlink():
                subfolders.remove(name)
                skipped.append(SkippedFile(path=str(here / name), reason="is a symbolic link; not followed"))
        for name in names:
            if name.startswith("."):
                continue
            candidate = here / name
            mode = candidate.lstat().st_mode
            if stat.S_ISLNK(mode):
                skipped.append(SkippedFile(path=str(candidate), reason="is a symbolic link; not followed"))
            elif not stat.S_ISREG(mode):
                skipped.append(SkippedFile(path=str(candidate), reason="is not a regular file (a device, pipe or socket); not read"))
            else:
                files.append(candidate)
    return sorted(files), skipped


@dataclass
class Changes:
    """What to write: passages to embed (with metadata), metadata-only updates, ids to delete."""

    to_embed: list[tuple[Chunk, dict]] = field(default_factory=list)
    to_touch: list[tuple[str, dict]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)


class SyncPlan:
    """Collects, file by file, what changed against the index's manifest; `changes()` turns it into writes."""

    def __init__(self, known: dict[str, IndexedFile], limits: Limits):
        self.known = known
        self.limits = limits  # the settings' limits on what one file may hold
        self.report = SyncReport()
        self.updates: dict[str, tuple[IndexedFile, list[Chunk]]] = {}

    def keep(self, entry: IndexedFile) -> None:
        """Leave an indexed file as it is."""
        self.report.unchanged += len(entry.passages)

    def drop(self, entry: IndexedFile) -> None:
        """Remove an indexed file's passages."""
        self.updates[entry.source] = (entry, [])

    def check(self, path: Path, source: str, origin: str) -> None:
        """Compare a file with its indexed version: unchanged, changed (read it again), or unusable (skip with the reason)."""
        entry = self.known.get(source)
        try:
            data = read_bytes(path, self.limits)  # once, bounded: the hash and the passages come from the same bytes
            digest = hashlib.sha256(data).hexdigest()
            if entry is not None and entry.file_hash == digest:
                self.keep(entry)
                return
            if origin == CORPUS and path.suffix.lower() not in (".md", ".markdown"):
                raise UnusableDocument("the corpus holds markdown files only")
            chunks = [chunk.model_copy(update={"origin": origin}) for chunk in load_chunks(path, source, data, self.limits)]
        except (UnusableDocument, OSError) as exc:
            reason = exc.reason if isinstance(exc, UnusableDocument) else f"cannot be read: {exc.strerror or exc}"
            self.report.skipped.append(SkippedFile(path=str(path), reason=reason))
            if entry is not None:
                self.keep(entry)  # the indexed version stays until the file can be read again
            return
        stored_path = str(path.resolve()) if origin == USER else source
        self.updates[source] = (IndexedFile(source=source, origin=origin, path=stored_path, file_hash=digest), chunks)

    def changes(self) -> Changes:
        """The writes for every changed file; counts unchanged passages and changed files into the report."""
        changes = Changes()
        for source, (target, chunks) in self.updates.items():
            old = self.known.get(source) or IndexedFile(source=source, origin=target.origin, path=target.path, file_hash=None)
            embedding_before = len(changes.to_embed)
            for position, chunk in enumerate(chunks):
                metadata = to_metadata(chunk, origin=target.origin, path=target.path, file_hash=target.file_hash or "", ordinal=position)
                metadata = replacing(metadata, old.keys.get(chunk.id, frozenset()))
                if old.passages.get(chunk.id) == metadata["embed_hash"]:
                    changes.to_touch.append((chunk.id, metadata))  # same text: new metadata (file hash, urls), same vector
                else:
                    changes.to_embed.append((chunk, metadata))
            new_ids = {chunk.id for chunk in chunks}
            gone = [i for i in old.passages if i not in new_ids]
            changes.stale.extend(gone)
            if gone or len(changes.to_embed) > embedding_before:
                self.report.changed_files.append(source)
        self.report.unchanged += len(changes.to_touch)
        return changes
