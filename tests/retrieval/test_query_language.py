"""A question asked in Chinese is read in the corpus's English (assistant/retrieval/query_language.py) before it is
searched: the field's terms through the glossary (zh_terms.py), function words dropped, other Chinese words kept apart."""

from __future__ import annotations

import pytest

from assistant.retrieval.query_language import FUNCTION_WORDS, read_question
from assistant.retrieval.zh_terms import TERMS


def test_an_english_question_is_left_as_it_is():
    reading = read_question("How many links can one complaint hold?")
    assert reading.english == "How many links can one complaint hold?"
    assert reading.unknown == () and not reading.translated


def test_the_fields_terms_are_read_in_the_corpus_english_and_kept_whole():
    reading = read_question("我们的品牌在速卖通上被仿冒了，怎么投诉")
    assert reading.translated
    for word in ("AliExpress", "counterfeit", "complaint", "brand", "how"):
        assert word in reading.english
    assert "速卖通" not in reading.searched  # a term the glossary knows is not searched for in Chinese too


def test_a_longer_term_wins_over_the_words_inside_it():
    reading = read_question("实用新型专利和诚信投诉计划")
    assert "utility model" in reading.english and "Good Faith programme" in reading.english


def test_function_words_are_dropped_and_unknown_words_kept_apart():
    reading = read_question("淘宝上买的耳机怀疑是假的")
    assert "Taobao" in reading.english
    assert "耳机" in reading.unknown  # earphones: the corpus cannot speak to them
    assert not set(reading.unknown) & FUNCTION_WORDS


def test_what_to_prepare_is_read_as_what_we_need_to_provide():
    """"需要准备哪些东西" asks what to get ready for a complaint: the corpus says what one provides, and "东西" (things)
    names no subject of its own."""
    from assistant.domain.case_reading import is_case_question

    reading = read_question("品牌方要投诉的话需要准备哪些东西？")
    assert "what do we need to prepare and provide" in reading.english and "东西" not in reading.unknown
    assert is_case_question(reading.english)
    assert "provide" in read_question("投诉前要准备好商标证书").english


def test_traditional_characters_are_read_as_their_simplified_forms():
    traditional = read_question("我們的商標註冊證是德文的，在淘寶檢舉前要翻譯嗎？")
    assert traditional.english == read_question("我们的商标注册证是德文的，在淘宝检举前要翻译吗？").english
    assert "trademark registration certificate" in traditional.english and "Taobao" in traditional.english


def test_english_words_in_a_chinese_question_stay_as_written():
    reading = read_question("Lazada上面的侵权也是走阿里的IPP投诉吗？")
    assert reading.english.startswith("Lazada")
    assert "IPP" in reading.english and "Alibaba" in reading.english and "Plus" not in reading.english


def test_every_glossary_entry_names_its_source_and_each_chinese_word_is_glossed_once():
    sources = {"ipp", "ipp-reasons", "rejections", "prc-law", "sites", "usage"}
    seen: dict[str, str] = {}
    for words, english, source in TERMS:
        assert source in sources and english.strip()
        for word in words.split():
            assert word not in seen, f"{word} is glossed twice"
            seen[word] = english


@pytest.mark.parametrize(
    ("question", "source", "section"),
    [
        ("加入诚信投诉计划以后投诉处理会快一点吗", "knowledge/good-faith.md", "Benefits of membership"),
        ("拿实用新型专利投诉，平台依据什么比对", "knowledge/ipr-submission.md", "Patent kinds and scope"),
        ("商标证书是德文的，要翻译吗", "knowledge/account.md", "Do documents need a translation?"),
    ],
)
def test_a_question_in_chinese_finds_its_section(corpus_index, question, source, section):
    from assistant.retrieval.search import hybrid_search

    found = [(hit.chunk.source, hit.chunk.section) for hit in hybrid_search(corpus_index, question, k=5)]
    assert (source, section) in found


def test_a_question_in_chinese_is_answered_in_the_corpus_english_and_says_so(corpus_index):
    from assistant.retrieval.answer import ANSWERED_IN_ENGLISH, answer_question

    answer = answer_question(corpus_index, "加入诚信投诉计划以后，投诉处理会不会快一点？")
    assert answer.grounded and "processed first" in answer.answer
    assert ANSWERED_IN_ENGLISH in answer.notices
    assert ANSWERED_IN_ENGLISH not in answer_question(corpus_index, "How many links can one complaint hold?").notices


def test_reading_chinese_writes_nothing_to_the_systems_temporary_folder(tmp_path, monkeypatch):
    # jieba's own start-up would write a cache file there: a write outside the data folder.
    import tempfile

    from assistant.retrieval import query_language

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    query_language._segmenter.cache_clear()
    query_language.read_question.cache_clear()
    try:
        assert query_language.read_question("商标被抢注了怎么投诉").translated
        assert list(tmp_path.iterdir()) == []
    finally:
        query_language._segmenter.cache_clear()
        query_language.read_question.cache_clear()


def test_the_fields_abbreviations_in_an_english_question_are_read_in_the_corpus_words():
    reading = read_question("Does the LOA or the POA need a seal?")
    assert reading.english == "Does the letter of authorisation or the power of attorney need a seal?"
    assert not reading.translated and not reading.unknown
    assert read_question("How many links can one complaint hold?").english == "How many links can one complaint hold?"


def test_everyday_words_for_withdrawing_a_complaint_and_the_american_program_are_read_in_the_corpus_words():
    assert read_question("we pulled two complaints last week").english == "we withdraw two complaints last week"
    assert read_question("should we drop the notice?").english == "should we withdraw the notice?"
    assert read_question("is the good faith program open to us").english == "is the good faith programme open to us"
    # Not a complaint withdrawn, and a software program stays one.
    assert read_question("can we pull sales data from IPP").english == "can we pull sales data from IPP"
    assert read_question("a screenshot of the running program").english == "a screenshot of the running program"
