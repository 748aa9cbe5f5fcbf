"""The scorecard: datasets of cases, the suites that run them through the assistant's public API, and scorers.

Run it with `ipr-assistant eval` (see evals/README.md).
"""
