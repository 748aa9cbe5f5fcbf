"""Opening the store: a SQLite file in the data directory by default, PostgreSQL by URL; migrated to the latest schema on open.

SQLite is set up for several writers in one or more processes: WAL (readers never wait for a writer), foreign keys on,
a busy timeout, and write transactions that take the write lock at BEGIN (``BEGIN IMMEDIATE``) so two writers queue
instead of deadlocking half-way. PostgreSQL needs nothing special: the unique keys settle races.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DataError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session

from assistant.config import Settings
from assistant.errors import BadInput, ConfigurationError, ExternalServiceUnavailable

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
# Any constant works; it only has to be the same for every instance migrating one PostgreSQL database.
MIGRATION_LOCK_ID = 0x1B2_2024
# Alembic's `op` and `context` are module-level proxies: two threads migrating at once (two stores opened together in
# one process) tear each other's down. One upgrade at a time per process.
_MIGRATING = threading.Lock()


class Store:
    """The open store: an engine, a clock, and transactions. Repositories take the Session a transaction yields."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] | None = None):
        self.engine = engine
        self._writer = engine.execution_options(ipr_write=True)
        self.clock = clock or (lambda: datetime.now(UTC))

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def now(self) -> datetime:
        """The current time (UTC, timezone-aware); tests replace the clock."""
        return self.clock()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: everything inside commits together or not at all."""
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except DataError as exc:
            # A value the database refuses (PostgreSQL: a NUL byte in text, a number out of range); nothing was stored.
            raise BadInput(
                "A value could not be stored: the database refuses it (a NUL character in text, or a number out of range). "
                "Nothing was changed.",
                hint="Remove control characters from the input and try again.",
            ) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only view of one consistent moment."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def database_url(settings: Settings) -> str:
    """The SQLAlchemy URL of the store, with PostgreSQL URLs pointed at the psycopg 3 driver."""
    url = settings.store_url
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def open_store(settings: Settings | None = None, *, url: str | None = None, clock: Callable[[], datetime] | None = None) -> Store:
    """Open (and create or migrate, if needed) the store named by ``url`` or by the settings."""
    if url is None:
        if settings is None:
            raise TypeError("open_store needs the settings or a URL.")
        url = database_url(settings)
    engine = _create_engine(url)
    try:
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, clock=clock)


def redact_url(url: str) -> str:
    """The URL with its password masked, split at the last '@' so a password holding '@' is never partly shown."""
    scheme, separator, rest = str(url).partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not separator or not at:
        return str(url)
    user = userinfo.split(":", 1)[0].split("@", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in userinfo or "@" in userinfo else f"{scheme}://{user}@{host}"


def _create_engine(url: str) -> Engine:
    userinfo = str(url).partition("://")[2].rpartition("@")[0]
    if "@" in userinfo:
        raise ConfigurationError(
            f"The user name or password in the database URL {redact_url(url)} holds a raw '@'.",
            hint="Percent-encode it in IPR_DATABASE_URL: write '@' as %40.",
        )
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise ConfigurationError(f"The database URL {redact_url(url)} is not a valid SQLAlchemy URL.", hint="Check IPR_DATABASE_URL.") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed)
        if parsed.get_backend_name() == "postgresql":
            return create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise ConfigurationError(f"No database driver for '{parsed.drivername}'.", hint="Use postgresql+psycopg://...") from exc
    raise ConfigurationError(
        f"The store supports SQLite and PostgreSQL, not '{parsed.get_backend_name()}'.", hint="Check IPR_DATABASE_URL."
    )


def _sqlite_engine(url) -> Engine:
    if url.database and url.database != ":memory:":
        path = Path(url.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        _refuse_foreign_file(path)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # the driver issues no BEGIN of its own; _begin below does
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}", "synchronous=NORMAL"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        write = connection.get_execution_options().get("ipr_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _refuse_foreign_file(path: Path) -> None:
    """A file that is not a SQLite database is somebody else's: say so rather than fail obscurely later."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise ConfigurationError(
            f"{path} is not a SQLite database (it may be corrupt, or another program's file).",
            hint="Move it aside, or set IPR_DATABASE_URL / IPR_ASSISTANT_HOME to another place.",
        )


def _alembic_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


# Alembic's `op` and `context` are proxies global to the process: two threads migrating at once (two stores opened
# by worker threads) would run each other's steps against nothing. One migration run at a time per process.
_MIGRATING = threading.Lock()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the latest migration, refusing a database that belongs to something else."""
    writer = engine.execution_options(ipr_write=True)
    try:
        with _MIGRATING, writer.connect() as connection, connection.begin():
            if connection.dialect.name == "postgresql":
                # Two instances starting at once: the second waits, then finds the schema up to date.
                connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
            config = _alembic_config(connection)
            scripts = _migration_scripts()
            current = _refuse_foreign_schema(connection, scripts, engine)
            if current != [scripts.get_current_head()]:
                # Running alembic costs about 50 ms even with nothing to do; a store already at head skips it.
                command.upgrade(config, "head")
    except OperationalError as exc:
        if engine.dialect.name == "sqlite":
            raise ConfigurationError(f"The store at {engine.url.database} cannot be opened: {exc.orig}.") from exc
        raise ExternalServiceUnavailable(
            f"The database at {engine.url.render_as_string(hide_password=True)} could not be reached: {exc.orig}.",
            hint="Check IPR_DATABASE_URL and that the server is running.",
        ) from exc
    except DatabaseError as exc:
        raise ConfigurationError(
            f"The store at {engine.url.render_as_string(hide_password=True)} is not a usable database: {exc.orig}.",
            hint="It may be corrupt. Move the file aside, or set IPR_DATABASE_URL / IPR_ASSISTANT_HOME to another place.",
        ) from exc


@functools.cache
def _migration_scripts() -> ScriptDirectory:
    """The migration scripts shipped with the package, read once per process (they do not change while it runs)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def _refuse_foreign_schema(connection, scripts: ScriptDirectory, engine: Engine) -> list[str]:
    """The schema revisions the database records (none for an empty one), after refusing one that is not ours."""
    tables = set(inspect(connection).get_table_names())
    where = engine.url.render_as_string(hide_password=True)
    if tables and "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise ConfigurationError(
            f"The database at {where} already holds tables that are not ipr-assistant's ({shown}).",
            hint="Point IPR_DATABASE_URL at an empty database, or move the file aside.",
        )
    if "alembic_version" in tables:
        current = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        unknown = [revision for revision in current if _revision_or_none(scripts, revision) is None]
        if unknown:
            raise ConfigurationError(
                f"The database at {where} was written by a newer or different ipr-assistant (schema {', '.join(unknown)}).",
                hint="Upgrade ipr-assistant, or use another database.",
            )
        return list(current)
    return []


def _revision_or_none(scripts: ScriptDirectory, revision: str):
    try:
        return scripts.get_revision(revision)
    except Exception:  # alembic raises several kinds for an unknown revision
        return None
