"""Peak memory of commands given oversized input, against `python -c pass` in the same run.

Builds, in a temporary folder:
  - a DOCX whose one part inflates to about 1.1 GB (a zip of zeros, about 1 MB on disk);
  - a 50 MB text file of sentences;
then runs each command as its own process and reads the process's peak resident memory from the kernel
(``os.wait4``'s rusage, per process):
  - baseline: ``python -c pass`` (the interpreter alone);
  - ``triage-appeal --attachment bomb.docx``: refused from the archive's directory (limit IPR_MAX_EXPANDED_BYTES);
  - ``index --add text-50mb.txt`` on an index already built: refused from the file's size (IPR_MAX_INDEX_FILE_BYTES);
  - ``index --add text-1mb.txt``: refused by the text cap before embedding (IPR_MAX_INDEX_CHARS);
  - ``check-urls text-50mb.txt``: refused after reading at most its limit (IPR_MAX_CHECK_URLS_BYTES).
Each must be refused with its message (exit 2; `index` exits 1, "a file was skipped", as it always has) and stay
under 300 MB. The index is built first (not measured).

Run: .venv/bin/python benchmarks/input_limits_benchmark.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 300


def docx_bomb(path: Path, expanded: int) -> Path:
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(expanded // len(chunk)):
                member.write(chunk)
    return path


def text_file(path: Path, size: int) -> Path:
    line = b"Counterfeit listings are reported with a comparison against the genuine product, photographed from the same angle.\n"
    with path.open("wb") as handle:
        for _ in range(size // len(line) + 1):
            handle.write(line)
    return path


def measure(command: list[str], env: dict[str, str]) -> dict:
    """Run a process; its exit code, peak RSS in MB (from the kernel), seconds, and the last line it printed."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    err = process.stderr.read().decode("utf-8", "replace") + process.stdout.read().decode("utf-8", "replace")
    lines = [line.strip() for line in err.splitlines() if line.strip() and not line.startswith("(reference")]
    message = " ".join(line for line in lines if not line.startswith(("Index:", "Skipped")))
    return {"exit": process.returncode, "peak_mb": round(usage.ru_maxrss / 1024, 1), "seconds": round(seconds, 2), "message": message[:220]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "IPR_ASSISTANT_HOME": str(work / "home"), "PYTHONPATH": str(ROOT), "ANONYMIZED_TELEMETRY": "False",
               "HF_HUB_OFFLINE": "1"}
        cli = [sys.executable, "-m", "integrations.cli.app"]
        bomb = docx_bomb(work / "invoice.docx", 1100 * 1024 * 1024)
        big = text_file(work / "text-50mb.txt", 50 * 1024 * 1024)
        megabyte = text_file(work / "text-1mb.txt", 1024 * 1024)
        example = json.loads((ROOT / "examples" / "complaint-counterfeit.json").read_text())
        (work / "complaint.json").write_text(json.dumps({"complaint": example, "filed_on": "2026-11-02"}))
        (work / "notice.txt").write_text("We bought the goods from an authorised distributor; the invoice is attached.")
        built = subprocess.run([*cli, "index"], env=env, cwd=ROOT, capture_output=True)  # the index exists before --add
        if built.returncode != 0:
            print(built.stderr.decode(), file=sys.stderr)
            return 1
        rows = {
            "python -c pass (baseline)": measure([sys.executable, "-c", "pass"], env),
            f"triage-appeal, DOCX {bomb.stat().st_size / 1e6:.1f} MB inflating to 1.1 GB": measure(
                [*cli, "triage-appeal", "--complaint", str(work / "complaint.json"), "--text", str(work / "notice.txt"),
                 "--attachment", str(bomb)], env),
            "index --add, 50 MB text file": measure([*cli, "index", "--add", str(big)], env),
            "index --add, 1 MB text file": measure([*cli, "index", "--add", str(megabyte)], env),
            "check-urls, 50 MB text file": measure([*cli, "check-urls", str(big)], env),
        }
    refused_ok = all(row["exit"] in (1, 2) and row["peak_mb"] < LIMIT_MB for name, row in rows.items() if "baseline" not in name)
    if args.json:
        print(json.dumps({"rows": rows, "limit_mb": LIMIT_MB, "ok": refused_ok}, indent=2))
    else:
        print(f"| run | exit | peak RSS MB | seconds | message |\n| --- | ---: | ---: | ---: | --- |")
        for name, row in rows.items():
            print(f"| {name} | {row['exit']} | {row['peak_mb']} | {row['seconds']} | {row['message']} |")
        print(f"\nEvery refused run under {LIMIT_MB} MB: {'yes' if refused_ok else 'NO'}")
    return 0 if refused_ok else 1


if __name__ == "__main__":
    sys.exit(main())
