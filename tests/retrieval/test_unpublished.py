"""What the sources do not publish leads the answer; other sites' published rules are labelled as theirs."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from assistant.domain.site_names import sites_mentioned
from assistant.retrieval import unpublished


@dataclass(frozen=True)
class Quoted:
    hit: SimpleNamespace
    position: int
    text: str
    score: float = 1.0


def hit(section: str, source: str = "knowledge/timelines.md", number: int = 1):
    return SimpleNamespace(chunk=SimpleNamespace(id=f"{source}#{section}", section=section, source=source, sites=["all"]), rank=number)


SELLER = hit("Seller counter-notice")
FIGURE = Quoted(SELLER, 0, "After a complaint reaches a seller on AliExpress, Alibaba.com or Taobao, the seller has 3 business days.", 1.2)
LAZADA = Quoted(SELLER, 2, "A seller's window of their own on Lazada, Miravia, Tmall or 1688 is not published.", 1.0)
HOLIDAYS = Quoted(SELLER, 4, "Whether public holidays pause the clock is not published.", 0.5)


def test_a_sentence_says_what_is_not_published():
    assert unpublished.says_unpublished("Limits per day or per account are not published either.")
    assert unpublished.says_unpublished("The platform has not published how many days a further appeal adds.")
    assert unpublished.says_unpublished("IPP does not publish the fields it requires for a patent.")
    assert not unpublished.says_unpublished("This rule was published on 13 January 2022.")


def test_asked_about_a_site_the_sentence_naming_it_leads():
    lead = unpublished.unpublished_lead([FIGURE, LAZADA, HOLIDAYS], 0.7, frozenset({"lazada"}), SELLER)
    assert lead is LAZADA
    assert unpublished.led_by_unpublished([FIGURE, LAZADA], lead) == [LAZADA, FIGURE]


def test_asked_about_no_site_only_a_rule_unpublished_everywhere_leads():
    assert unpublished.unpublished_lead([FIGURE, LAZADA], 0.7, frozenset(), SELLER) is None
    assert unpublished.unpublished_lead([FIGURE, LAZADA, HOLIDAYS], 0.7, frozenset(), SELLER) is None  # too far from the question
    close = Quoted(SELLER, 4, HOLIDAYS.text, 1.0)
    assert unpublished.unpublished_lead([FIGURE, close], 0.7, frozenset(), SELLER) is close


def test_a_side_remark_of_another_passage_does_not_lead():
    duplicates = hit("What about duplicate links?", "knowledge/complaints.md", 2)
    remark = Quoted(duplicates, 0, "Whether IPP removes duplicate URLs is not published.", 1.1)
    assert unpublished.unpublished_lead([FIGURE, remark], 0.7, frozenset(), SELLER) is None


def test_after_the_lead_a_past_years_statistics_are_left_out():
    limits = hit("Is there a limit on how many complaints we can file or have open?", "knowledge/complaints.md")
    lead = Quoted(limits, 0, "Limits per day or per account are not published.", 1.0)
    links = Quoted(limits, 1, "At most 300 links per complaint.", 0.9)
    statistics = Quoted(hit("Figures for 2017", "knowledge/statistics.md", 2), 0, "For 2017 notices fell 42% from the year before.", 0.9)
    assert unpublished.led_by_unpublished([links, statistics], lead) == [lead, links]
    assert not unpublished.dated_figure("The rule took effect on 20 January 2022.")


def test_other_sites_rule_is_labelled_in_an_answer_about_a_site_it_does_not_name():
    labelled = unpublished.labelled_for_their_sites([LAZADA, FIGURE], frozenset({"lazada"}))
    assert labelled[0] is LAZADA
    assert labelled[1].text.startswith("What the sources give for other sites (not Lazada): After a complaint")
    assert unpublished.labelled_for_their_sites([FIGURE], frozenset()) == [FIGURE]
    assert unpublished.labelled_for_their_sites([FIGURE], frozenset({"taobao"})) == [FIGURE]
    # Asked about AliExpress, that Lazada's window is not published says nothing of AliExpress.
    assert unpublished.labelled_for_their_sites([FIGURE, LAZADA], frozenset({"aliexpress"})) == [FIGURE]


def test_a_site_written_inside_chinese_is_read():
    assert [m.site.value for m in sites_mentioned("Lazada上的卖家有几天时间")] == ["lazada"]
    assert [m.site.value for m in sites_mentioned("我们在AliExpress和Tmall上")] == ["aliexpress", "tmall"]
    assert sites_mentioned("lazadas and tmalls") == []
