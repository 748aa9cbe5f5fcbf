"""Links in a message: the link-like tokens as pasted, and the message without them (so ids inside a link
are not read as registration numbers). The link service decides which of them are listings."""

from __future__ import annotations

import re


_URL_TOKEN_RE = re.compile(
    r"""(?ix)
    (?:[a-z][a-z0-9+.-]*://\S+)                 # anything with a scheme (http, https, ftp, javascript...)
    | (?:www\.\S+)
    | (?:\b(?:[a-z0-9-]+\.)+(?:com|cn|hk|sg|my|ph|th|vn|id|es|net|org|io|ly|gl|co|me|xyz|top|shop)(?:\.[a-z]{2})?/\S*)
    | (?:\b(?:[a-z0-9-]+\.)*(?:aliexpress|alibaba|1688|taobao|tmall|lazada|miravia)\.[a-z.]{2,}[/?]\S*)  # a bare "Alibaba.com" names a site
    """
)
_TRAILING = ".,;:!?)]}>\"'"


def find_link_tokens(text: str) -> list[str]:
    """The link-like tokens in a message, as pasted (bullets, brackets and trailing punctuation removed)."""
    tokens = []
    for match in _URL_TOKEN_RE.finditer(text):
        token = match.group(0).strip().lstrip("<([\"'").rstrip(_TRAILING)
        if token:
            tokens.append(token)
    return tokens


def strip_links(text: str) -> str:
    """The message without its links, so that ids inside a link are not read as registration numbers."""
    return _URL_TOKEN_RE.sub(" ", text)
