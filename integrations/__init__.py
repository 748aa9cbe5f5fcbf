"""The edges: CLI, Slack, LLM adapters, and the wiring between them and the core."""
