"""Questions asked in Spanish, German, Malay/Indonesian, Italian, French and Portuguese: read in the corpus's English,
answered with its cited English sentences, and saying so in the question's language."""

from __future__ import annotations

import pytest

from assistant.retrieval.question_languages import language_not_read, mostly_in, question_language, read_foreign, told_language
from assistant.retrieval.answer import answer_question
from assistant.retrieval.query_language import read_question


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("¿Cuántos enlaces puede tener una denuncia en AliExpress?", "es"),
        ("Wie viele Links darf eine Beschwerde bei AliExpress enthalten?", "de"),
        ("berapa banyak link yang boleh dimasukkan dalam satu aduan?", "ms"),
        ("How many links can one complaint hold?", None),
        ("our law firm files for us on aliexpress - do they need a power of attorney from us?", None),
    ],
)
def test_the_questions_language_is_told_by_its_function_words(question, language):
    assert question_language(question) == language


def test_a_german_compound_is_read_by_its_two_words():
    reading = read_foreign("Muss unsere Markenurkunde übersetzt werden?", "de")
    assert "trademark" in reading.english and "certificate" in reading.english and "translation" in reading.english


def test_a_word_the_corpus_uses_is_kept_and_an_unknown_one_set_apart():
    reading = read_foreign("¿Cuántos enlaces puede tener una denuncia en AliExpress sobre zapatillas?", "es")
    assert "AliExpress" in reading.english and "how many" in reading.english
    assert reading.unknown == ("zapatillas",) and reading.readable


@pytest.mark.parametrize(
    ("question", "fact", "name"),
    [
        ("Wie viele Links darf eine Beschwerde bei AliExpress enthalten?", "300", "German"),
        ("¿Cuántos enlaces caben en una sola denuncia de AliExpress?", "300", "Spanish"),
        ("berapa lama IPP ambil masa untuk meluluskan cap dagangan yang baru?", "3 to 5 business days", "Malay/Indonesian"),
    ],
)
def test_a_question_in_another_language_is_answered_from_the_corpus_and_says_the_sources_are_english(
    corpus_index, question, fact, name
):
    from assistant.retrieval.answer import answer_question

    answer = answer_question(corpus_index, question)
    assert answer.grounded and fact in answer.answer and answer.citations
    assert answer.question_language == name
    assert answer.sources_note and f"read in {name}" in answer.sources_note


def test_a_question_too_little_of_which_can_be_read_says_which_languages_are_read(corpus_index):
    from assistant.retrieval.answer import NOT_SUPPORTED, answer_question

    answer = answer_question(corpus_index, "¿Los zapatos de cuero vegano quedan bien con calcetines morados y verdes?")
    assert not answer.grounded and not answer.question_read
    assert answer.answer != NOT_SUPPORTED and "Malay/Indonesian, Italian, French and Portuguese" in answer.answer


def test_a_chinese_answer_carries_its_note_for_the_answer_text(corpus_index):
    from assistant.retrieval.answer import ANSWERED_IN_ENGLISH, answer_question

    answer = answer_question(corpus_index, "速卖通一个投诉最多可以放多少个链接？")
    assert answer.grounded and ANSWERED_IN_ENGLISH in answer.notices
    assert answer.sources_note and "英文" in answer.sources_note and answer.question_language == "Chinese"


def test_the_chat_and_slack_show_the_sources_note_with_the_answer():
    from rich.console import Console

    from integrations.cli.chat_render import render_section
    from integrations.slack.blocks import answer_blocks
    from assistant.agent.reply import Section

    data = {"answer": "One complaint holds up to 300 links [1].", "citations": [], "sources_note": "Die Quellen sind auf Englisch."}
    console = Console(record=True, width=100)
    console.print(render_section(Section(kind="answer", data=data)))
    assert "Die Quellen sind auf Englisch." in console.export_text()
    assert "Die Quellen sind auf Englisch." in str(answer_blocks(data))


def test_a_question_in_a_language_not_read_is_told_which_languages_are(corpus_index):
    from assistant.retrieval.answer import NOT_SUPPORTED, answer_question

    answer = answer_question(corpus_index, "Hoeveel links mag een klacht op AliExpress bevatten?")
    assert not answer.grounded and answer.answer != NOT_SUPPORTED
    assert "English, Chinese, Spanish, German, Malay/Indonesian, Italian, French and Portuguese" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Wie melde ich einen Händler, der auf Mercado Libre Fälschungen meiner Marke verkauft?",
        "Bagaimana cara melaporkan penjual barang palsu merek saya di Rakuten?",
    ],
)
def test_a_marketplace_the_guide_lacks_is_declined_though_the_reading_cannot_translate_its_name(corpus_index, question):
    from assistant.retrieval.answer import answer_question

    answer = answer_question(corpus_index, question)
    assert not answer.in_scope and not answer.citations
    assert "not covered" in answer.answer and ("Mercado Libre" in answer.answer or "Rakuten" in answer.answer)


@pytest.mark.parametrize(
    ("question", "language", "written_in_it"),
    [
        ("怎么在拼多多上投诉假货？", "zh", True),
        ("我们在AliExpress上发现了假货，怎么投诉？", "zh", True),
        ("How do I report a fake on Xianyu (闲鱼)?", "zh", False),
        ("¿Cómo declaro el IVA de mis ventas?", "es", True),
        ("What is IPP?", None, False),
    ],
)
def test_a_question_is_mostly_in_its_language_unless_it_only_names_something_in_it(question, language, written_in_it):
    assert mostly_in(question, language) is written_in_it


@pytest.mark.parametrize(
    ("question", "code", "name"),
    [
        ("possiamo segnalare un intero negozio su AliExpress invece dei singoli annunci?", "it", "Italian"),
        ("Quanto tempo ha il venditore per rispondere al reclamo su Lazada?", "it", "Italian"),
        # 'un', 'su', 'se', 'solo' are Spanish too: words both write tell neither apart.
        ("Possiamo presentare un reclamo su Alibaba.com se il nostro marchio è registrato solo nell'UE?", "it", "Italian"),
        ("Comment signaler une contrefaçon sur AliExpress ? Nous avons une marque de l'UE.", "fr", "French"),
        ("Quanto tempo o vendedor tem para responder à denúncia na Lazada?", "pt", "Portuguese"),
    ],
)
def test_a_question_in_a_language_told_apart_is_read_through_its_own_glossary_never_as_another(corpus_index, question, code, name):
    assert question_language(question) is None and language_not_read(question) is None
    assert told_language(question) == code
    answer = answer_question(corpus_index, question)
    assert answer.question_read is not False and answer.question_language == name
    assert answer.grounded and answer.citations and answer.sources_note


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuánto tiempo tiene el vendedor para responder a la denuncia en Miravia?",
        "¿Podemos presentar una denuncia en Alibaba.com si nuestra marca está registrada solo en la UE?",
        "¿Qué documentos necesito para denunciar falsificaciones en AliExpress si tengo una marca de la UE?",
        "Wie lange hat der Verkäufer Zeit, auf die Beschwerde zu antworten?",
        "Berapa lama penjual punya waktu untuk membalas keluhan di Lazada?",
        "How long does the seller have to answer a complaint on Lazada?",
    ],
)
def test_questions_in_languages_read_are_not_told_as_others(question):
    assert language_not_read(question) is None


@pytest.mark.parametrize(
    ("question", "quoted", "english"),
    [
        ("¿Qué documentos necesitamos como agencia para denunciar falsificaciones en AliExpress?", ["agencia", "falsificaciones"], ["agent", "counterfeit"]),
        ("Welche Unterlagen braucht unsere Agentur für eine Markenbeschwerde auf Taobao?", ["Agentur", "Markenbeschwerde"], ["agent", "trademark"]),
        ("Dokumen apa yang diperlukan ejen untuk melaporkan barang tiruan di Lazada?", ["ejen", "tiruan"], ["agent", "counterfeit"]),
        ("我们是代理公司，在淘宝投诉假冒商标的商品需要什么材料？", ["代理公司", "商标"], ["agent", "trademark"]),
    ],
)
def test_a_case_read_from_another_language_is_quoted_in_the_askers_words(question, quoted, english):
    """The case reader reads a question in Spanish, German, Malay or Chinese through its English reading; each fact it
    shows ("Read from your question") quotes the words of the question it came from, never the reading's English."""
    from assistant.services.case_documents import documents_for_words

    words = [fact["words"] for fact in documents_for_words(question).read]
    assert all(word in words for word in quoted), words
    assert not any(word in words for word in english), words


@pytest.mark.parametrize(
    ("question", "reading"),
    [
        ("Ein Kollege hat dasselbe Angebot schon gemeldet. Kann ich es mit meinem IPP-Konto noch einmal melden?",
         ["colleague", "same", "already", "reported", "IPP account", "again"]),
        ("Une collègue a déjà signalé ce lien : puis-je le signaler une deuxième fois ?", ["colleague", "already", "reported", "again"]),
        ("Acabamos de enviar una denuncia en IPP. ¿El vendedor se entera?", ["just", "submitted a complaint", "notified"]),
        ("Abbiamo appena inviato un reclamo. Cosa succede adesso?", ["just", "submitted", "happens", "now"]),
    ],
)
def test_a_report_made_again_and_what_follows_a_filing_are_read(question, reading):
    read = read_question(question)
    assert read.readable and not read.unknown
    assert all(words in read.english for words in reading)
