"""`ipr-assistant ask`: answer one question from the knowledge base, with numbered sources."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from assistant.domain.models import Site

SITES = ", ".join(site.value for site in Site)


def register(app: typer.Typer) -> None:
    app.command(name="ask")(ask)


def ask(
    question: str = typer.Argument(..., metavar="QUESTION", help="Your question, in quotes."),
    site: str = typer.Option(None, "--site", metavar="SITE", help=f"Only passages for this marketplace: {SITES}."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object: answer, citations, grounded (and notices)."),
) -> None:
    """Answer a question from the IP Protection Platform guide, citing the sources of every sentence."""
    from assistant.retrieval.answer import answer_question, check_site, prepare_question
    from integrations.cli.context import current_app

    app = current_app()
    settings = app.settings
    # Bad input is refused before the index is opened or built: it changes nothing.
    prepare_question(question, settings.max_question_chars)
    check_site(site)

    corpus_index = app.built_index(progress=True)
    answer = answer_question(corpus_index, question, site, max_question_chars=settings.max_question_chars)

    if as_json:
        typer.echo(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False))
        return
    err = Console(stderr=True, highlight=False)
    for notice in answer.notices:
        if not (answer.sources_note and notice in answer.sources_note):  # printed with the answer (print_answer)
            err.print(f"[yellow]Note:[/] {escape(notice)}")
    print_answer(answer, Console(highlight=False))


def print_answer(answer, console: Console) -> None:
    """The answer as a paragraph, then its numbered sources (title, section, corpus path, public address, and how sure
    a source not from the platform's own pages is). For a question not in English, the note that the sources and so the
    answer are in English comes first, in its language."""
    from assistant.retrieval.source_basis import shown
    from integrations.cli.views import answer_view, print_view

    print_view(console, answer_view(answer.answer, getattr(answer, "sources_note", None)))
    if answer.checklist is not None:
        console.print()
        console.print(Text("Rules used (knowledge/rules/documents.yaml)", style="bold"))
        for document in answer.checklist.documents:
            console.print(Text(f"- {document.name}: {document.source}"))
    if not answer.citations:
        if answer.in_scope and not answer.grounded and answer.question_read and not answer.refused:
            console.print(Text("(No source in the knowledge base answers this.)", style="dim"))
        return
    console.print()
    console.print(Text("Sources", style="bold"))
    for citation in answer.citations:
        line = Text.assemble((f"[{citation.n}] ", "bold"), citation.title)
        if citation.section:
            line.append(f" > {citation.section}")
        line.append(f"  ({citation.source}", style="dim")
        line.append(f"; facts checked {citation.checked})" if citation.checked else ")", style="dim")
        how_sure = shown(citation.basis)
        if how_sure:
            line.append(f" {how_sure}", style="yellow")
        console.print(line)
        if citation.url:
            console.print(Text(f"    {citation.url}", style="cyan"))
