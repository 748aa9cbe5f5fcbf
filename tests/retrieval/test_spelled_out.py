"""The field's abbreviations and near words read in the corpus's words (query_language.spelled_out)."""

from __future__ import annotations

from assistant.retrieval.query_language import spelled_out


def test_abbreviations_people_write_are_spelled_out():
    assert spelled_out("does our POA need a stamp") == "does our power of attorney need a stamp"
    assert spelled_out("our TM is only registered in CN") == "our trademark is only registered in China"
    assert spelled_out("the LOA for 40 SKUs") == "the letter of authorisation for 40 listing"


def test_an_apostille_is_read_as_legalisation():
    assert spelled_out("does the POA have to be apostilled?") == "does the power of attorney have to be legalised?"
    assert spelled_out("is an apostille needed") == "is an legalisation needed"


def test_american_spellings_are_read_in_the_corpus_british_ones():
    assert spelled_out("must it be notarized or legalized? who authorized it") == "must it be notarised or legalised? who authorised it"
    for word in ("size", "seized", "prized", "capsized"):
        assert spelled_out(word) == word
