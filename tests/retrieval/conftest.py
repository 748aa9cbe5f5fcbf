"""Fixtures for the index tests: a small markdown corpus written per test, and a real `chroma run` server on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

COMPLAINTS_MD = """---
title: Filing a complaint
sites: [aliexpress, taobao]
topics: [complaints, links]
sources:
  - {id: ipp-faq, url: "https://ipp.alibabagroup.com/faq/en.htm", title: IPP FAQ, date: undated}
  - {id: seca, url: "https://secagroup.org/alibaba-best-practices-on-ipr-protection.html", title: SECA, date: "2022-12-09"}
---
# Filing a complaint

Complaints are filed in the IPP portal after your rights are approved.

## Link rules

A complaint may list at most 300 listing links, all tied to one approved IP right.

Sources: ipp-faq, seca

### Shop links

Product links and shop links cannot be mixed in one complaint.

Sources: seca
"""

APPEALS_MD = """---
title: Counter-notices and appeals
sites: [taobao]
topics: [appeals]
sources:
  - {id: tb-rules, url: "https://rule.taobao.com/detail.htm", title: Taobao rules, date: "2023"}
---
# Counter-notices and appeals

## Seller counter-notice

The seller may file a counter-notice with evidence such as an invoice from an authorised distributor.

Sources: tb-rules

## Your reply window

On Taobao the rights holder has 3 working days to answer a counter-notice.

Sources: tb-rules
"""

GOOD_FAITH_MD = """---
title: The Good Faith programme
sites: [all]
topics: [good-faith]
---
# The Good Faith programme

## Eligibility

Rights holders with an accurate record of complaints may join the programme for faster takedowns.
"""


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """A folder of three small corpus files (two sites, three topics)."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "complaints.md").write_text(COMPLAINTS_MD, encoding="utf-8")
    (folder / "appeals.md").write_text(APPEALS_MD, encoding="utf-8")
    (folder / "good-faith.md").write_text(GOOD_FAITH_MD, encoding="utf-8")
    return folder


@pytest.fixture
def local_index(ipr_home):
    """An empty local index in this test's data directory."""
    from assistant.config import load_settings
    from assistant.retrieval.index import open_index

    return open_index(load_settings())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`, from the venv) on a free loopback port; yields its URL, stops it afterwards."""
    chroma = Path(sys.executable).parent / "chroma"
    if not chroma.exists():
        pytest.fail(f"{chroma} not found: chromadb's CLI ships with the chromadb package")
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (data / "server.log").open("wb")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma run did not start: {(data / 'server.log').read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
