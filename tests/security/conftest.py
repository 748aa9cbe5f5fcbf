"""Shared by the security tests: the CLI run in-process exactly as `ipr-assistant` runs it (so an exception that is
not turned into a plain message reaches the test as itself), and files built to attack the readers."""

from __future__ import annotations

import io
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.retrieval.conftest import small_corpus  # noqa: F401 - the fixture is used by name
from tests.retrieval.pdf_files import assemble_pdf


class _Sink(io.BytesIO):
    """Captured output that outlives the text wrapper around it (a wrapper closes its buffer when collected)."""

    def close(self) -> None:
        pass


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_cli(*args: str, stdin: bytes | str = b"") -> Outcome:
    """`ipr-assistant ARGS` through its real entry point (main), with standard input and output captured.

    main() turns the assistant's errors and usage errors into messages and exit codes; anything else propagates:
    that is a traceback a person would have seen, and the test fails with it.
    """
    from integrations.cli.app import main

    data = stdin.encode("utf-8", "surrogatepass") if isinstance(stdin, str) else stdin
    out, err = _Sink(), _Sink()
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    sys.argv = ["ipr-assistant", *args]
    sys.stdin = io.TextIOWrapper(_Sink(data), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    try:
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    outcome = Outcome(code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"))
    assert "Traceback" not in outcome.text, outcome.text
    return outcome


def zip_bomb(path: Path, expanded_bytes: int, *, name: str = "word/document.xml") -> Path:
    """A DOCX-shaped zip whose one big part inflates to ``expanded_bytes`` (zeros compress about 1000 to 1)."""
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            written = 0
            while written < expanded_bytes:
                part = chunk[: min(len(chunk), expanded_bytes - written)]
                member.write(part)
                written += len(part)
    return path


def pdf_bomb(expanded_bytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``expanded_bytes``."""
    text = b"BT /F1 12 Tf 72 720 Td (Invoice) Tj ET\n"
    stream = zlib.compress(text + b" " * (expanded_bytes - len(text)), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return assemble_pdf(objects)
