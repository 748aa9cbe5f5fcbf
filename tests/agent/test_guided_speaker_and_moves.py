"""Who is speaking is no name, what the speaker says of itself is proposed with its words, and words said to the
assistant where a value is asked (a command, a question, "I don't know") are never the value."""

from __future__ import annotations

import pytest

from assistant.agent.guided.asides import move_of
from assistant.agent.guided.reading import read_facts
from assistant.agent.guided.values import name_value, starts_with_pronoun, without_lead_in
from assistant.domain.legal_forms import has_legal_form
from assistant.domain.models import HolderType


@pytest.mark.parametrize("said", ["We're", "We are", "I'm", "we", "Wir", "Wir sind", "Somos", "Kami", "Saya", "我们", "我"])
def test_a_pronoun_alone_is_never_a_name(said):
    assert name_value(said).value is None


@pytest.mark.parametrize(
    "typed, name",
    [("Wir sind Alpenglanz Uhren GmbH", "Alpenglanz Uhren GmbH"), ("Somos Olivar del Sur S.L.", "Olivar del Sur S.L."),
     ("Kami ialah Kayu Jati Sdn Bhd", "Kayu Jati Sdn Bhd"), ("我们是深圳光明照明有限公司", "深圳光明照明有限公司"),
     ("We're Kestrel Optics Ltd", "Kestrel Optics Ltd"), ("Soy Sauce Co.", "Soy Sauce Co.")],
)
def test_the_speakers_lead_in_comes_off_a_name_in_each_language(typed, name):
    assert without_lead_in(typed) == name
    assert name_value(typed).value == name


@pytest.mark.parametrize(
    "sentence",
    ["We're the rights holder, a UK company.", "I'm the owner, an individual photographer.", "We are the brand owner.",
     "我们是权利人，一家英国公司。"],
)
def test_a_sentence_about_the_speaker_gives_no_name(sentence):
    assert not [p for p in read_facts(sentence) if p.field in ("owner_name", "complainant_name", "rights_holder_name")]
    assert starts_with_pronoun(sentence)


def test_names_that_begin_like_a_pronoun_elsewhere_are_names():
    assert not starts_with_pronoun("Kita Seiki K.K.") and not starts_with_pronoun("Yo Sushi Ltd")
    assert starts_with_pronoun("Kami ialah Kayu Jati Sdn Bhd")


def test_a_uk_company_is_a_company_of_gb_with_its_words_and_not_a_place_of_registration():
    facts = {p.field: p for p in read_facts("We're the rights holder, a UK company. KESTREL is registered in the EU.")}
    assert (facts["holder_type"].value, facts["holder_type"].words) == (HolderType.COMPANY, "a UK company")
    assert (facts["holder_country"].value, facts["holder_country"].words) == ("GB", "a UK company")
    assert facts["places_of_registration"].value == ["EU"]
    facts = {p.field: p.value for p in read_facts("I'm the owner, a company registered in the Netherlands")}
    assert (facts["holder_type"], facts["holder_country"]) == (HolderType.COMPANY, "NL")


@pytest.mark.parametrize(
    "sentence, words, country",
    [("Wir sind der Rechteinhaber, eine deutsche Firma.", "eine deutsche Firma", "DE"),
     ("Somos el titular, una empresa española.", "una empresa española", "ES"),
     ("Kami pemilik jenama, sebuah syarikat Malaysia.", "sebuah syarikat Malaysia", "MY"),
     ("我们是权利人，一家英国公司。", "一家英国公司", "GB")],
)
def test_the_speakers_company_and_country_in_each_language(sentence, words, country):
    facts = {p.field: p for p in read_facts(sentence)}
    assert (facts["holder_type"].value, facts["holder_type"].words) == (HolderType.COMPANY, words)
    assert (facts["holder_country"].value, facts["holder_country"].words) == (country, words)


def test_a_company_the_speaker_does_not_claim_to_be_is_no_fact_of_the_holder():
    facts = {p.field for p in read_facts("A UK company sells fakes of our brand")}
    assert "holder_type" not in facts and "holder_country" not in facts


def test_a_name_in_chinese_characters_ending_in_a_company_form_is_a_company():
    assert has_legal_form("深圳光明照明有限公司") and has_legal_form("株式会社サクラ")
    assert not has_legal_form("王小明")


@pytest.mark.parametrize(
    "said, move",
    [("show me the draft so far", "show_draft"), ("Can you show me the draft?", "show_draft"), ("zeig mir den Entwurf", "show_draft"),
     ("muéstrame el borrador", "show_draft"), ("给我看看草稿", "show_draft"), ("tunjukkan draf", "show_draft"),
     ("what do you mean?", "what_mean"), ("was meinst du?", "what_mean"), ("¿qué quieres decir?", "what_mean"), ("什么意思？", "what_mean"),
     ("apa maksudnya?", "what_mean"), ("why?", "why"), ("warum?", "why"), ("¿por qué?", "why"), ("为什么", "why"), ("kenapa", "why"),
     ("I don't know", "dont_know"), ("keine Ahnung", "dont_know"), ("no sé", "dont_know"), ("不知道", "dont_know"),
     ("saya tidak tahu", "dont_know"), ("skip", "skip"), ("überspringen", "skip"), ("跳过", "skip"), ("wait", "wait"),
     ("hold on a sec", "wait"), ("one moment please", "wait"), ("warte kurz", "wait"), ("espera", "wait"), ("等一下", "wait"),
     ("tunggu sekejap", "wait")],
)
def test_moves_said_to_the_assistant_in_each_language(said, move):
    assert move_of(said) == move


@pytest.mark.parametrize("value", ['"Wait"', "Wait Records Ltd", "Skip Hop Inc.", "KESTREL", "018234567", "Why Not Ltd", "the draft is fine"])
def test_values_are_no_moves(value):
    assert move_of(value) is None
