"""The model factory: settings.model names the model; 'offline' means none (the guided mode answers).

- ``offline`` (the default): no model, no key, no network.
- ``openai:<model>``: OpenAI's API with OPENAI_API_KEY.
- ``openai-compatible:<model>``: any server speaking OpenAI's chat API at IPR_OPENAI_BASE_URL (Ollama, vLLM,
  a llama.cpp server); a key is sent only if one is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.errors import ConfigurationError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from integrations.llm.agent import ModelResponder

# Retries are few and short: when the model is down, the guided mode takes over rather than making people wait.
MAX_RETRIES = 1


def parse_model_name(name: str) -> tuple[str, str | None]:
    """('offline', None) | ('openai', model) | ('openai-compatible', model); ConfigurationError otherwise."""
    name = (name or "offline").strip()
    if name == "offline":
        return "offline", None
    provider, _, model = name.partition(":")
    if provider in ("openai", "openai-compatible") and model.strip():
        return provider, model.strip()
    raise ConfigurationError(
        f"Unknown model {name!r}.",
        hint="Use 'offline', 'openai:<model>' (with OPENAI_API_KEY) or 'openai-compatible:<model>' (with IPR_OPENAI_BASE_URL).",
    )


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model the settings name, or None for offline."""
    provider, model = parse_model_name(settings.model)
    if provider == "offline":
        return None
    from langchain_openai import ChatOpenAI

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if provider == "openai":
        if not key:
            raise ConfigurationError(
                f"The model {settings.model!r} needs OPENAI_API_KEY.", hint="Set it, or use --model offline for the guided mode."
            )
        base_url = settings.openai_base_url
    else:
        if not settings.openai_base_url:
            raise ConfigurationError(
                f"The model {settings.model!r} needs IPR_OPENAI_BASE_URL (e.g. http://127.0.0.1:11434/v1 for Ollama)."
            )
        base_url = settings.openai_base_url
        key = key or "not-needed"  # local servers ignore it, the client insists on one
    model_class = ChatOpenAI if provider == "openai" else compatible_chat_model_class()
    return model_class(
        model=model,
        api_key=key,
        base_url=base_url,
        timeout=settings.model_timeout_seconds,
        max_retries=MAX_RETRIES,
        temperature=0,
        stream_usage=True,
    )


def compatible_chat_model_class():
    """ChatOpenAI for servers that follow OpenAI's API a little more strictly than OpenAI does.

    llama.cpp's server refuses an assistant message whose content is null (what OpenAI's client sends alongside
    tool calls); an empty string means the same and every server accepts it.
    """
    from langchain_openai import ChatOpenAI

    class CompatibleChatOpenAI(ChatOpenAI):
        def _get_request_payload(self, input_, *, stop=None, **kwargs):
            payload = super()._get_request_payload(input_, stop=stop, **kwargs)
            for message in payload.get("messages", []):
                if message.get("role") == "assistant" and message.get("content") is None:
                    message["content"] = ""
            return payload

    return CompatibleChatOpenAI


def build_responder(settings: Settings) -> ModelResponder | None:
    """The model-driven responder for the chat, or None when the guided mode answers."""
    chat_model = build_chat_model(settings)
    if chat_model is None:
        return None
    from integrations.llm.agent import ModelResponder

    return ModelResponder(chat_model)
