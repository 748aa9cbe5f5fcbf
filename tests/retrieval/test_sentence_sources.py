"""A quoted sentence is cited by the source of its passage that gives what it says (assistant/retrieval/sentence_sources.py)."""

from __future__ import annotations

from assistant.retrieval.sentence_sources import sentence_source

IPP_FAQ = "https://ipp.alibabagroup.com/faq/en.htm"
GOV_UK = (
    "https://www.gov.uk/government/publications/protecting-intellectual-property-rights-on-e-commerce-stores/"
    "protecting-intellectual-property-rights-on-e-commerce-stores"
)
URLS = [IPP_FAQ, "https://ipp.alibabagroup.com/instruction/en.htm", GOV_UK]


def test_a_sentence_from_the_uk_guidance_cites_the_uk_guidance():
    assert sentence_source("UK government guidance from 2025 adds Miravia, which is one source.", URLS, IPP_FAQ) == GOV_UK


def test_a_sentence_no_other_source_describes_keeps_the_passages_first_source():
    sentence = "Whatever the portal, the site chosen must match the domain of every link in the complaint."
    assert sentence_source(sentence, URLS, IPP_FAQ) == IPP_FAQ
    assert sentence_source("Anything at all.", [IPP_FAQ], IPP_FAQ) == IPP_FAQ
