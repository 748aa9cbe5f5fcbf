"""Closed choices by number, by words and by meaning; the meaning threshold re-measured on held-apart phrasings."""

from __future__ import annotations

from assistant.agent.guided import choices as c


def test_numbers_and_words_pick_an_option():
    assert c.pick(c.SITE, "5").option.value == "tmall"
    assert c.pick(c.SITE, "AliExpress").option.value == "aliexpress"
    assert c.pick(c.REASON, "a seller copied our studio product photos").option.value == "image_theft"
    assert c.pick(c.REASON, "your own product photos used without permission").option.value == "image_theft"
    assert c.pick(c.SITE, "12").option is None


def test_meaning_picks_an_option_only_when_it_is_clear():
    assert c.pick(c.SITE, "the Spanish marketplace").option.value == "miravia"
    assert c.pick(c.ROLE, "we registered the trademark ourselves").option.value == "rights_holder"
    assert c.pick(c.SITE, "Amazon").option is None  # no option fits: the numbered list is shown
    assert c.pick(c.REASON, "my cat is asleep").option is None


def test_the_committed_threshold_picks_no_wrong_option_on_the_held_apart_phrasings():
    measured = c.calibrate()
    assert measured["phrasings"] >= 40
    assert measured["wrong"] == 0 and measured["precision"] == 1.0
    assert measured["coverage"] >= 0.6
    # A looser margin picks wrong options: the threshold is what keeps them out.
    assert c.calibrate(c.MIN_SIMILARITY, 0.0)["wrong"] > 0
