"""Opening the store: migrations from an empty database on both backends, and refusing databases that are not ours."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, inspect, text

from assistant.config import Settings
from assistant.errors import ConfigurationError
from assistant.store.engine import database_url, open_store
from assistant.store.tables import Base

STORE_TABLES = {table.name for table in Base.metadata.sorted_tables}
HEAD = "0007"


def _head_and_tables(store) -> tuple[str, set[str]]:
    with store.reading() as session:
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        tables = set(inspect(session.connection()).get_table_names())
    return version, tables


def test_an_empty_sqlite_file_is_migrated_to_the_latest_schema(tmp_path):
    store = open_store(url=f"sqlite:///{tmp_path / 'new' / 'store.db'}")
    try:
        version, tables = _head_and_tables(store)
        assert version == HEAD
        assert STORE_TABLES <= tables
        with store.reading() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        store.close()


@pytest.mark.postgres
def test_an_empty_postgres_database_is_migrated_to_the_latest_schema(empty_postgres_url):
    engine = create_engine(empty_postgres_url)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []
    engine.dispose()
    store = open_store(url=empty_postgres_url)
    try:
        version, tables = _head_and_tables(store)
        assert version == HEAD
        assert STORE_TABLES <= tables
    finally:
        store.close()


def test_opening_again_keeps_the_data(database_url):
    first = open_store(url=database_url)
    with first.transaction() as session:
        session.execute(text("INSERT INTO audit_log (at, actor, action, entity_type, entity_id) VALUES (:at, 'ann', 'x', 'y', '1')"),
                        {"at": first.now().replace(tzinfo=None)})
    first.close()
    second = open_store(url=database_url)
    try:
        with second.reading() as session:
            assert session.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 1
    finally:
        second.close()


def test_the_default_store_is_a_sqlite_file_in_the_data_directory(ipr_home):
    settings = Settings()
    assert database_url(settings) == f"sqlite:///{ipr_home / 'ipr-assistant.db'}"
    open_store(settings).close()
    assert (ipr_home / "ipr-assistant.db").read_bytes()[:16] == b"SQLite format 3\x00"


def test_postgres_urls_use_the_psycopg_driver():
    assert database_url(Settings(database_url="postgresql://u@h/db")) == "postgresql+psycopg://u@h/db"
    assert database_url(Settings(database_url="postgres://u@h/db")) == "postgresql+psycopg://u@h/db"


def test_a_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "store.db"
    path.write_bytes(b"%PDF-1.7 this is somebody's document\n" * 50)
    with pytest.raises(ConfigurationError, match="is not a SQLite database"):
        open_store(url=f"sqlite:///{path}")
    assert path.read_bytes().startswith(b"%PDF-1.7")  # left as it was


def test_a_corrupt_sqlite_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "store.db"
    open_store(url=f"sqlite:///{path}").close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header survives, the schema page does not
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"store.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(ConfigurationError, match="cannot be opened|not a usable database"):
        open_store(url=f"sqlite:///{path}")


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "store.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    with pytest.raises(ConfigurationError, match="not ipr-assistant's.*invoices"):
        open_store(url=f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == [("invoices",)]


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "store.db"
    open_store(url=f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(ConfigurationError, match="newer or different"):
        open_store(url=f"sqlite:///{path}")


def test_an_unsupported_database_url_is_a_configuration_error():
    with pytest.raises(ConfigurationError):
        open_store(url="mysql://localhost/x")
    with pytest.raises(ConfigurationError):
        open_store(url="not a url")


def test_a_store_of_the_first_schema_is_upgraded_and_keeps_its_complaints(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from assistant.store.engine import _alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
        connection.execute(text(
            "INSERT INTO complaints (id, site, right_snapshot, complainant, reason, statement, status, version, created_by, created_at,"
            " updated_by, updated_at) VALUES (1, 'aliexpress', '{}', '{}', 'counterfeit_features', '', 'rejected', 1, 'ann',"
            " '2026-11-01 00:00:00', 'ann', '2026-11-01 00:00:00')"
        ))
    engine.dispose()
    store = open_store(url=url)
    try:
        version, _ = _head_and_tables(store)
        with store.reading() as session:
            columns = {column["name"] for column in inspect(session.connection()).get_columns("complaints")}
            kept = session.execute(text("SELECT status, refiles_id FROM complaints WHERE id = 1")).one()
        assert version == HEAD and {"refiles_id", "rejection_reason"} <= columns and tuple(kept) == ("rejected", None)
    finally:
        store.close()
