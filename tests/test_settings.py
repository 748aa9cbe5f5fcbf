"""Where the data folder is when IPR_ASSISTANT_HOME is not set."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from assistant.config import DATABASE_FILE, Settings


@pytest.fixture
def no_home_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A user whose home folder is tmp_path/user and who has not set IPR_ASSISTANT_HOME."""
    user = tmp_path / "user"
    user.mkdir()
    monkeypatch.delenv("IPR_ASSISTANT_HOME", raising=False)
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.setenv("XDG_DATA_HOME", str(user / ".local" / "share"))
    return user


def test_the_data_folder_is_the_platforms_user_data_folder_not_the_home_folder_itself(no_home_setting: Path) -> None:
    home = Settings().home
    assert home == Path(platformdirs.user_data_dir("ipr-assistant", appauthor=False))
    assert home != no_home_setting
    assert str(home).startswith(str(no_home_setting / ".local" / "share"))


def test_a_database_already_in_the_home_folder_is_kept_so_no_record_goes_missing(no_home_setting: Path) -> None:
    (no_home_setting / DATABASE_FILE).write_bytes(b"")
    assert Settings().home == no_home_setting


def test_the_documented_folder_wins_once_it_holds_a_database(no_home_setting: Path) -> None:
    (no_home_setting / DATABASE_FILE).write_bytes(b"")
    documented = Path(platformdirs.user_data_dir("ipr-assistant", appauthor=False))
    documented.mkdir(parents=True)
    (documented / DATABASE_FILE).write_bytes(b"")
    assert Settings().home == documented


def test_ipr_assistant_home_and_the_home_argument_still_set_it(no_home_setting: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert Settings(home=tmp_path / "given").home == tmp_path / "given"
    monkeypatch.setenv("IPR_ASSISTANT_HOME", str(tmp_path / "env"))
    assert Settings().home == tmp_path / "env"
