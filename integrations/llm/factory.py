"""The model factory: settings.model names the model; 'offline' means none (the guided mode answers).

- ``offline`` (the default): no model, no key, no network.
- ``openai:<model>``: OpenAI's API with OPENAI_API_KEY.
- ``openai-compatible:<model>``: any server speaking OpenAI's chat API at IPR_OPENAI_BASE_URL (Ollama, vLLM,
  a llama.cpp server); it gets IPR_OPENAI_API_KEY if set, else no key, and never OPENAI_API_KEY.
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
NO_KEY = "none"  # never sent: the Authorization header is omitted when a compatible server has no key


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
        hint="Use 'offline', 'openai:<model>' (with OPENAI_API_KEY) or 'openai-compatible:<model>' (with IPR_OPENAI_BASE_URL, and "
        "IPR_OPENAI_API_KEY if the server wants a key).",
    )


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model the settings name, or None for offline."""
    provider, model = parse_model_name(settings.model)
    if provider == "offline":
        return None
    from langchain_openai import ChatOpenAI

    if provider == "openai":
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        if not key:
            raise ConfigurationError(
                f"The model {settings.model!r} needs OPENAI_API_KEY.", hint="Set it, or use --model offline for the guided mode."
            )
        # OpenAI's own API: IPR_OPENAI_BASE_URL names a compatible server, which never gets OPENAI_API_KEY.
        return ChatOpenAI(
            model=model, api_key=key, base_url=None, timeout=settings.model_timeout_seconds,
            max_retries=MAX_RETRIES, temperature=0, stream_usage=True,
        )
    if not settings.openai_base_url:
        raise ConfigurationError(f"The model {settings.model!r} needs IPR_OPENAI_BASE_URL (e.g. http://127.0.0.1:11434/v1 for Ollama).")
    return compatible_chat_model(settings, model)


def compatible_chat_model(settings: Settings, model: str) -> BaseChatModel:
    """A chat model on an OpenAI-compatible server, sent only what belongs to that server.

    OpenAI's client fills in OPENAI_API_KEY, OPENAI_ORG_ID and OPENAI_PROJECT_ID from the environment by itself;
    those are the team's OpenAI account and must never reach another server. The clients are built here with the
    key from IPR_OPENAI_API_KEY, or with no Authorization header at all when there is none, and without the
    organization and project headers.
    """
    from openai import AsyncOpenAI, Omit, OpenAI

    key = settings.openai_compatible_api_key.get_secret_value() if settings.openai_compatible_api_key else None
    options = {
        "api_key": key or NO_KEY,  # the client insists on a key; without one the header is left out below
        "base_url": settings.openai_base_url,
        "timeout": settings.model_timeout_seconds,
        "max_retries": MAX_RETRIES,
        "default_headers": {"OpenAI-Organization": Omit(), "OpenAI-Project": Omit()},
    }
    root, root_async = OpenAI(**options), AsyncOpenAI(**options)
    return compatible_chat_model_class()(
        model=model,
        api_key=key or NO_KEY,
        base_url=settings.openai_base_url,
        root_client=root,
        client=root.chat.completions,
        root_async_client=root_async,
        async_client=root_async.chat.completions,
        timeout=settings.model_timeout_seconds,
        max_retries=MAX_RETRIES,
        temperature=0,
        stream_usage=True,
        model_kwargs={} if key else {"extra_headers": {"Authorization": Omit()}},
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
