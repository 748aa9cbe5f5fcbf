"""Escaping what people and the model write before it reaches Slack: hostile text never becomes a mention, a
broadcast or a disguised link, in plain mrkdwn, in markdown streams, or inside the Block Kit builders' output."""

from __future__ import annotations

import json
import re

import pytest

from integrations.slack.blocks import reply_blocks
from integrations.slack.escape import (
    StreamEscaper,
    escape_markdown,
    escape_text,
    from_slack,
    link,
    safe_url,
    to_mrkdwn,
    user_mention,
)

HOSTILE = [
    "<!channel> please look at this",
    "<!here>",
    "<!everyone> urgent",
    "<@U012ABCDEF> owes us money",
    "<@W012ABCDEF>",
    "<@U012ABCDEF|admin>",
    "<#C012ABCDE|general>",
    "<!subteam^S012ABC|@legal-team> approve",
    "<http://evil.example|https://trusted.example>",
    "<https://evil.example>",
    "<mailto:attacker@evil.example|support@alibaba.com>",
    "<<!channel>>",
    "<!date^1392734382^{date}|Feb 18>",
    "<!chan\u200bnel>",
    "<!channel\n>",
    "`<!channel>` in code",
    "*<http://evil.example|trusted>*",
    "\x00\x07<!here>\x1b",
    "A <b>bold</b> <script>alert(1)</script> tag",
    "\u202e<!here>\u202c reversed",
    "<\u200b!\u200bchannel\u200b>",
    "text &lt;!channel&gt; pre-escaped",
    "x" * 5000 + "<!channel>",
]
# The escaped output must not contain a live Slack control sequence of any kind.
_LIVE = re.compile(r"<[!@#]|<https?:|<mailto:|\|[^<>]*>")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_escaped_text_has_no_live_mention_or_link(hostile):
    out = escape_text(hostile)
    assert "<" not in out and ">" not in out
    assert not _LIVE.search(out)
    assert "\u202e" not in out and "\x00" not in out


@pytest.mark.parametrize("hostile", HOSTILE)
def test_escaped_markdown_has_no_live_mention_or_link(hostile):
    out = escape_markdown(hostile)
    assert "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)\]\(", out)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_the_blocks_of_a_reply_carry_no_live_sequence(hostile):
    blocks = reply_blocks(hostile, sections=[("answer", {"answer": hostile, "citations": [], "grounded": True})], notices=[hostile])
    rendered = json.dumps(blocks, ensure_ascii=False)
    assert not _LIVE.search(rendered)


@pytest.mark.parametrize("word", ["@channel", "@here", "@everyone", "@Channel", "＠channel"])
def test_bare_broadcast_words_are_broken(word):
    out = escape_text(f"hello {word}!")
    assert word not in out
    assert out.replace("\u200b", "") == f"hello {word}!"


def test_text_stays_readable_after_escaping():
    out = escape_text("AT&T <sells> fakes & more")
    assert out == "AT&amp;T &lt;sells&gt; fakes &amp; more"


def test_pre_escaped_entities_are_shown_literally_not_decoded():
    assert escape_text("&lt;!channel&gt;") == "&amp;lt;!channel&amp;gt;"


def test_long_text_is_cut_without_breaking_an_entity():
    out = escape_text("a" * 2995 + "<<<<<<", limit=3000)
    assert len(out) <= 3000
    assert re.fullmatch(r"a+(&lt;)* …", out), out[-30:]


@pytest.mark.parametrize(
    "markdown",
    ["[trusted](http://evil.example)", "![pixel](http://tracker.example/p.gif)", "[https://alibaba.com](https://evil.example)"],
)
def test_markdown_links_and_images_are_shown_not_followed(markdown):
    out = escape_markdown(markdown)
    assert "](" not in out.replace("\\](", "")
    assert "evil.example" in out or "tracker.example" in out  # the real target stays visible


def test_to_mrkdwn_converts_formatting_after_escaping():
    assert to_mrkdwn("**Saved** <!channel>") == "*Saved* &lt;!channel&gt;"
    assert to_mrkdwn("## Next steps") == "*Next steps*"


def test_a_stream_split_inside_a_broadcast_word_is_still_broken():
    escaper = StreamEscaper()
    pieces = [escaper.feed(token) for token in ["Tell ", "@", "chan", "nel now <", "!here>"]] + [escaper.flush()]
    joined = "".join(pieces)
    assert "@channel" not in joined and "<" not in joined
    assert joined.replace("\u200b", "") == "Tell @channel now &lt;!here&gt;"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "http://evil.example|trusted", "https://evil.example/>x", "https://user@evil.example/", "ftp://x.example", "", None,
     "https://evil.example/a b"],
)
def test_link_refuses_urls_slack_could_misread(url):
    assert safe_url(url) is None
    assert "<" not in link(url, "trusted")


def test_link_escapes_its_label_and_keeps_a_checked_url():
    assert link("https://ipp.alibabagroup.com/a?b=1&c=2", "Guide <!channel> | x") == (
        "<https://ipp.alibabagroup.com/a?b=1&amp;c=2|Guide &lt;!channel&gt; ¦ x>"
    )


def test_only_real_user_ids_become_mentions():
    assert user_mention("U012ABCDEF") == "<@U012ABCDEF>"
    assert user_mention("U1> <!channel") == "U1&gt; &lt;!channel"


def test_incoming_slack_text_becomes_plain_text_with_real_links():
    text = "<@UBOT> check <https://www.aliexpress.com/item/1.html|aliexpress.com/item/1.html> &amp; <!here> from <@U012ABC>"
    assert from_slack(text, bot_user_id="UBOT") == "check https://www.aliexpress.com/item/1.html & @here from @U012ABC"
    assert from_slack("a &lt;b&gt; <#C1|general> <mailto:x@y.z|x@y.z>") == "a <b> #general x@y.z"
