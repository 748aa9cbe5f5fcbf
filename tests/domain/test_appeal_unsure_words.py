"""A negated or hedged statement of the seller is never read as the ground it names, in any language (unsure_words.py)."""

import pytest

from assistant.domain.appeals.grounds import keyword_classes, legal_kinds
from assistant.domain.appeals.meaning import read_sentences
from assistant.domain.appeals.unsure_words import firm_part, sure_part


@pytest.mark.parametrize("negated, positive", [
    ("Our own brand HALDA, which is not the same mark, is not registered by us.", "Our own brand HALDA is registered by us."),
    ("HALDA es nuestra marca propia, pero no está registrada por nosotros.", "HALDA es nuestra marca propia y la tenemos registrada a nuestro nombre."),
    ("您好，HALDA是我们自己的品牌，并非我们注册的商标。", "您好，HALDA是我们自己注册的商标，注册号第61234567号。"),
])
def test_a_registration_the_seller_denies_is_none_of_its_own(negated, positive):
    assert "own_registration" not in legal_kinds(negated)
    assert "own_registration" in legal_kinds(positive)


@pytest.mark.parametrize("negated, positive", [
    ("We do not have a licence from Lumora yet, we are still waiting.", "We have a licence from Lumora for these lamps."),
    ("Wir haben noch keine Lizenz von Lumora, die Gespräche laufen noch.", "Wir haben eine Lizenz von Lumora für diese Leuchten."),
    ("我们还没有获得Lumora的正式授权，正在沟通中。", "我们已获得Lumora的正式授权，是去年签的。"),
])
def test_a_licence_the_seller_says_it_lacks_is_no_licence(negated, positive):
    assert "licence" not in keyword_classes(negated)
    assert "licence" in keyword_classes(positive)


@pytest.mark.parametrize("hedged", [
    "Maybe we have a licence from Lumora, I think our former manager signed something.",
    "Vielleicht haben wir eine Lizenz von Lumora, das müssen wir noch prüfen.",
    "Quizás tenemos una licencia de Lumora, creo que el antiguo gerente firmó algo.",
    "Mungkin kami ada surat kebenaran daripada Lumora, kami belum pasti.",
])
def test_a_licence_the_seller_only_guesses_at_is_no_licence(hedged):
    assert "licence" not in keyword_classes(hedged)


def test_a_step_not_taken_or_guessed_at_is_no_legal_argument():
    assert "invalidation" not in legal_kinds("We have not filed an invalidation request against the LUMORA mark.")
    assert "invalidation" in legal_kinds("We have filed an invalidation request against the LUMORA mark.")
    guessed = "We might have sold this lamp before Lumora registered its mark, probably since 2015, but we are not sure."
    assert not legal_kinds(guessed) and "legal" not in keyword_classes(guessed)


@pytest.mark.parametrize("sentence", [
    "Our licence has not expired and is valid until 2027.",
    "No, we have a licence from Lumora.",
    "Without prejudice, we hold a licence from Lumora.",
    "Die Genehmigung wurde uns am 5. Mai 2026 von der Nordvik Outdoor GmbH erteilt.",
    "我们的授权没有过期，我们有Lumora的授权。",
])
def test_an_end_negated_or_a_lead_in_is_no_negation_of_the_licence(sentence):
    norm = sentence.lower()
    assert firm_part(norm) == norm or "licen" in firm_part(norm) or "授权" in firm_part(norm) or "genehmigung" in firm_part(norm)


def test_an_invoice_said_to_be_missing_leaves_the_purchase_said():
    assert firm_part("we bought them from the distributor but have no invoice.") == "we bought them from the distributor but have no invoice."


def test_a_hedge_alone_governs_the_clause_after_it_and_a_negation_does_not():
    assert firm_part("i think, we have a licence.") == ""
    assert firm_part("no, we have a licence.") == "we have a licence."
    assert sure_part("a patent for something already public cannot be enforced.") == "a patent for something already public cannot be enforced."


class _Reader:
    """A stand-in for the model: every sentence reads as the seller's own photos."""

    def similarities(self, sentences):
        return [{"own_photos": 0.9, "neutral": 0.1} | {c: 0.0 for c in ("purchase_invoice", "licence")} for _ in sentences]


def test_the_model_raises_no_ground_from_a_negated_sentence():
    from assistant.domain.appeals.meaning import CLASSES

    def sims():
        return {c: 0.0 for c in CLASSES} | {"own_photos": 0.9, "neutral": 0.1}

    negated, positive = "We did not take these photos ourselves in any studio.", "We took these photos ourselves in our studio."
    reader = _Reader()
    reader.similarities = lambda sentences: [sims() for _ in sentences]
    readings = read_sentences(reader, [negated, positive], lambda s: set(), similarities=[sims(), sims()])
    assert readings[0].raised == () and readings[1].raised == ("own_photos",)


def test_a_guess_is_said_as_one_and_a_licence_denied_as_the_sellers_own_admission():
    from assistant.domain.appeals.grounds import unsure_grounds

    guessed, denied = unsure_grounds("Maybe we have a licence from Lumora, I think our former manager signed something.")
    assert guessed == ("have a licence or authorisation",) and denied == ()
    guessed, denied = unsure_grounds("We do not have a licence from Lumora yet, we are still waiting for their answer.")
    assert guessed == () and denied == ("have a licence or authorisation",)
    assert unsure_grounds("We have a licence from Lumora.") == ((), ())


@pytest.mark.parametrize("denied, said", [
    ("Wir behaupten auch nicht, dass wir eine Lizenz von Brightwell haben.", "Wir haben eine Lizenz von Brightwell für diese Griffe."),
    ("We are not claiming that we have a licence from Brightwell.", "We have a licence from Brightwell for these grips."),
    ("No decimos que tengamos una licencia de Brightwell.", "Tenemos una licencia de Brightwell para estos mangos."),
    ("Nous ne prétendons pas avoir une licence de Brightwell.", "Nous avons une licence de Brightwell pour ces poignées."),
])
def test_a_claim_the_seller_says_it_does_not_make_is_no_ground(denied, said):
    assert "licence" not in keyword_classes(denied)
    assert "licence" in keyword_classes(said)


@pytest.mark.parametrize("norm, word, unsure", [
    ("we will not remove it.", "remove", True),
    ("标题未修改：“山迹”", "修改", True),
    ("我们不会下架该商品。", "下架", True),
    ("we replaced the main picture, the title was not changed", "replaced", False),
    ("we replaced the main picture, the title was not changed", "changed", True),
    ("maybe, we removed it.", "removed", True),
])
def test_unsure_at_reads_the_clause_of_the_words(norm, word, unsure):
    from assistant.domain.appeals.unsure_words import unsure_at

    at = norm.index(word)
    assert unsure_at(norm, at, at + len(word)) is unsure


def test_a_guess_is_no_negation_when_only_negations_count():
    from assistant.domain.appeals.unsure_words import unsure_at

    norm = "maybe we changed the title."
    at = norm.index("changed")
    assert unsure_at(norm, at, at + 7) and not unsure_at(norm, at, at + 7, hedges=False)


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("我们不确定我们的扣具和贵司专利是不是完全一样，但我们的扣具是从供应商那里采购的，不是我们自己设计的。", True),  # a guess, a denial
        ("we are not sure the design is different", True),
        ("这不是同一款产品，我们的是圆形的。", False),  # the negation is the reading's own
        ("Our backpack is a plain generic item with no brand on it.", False),  # the negation comes after what is read
        ("We did not copy it, our design is completely different.", False),
    ],
)
def test_a_product_said_to_differ_only_in_a_guess_or_a_denial_is_not_said(sentence, denied):
    assert ("different_product" not in keyword_classes(sentence)) is denied
