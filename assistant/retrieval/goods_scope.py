"""Whether a question asks if a right reaches goods other than those it is registered for ("our mark is registered for
knives, a seller puts it on pans: can we complain?"), and the corpus's sentence on the rule that decides it.

What decides is the registration's scope of goods: a complaint resting on a right that does not cover the goods listed
is one of the reasons the rules give for a rejection (knowledge/rules/rejections.yaml, `ipr_scope_mismatch`; the prose
lists it in knowledge/rejections.md). Such a question shares its words with questions about the certificate's class
pages or about which classes to register, so the words only make it a candidate: a word for the right with one for
what it covers (as the seller's classes argument is read, assistant/domain/appeals/goods_classes.py, or "registered
... for", "for ... only"), and a word for someone else's goods (a seller, a shop, a listing). Its meaning decides, as a
closed choice between labelled example questions (labelled_nearness): those asking whether the right reaches other
goods, and those asking something else in the same words. The examples are written in the project's own words and
kept apart from the evaluation questions (tests/retrieval/test_goods_scope.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
import numpy as np

from assistant.domain.rejection_reasons import rejection_reasons
from assistant.domain.appeals.goods_classes import argues_classes, speaks_of_goods_scope
from assistant.domain.untrusted_text import normalize_text
from assistant.retrieval.case_questions import english_reading
from assistant.retrieval.labelled_nearness import nearness

# Questions asking whether a right reaches goods it is not registered for.
OUTSIDE = (
    "our trademark is registered for shoes and a seller puts it on bags, can we report the listing",
    "the registration covers class 3 only, does it work against phone cases with our logo",
    "can a mark registered for cosmetics stop a shop selling t-shirts under our name",
    "the fakes are goods our certificate does not list, will the takedown be accepted",
    "is a complaint possible when the listed product is in a different class from our registration",
    "we protected the brand for toys only and someone sells watches with it",
    "the brand is registered for furniture, does that registration reach lamps a shop sells under it",
    "does a registration for wine help against a seller putting our label on glasses",
)
# Questions in the same words that ask something else: the certificate's class pages, registering, the form's fields,
# an unregistered right, where the right is registered.
OTHER = (
    "the classes are printed on separate pages of the certificate, do we upload each one",
    "how many classes should we register our mark in",
    "what is a Nice class and how many are there",
    "which classes does the IPP trademark form ask for",
    "our certificate lists many classes, do all of them go in the complaint",
    "can we add a class to our registration at the office",
    "our drawings were never registered anywhere, can we still use them to complain",
    "is a mark registered in Singapore accepted for complaints on Tmall",
)
NEIGHBOURS = 2
# The closer mean similarity to the OUTSIDE examples must exceed the OTHER ones' by at least this much: set on the
# in-field development and calibration questions that are candidates by their words and name someone else's goods (the
# goods-scope questions come out 0.023 or more ahead; the class-page, unregistered-right and place-of-registration ones
# at most 0.006), between the two. A small set: the words and the examples will need more questions to be calibrated
# as case_questions.py is. (Out-of-field questions in the same words, "trademark or copyright for our mascot", are
# declined by the scope gate before this is read.)
MARGIN = 0.015
# The goods a right is for, in other words than goods_classes reads: "registered ... for", "(only) for ... only".
_REGISTERED_FOR = re.compile(r"\bregistered\b[^.;!?]{0,40}\bfor\b|\b(?:only|just|solely) for\b|\bfor\b[^.;!?]{1,40}\bonly\b")
# The other side of the question: goods someone sells or lists (a seller, a shop, a listing, what they put the mark on).
_LISTED = re.compile(
    r"\b(?:sell\w*|seller|shops?|report\w*|stores?|listings?|listed|puts?|uses?|using|offers?|vend\w*|tienda|verk[äa]uf\w*|venditor\w*|penjual|toko)\b"
    r"|卖家|商家|店铺|销售|出售|使用"
)
# The rule the question asks about (knowledge/rules/rejections.yaml).
RULE = "ipr_scope_mismatch"


def asks_about_goods_scope(question: str, embed: Callable[[list[str]], np.ndarray] | None = None) -> bool:
    """Whether the question asks if a right reaches goods it is not registered for (see the module's doc)."""
    english = english_reading(question or "") or question or ""
    text = normalize_text(question or "")
    said = {text, normalize_text(english)}
    if not any(argues_classes(t) or speaks_of_goods_scope(t) or _REGISTERED_FOR.search(t) for t in said):
        return False
    if not any(_LISTED.search(t) for t in said):
        return False  # no goods of someone else's to set against the right's ("should a distributor register our mark?")
    outside, other = nearness(english, OUTSIDE, OTHER, NEIGHBOURS, embed)
    return outside - other >= MARGIN


def rule_text() -> str:
    """The rule in the rules' words, to find the corpus's sentence stating it: its name (what failed adds the other half
    of the reason, a right of the wrong kind for the complaint reason, which leads the search elsewhere)."""
    return rejection_reasons()[RULE].name
