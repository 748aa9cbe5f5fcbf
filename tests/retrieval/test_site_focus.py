"""Answers keep to the site asked about, and to sentences that stand where they are quoted."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.retrieval import sentence_fit, site_focus


def chunk(section: str, sites=("all",), source: str = "knowledge/timelines.md"):
    return SimpleNamespace(section=section, sites=list(sites), source=source)


def quoted(section: str, text: str, position: int = 0, sites=("all",), hit=None):
    hit = hit or SimpleNamespace(chunk=chunk(section, sites), rank=1)
    return SimpleNamespace(hit=hit, position=position, text=text, score=1.0)


def test_a_question_names_its_sites_and_alibaba_alone_is_the_group():
    assert site_focus.sites_named("How long does the seller have on Miravia?") == {"miravia"}
    assert site_focus.sites_named("temu counterfeit reporting process?") == {"temu"}
    assert site_focus.sites_named("Alibaba's 2022 report says ...") == frozenset()
    assert site_focus.sites_named("someone on alibaba.com uses our photos") == {"alibaba"}
    assert site_focus.sites_named("淘宝卖家提交了反通知") == {"taobao"}


def test_a_comparison_keeps_to_no_site():
    assert site_focus.asked_about("Does the Good Faith program apply to AliExpress too?") == frozenset()
    assert site_focus.asked_about("do they get banned on aliexpress") == {"aliexpress"}
    assert site_focus.asked_about("how many links?", "lazada") == {"lazada"}


def test_another_sites_rule_is_not_an_answer_but_the_general_rule_is():
    asked = frozenset({"miravia"})
    taobao = chunk("Seller appeals > Taobao")
    assert site_focus.off_site(taobao, "On Taobao a seller has 2 appeal chances.", asked)
    assert site_focus.off_site(taobao, "Working days exclude weekends.", asked)  # under Taobao's heading
    general = chunk("Seller counter-notice")
    assert not site_focus.off_site(general, "After a complaint reaches a seller on AliExpress or another Alibaba site, ...", asked)
    assert not site_focus.off_site(general, "Business days exclude weekends.", asked)
    listed = chunk("Complainant response window > AliExpress, Alibaba.com and Lazada")
    assert not site_focus.off_site(listed, "The same applies to Tmall, 1688 and Miravia: not published, check IPP.", asked)
    # A heading listing sites is about those, however many: its sentences naming none are not Miravia's rule.
    assert site_focus.off_site(listed, "Do not assume a number: check the deadline shown in IPP.", asked)


def test_ipps_general_rule_is_no_answer_about_a_marketplace_outside_alibaba():
    asked = frozenset({"temu"})
    assert site_focus.off_site(chunk("How fast are complaints processed?"), "Processing takes under 3 days.", asked)
    temu = chunk("Temu", sites=("amazon", "temu"), source="knowledge/other-marketplaces.md")
    assert not site_focus.off_site(temu, "A report gives the right and the URLs.", asked)


def test_the_general_rule_is_labelled_when_nothing_names_the_site():
    general = [quoted("Seller counter-notice", "The seller has 3 business days to file a first counter-notice.")]
    assert "nothing specific to Miravia" in site_focus.general_notice(general, frozenset({"miravia"}))
    named = [quoted("Complainant response window", "The same applies to Miravia: not published.")]
    assert site_focus.general_notice(named, frozenset({"miravia"})) == ""
    assert site_focus.general_notice(general, frozenset()) == ""


def test_the_site_name_is_taken_out_for_what_is_asked_about_it():
    assert site_focus.without_site_names("how long till the listing is down on Lazada?") == "how long till the listing is down on ?"


def test_a_sentence_that_stands_only_beside_its_neighbour_is_not_quoted_alone():
    hit = SimpleNamespace(chunk=chunk("The seller's counter-notice was accepted"), rank=1)
    agree = quoted("", "Official pages and a Tmall guide agree on this.", position=1, hit=hit)
    before = quoted("", "A complaint can also fail after processing.", position=0, hit=hit)
    assert sentence_fit.stands_where_quoted(lambda c: True, [agree]) == []
    assert sentence_fit.stands_where_quoted(lambda c: True, [before, agree]) == [before, agree]
    other = SimpleNamespace(chunk=chunk("Must every link belong to the site I selected?"), rank=2)
    verdict = quoted("", "Yes.", position=0, hit=other)
    follows = quoted("", "Every link must match the site chosen.", position=1, hit=other)
    assert sentence_fit.stands_where_quoted(lambda c: False, [verdict, follows]) == [follows]
    assert sentence_fit.stands_where_quoted(lambda c: True, [verdict, follows]) == [verdict, follows]
    adds = quoted("", "A vendor guide for AliExpress adds duplicate URLs.", position=2, hit=hit)
    assert sentence_fit.stands_where_quoted(lambda c: True, [adds]) == []


def test_a_rule_found_twice_is_said_once():
    first = quoted("Complainant response window > Taobao", "On Taobao, a complainant has 3 working days to respond after the seller appeals.")
    again = quoted("Seller appeals > Taobao", "After a seller appeals, the complainant has 3 working days to respond.")
    more = quoted("Seller appeals > Taobao", "The second appeal is due within 3 working days of the penalty notice.")
    assert sentence_fit.said_once([first, again, more]) == [first, more]


def test_past_rules_rank_below_todays_unless_the_past_is_asked_about():
    from assistant.retrieval.answer import Candidate

    hit = SimpleNamespace(chunk=chunk("History"), rank=1)
    past = Candidate(hit, 0, "The original criteria, now historical, were a takedown rate of at least 90%.", 0.5, 1.0, frozenset(), 1.0)
    now = Candidate(hit, 1, "The thresholds are a takedown success rate of at least 90%.", 0.5, 1.0, frozenset(), 1.0)
    ranked = sentence_fit.history_last("how do we qualify for good faith?", [past, now])
    assert ranked[0].score < ranked[1].score
    assert sentence_fit.history_last("what were the original good faith criteria?", [past, now])[0].score == 1.0


def test_a_rule_credited_again_to_another_page_is_said_once():
    first = quoted("Name mismatches and pending assignments", "The registrant entered for a trademark must be its current owner as "
                   "shown by the trademark office, and the rights holder's name must be the same everywhere.")
    credited = quoted("Does the rights holder's name have to match everywhere?", "The IPP trademark FAQ adds that the registrant "
                      "entered for a trademark must be its current owner as shown by the trademark office.")
    assert sentence_fit.said_once([first, credited]) == [first]
    news = quoted("Other", "A vendor guide says that the registrant may be changed online.")
    assert sentence_fit.said_once([first, news]) == [first, news]


def test_a_site_named_only_in_a_note_of_the_source_is_not_the_rules_site():
    asked = frozenset({"alibaba"})
    duplicates = chunk("What about duplicate links or links already under review?")
    said = "On IPP a listing already in a complaint under review cannot be reported again (one source, the 2022 Taobao/Tmall help copy)."
    assert site_focus.sentence_sites(duplicates, said) is None
    assert not site_focus.off_site(duplicates, said, asked)
    # Named outside the note, the site is what the sentence is about.
    assert site_focus.off_site(duplicates, "On Lazada a rejected notice appears as an IPP message (official Lazada IPR page).", asked)
