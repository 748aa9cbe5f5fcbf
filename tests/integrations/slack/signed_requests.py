"""Signed Slack requests: the sender lives with the benchmarks, which use it too (nothing outside tests imports tests)."""

from benchmarks.support.signed_requests import BOT, SECRET, TEAM, Sent, SlackSender, checked, select, text_value

__all__ = ["BOT", "SECRET", "TEAM", "Sent", "SlackSender", "checked", "select", "text_value"]
