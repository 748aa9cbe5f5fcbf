"""Which questions the assistant takes on: the nearer labelled examples, moved by how close a passage comes; many
phrasings each way."""

from __future__ import annotations

import pytest

from assistant.retrieval.declines import decline_text
from assistant.retrieval.scope import PASSAGE_PIVOT, judge_scope, nearest_examples, scope_score

# A typical similarity for a question the corpus does not cover, for one where the passages neither pull nor push,
# and for one it covers closely.
FAR, NEUTRAL, NEAR = 0.15, PASSAGE_PIVOT, 0.70

IN_FIELD = [
    "How do I report a counterfeit on AliExpress?",
    "What documents does an agent need to file a trademark complaint?",
    "Can I use a US trademark against Taobao sellers?",
    "how many links can one complaint hold",
    "A seller copied my product photos, what can I do?",
    "What is the Good Faith programme?",
    "Do I need a power of attorney if I file for my client?",
    "My IPR has been pending verification for a week, is that normal?",
    "how does ebay vero differ from alibaba",
    "Lazada counter notice reply",
    "Which evidence proves a test buy?",
    "Why was my complaint rejected?",
    "Is a design patent enough to take down 1688 listings?",
    "What happens to a seller after three serious violations?",
    "Someone sells knock-off sneakers with my logo on Tmall",
    "如何在淘宝投诉侵权商品？",
    "What's the difference between a registered and an unregistered copyright claim?",
    "Pirated copies of our software are sold on Alibaba.com",
    "Must the business licence show the registered capital of the company holding the trademark?",
    "What's the reason code for image theft?",
]

OUT_OF_FIELD = [
    "What's the weather in Hangzhou tomorrow?",
    "Will it rain this weekend?",
    "Give me a recipe for banana bread",
    "How long should I bake a chocolate cake?",
    "Who won the football match last night?",
    "What's the NBA score?",
    "Tell me a joke",
    "hi",
    "Hello there!",
    "How are you?",
    "thanks",
    "Write a Python function that reverses a list",
    "How do I fix this JavaScript syntax error?",
    "Can you debug my SQL query?",
    "Write a Python script to scrape AliExpress listings",
    "What is the capital of France?",
    "What's the bitcoin price today?",
    "How is Alibaba stock doing this week?",
    "Should I buy BABA shares? What's the share price?",
    "What were Alibaba Group's quarterly earnings?",
    "Recommend a good movie for tonight",
]


@pytest.mark.parametrize("question", IN_FIELD)
def test_field_questions_are_in_scope_by_their_neighbours(question):
    assert judge_scope(question, NEUTRAL).in_scope, judge_scope(question, NEUTRAL)


@pytest.mark.parametrize("question", OUT_OF_FIELD)
def test_other_subjects_are_out_of_scope_when_no_passage_is_close(question):
    decision = judge_scope(question, FAR)
    assert not decision.in_scope, decision


@pytest.mark.parametrize("question", ["Where do I file it?", "What does the form ask for?", "How long does the review take?"])
def test_a_close_passage_pulls_a_question_without_subject_in(question):
    assert judge_scope(question, NEAR).in_scope


@pytest.mark.parametrize("question", OUT_OF_FIELD[:5])
def test_a_close_passage_does_not_decide_alone(question):
    # A passage that happens to be close does not make the weather or a recipe our subject.
    assert not judge_scope(question, NEAR).in_scope


def test_the_passage_moves_the_score_both_ways():
    assert scope_score(0.5, 0.5, NEAR) > 0 > scope_score(0.5, 0.5, FAR)
    assert scope_score(0.5, 0.5, NEUTRAL) == 0


def test_a_missing_passage_score_leaves_the_examples_to_decide():
    assert judge_scope("trademark certificate colour copy", None).in_scope
    assert judge_scope("trademark certificate colour copy", None).reason == judge_scope("trademark certificate colour copy", NEUTRAL).reason
    assert not judge_scope("Write me a haiku about autumn", None).in_scope


def test_in_field_questions_without_field_words_are_kept_by_their_neighbours():
    for question in ("Is there a grace period for renewal?", "Our registration lapsed, what now?", "How long does the review take?"):
        inside, outside = nearest_examples(question)
        assert inside > outside, question
        assert judge_scope(question, NEUTRAL).in_scope


def test_field_terms_do_not_decide_by_themselves():
    # The examples alone keep a report of counterfeits in the field (the corpus finds it close: about 0.5) ...
    assert judge_scope("Counterfeit football shirts on AliExpress: how do I report them?", NEUTRAL).in_scope
    # ... and leave the weather out of it, even with the marketplace's name in the question.
    assert not judge_scope("What's the weather like in Hangzhou, where Taobao is based?", FAR).in_scope
    # The marketplace's own words, but not an IP report: tracking a parcel, a store's sales, a trademark office's fees.
    for question in ("Where is my Tmall parcel, it has been two weeks", "How do we run a discount campaign on our AliExpress store"):
        assert not judge_scope(question, NEUTRAL).in_scope, question


def test_the_labelled_examples_are_not_the_evaluation_questions():
    import json
    from pathlib import Path

    from assistant.retrieval.scope_examples import IN_FIELD as LABELLED_IN
    from assistant.retrieval.scope_examples import OUT_OF_FIELD as LABELLED_OUT

    datasets = Path(__file__).resolve().parents[2] / "evals" / "datasets"
    asked = {
        json.loads(line)["question"].strip().lower()
        for path in datasets.rglob("questions*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert not asked & {q.strip().lower() for q in (*LABELLED_IN, *LABELLED_OUT)}


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What's the weather in Paris?", "weather"),
        ("A recipe for pasta please", "recipes"),
        ("Who won the world cup?", "sports"),
        ("Write a Python function", "programming"),
        ("hello", "small talk"),
    ],
)
def test_scoped_reply_says_what_the_assistant_does_and_what_it_does_not(question, topic):
    reply = decline_text(question, judge_scope(question, FAR))
    assert reply.startswith("I can help with reporting IP infringements")
    assert "AliExpress" in reply and "I can't help with" in reply
    assert topic in reply


def test_a_short_case_question_naming_a_marketplace_keeps_the_band_and_only_the_band():
    from assistant.retrieval import scope

    question = "what do I need for tmall"
    assert scope.asked_as_a_case(question)
    score, _, _ = scope.question_score(question, NEUTRAL)
    assert -scope.CASE_BAND <= score < 0, "the example must be one the examples alone would refuse"
    decision = judge_scope(question, NEUTRAL)
    assert decision.in_scope and "what a case needs" in decision.reason
    # Far nearer other subjects, the same words are not enough.
    assert not judge_scope("what documents do I need to open a Lazada seller account", NEUTRAL).in_scope


def test_a_question_without_case_words_or_facts_gets_no_band():
    from assistant.retrieval import scope

    assert not scope.asked_as_a_case("which documents do I need")  # no marketplace, right or infringement named
    assert not scope.asked_as_a_case("how is the weather on Taobao day")


def test_a_kind_of_right_alone_gets_no_band():
    """Questions about registering at an office ask for documents in the same words as a case question: naming a kind
    of right is not enough to keep one in the field when it is nearer other subjects."""
    from assistant.retrieval import scope

    office = "which documents does the trademark office want from us"
    assert scope.is_case_question(office) and scope.read_case(office).known() & {"ip_type"}
    assert not scope.asked_as_a_case(office)
    assert scope.asked_as_a_case("which documents do we need for a trademark complaint on Tmall")
    assert scope.asked_as_a_case("what do we need to report counterfeits of our trademark")


def test_the_examples_words_lean_in_or_out_by_where_they_are_used():
    """The words' log-odds are learnt from the labelled examples: words of the marketplaces' reporting lean in, words
    of offices, courts and websites lean out, and the kinds of right, used on both sides, barely lean."""
    from assistant.retrieval import scope

    odds = scope.word_odds()
    for word in ("listing", "complaint", "IPP", "seller"):
        assert odds.score(word) > 0.3, word
    for word in ("court", "lawsuit", "USPTO", "website"):
        assert odds.score(word) < -0.3, word
    for word in ("trademark", "copyright"):
        assert abs(odds.score(word)) < 0.3, word
    assert odds.score("zyxwv qwrtpk") == 0.0  # words no example uses
    assert odds.score("court seller") == pytest.approx(odds.score("court") + odds.score("seller"))


def test_leaving_an_example_out_of_the_odds_judges_it_as_unseen():
    from assistant.retrieval import scope

    odds = scope.WordOdds(["report the listing", "report the seller"], ["sue in court", "file at the office"], min_examples=1)
    seen = odds.score("report the listing")
    unseen = odds.score("report the listing", (frozenset(scope.tokenize("report the listing")), True))
    assert seen > unseen > 0  # "report" is still in the other in-field example
    alone = scope.WordOdds(["report the seller"], ["sue in court", "file at the office"], min_examples=1)
    assert alone.score("report the listing") == pytest.approx(unseen)


def test_the_words_odds_move_the_score_of_the_same_question_asked_of_an_office_or_of_the_platform():
    """The same words, "which documents does ... want from us", asked of the USPTO and of IPP: the meaning of the two
    is close, the words' odds set them apart."""
    from assistant.retrieval import scope

    office, office_odds, reason = scope.question_score("which documents does the USPTO want from us", NEUTRAL)
    portal, portal_odds, _ = scope.question_score("which documents does IPP want from us", NEUTRAL)
    assert office_odds < 0 < portal_odds and "words' odds" in reason
    assert scope.ODDS_WEIGHT > 0 and portal - office > scope.ODDS_WEIGHT * (portal_odds - office_odds) / 2


def test_the_words_odds_never_stretch_the_case_band(monkeypatch):
    """A case question the examples' meaning puts further out than the band stays out, whatever its words' odds."""
    from assistant.retrieval import scope

    question = "what do I need for tmall"
    score, odds, _ = scope.question_score(question, NEUTRAL)
    meaning = score - scope.ODDS_WEIGHT * odds
    monkeypatch.setattr(scope, "PASSAGE_PIVOT", NEUTRAL + (scope.CASE_BAND + meaning + 0.01) / scope.PASSAGE_WEIGHT)
    moved, moved_odds, _ = scope.question_score(question, NEUTRAL)
    assert moved - scope.ODDS_WEIGHT * moved_odds < -scope.CASE_BAND <= moved  # the odds alone would keep it in
    assert not judge_scope(question, NEUTRAL).in_scope


@pytest.mark.parametrize(
    "question",
    [
        "what cut does Mercado Libre take from each sale in Argentina",
        "our Walmart marketplace payouts stopped after we changed bank",
        "how do I get more followers for our TikTok Shop live sessions",
        "Etsy asks for a tax form before our first payout, which one",
        "拼多多店铺怎么报名百亿补贴活动",
    ],
)
def test_another_marketplaces_own_business_is_out_even_with_a_close_passage(question):
    decision = judge_scope(question, NEAR)
    assert not decision.in_scope and "another marketplace" in decision.reason


@pytest.mark.parametrize(
    "question",
    [
        "a Temu shop is selling counterfeits of our headphones, how do we get them removed",
        "does Shopee take IP complaints market by market",
        "Etsy took down our listing after a trademark report, can we answer it",
        "how is a VeRO notice on eBay different from an IPP complaint",
        "Amazon vs AliExpress: which one pays out sellers faster",  # names one of Alibaba's sites: the examples decide
    ],
)
def test_another_marketplace_named_with_an_ip_report_or_beside_alibabas_sites_is_not_ruled_out(question):
    from assistant.retrieval import scope

    assert not scope.another_marketplace_only(question)


@pytest.mark.parametrize(
    "question",
    [
        "a Rakuten seller copies our sneakers, how do we report the listing to Rakuten",
        "在京东上发现假冒我们商标的商品，怎么投诉",
        "Zalando is selling grey imports of our shoes, can we file an IP notice there",
        "a buyer on Xianyu says my second-hand watch is a fake, how do I answer the complaint",
        "闲鱼上有人卖我们品牌的仿品，怎么投诉",
    ],
)
def test_an_ip_report_on_a_marketplace_the_corpus_never_mentions_is_out(question):
    """The corpus compares only the marketplaces it names; of the others it has nothing to say, IP report or not."""
    decision = judge_scope(question, NEAR)
    assert not decision.in_scope and "does not cover" in decision.reason


def test_the_marketplaces_the_corpus_covers_are_read_from_it_and_keep_their_ip_reports_in():
    from assistant.retrieval import scope

    assert {"amazon", "ebay", "etsy", "shopee", "temu", "tiktok"} <= scope.corpus_marketplaces()
    assert not scope.corpus_marketplaces() & {"rakuten", "pinduoduo", "jd.com", "walmart", "xianyu"}
    for question in ("a Temu shop is selling counterfeits of our headphones", "亚马逊上有人卖假货怎么投诉",
                     "fakes on Pinduoduo and on Taobao, where do we start"):
        assert not scope.only_marketplaces_the_corpus_lacks(question)


def test_the_examples_words_count_beside_their_meaning():
    from assistant.retrieval import scope

    decision = judge_scope("how many links can one complaint hold", NEUTRAL)
    assert decision.in_scope and "by words" in decision.reason
    inside, outside = scope.nearest_by_words("how many links can one complaint hold", scope.ENGLISH_WORD_NEIGHBOURS)
    assert inside > outside  # the field's own words are nearer the in-field examples


def test_the_right_is_named_neutrally_in_the_second_reading():
    from assistant.retrieval import scope

    assert scope.without_right_names("our Trademark and two design patents, the ® mark") == "our right and two right, the right right"
    assert scope.without_right_names("a utility model and a copyright") == "a right and a right"
    assert scope.without_right_names("report the seller on Tmall") == "report the seller on Tmall"
    assert len(scope.NEUTRAL_IN_FIELD) == len(scope.IN_FIELD) and len(scope.NEUTRAL_OUT_OF_FIELD) == len(scope.OUT_OF_FIELD)


@pytest.mark.parametrize(
    "question",
    [
        "how do we restore a patent that lapsed because the annuity was not paid in time",
        "what's the difference between a trademark and a copyright under Canadian law",
        "is a design patent what we need to report copies on 1688",
        "what do we need for a trademark complaint on Tmall",
    ],
)
def test_the_neutral_reading_only_ever_pushes_out(monkeypatch, question):
    """Read with the right's name neutral, a question may come nearer other subjects (its score drops), never nearer
    the field: naming a right never pulls a question in."""
    from assistant.retrieval import scope

    with_reading, _, reason = scope.question_score(question, NEUTRAL)
    monkeypatch.setattr(scope, "NEUTRAL_WEIGHT", 0.0)
    as_written, _, _ = scope.question_score(question, NEUTRAL)
    assert with_reading <= as_written + 1e-9 and "without the right's name" in reason


def test_a_question_about_law_away_from_the_marketplaces_is_pushed_out_by_the_neutral_reading(monkeypatch):
    from assistant.retrieval import scope

    question = "what's the difference between a trademark and a copyright under Canadian law"
    assert not judge_scope(question, NEUTRAL).in_scope
    inside, outside = scope.nearest_examples(question)
    neutral_inside, neutral_outside = scope.nearest_examples_read_neutrally(question)
    assert neutral_inside - neutral_outside < inside - outside


# Questions in Chinese in everyday words: what to prepare, stolen photos, rejected complaints, knock-offs; and questions
# in the same words about something else (a refund as a buyer, a late-shipping complaint, registering at an office).
CHINESE_IN_FIELD = [
    "在天猫投诉假货要准备哪些材料",
    "别人盗图卖货，在1688上怎么投诉",
    "侵权投诉被驳回了还能重新提交吗",
    "山寨我们产品的淘宝店怎么举报下架",
]
CHINESE_OUT_OF_FIELD = [
    "在淘宝买到假货怎么让商家退款",
    "店铺因为发货慢被买家投诉了怎么办",
    "去商标局注册商标要准备哪些材料",
    "装修公司不按合同施工怎么维权",
]


@pytest.mark.parametrize("question", CHINESE_IN_FIELD)
def test_chinese_field_questions_in_everyday_words_are_in_scope(question):
    assert judge_scope(question, None).in_scope, judge_scope(question, None)


@pytest.mark.parametrize("question", CHINESE_OUT_OF_FIELD)
def test_chinese_questions_on_other_subjects_in_the_same_words_stay_out(question):
    assert not judge_scope(question, None).in_scope, judge_scope(question, None)


def test_a_chinese_question_is_judged_by_its_english_reading_too():
    decision = judge_scope("在天猫投诉假货要准备哪些材料", None)
    assert "read in English" in decision.reason
