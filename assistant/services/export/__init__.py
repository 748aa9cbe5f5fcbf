"""The filing package: link files, statement, evidence checklist, summary and draft DOCX documents, written atomically."""
