"""A progress bar for long indexing runs, on stderr so that stdout stays clean for --json."""

from __future__ import annotations


class EmbeddingProgress:
    """A rich progress bar on stderr (stdout stays clean for --json), or nothing."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self._bar = total, enabled, None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("Embedding passages"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(stderr=True), transient=True,
            )  # fmt: skip
            self._bar.start()
            self._task = self._bar.add_task("embed", total=self.total)
        return self.advance

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, n)

    def __exit__(self, *exc_info) -> None:
        if self._bar is not None:
            self._bar.stop()


def embedding_progress(total: int, *, enabled: bool) -> EmbeddingProgress:
    """A context giving `advance(n)`; shows a progress bar when enabled."""
    return EmbeddingProgress(total, enabled)
