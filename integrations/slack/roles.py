"""Who may do what in Slack: roles (employee, legal, support) mapped to user ids (U..., W...) and user-group ids (S...)
in the settings, and the policy that says which role may do which action.

A user group's members are looked up with usergroups.users.list and kept for a few minutes. The look-up happens
the first time a listener asks (after the request was acknowledged), never in front of the acknowledgement.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from slack_sdk.errors import SlackApiError

from assistant.config import Settings


class Role(StrEnum):
    EMPLOYEE = "employee"
    LEGAL = "legal"
    SUPPORT = "support"


class Action(StrEnum):
    """What a person may ask of the app."""

    CONVERSE = "converse"  # ask questions, check links, list documents, put a complaint together
    SEE_ALL_COMPLAINTS = "see_all_complaints"  # anyone's complaint details (owners always see their own)
    TRIAGE_APPEALS = "triage_appeals"
    CONFIRM_ANY_CHANGE = "confirm_any_change"  # confirm a change someone else asked for


POLICY: dict[Action, frozenset[Role]] = {
    Action.CONVERSE: frozenset({Role.EMPLOYEE, Role.LEGAL, Role.SUPPORT}),
    Action.SEE_ALL_COMPLAINTS: frozenset({Role.LEGAL, Role.SUPPORT}),
    Action.TRIAGE_APPEALS: frozenset({Role.LEGAL, Role.SUPPORT}),
    Action.CONFIRM_ANY_CHANGE: frozenset({Role.LEGAL}),
}

GROUP_MEMBERS_TTL_SECONDS = 300.0


def allowed(roles: frozenset[Role], action: Action) -> bool:
    """Whether someone with these roles may do ``action``."""
    return bool(roles & POLICY[action])


def actor_of(user_id: str) -> str:
    """How the team's records name a Slack user (as the owner or author of a change)."""
    return f"slack:{user_id}"


def user_of(actor: str | None) -> str | None:
    """The Slack user id behind a recorded actor, if it is one."""
    if actor and actor.startswith("slack:"):
        return actor.removeprefix("slack:")
    return None


class RoleDirectory:
    """Resolves a Slack user's roles from the settings, looking up user-group members when groups are named."""

    def __init__(self, settings: Settings, client: Any, *, clock: Callable[[], float] = time.monotonic):
        self.client = client
        self.clock = clock
        self.configured: dict[Role, list[str]] = {
            Role.LEGAL: list(settings.slack_legal),
            Role.SUPPORT: list(settings.slack_support),
            Role.EMPLOYEE: list(settings.slack_employees),
        }
        self._members: dict[str, tuple[float, frozenset[str]]] = {}
        self._lock = threading.Lock()

    def has_role(self, user_id: str | None, role: Role) -> bool:
        """Whether the user has the role. Legal and support members are employees too; with no employee list, everyone is one.

        Asks only what it must: with no employee list, being an employee needs no user-group look-up.
        """
        if not user_id:
            return False
        if role is not Role.EMPLOYEE:
            return self._listed(user_id, self.configured[role])
        if not self.configured[Role.EMPLOYEE] or self._listed(user_id, self.configured[Role.EMPLOYEE]):
            return True
        return self.has_role(user_id, Role.LEGAL) or self.has_role(user_id, Role.SUPPORT)

    def roles_of(self, user_id: str | None) -> frozenset[Role]:
        """All the user's roles."""
        return frozenset(role for role in Role if self.has_role(user_id, role))

    def _listed(self, user_id: str, ids: list[str]) -> bool:
        if user_id in ids:
            return True
        return any(user_id in self.group_members(group) for group in ids if group.startswith("S"))

    def group_members(self, group_id: str) -> frozenset[str]:
        """Members of a user group (cached); an unreadable group has no members, so nobody gains a role by error."""
        now = self.clock()
        with self._lock:
            cached = self._members.get(group_id)
            if cached and now - cached[0] < GROUP_MEMBERS_TTL_SECONDS:
                return cached[1]
        try:
            response = self.client.usergroups_users_list(usergroup=group_id)
            members = frozenset(response.get("users") or [])
        except SlackApiError:
            members = frozenset()
        with self._lock:
            self._members[group_id] = (now, members)
        return members


class Access:
    """One person's rights in one request; roles are resolved on first use."""

    def __init__(self, user_id: str | None, directory: RoleDirectory):
        self.user_id = user_id or ""
        self._directory = directory
        self._known: dict[Role, bool] = {}

    def has_role(self, role: Role) -> bool:
        if role not in self._known:
            self._known[role] = self._directory.has_role(self.user_id, role)
        return self._known[role]

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(role for role in Role if self.has_role(role))

    @property
    def actor(self) -> str:
        return actor_of(self.user_id)

    def may(self, action: Action) -> bool:
        """Whether the person may do ``action`` (POLICY), resolving only the roles needed to tell."""
        return any(self.has_role(role) for role in sorted(POLICY[action], key=list(Role).index))

    def may_see_complaint(self, created_by: str | None) -> bool:
        """Legal and support see every complaint; anyone else only the ones they own."""
        return self.may(Action.SEE_ALL_COMPLAINTS) or (bool(self.user_id) and created_by == self.actor)

    def may_decide(self, requester: str) -> bool:
        """Confirm or cancel a change: the person who asked for it, or legal."""
        return self.user_id == requester or self.may(Action.CONFIRM_ANY_CHANGE)
