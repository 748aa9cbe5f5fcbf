"""The assistant's errors: one base class and a few meaningful kinds.

Adapters (CLI, Slack) turn these into a clear message; people never see a traceback. Only an unexpected failure
(``unexpected``: a service down, an error of no known kind) carries a reference id worth quoting to whoever runs
the assistant; bad input, a refusal or something not found is the person's to fix and says how.
"""

from __future__ import annotations

import uuid


class IprError(Exception):
    """Base of every error the assistant reports to a person."""

    exit_code = 1
    unexpected = True  # the kinds below that are the person's to fix say False

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.reference = uuid.uuid4().hex[:8]

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} {self.hint}"


class BadInput(IprError):
    """The person's input cannot be used as given (empty, too large, unreadable, malformed)."""

    exit_code = 2
    unexpected = False


class ValidationFailed(IprError):
    """A complaint or request breaks the platform's rules; ``report`` says which."""

    unexpected = False

    def __init__(self, message: str, *, report=None, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.report = report


class NotAuthorized(IprError):
    """The person may not do or see this."""

    unexpected = False


class Conflict(IprError):
    """The change collides with another one (an idempotency key reused, a draft edited meanwhile)."""

    unexpected = False


class NotFound(IprError):
    """The thing asked for does not exist: a mistyped id or name is bad input (exit code 2), not a problem found."""

    exit_code = 2
    unexpected = False


class ExternalServiceUnavailable(IprError):
    """A model, Chroma server, database or Slack could not be reached."""

    def __init__(self, message: str, *, retryable: bool = True, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.retryable = retryable


class ConfigurationError(IprError):
    """Settings or the data directory are wrong; the message says how to fix them."""

    exit_code = 2
    unexpected = False
