"""Closed choices (site, role, holder type, IP type, reason, patent kind, yes/no), matched by meaning as well as words.

An answer picks an option by its number, by the option's own words, or by meaning: the bundled embedding model
compares the answer with each option's description and examples, and the closest option counts when its similarity
reaches MIN_SIMILARITY and leads the next option by MIN_MARGIN. Below that, the options are listed with numbers.
Both figures were calibrated on held-apart phrasings (choice_calibration.yaml, never the evaluation cases): see
``calibrate`` and tests/agent/test_guided_choices.py, which re-measures them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.domain.models import Site
from assistant.domain.site_names import site_words

# Calibrated on choice_calibration.yaml (49 held-apart phrasings): the lowest values at which no phrasing picked a
# wrong option (precision 1.00); 0.63 of the answerable ones are picked by meaning alone, the rest by their words or
# from the numbered list. A margin of 0.04 picked 3 wrong options (precision 0.91). Re-measured by the tests.
MIN_SIMILARITY = 0.40
MIN_MARGIN = 0.12

CALIBRATION_FILE = Path(__file__).with_name("choice_calibration.yaml")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    description: str
    examples: tuple[str, ...] = ()
    words: str | None = None  # a regular expression of the option's own words


@dataclass(frozen=True)
class Choice:
    name: str
    options: tuple[Option, ...]

    def numbered(self) -> str:
        return "\n".join(f"{i}. {o.label}: {o.description}" if o.description != o.label else f"{i}. {o.label}"
                         for i, o in enumerate(self.options, 1))

    def by_value(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass
class Pick:
    """What an answer picked: an option, how (number, words, meaning), and the closeness when by meaning."""

    option: Option | None
    how: str = ""
    score: float = 0.0
    runner_up: float = 0.0
    ranked: list[tuple[float, Option]] = field(default_factory=list)


SITE = Choice("site", (
    Option("aliexpress", "AliExpress", "AliExpress, the cross-border retail marketplace", ("aliexpress.com", "Ali Express", "AE"), site_words(Site.ALIEXPRESS) + r"|\bAE\b"),
    Option("alibaba", "Alibaba.com", "Alibaba.com, the business-to-business wholesale marketplace", ("alibaba.com", "the B2B site", "wholesale suppliers on Alibaba"), site_words(Site.ALIBABA)),
    Option("1688", "1688", "1688.com, the Chinese domestic wholesale marketplace", ("1688.com", "the Chinese wholesale site"), site_words(Site.S1688)),
    Option("taobao", "Taobao", "Taobao, the Chinese consumer marketplace", ("taobao.com", "淘宝"), site_words(Site.TAOBAO)),
    Option("tmall", "Tmall", "Tmall or Tmall.hk, Alibaba's brand-store mall in China", ("tmall.com", "Tmall Global", "天猫"), site_words(Site.TMALL)),
    Option("lazada", "Lazada", "Lazada, the South-East Asian marketplace (Malaysia, Singapore, Thailand, Vietnam, Indonesia, Philippines)", ("lazada.com.my", "Lazada Singapore"), site_words(Site.LAZADA)),
    Option("miravia", "Miravia", "Miravia, the marketplace in Spain", ("miravia.es", "the Spanish site"), site_words(Site.MIRAVIA)),
))

REASON = Choice("reason", (
    Option("counterfeit_features", "Counterfeits", "fake products sold under your trademark that differ from the genuine product",
           ("they sell fakes of our sneakers", "knock-off copies of our bags", "replicas with our logo", "counterfeit goods"),
           r"counterfeit|\bfakes?\b|knock-?offs?|replicas?|imitations?"
           r"|\bcop(?:y|ies|ying) (?:of )?our (?!(?:\w+ )?(?:photos?|images?|pictures?|software|books?|e-?books?|music|films?|games?|designs?|artwork|illustrations?|patent))"),
    Option("model_does_not_exist", "A model the brand never made", "products under your brand in a model, version or colour you never produced",
           ("that model doesn't exist", "we never made that colour", "a version we never released"),
           r"never (?:made|produced|released|manufactured)|(?:does ?n[o']t|do not) exist|non-?existent"),
    Option("test_buy", "A test buy", "you bought the item and what arrived was counterfeit",
           ("we ordered one and it was fake", "our test purchase arrived", "we made a test buy"),
           r"test[- ]?(?:buy|purchase|order)|we (?:bought|ordered|purchased)"),
    Option("trademark_misuse", "Trademark misuse", "your trademark used in listing titles, descriptions, keywords or shop names",
           ("they use our brand name in the title", "our mark in their shop name", "keyword stuffing with our brand"),
           r"misus\w*|in (?:the |their |its )?(?:\w+ )?(?:titles?|descriptions?|shop names?|store names?|keywords?)"),
    Option("image_theft", "Your own photos used", "your own product photos used without permission (image theft)",
           ("a seller copied our studio product photos", "they stole our pictures", "using our images without permission"),
           r"image theft|photo theft|(?:our|my|own) (?:[\w-]+ ){0,2}(?:photos?|images?|pictures?|shots?)"
           r"|\bcop(?:y|ies|ied|ying)\b[^.?]{0,25}\b(?:photos?|images?|pictures?)\b"),
    Option("official_image_theft", "Photos from your official site", "photos taken from your official website or flagship store",
           ("images lifted from our website", "pictures from our official store"),
           r"(?:photos?|images?|pictures?)\b.{0,60}\bofficial (?:web)?(?:site|store|shop|page)|official (?:web)?(?:site|store|shop|page).{0,60}\b(?:photos?|images?|pictures?)"),
    Option("registered_work", "A registered work copied", "a registered artistic or written work copied (artwork, illustration, text)",
           ("they print our illustration", "our registered artwork on phone cases"),
           r"registered (?:work|artwork)|artwork|illustration|drawing"),
    Option("pirated_copy", "Pirated copies", "pirated copies of books, music, films, games or software",
           ("bootleg copies of our software", "cracked licence keys", "illegal copies of our e-book"),
           r"pirat\w*|bootleg|cracked|unauthori[sz]ed cop(?:y|ies)"),
    Option("patent_infringement", "A patent", "products that copy your patent (invention, utility model or design)",
           ("they copy our patented design", "infringes our utility model"), r"patent"),
))

ROLE = Choice("role", (
    Option("rights_holder", "The rights holder", "you (your company) own the right yourself",
           ("we own the trademark", "it's our own brand", "I am the owner", "we are the brand owner"),
           r"rights?[- ]?holder|brand owner|\bowners?\b|our own|we own|i own"),
    Option("agent", "An agent", "you file for the owner: a law firm, agency or representative with a power of attorney",
           ("we are the law firm acting for the brand", "we represent the owner", "on behalf of our client"),
           r"\bagents?\b|law firm|on behalf of|represent\w*|our client|attorneys?"),
))

HOLDER_TYPE = Choice("holder_type", (
    Option("company", "A company", "a company or other organisation", ("a business", "a corporation", "a firm", "an LLC"),
           r"\b(?:company|corporation|business|firm|organi[sz]ation|enterprise)\b"),
    Option("individual", "An individual", "a natural person", ("a private person", "just me", "myself", "a sole trader"),
           r"\b(?:individual|person|myself|me|sole trader|private)\b"),
))

IP_TYPE = Choice("ip_type", (
    Option("trademark", "Trademark", "a registered trademark (brand name or logo)", ("our brand", "a word mark", "logo"), r"trade ?marks?|\bTM\b|brand"),
    Option("copyright", "Copyright", "a copyright (photos, artwork, text, software)", ("our photos", "a book"), r"copyright"),
    Option("patent", "Patent", "a patent (invention, utility model or design)", ("design patent",), r"patent"),
))

PATENT_KIND = Choice("patent_kind", (
    Option("invention", "Invention patent", "an invention patent (a new technical solution)", ("a utility patent in the US sense", "an invention"), r"invention"),
    Option("utility_model", "Utility model", "a utility model (a shorter-term patent on a product's shape or structure)", ("a petty patent",), r"utility model"),
    Option("design", "Design patent", "a design patent or registered design (how the product looks)", ("industrial design", "the product's appearance"), r"design"),
))

# A bare yes or no in each language the chat reads (English, German, Spanish, Italian, French, Malay/Indonesian, Chinese):
# the answer to any of the chat's yes/no questions, its confirmations included (assistant/agent/confirmation.py).
ANSWER_YES = r"yes|y|ok|okay|confirm|ja|s[ií]|s[iì]|oui|ya|iya|是的|是|好的|好|对|确认"
ANSWER_NO = r"no|n|cancel|nein|non|tidak|tak|不是|不要|不|否|取消"

YES_NO = Choice("yes_no", (
    Option("yes", "Yes", "yes, that is so", ("yes", "correct", "that's right", "it is", "sure", "indeed", "affirmative"),
           r"^\s*(?:" + ANSWER_YES + r"|yep|yeah|yup|correct|right|true|indeed|it is|it has|we have|sure|approved"
           r"|jawohl|genau|freigegeben|claro|aprobad[oa]|betul|benar|sudah)\b|^\s*(?:是|对|有|已经)"),
    Option("no", "No", "no, that is not so", ("no", "not yet", "it isn't", "negative", "nope"),
           r"^\s*(?:" + ANSWER_NO + r"|nope|nah|not yet|not|false|never|it isn'?t|it's not|we don'?t|we haven'?t"
           r"|nicht|noch nicht|todav[ií]a no|a[uú]n no|belum|bukan)\b|^\s*(?:不|没|还没|否)"),
))

CHOICES = {c.name: c for c in (SITE, REASON, ROLE, HOLDER_TYPE, IP_TYPE, PATENT_KIND, YES_NO)}


def pick(choice: Choice, text: str, *, by_meaning: bool = True) -> Pick:
    """The option an answer picks, or Pick(None) when it is not clear enough (then list the options)."""
    answer = text.strip().strip(".!").strip()
    number = re.fullmatch(r"(?:option\s*|no\.?\s*|#)?(\d{1,2})", answer, re.I)
    if number:
        index = int(number.group(1)) - 1
        return Pick(choice.options[index], "number") if 0 <= index < len(choice.options) else Pick(None)
    lowered = answer.lower()
    for option in choice.options:
        if lowered in (option.value.replace("_", " "), option.label.lower(), option.value):
            return Pick(option, "words")
    hits = [o for o in choice.options if o.words and re.search(o.words, answer, re.I)]
    if len(hits) == 1 and not _negated(answer):
        return Pick(hits[0], "words")
    if not hits:
        read = _read_in_english(answer)
        if read is not None:  # "Fälschungen", "réplicas", "假货": the same words and meaning, read in English
            return pick(choice, read, by_meaning=by_meaning)
    if not by_meaning or not answer:
        return Pick(None)
    return by_similarity(choice, answer, allowed=hits or None)


def _read_in_english(answer: str) -> str | None:
    """An answer in another language the chat reads, in English through the glossary, without what it negates or
    doubts in its own language ("keine Fälschungen": nothing to pick from); None for English."""
    from assistant.agent.guided.case_words import in_english

    read = in_english(answer, firm=True)
    return read[1] if read and read[1].strip() else None


def _negated(text: str) -> bool:
    return bool(re.search(r"\b(?:not|no|never|isn'?t|aren'?t|wasn'?t|don'?t|doesn'?t)\b", text, re.I)) and len(text.split()) > 2


def by_similarity(choice: Choice, text: str, *, allowed: list[Option] | None = None) -> Pick:
    """The option closest in meaning (max cosine over its description and examples), if close and clear enough."""
    vectors = _option_vectors(choice.name)
    query = _encode((text,))[0]
    ranked = []
    for option, matrix in zip(choice.options, vectors, strict=True):
        ranked.append((float(np.max(matrix @ query)), option))
    ranked.sort(key=lambda pair: -pair[0])
    best, runner_up = ranked[0], (ranked[1][0] if len(ranked) > 1 else 0.0)
    chosen = best[1] if best[0] >= MIN_SIMILARITY and best[0] - runner_up >= MIN_MARGIN else None
    if chosen is not None and allowed is not None and chosen not in allowed:
        chosen = None
    return Pick(chosen, "meaning" if chosen else "", best[0], runner_up, ranked)


def _texts(option: Option) -> tuple[str, ...]:
    return (option.description, option.label, *option.examples)


@lru_cache(maxsize=16)
def _option_vectors(name: str) -> list[np.ndarray]:
    choice = CHOICES[name]
    return [_encode(_texts(option)) for option in choice.options]


def _encode(texts: tuple[str, ...]) -> np.ndarray:
    from assistant.retrieval.embedding import bundled_encoder

    return bundled_encoder().encode(list(texts))


def calibrate(min_similarity: float = MIN_SIMILARITY, min_margin: float = MIN_MARGIN) -> dict[str, float]:
    """Precision and coverage of meaning-matching on the held-apart phrasings (words and numbers switched off).

    Each phrasing names the option it means, or none (an answer that fits no option must not pick one).
    """
    import yaml

    data = yaml.safe_load(CALIBRATION_FILE.read_text(encoding="utf-8"))
    right = wrong = answerable = unanswerable_picked = unanswerable = 0
    for name, items in data.items():
        choice = CHOICES[name]
        for item in items:
            text, expected = item["text"], item.get("means")
            result = _score(choice, text, min_similarity, min_margin)
            if expected is None:
                unanswerable += 1
                unanswerable_picked += result is not None
                continue
            answerable += 1
            if result is None:
                continue
            if result.value == expected:
                right += 1
            else:
                wrong += 1
    picked = right + wrong + unanswerable_picked
    return {
        "precision": right / picked if picked else 1.0,
        "coverage": right / answerable if answerable else 0.0,
        "wrong": wrong + unanswerable_picked,
        "phrasings": answerable + unanswerable,
    }


def _score(choice: Choice, text: str, min_similarity: float, min_margin: float) -> Option | None:
    vectors = _option_vectors(choice.name)
    query = _encode((text,))[0]
    ranked = sorted(((float(np.max(m @ query)), o) for m, o in zip(vectors, choice.options, strict=True)), key=lambda p: -p[0])
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    return ranked[0][1] if ranked[0][0] >= min_similarity and ranked[0][0] - runner_up >= min_margin else None
