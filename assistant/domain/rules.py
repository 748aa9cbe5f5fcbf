"""The machine-readable rules in knowledge/rules/*.yaml: the single source of truth for the deterministic tools."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import ConfigurationError
from assistant.paths import RULES_DIR


@lru_cache(maxsize=None)
def load_rules(name: str, rules_dir: Path = RULES_DIR) -> dict[str, Any]:
    """The parsed contents of ``knowledge/rules/<name>.yaml``."""
    path = rules_dir / f"{name}.yaml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise ConfigurationError(f"The rules file {path} is missing.") from exc
    except yaml.YAMLError as exc:
        raise ConfigurationError(f"The rules file {path} is not valid YAML: {exc}") from exc


def max_listings_per_complaint() -> int:
    return int(load_rules("limits")["max_listings_per_complaint"]["value"])
