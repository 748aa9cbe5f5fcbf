"""Where the project's own files live (the corpus and its rules), independent of the data directory."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
RULES_DIR = KNOWLEDGE_DIR / "rules"


def corpus_path(path: Path) -> str:
    """The path people see in citations: relative to the project (``knowledge/complaints.md``) when it can be."""
    try:
        return Path(path).resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)
