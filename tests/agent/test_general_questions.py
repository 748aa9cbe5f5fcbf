"""The chat's choice of general questions (assistant/agent/guided/general_questions.py): its margin is the one the
held-apart messages choose, its examples copy none of them nor any question dialogue's line, and a follow-up naming
another site asks the last question about that site."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from assistant.agent.guided import general_questions
from assistant.agent.guided.general_questions import asks_something, follow_up_question
from evals.cases import load_cases

ROOT = Path(__file__).resolve().parents[2]


def _benchmark():
    spec = importlib.util.spec_from_file_location("chat_intent_calibration", ROOT / "benchmarks" / "chat_intent_calibration.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_margin_is_the_one_the_held_apart_messages_choose():
    benchmark = _benchmark()
    margin, best = benchmark.choose(benchmark.scored(benchmark.labelled()))
    assert general_questions.MARGIN == margin
    assert best >= 0.85 * len(benchmark.labelled())


def test_no_example_copies_a_calibration_message_or_a_dialogue_line():
    benchmark = _benchmark()
    held_apart = {row["message"].lower().strip(" ?") for row in benchmark.labelled()}
    lines = {line.lower().strip(" ?") for case in load_cases("conversations") if "asks" in case for line in case["lines"]}
    for example in (*general_questions.GENERAL, *general_questions.OTHER):
        assert example.lower().strip(" ?") not in held_apart | lines, example


def test_a_question_is_read_by_its_shape_in_any_clause():
    assert asks_something("seller sent counter notice on aliexpress, how long do we have to respond")
    assert asks_something("一次投诉最多可以提交多少个链接")
    assert not asks_something("we found fake ACME sneakers on Lazada")


def test_a_follow_up_asks_the_last_question_about_the_site_it_names():
    asked = "do we need a power of attorney if our law firm files on aliexpress?"
    assert follow_up_question("and for Taobao?", asked) == "do we need a power of attorney if our law firm files on Taobao?"
    assert follow_up_question("how about lazada?", "max links per complaint?") == "max links per complaint on lazada?"
    assert follow_up_question("Taobao", asked) is None  # an answer naming a site, not a question
    assert follow_up_question("and for Taobao?", None) is None
    assert follow_up_question("we also found fakes of our bags on Taobao?", asked) is None
    assert follow_up_question("那天猫呢？", asked) == "do we need a power of attorney if our law firm files on 天猫?"
    assert follow_up_question("天猫投诉被驳回了，可以申诉吗？", asked) is None  # a question of its own


def test_a_question_in_another_language_read_asks_without_a_question_mark():
    for text in (
        "dokumen apa saja yang diperlukan untuk melaporkan barang palsu di Lazada",
        "qué documentos necesito para denunciar falsificaciones en AliExpress",
        "Welche Unterlagen brauchen wir, um Fälschungen bei Lazada zu melden",
        "apakah Lazada memberi tahu kami sanksi untuk penjual",
    ):
        assert asks_something(text), text
    # A statement in those languages is no question: it may carry the facts of a case.
    for text in ("kami menemukan barang palsu merek kami di Lazada", "wir haben Fälschungen unserer Marke auf AliExpress gefunden"):
        assert not asks_something(text), text


def test_a_follow_up_changing_the_site_or_the_right_in_other_words_asks_the_last_question_again():
    rejected = "our complaint on aliexpress was rejected, what should we do now"
    assert follow_up_question("and if it was on taobao?", rejected) == "our complaint on taobao was rejected, what should we do now"
    needs = "our law firm will file for us, what do they need"
    assert follow_up_question("and if the right is a patent?", needs) == f"{needs} for a patent"
    assert follow_up_question("and for a trademark?", "what do we need for a patent complaint on 1688?") == (
        "what do we need for a trademark complaint on 1688?"
    )
    links = "Wie viele Links darf eine Beschwerde auf AliExpress enthalten?"
    assert follow_up_question("und wenn es auf Taobao wäre?", links) == "Wie viele Links darf eine Beschwerde auf Taobao enthalten?"
    assert follow_up_question("如果是在天猫上呢？", "一次投诉最多可以提交多少个链接？") == "一次投诉最多可以提交多少个链接 on 天猫?"


def test_a_new_question_naming_a_site_or_a_right_is_no_follow_up():
    asked = "how long do we have to answer a counter-notice on aliexpress?"
    assert follow_up_question("how many links on taobao?", asked) is None
    assert follow_up_question("can we report a patent?", asked) is None
    assert follow_up_question("is a design patent accepted?", asked) is None
    assert follow_up_question("what about the good faith program on taobao?", asked) is None


def test_a_chinese_yes_no_question_without_a_mark_is_a_question_never_a_draft():
    from assistant.agent.guided.intents import Intent, is_question, recognise

    # "We only have a US-registered mark: can we report fakes on Taobao?" asks, as `ask` reads it; it starts no draft.
    assert is_question("我们只有美国注册的商标，能在淘宝投诉假货吗")
    assert is_question("商标只在欧盟注册过，能不能在天猫投诉")
    assert recognise("我们只有美国注册的商标，能在淘宝投诉假货吗") is Intent.DOCUMENTS
    # A statement of the case, or a request for help, is no question.
    assert not is_question("淘宝上有人卖我们的假货")
    assert not is_question("请帮我们投诉这个卖家吗")
