"""The chat's terminal input: a pasted block is one message; quit, exit and Ctrl-D end the chat and say how to resume."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from assistant.agent.reply import Reply
from integrations.cli.commands.chat import run_interactive

PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


class RecordingSession:
    """Just enough of a chat session to see which messages arrive."""

    mode = "guided"

    def __init__(self, home: Path):
        self.state = SimpleNamespace(thread_id="t-123", history=[], pending=None)
        self.services = SimpleNamespace(packages_dir=home / "packages")
        self.received: list[str] = []

    def send(self, text: str, on_token=None) -> Reply:
        self.received.append(text)
        return Reply(text=f"got {len(text.splitlines())} line(s)")

    def next_message(self, lines: list[str]) -> tuple[str, list[str]]:
        return lines[0], lines[1:]


def chat_in_terminal(tmp_path: Path, keys: str) -> tuple[RecordingSession, str]:
    session = RecordingSession(tmp_path)
    shown = io.StringIO()
    with create_pipe_input() as terminal:
        terminal.send_text(keys)
        run_interactive(session, terminal_input=terminal, terminal_output=DummyOutput(),
                        console=Console(file=shown, force_terminal=False, width=120))
    return session, shown.getvalue()


def test_a_pasted_block_is_one_message(tmp_path):
    block = "Complaint details:\nSite: Lazada Malaysia\nRights holder: Harimau Batik Sdn. Bhd."
    session, shown = chat_in_terminal(tmp_path, f"{PASTE_START}{block}{PASTE_END}\rquit\r")
    assert session.received == [block]
    assert "got 3 line(s)" in shown


def test_quit_exit_and_ctrl_d_end_the_chat_and_say_how_to_resume(tmp_path):
    for ending in ("quit\r", "exit\r", "\x04"):
        session, shown = chat_in_terminal(tmp_path, f"hello\r{ending}never sent\r")
        assert session.received == ["hello"]
        assert "ipr-assistant chat --thread t-123" in shown


def test_piped_input_stays_one_line_per_message_and_quit_ends_it(tmp_path):
    from integrations.cli.commands.chat import run_scripted

    session, out = RecordingSession(tmp_path), io.StringIO()
    run_scripted(session, io.StringIO("first line\nsecond line\nexit\nnever sent\n"), json_output=False, out=out)
    assert session.received == ["first line", "second line"]
    assert "ipr-assistant chat --thread t-123" in out.getvalue()


def test_piped_lines_are_grouped_as_they_arrive(tmp_path):
    """Lines written together (a paste, a file) are one group; lines written later are another; a stray byte is U+FFFD."""
    import os
    import threading
    import time

    from integrations.cli.commands.chat import arriving_together

    read_end, write_end = os.pipe()

    def write() -> None:
        os.write(write_end, "Guten Tag,\nzu Ihrer Beschwerde:\nGr\u00fc\u00dfe\n".encode() + b"\xff\n")
        time.sleep(0.5)
        os.write(write_end, b"record it\nyes")
        os.close(write_end)

    writer = threading.Thread(target=write)
    writer.start()
    with os.fdopen(read_end, "r") as stream:
        groups = list(arriving_together(stream, wait=0.1))
    writer.join()
    assert groups == [["Guten Tag,", "zu Ihrer Beschwerde:", "Gr\u00fc\u00dfe", "\ufffd"], ["record it", "yes"]]


def test_a_sellers_text_piped_as_several_lines_is_one_message_and_the_persons_lines_stay_apart(tmp_path):
    from integrations.bootstrap import App
    from integrations.cli.commands.chat import run_scripted

    app = App.for_home(tmp_path / "home")
    try:
        session = app.chat()
        sent: list[str] = []
        real_send = session.send
        session.send = lambda text, on_token=None: sent.append(text) or real_send(text)
        lines = ["can you triage an appeal? I'll paste it now", "Hello,", "the goods are genuine, we bought them from the brand's distributor.",
                 "Please restore the listing.", "Blue Harbour Store", "quit", "never sent"]
        run_scripted(session, io.StringIO("\n".join(lines) + "\n"), json_output=False, out=io.StringIO())
    finally:
        app.close()
    assert sent == [lines[0], "\n".join(lines[1:5])]
