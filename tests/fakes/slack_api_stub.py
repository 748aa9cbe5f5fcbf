"""The loopback Slack Web API stub lives with the benchmarks, which use it too (nothing outside tests imports tests)."""

from benchmarks.support.slack_api_stub import Call, SlackApiStub

__all__ = ["Call", "SlackApiStub"]
