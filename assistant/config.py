"""Settings: one object, built once at start (from the environment) and passed down."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


DATABASE_FILE = "ipr-assistant.db"


def _default_home() -> Path:
    """The platform's user data folder; a home folder that already holds a database from before is kept, so no record goes missing."""
    documented = Path(platformdirs.user_data_dir("ipr-assistant", appauthor=False))
    earlier = Path.home()
    if not (documented / DATABASE_FILE).exists() and (earlier / DATABASE_FILE).exists():
        return earlier
    return documented


class Settings(BaseSettings):
    """Everything configurable about the assistant. Environment variables are named beside each field."""

    model_config = SettingsConfigDict(env_prefix="IPR_", extra="ignore", populate_by_name=True)

    home: Path = Field(
        default_factory=_default_home,
        # Only IPR_ASSISTANT_HOME: settings read the environment case-insensitively, so an alias "home" would read $HOME.
        validation_alias=AliasChoices("IPR_ASSISTANT_HOME"),
        description="Data directory: the index, the database, conversations. IPR_ASSISTANT_HOME.",
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL of the store; default is a SQLite file in the data directory. IPR_DATABASE_URL."
    )
    chroma_url: str | None = Field(
        default=None, description="Address of a Chroma server (http://host:port); default is a local persistent index. IPR_CHROMA_URL."
    )
    model: str = Field(
        default="offline",
        description="'offline' (guided mode, no key), 'openai:<model>', or 'openai-compatible:<model>' with IPR_OPENAI_BASE_URL. IPR_MODEL.",
    )
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key"), description="OPENAI_API_KEY."
    )
    openai_base_url: str | None = Field(default=None, description="Base URL of an OpenAI-compatible server. IPR_OPENAI_BASE_URL.")
    openai_compatible_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("IPR_OPENAI_API_KEY", "openai_compatible_api_key"),
        description="Key for the OpenAI-compatible server at IPR_OPENAI_BASE_URL, if it wants one (OPENAI_API_KEY is never sent "
        "there). IPR_OPENAI_API_KEY.",
    )
    model_timeout_seconds: float = Field(default=60.0, description="Timeout for one model call. IPR_MODEL_TIMEOUT_SECONDS.")

    slack_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token"), description="SLACK_BOT_TOKEN."
    )
    slack_app_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token"), description="SLACK_APP_TOKEN (Socket Mode)."
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret"),
        description="SLACK_SIGNING_SECRET (HTTP mode).",
    )
    slack_api_url: str = Field(default="https://slack.com/api/", description="Slack Web API base address. IPR_SLACK_API_URL.")
    slack_legal: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Slack user ids (U...) and user-group ids (S...) of the legal role, comma-separated: they may confirm any change "
        "and see every complaint. IPR_SLACK_LEGAL.",
    )
    slack_support: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Slack user and user-group ids of the support role: they see every complaint and triage appeals. IPR_SLACK_SUPPORT.",
    )
    slack_employees: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Slack user and user-group ids who may use the assistant; empty means everyone in the workspace. IPR_SLACK_EMPLOYEES.",
    )
    slack_allowed_channels: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Channel ids the app answers in, comma-separated; empty means any channel it is invited to. Direct messages "
        "are always answered. IPR_SLACK_ALLOWED_CHANNELS.",
    )
    slack_reminder_channel: str | None = Field(
        default=None,
        description="Channel id for deadline reminders of complaints whose owner is not a Slack user. IPR_SLACK_REMINDER_CHANNEL.",
    )
    slack_reminder_days: int = Field(
        default=3, ge=0, le=60, description="Remind this many days before a deadline (and again on the day). IPR_SLACK_REMINDER_DAYS."
    )

    slack_max_body_bytes: int = Field(
        default=1024 * 1024, ge=1024, description="HTTP mode: larger requests are refused (413) unread. IPR_SLACK_MAX_BODY_BYTES."
    )
    slack_read_timeout_seconds: float = Field(
        default=10.0, gt=0, le=300,
        description="HTTP mode: a request whose headers or body take longer to arrive is dropped (408). IPR_SLACK_READ_TIMEOUT_SECONDS.",
    )
    slack_http_threads: int = Field(
        default=16, ge=1, le=256, description="HTTP mode: threads that check and acknowledge requests. IPR_SLACK_HTTP_THREADS."
    )
    slack_http_backlog: int = Field(
        default=1024, ge=16, le=65535, description="HTTP mode: connections the system queues before they are accepted. IPR_SLACK_HTTP_BACKLOG."
    )

    @field_validator("slack_legal", "slack_support", "slack_employees", "slack_allowed_channels", mode="before")
    @classmethod
    def _id_list(cls, value):
        # The environment gives "U1, S2"; code may pass a list.
        if value is None:
            return []
        if isinstance(value, str):
            return [part for part in value.replace(";", ",").replace(" ", ",").split(",") if part]
        return value

    max_question_chars: int = Field(default=4000, description="Longer questions are cut to this length, and the person is told.")
    # Limits on input (assistant/files/limits.py): cheap checks before anything is parsed; exceeding one is a clear error.
    max_file_bytes: int = Field(default=10 * 1024 * 1024, gt=0, description="Largest text, PDF or Word file read (counter-notices, attachments). IPR_MAX_FILE_BYTES.")
    max_json_bytes: int = Field(default=5 * 1024 * 1024, gt=0, description="Largest JSON file read (complaints, rights, attachment lists). IPR_MAX_JSON_BYTES.")
    max_index_file_bytes: int = Field(default=20 * 1024 * 1024, gt=0, description="Largest file `index --add` reads. IPR_MAX_INDEX_FILE_BYTES.")
    max_check_urls_bytes: int = Field(
        default=2 * 1024 * 1024, gt=0, description="Most input `check-urls` reads (2 MB: tens of thousands of links). IPR_MAX_CHECK_URLS_BYTES."
    )
    max_expanded_bytes: int = Field(
        default=100 * 1024 * 1024, gt=0, description="Most a DOCX/XLSX or PDF may expand to when unpacked. IPR_MAX_EXPANDED_BYTES."
    )
    max_expansion_ratio: int = Field(default=100, gt=0, description="Highest compression ratio of an archive's part. IPR_MAX_EXPANSION_RATIO.")
    max_archive_members: int = Field(default=10_000, gt=0, description="Most parts a DOCX/XLSX may hold. IPR_MAX_ARCHIVE_MEMBERS.")
    max_pdf_pages: int = Field(default=2_000, gt=0, description="Most pages of a PDF read. IPR_MAX_PDF_PAGES.")
    max_document_chars: int = Field(default=5_000_000, gt=0, description="Most characters of text taken from one document. IPR_MAX_DOCUMENT_CHARS.")
    max_index_chars: int = Field(
        default=400_000, gt=0,
        description="Most characters of text one indexed document may hold (about 500 passages to embed). IPR_MAX_INDEX_CHARS.",
    )
    confirm_ttl_minutes: float = Field(
        default=30.0, gt=0, le=7 * 24 * 60,
        description="A proposed change not confirmed within this many minutes expires unapplied. IPR_CONFIRM_TTL_MINUTES.",
    )
    holiday_calendars_file: Path | None = Field(
        default=None,
        description="A YAML file of the team's own holiday calendars (same shape as knowledge/rules/holidays.yaml). IPR_HOLIDAY_CALENDARS_FILE.",
    )
    holiday_assumption: Literal["safer", "skip", "ignore"] = Field(
        default="safer",
        description="Whether public holidays pause deadlines on sites with a holiday calendar (Taobao, Tmall, 1688), which the "
        "platform does not say: 'safer' (our replies due on the earlier date, the seller's windows closing on the later one), "
        "'skip' (holidays pause every window) or 'ignore' (weekends only). IPR_HOLIDAY_ASSUMPTION.",
    )

    @cached_property
    def index_dir(self) -> Path:
        return self.home / "index"

    @cached_property
    def store_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / DATABASE_FILE}"


def load_settings(**overrides) -> Settings:
    """Build the settings from the environment, with explicit overrides (from CLI flags) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
