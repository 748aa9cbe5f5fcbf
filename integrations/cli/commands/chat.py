"""`ipr-assistant chat`: talk to the assistant. Interactive in a terminal; one message per line when scripted."""

from __future__ import annotations

import io
import json
import os
import select
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.console import Console
from rich.markup import escape

from assistant.agent.confirmation import AnswerRule
from assistant.agent.reply import Reply
from assistant.agent.session import ChatSession
from integrations.cli.chat_render import render_reply

COMMANDS_HELP = (
    "/new  start a new conversation · /drafts  saved conversations · /status  complaints and what is due · "
    "/edit FIELD  change a field of the complaint · /help · /quit (or quit, exit, Ctrl-D)"
)
# Words that end the chat when typed on their own.
QUIT_WORDS = frozenset({"/quit", "/exit", "/q", "quit", "exit", "bye"})


def register(app: typer.Typer) -> None:
    @app.command()
    def chat(
        model: str = typer.Option(None, "--model", help="'offline' (guided, the default), 'openai:<model>' or 'openai-compatible:<model>'."),
        thread: str = typer.Option(None, "--thread", help="Resume (or start) the conversation with this id."),
        json_output: bool = typer.Option(False, "--json", help="Print the transcript as JSON lines (messages, tool calls, confirmations)."),
        out: Path = typer.Option(None, "--out", help="Folder for filing packages (default: 'packages' in the data directory)."),
        yes: bool = typer.Option(
            False, "--yes",
            help="Piped input: a bare 'yes' line confirms the change waiting. Without it only 'yes <code>' (the change's "
            "short id) does. In a terminal every change is confirmed at its own y/N prompt.",
        ),
        actor: str = typer.Option(None, "--actor", help="Who makes the changes confirmed in the chat (recorded in the history). "
                                  "Default: your login name."),
    ) -> None:
        """Chat with the assistant: ask questions, check links, put a complaint together and export its filing package."""
        from integrations.bootstrap import open_chat
        from integrations.cli.commands.complaints import actor_name

        session = open_chat(model=model, thread_id=thread, packages_dir=out, actor=actor_name(actor))
        if thread and not session.state.history:
            # A mistyped id must not pass unnoticed: the person meant to resume and gets a fresh conversation.
            Console(stderr=True, highlight=False).print(
                f"No earlier conversation has the id '{thread}': this starts a new one with it.", markup=False,
            )
        try:
            if sys.stdin.isatty() and not json_output:
                session.answer_rule = AnswerRule.SEPARATE
                run_interactive(session)
            else:
                session.answer_rule = AnswerRule.PLAIN if yes else AnswerRule.CODE
                run_scripted(session, sys.stdin, json_output=json_output)
        finally:
            session.conversations.close()


def run_scripted(session: ChatSession, lines: TextIO, *, json_output: bool, out: TextIO | None = None) -> None:
    """One message per input line, one reply each; a `yes <code>` line (or a bare yes with --yes) confirms a change."""
    out = out or sys.stdout
    console = Console(file=out, force_terminal=False, no_color=True, width=120, highlight=False)
    emit = (lambda event: out.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")) if json_output else None
    if emit:
        emit({"type": "session", "thread_id": session.state.thread_id, "mode": session.mode, "resumed": bool(session.state.history)})
    else:
        console.print(f"Conversation {session.state.thread_id} ({session.mode} mode).", markup=False)
    for line in _messages(session, lines):
        if emit:
            emit({"type": "message", "role": "user", "text": line})
        else:
            console.print(f"> {line}", markup=False)
        if is_quit(line):
            break
        if line.strip().startswith("/"):
            reply = slash_command(session, line.strip())
            if reply is None:
                break
        else:
            pending_before = session.state.pending
            reply = session.send(line)
            if emit and pending_before is not None and session.state.pending is not pending_before:
                decided = [d for d in session.state.decisions if d.change_id == pending_before.id]
                if decided:
                    emit({"type": "decision", "change_id": pending_before.id, "approved": decided[-1].approved})
        if emit:
            for event in reply_events(reply):
                emit(event)
        else:
            render_reply(console, reply)
            if reply.pending is not None:
                word = "yes" if session.answer_rule == AnswerRule.PLAIN else f"yes {reply.pending.code}"
                console.print(f"To apply change {reply.pending.code}, answer: {word}   (or: no)", markup=False)
        out.flush()
    if not emit:
        console.print(resume_hint(session), markup=False)


def _messages(session: ChatSession, stream: TextIO) -> Iterator[str]:
    """The messages of piped input: the lines that arrive together (a paste, a file) made into messages as the chat
    makes them (a seller's text pasted as several lines is one message), blank lines skipped."""
    for burst in arriving_together(stream):
        rest = [line for line in burst if line.strip()]
        while rest:
            upto = next((i for i, line in enumerate(rest) if is_quit(line)), len(rest)) or 1  # 'quit' is never a seller's
            message, left = session.next_message(rest[:upto])
            rest = left + rest[upto:]
            yield message


def arriving_together(stream: TextIO, wait: float = 0.05) -> Iterator[list[str]]:
    """Lines in the groups they arrive in: what can be read now, and what follows within ``wait`` seconds, is one group
    (bytes that are not UTF-8 read as U+FFFD, so a stray byte is a character, not a crash). Text held in memory arrives
    all together; a descriptor that cannot be waited on (select on a Windows pipe) is read a line at a time."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        yield [line.rstrip("\r\n") for line in _lenient(stream)]
        return
    try:
        select.select([fd], [], [], 0)
    except (OSError, ValueError):
        yield from ([line.rstrip("\r\n")] for line in _lenient(stream))
        return
    pending, ended = b"", False
    while not ended:
        chunk = os.read(fd, 65536)
        ended = not chunk
        pending += chunk
        while not ended and select.select([fd], [], [], wait)[0]:
            chunk = os.read(fd, 65536)
            ended = not chunk
            pending += chunk
        complete, _, pending = pending.rpartition(b"\n") if not ended else (pending, b"", b"")
        if complete:
            yield complete.decode("utf-8", errors="replace").splitlines()


def run_interactive(session: ChatSession, *, terminal_input=None, terminal_output=None, console: Console | None = None) -> None:
    """A terminal conversation: rich rendering, streamed tokens with a model, a spinner on long steps, line history.

    Input comes from prompt_toolkit, whose bracketed paste makes a pasted block (several lines) one message; Enter
    sends it. quit, exit or Ctrl-D end the chat and say how to resume it.
    """
    console = console or Console()
    read = _line_reader(session, terminal_input=terminal_input, terminal_output=terminal_output)
    ask = _answer_reader(terminal_input=terminal_input, terminal_output=terminal_output)
    console.print(f"[bold]ipr-assistant[/] · conversation [cyan]{escape(session.state.thread_id)}[/] · {session.mode} mode")
    console.print(f"[dim]{COMMANDS_HELP}[/]")
    if session.state.history:
        console.print(f"[dim]Resumed: {len(session.state.history)} earlier messages.[/]")
        if session.state.pending:
            console.print("A change was waiting for your answer:")
            console.print(session.state.pending.summary, markup=False, highlight=False)
            render_reply(console, confirm_in_terminal(console, session, ask))
    while True:
        try:
            line = read()
        except (EOFError, KeyboardInterrupt):
            console.print()
            break
        if not line.strip():
            continue
        if is_quit(line):
            break
        if line.strip().startswith("/"):
            reply = slash_command(session, line.strip())
            if reply is None:
                break
            render_reply(console, reply)
            continue
        streamed: list[str] = []

        def on_token(token: str) -> None:
            if not streamed:
                status.stop()
            streamed.append(token)
            console.print(token, end="", markup=False, highlight=False)

        with console.status("Working...") as status:
            reply = session.send(line, on_token=on_token)
        if streamed:
            console.print()
            reply = reply.model_copy(update={"text": ""})  # already shown as it streamed
        render_reply(console, reply)
        if session.state.pending is not None:
            render_reply(console, confirm_in_terminal(console, session, ask))
    console.print(f"[dim]{escape(resume_hint(session))}[/]")


def is_quit(line: str) -> bool:
    return line.strip().lower().rstrip(".!") in QUIT_WORDS


def resume_hint(session: ChatSession) -> str:
    return f"Saved. Resume with: ipr-assistant chat --thread {session.state.thread_id}"


def _lenient(stream: TextIO) -> TextIO:
    """Piped lines as UTF-8 with unreadable bytes shown as U+FFFD, so a stray byte is a character, not a crash."""
    buffer = getattr(stream, "buffer", None)
    return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace") if buffer is not None else stream


def confirm_in_terminal(console: Console, session: ChatSession, ask) -> Reply:
    """Ask for the change waiting at its own y/N prompt, read from the terminal after anything typed or pasted ahead
    is discarded: a "yes" line that arrived with the text proposing the change never answers it."""
    change = session.state.pending
    try:
        answer = ask(f"Apply change {change.code}? [y/N] ")
    except (EOFError, KeyboardInterrupt):
        console.print()
        answer = ""
    return session.decide(change.id, answer.strip().lower() in ("y", "yes"))


def _answer_reader(*, terminal_input=None, terminal_output=None):
    """A y/N prompt of its own (no history), on the chat's terminal; typed-ahead input is dropped before it shows,
    both the kernel's (tcflush) and what prompt_toolkit already read but had not used (its typeahead store)."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.input.typeahead import clear_typeahead

    prompt = PromptSession(input=terminal_input, output=terminal_output)

    def ask(message: str) -> str:
        _discard_typeahead()
        clear_typeahead(prompt.input)
        return prompt.prompt(message)

    return ask


def _discard_typeahead() -> None:
    try:
        import termios

        termios.tcflush(sys.stdin.fileno(), termios.TCIFLUSH)
    except (ImportError, OSError, ValueError):  # not a terminal, or not POSIX: nothing typed ahead to drop
        pass


def slash_command(session: ChatSession, line: str) -> Reply | None:
    """Run a slash command; None means quit."""
    name = line.split()[0].lower()
    if name in ("/quit", "/exit", "/q"):
        return None
    if name == "/new":
        return session.new()
    if name == "/drafts":
        return session.drafts()
    if name == "/status":
        return session.status()
    if name == "/edit":
        return session.send(line)  # the dialogue asks for that field again
    if name == "/help":
        reply = session.help()
        reply.add(COMMANDS_HELP)
        return reply
    return Reply(text=f"Unknown command {name}. {COMMANDS_HELP}")


def reply_events(reply: Reply) -> list[dict[str, Any]]:
    """The JSON lines of one reply: its tool calls, any confirmation it asks for, then the message."""
    events: list[dict[str, Any]] = [
        {"type": "tool_call", "id": call.id, "name": call.name, "args": call.args, "status": call.status} for call in reply.tool_calls
    ]
    if reply.pending is not None:
        events.append(
            {"type": "confirmation", "change_id": reply.pending.id, "summary": reply.pending.summary,
             "calls": [{"name": c.name, "args": c.args} for c in reply.pending.calls], "code": reply.pending.code,
             "expires_at": reply.pending.expires_at.isoformat() if reply.pending.expires_at else None}
        )
    events.append(
        {"type": "message", "role": "assistant", "mode": reply.mode, "text": reply.text, "notices": reply.notices,
         "grounded": reply.grounded, "sections": [s.model_dump(mode="json") for s in reply.sections]}
    )
    return events


def _line_reader(session: ChatSession, *, terminal_input=None, terminal_output=None):
    """A function that reads one message from the terminal, with history kept beside the data directory.

    prompt_toolkit (BSD) turns on the terminal's bracketed paste, so a pasted block arrives as one message, newlines
    included, instead of one message per line; it is pure Python and needs no network.
    """
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    path = Path(session.services.packages_dir).parent / "chat-history"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        history = FileHistory(str(path))
    except OSError:
        history = InMemoryHistory()
    prompt = PromptSession(history=history, input=terminal_input, output=terminal_output)
    return lambda: prompt.prompt([("bold fg:ansigreen", "you> ")])
