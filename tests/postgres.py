"""PostgreSQL for the tests: a server on loopback for the session, and a fresh database for each test.

The server is IPR_TEST_POSTGRES_URL when set (its role needs CREATEDB); otherwise a throwaway one started here
with the installed initdb/pg_ctl, as the `postgres` user when we run as root, in a temporary directory, with
trust authentication on 127.0.0.1 and a free port; it is stopped and removed when the session ends.
Without PostgreSQL the postgres tests are skipped with the reason, unless IPR_REQUIRE_POSTGRES=1 (CI), where they fail.

Fixtures: `postgres_url` (a migrated, empty store database), `empty_postgres_url` (no tables at all),
`database_url` (parametrized over "sqlite" and "postgres") and `store` (an open Store on it).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from assistant.store.engine import open_store

TEMPLATE_DATABASE = "ipr_store_template"


@dataclass
class PostgresServer:
    """A reachable server where the tests may create and drop databases."""

    admin_url: str  # libpq URL of a database to connect to for CREATE/DROP DATABASE
    base_url: str  # libpq URL without a database name
    _stop: list = field(default_factory=list)

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://{self.base_url.split('://', 1)[1]}/{database}"

    def create_database(self, name: str, template: str | None = None) -> None:
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template))
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(statement)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def stop(self) -> None:
        for action in reversed(self._stop):
            action()


def _postgres_required() -> bool:
    return os.environ.get("IPR_REQUIRE_POSTGRES") == "1"


def _unavailable(reason: str):
    if _postgres_required():
        pytest.fail(f"PostgreSQL is required here (IPR_REQUIRE_POSTGRES=1) but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason} Install PostgreSQL or set IPR_TEST_POSTGRES_URL.")


def _find_binaries() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if candidates:
        return Path(candidates[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_throwaway_server(binaries: Path) -> PostgresServer:
    as_root = os.geteuid() == 0
    workdir = Path(tempfile.mkdtemp(prefix="ipr-test-pg-"))
    if as_root:
        postgres_user = pwd.getpwnam("postgres")  # the server refuses to run as root
        os.chown(workdir, postgres_user.pw_uid, postgres_user.pw_gid)
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    data, log = workdir / "data", workdir / "server.log"
    port = _free_port()

    def run(*command: str) -> None:
        subprocess.run([*run_as, *command], check=True, capture_output=True, timeout=120, cwd=workdir)

    try:
        run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {workdir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        details = getattr(exc, "stderr", b"") or b""
        server_log = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(workdir, ignore_errors=True)
        _unavailable(f"the throwaway server did not start: {details.decode(errors='replace')[-1000:]} {server_log}")

    def stop() -> None:
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], capture_output=True, cwd=workdir)
        shutil.rmtree(workdir, ignore_errors=True)

    base = f"postgresql://postgres@127.0.0.1:{port}"
    return PostgresServer(admin_url=f"{base}/postgres", base_url=base, _stop=[stop])


def _server_from_url(url: str) -> PostgresServer:
    url = url.replace("postgresql+psycopg://", "postgresql://", 1)
    base = url.rsplit("/", 1)[0] if url.count("/") > 2 else url
    return PostgresServer(admin_url=url, base_url=base)


@pytest.fixture(scope="session")
def postgres_server():
    """The PostgreSQL server for this test session (skipped, or failed under CI, when there is none)."""
    given = os.environ.get("IPR_TEST_POSTGRES_URL")
    if given:
        server = _server_from_url(given)
    else:
        binaries = _find_binaries()
        if binaries is None:
            _unavailable("no initdb was found (looked in /usr/lib/postgresql/*/bin and PATH).")
        server = _start_throwaway_server(binaries)
    try:
        # One migrated template; each test copies it, which is much faster than migrating every time.
        server.drop_database(TEMPLATE_DATABASE)
        server.create_database(TEMPLATE_DATABASE)
        open_store(url=server.url_for(TEMPLATE_DATABASE)).close()
    except psycopg.OperationalError as exc:
        server.stop()
        _unavailable(f"the server at {server.base_url} could not be used: {exc}")
    yield server
    server.drop_database(TEMPLATE_DATABASE)
    server.stop()


def _fresh_database(server: PostgresServer, template: str | None):
    name = f"ipr_test_{uuid.uuid4().hex[:12]}"
    server.create_database(name, template=template)
    yield server.url_for(name)
    server.drop_database(name)


@pytest.fixture
def postgres_url(postgres_server):
    """A database of its own for this test, already migrated to the latest schema."""
    yield from _fresh_database(postgres_server, TEMPLATE_DATABASE)


@pytest.fixture
def empty_postgres_url(postgres_server):
    """A database of its own for this test, with no tables at all."""
    yield from _fresh_database(postgres_server, None)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """A store database of this test's own: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(database_url):
    """An open store on this test's database."""
    opened = open_store(url=database_url)
    yield opened
    opened.close()
