"""People's own documents: markdown, text, HTML and PDF become passages; unusable files are refused with a reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.retrieval.loaders import UnusableDocument, load_chunks, load_document
from tests.retrieval.pdf_files import minimal_pdf


def test_plain_text_is_one_passage_titled_by_the_file_name(tmp_path):
    path = tmp_path / "escalation_playbook.txt"
    path.write_text("# not a heading in a text file\nEscalate repeat sellers to legal after two complaints.\n")
    (chunk,) = load_chunks(path, str(path))
    assert chunk.title == "escalation playbook"
    assert chunk.section is None
    assert chunk.text.startswith("# not a heading")
    assert chunk.source == str(path)


def test_html_keeps_its_title_and_headings_and_drops_scripts(tmp_path):
    path = tmp_path / "guide.html"
    path.write_text(
        "<html><head><title>Our IP guide</title><script>var secret = 1;</script></head><body>"
        "<nav>Home | About</nav><h1>Our IP guide</h1><p>Intro paragraph.</p>"
        "<h2>Test buys</h2><p>Keep the <b>order number</b> and the parcel.</p><ul><li>Photos of the label</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    chunks = {c.section: c for c in load_chunks(path, str(path))}
    assert set(chunks) == {None, "Test buys"}
    assert chunks["Test buys"].title == "Our IP guide"
    assert "order number" in chunks["Test buys"].text
    assert "Photos of the label" in chunks["Test buys"].text
    assert all("secret" not in c.text and "About" not in c.text for c in chunks.values())


def test_pdf_pages_become_sections(tmp_path):
    path = tmp_path / "handbook.pdf"
    path.write_bytes(minimal_pdf(["Counterfeit reports need a comparison photo.", None, "Appeals take three days."]))
    chunks = load_chunks(path, str(path))
    assert [c.section for c in chunks] == ["Page 1", "Page 3"]
    assert "comparison photo" in chunks[0].text
    assert chunks[0].title == "handbook"


def test_pdf_without_extractable_text_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(minimal_pdf([None, None]))
    with pytest.raises(UnusableDocument, match="no extractable text"):
        load_document(path)


def test_a_damaged_pdf_is_refused(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(400))
    with pytest.raises(UnusableDocument):
        load_document(path)


@pytest.mark.parametrize("name", ["photo.md", "notes.txt", "page.html"])
def test_binary_content_is_refused_whatever_the_extension(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(UnusableDocument, match="binary"):
        load_document(path)


def test_unsupported_kinds_are_refused_with_the_supported_list(tmp_path):
    path = tmp_path / "contract.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(UnusableDocument, match=r"unsupported file type '\.docx'.*\.pdf"):
        load_document(path)


def test_an_unreadable_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "locked.md"
    path.write_text("secret")
    original = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)  # root ignores chmod, so refuse the read directly
    with pytest.raises(UnusableDocument, match="(?i)permission denied"):
        load_document(path)


def test_a_file_without_words_is_refused(tmp_path):
    path = tmp_path / "empty.md"
    path.write_text("---\ntitle: Empty\n---\n\n   \n")
    with pytest.raises(UnusableDocument, match="no text"):
        load_chunks(path, str(path))


def test_windows_encoded_text_is_read(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("Marca registrada: café, señal — ok".encode("cp1252"))
    (chunk,) = load_chunks(path, str(path))
    assert "café" in chunk.text and "señal" in chunk.text


def test_html_whose_text_sits_in_bare_divs_keeps_that_text(tmp_path):
    path = tmp_path / "export.htm"
    path.write_text("<html><body><div>Counter-notices are answered within three working days.</div><p>ok</p></body></html>")
    (chunk,) = load_chunks(path, str(path))
    assert "three working days" in chunk.text
    assert chunk.title == "export"
