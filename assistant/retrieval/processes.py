"""Which process a passage tells of, and whether the question asks about that process.

The corpus describes several processes that share the field's words: a rights holder files a complaint and gives its
evidence; a seller answers it (counter-notice, appeal, the proof a seller shows to win) and may be penalised; a right
is submitted and reviewed before any complaint rests on it. A question about one of them finds passages on the others:
"what proof do we need" finds what a seller needs to win an appeal, "how fast do they take listings down" finds how long
the review of a right takes (its figures read as complaint times) and the sellers' store freezes; "can we keep
reporting while the renewal is processed" finds how fast complaints are processed. A passage whose heading names
another party's process (the seller's), the review of a right, or how fast a step is done is quoted only when the
question names that process in some way (PROCESSES: the words people use for it, in English and in Chinese; a
question in Spanish, German or Malay/Indonesian is judged by its English reading). When no other passage is left, the
passages are read as found: what the search found is still the best the corpus has. Some sections are also sought:
asked what comes next after filing, the section on what follows a filed complaint is read first, wherever the search
ranked it, and asked why a complaint was rejected, the section on the list of rejection reasons (sought_passages).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from assistant.retrieval.predicates import DURATION, RIGHTS_HOLDERS, SELLERS, asked_for


class Sought(NamedTuple):
    asked: regex.Pattern  # the question asks of the process so
    unless: regex.Pattern  # ... and names no later step, whose own passages answer it


class Process(NamedTuple):
    name: str
    heading: regex.Pattern  # a passage's heading path (or its document's title) names the process
    asked: regex.Pattern  # a question names it
    consequence: regex.Pattern | None = None  # ... or asks what it costs, when not asked of the rights holder itself
    ours: bool = False  # the rights holder's own standing: named unless the question asks what happens to the seller
    sought: Sought | None = None  # a question asking it so is answered by its passage, wherever the search ranks it


SELLERS_CASE = Process(
    "the seller's side: its counter-notice, appeal, proof and penalties",
    regex.compile(r"\bsellers?\b|\bseller's\b", regex.IGNORECASE),
    regex.compile(
        r"\b(?:appeal\w*|counter[- ]?(?:notice|claim)\w*|win|wins|won|invoice\w*|receipts?|licen[cs]\w*|authori[sz]\w*|"
        r"resell\w*|distribut\w*|purchase\w*|bought|forg\w*|fake\s+documents?|respond\w*|repl(?:y|ies|ied)|answer\w*|"
        r"object\w*|disput\w*|contest\w*|defen[cd]\w*|challeng\w*|reinstat\w*|restor\w*|back|happens?\s+to)\b|"
        r"申诉|反通知|授权|发票|进货|恢复|卖家.{0,6}(?:会|能|要|需要)",
        regex.IGNORECASE,
    ),
    regex.compile(
        r"\b(?:penal\w*|punish\w*|sanction\w*|freez\w*|frozen|bann?(?:ed|s)?|suspen\w*|strikes?|points?|"
        r"clos(?:e|ed|es|ure)|shut)\b|处罚|惩罚|封店|封号|冻结|扣分",
        regex.IGNORECASE,
    ),
)
RIGHT_REVIEW = Process(
    "the submission and review of a right",
    regex.compile(r"\b(?:IPR|right)s?\s+review\b|\breview\s+takes\b", regex.IGNORECASE),
    regex.compile(
        r"\b(?:review\w*|a+p+rov\w*|pending|verif\w*|IPR|IPRs)\b|"
        r"\b(?:submit\w*|upload\w*|add\w*|register\w*)\s+(?:\w+\s+){0,2}(?:rights?|trademarks?|marks?|patents?|copyrights?|certificates?)\b|"
        r"\b(?:rights?|trademarks?|marks?|patents?|copyrights?|certificates?)\s+(?:\w+\s+){0,2}(?:submit|upload|add|register)\w*|"
        r"审核|审批|待验证|提交知识产权|上传",
        regex.IGNORECASE,
    ),
)
# A section on how fast something is done ("How fast are complaints processed?", "How quickly does Alibaba handle IP
# notices?") answers a question asking a time (predicates.DURATION reads one), not one that only mentions the process
# ("can we keep reporting while the renewal is processed?").
TIMING = Process(
    "how long a step takes",
    regex.compile(r"(?:^|>\s)How\s+(?:fast|quickly|soon)\b", regex.IGNORECASE | regex.MULTILINE),
    DURATION.asked,
)
# What happens to a rights holder whose complaints fail answers any question but one on what happens to the seller.
RIGHTS_HOLDERS_STANDING = Process(
    "what happens to the rights holder", regex.compile(r"\bhappens\s+to\s+(?:a|the)\s+rights?\s+holders?\b", regex.IGNORECASE), regex.compile(r"(?!)"), ours=True
)
# What follows a complaint once it is filed (review, the seller's window, a counter-notice) answers a question asking
# what happens next or after filing, or said after the fact ("we just filed ..."), not one on any other step of a case:
# its seller's 3 business days are no answer to how long we have to reply.
# Asked what comes next ("what happens now", "the process from here", "do they take it down once we report it"), the one
# section telling it is the answer however the question is worded, and it shares few words with it: the search ranks it
# below passages on how fast notices are handled or how to file, so it is sought (Process.sought). Said only after the
# fact ("with what we sent last time"), a filing is no question on what follows it; and a question naming a later step
# (the seller's counter-notice, an appeal: "a seller sent a counter-notice, what happens now?") asks what comes next in
# that step, which its own passages tell.
LATER_STEP = regex.compile(r"\bcounter[- ]?(?:notice|claim)s?\b|\bappeal\w*|反通知|申诉", regex.IGNORECASE)
NEXT_ASKED = regex.compile(
    r"\bwhat\s+happens\b(?!\s+(?:if|to|when)\b)|\bnext\s+steps?\b|\bfrom\s+here\b|\bwhat\s+now\b|"
    r"\b(?:after|once)\s+(?:\w+\s+){0,3}?(?:(?:submit|fil|report|sen[dt]|lodg)\w*|(?:goes|went|gone)\s+in\b)|"
    r"提交.{0,12}(?:之后|以后|后)|接下来|下一步",
    regex.IGNORECASE,
)
AFTER_FILING = Process(
    "what follows a complaint once it is filed",
    regex.compile(r"\bafter\s+a\s+complaint\s+is\s+(?:filed|submitted)\b", regex.IGNORECASE),
    regex.compile(
        rf"{NEXT_ASKED.pattern}|\b(?:(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?|just\s+)(?:submitted|filed|reported|sent)\b",
        regex.IGNORECASE,
    ),
    sought=Sought(NEXT_ASKED, LATER_STEP),
)
# A section of the figures published for past years ("Figures for 2018", "Lazada figures": takedown counts, arrests,
# shares of notices, a proactive-removal ratio) answers a question asking for figures, not one that only shares their
# words: "how do we report fakes on Lazada?" finds Lazada's 2020 seizures, and an answer padded with old figures reads
# as the answer. Asked how fast, the section on how quickly notices are handled answers (TIMING), not the other figures.
PUBLISHED_FIGURES = Process(
    "figures published for past years",
    regex.compile(r"\bfigures\b", regex.IGNORECASE),
    regex.compile(
        r"\b(?:statistic\w*|stats?|figures?|numbers?|how\s+many|how\s+much|percent\w*|per\s+cent|share|ratio|rate|"
        r"annual|yearly|reports?\s+(?:for|of|in)|(?:19|20)\d\d|track\s+record|data)\b|%|统计|数据|年报|多少",
        regex.IGNORECASE,
    ),
)
PROCESSES = (SELLERS_CASE, RIGHT_REVIEW, TIMING, RIGHTS_HOLDERS_STANDING, AFTER_FILING, PUBLISHED_FIGURES)
# Asked why a complaint was rejected ("why was our complaint rejected when our mark is registered?", "IPP turned down our
# takedown: what usually causes that?"), the section on the list of rejection reasons is the answer: it names the causes
# most rejections come from, a right not approved, documents that do not match, links, evidence. It shares few words with
# the question, whose mark, registration and site words rank the sections on territory, registration fields and names
# above it, so it is sought. A question naming one cause (the certificate, the power of attorney, a translation, the
# territory, the names, the links, the evidence, a duplicate) asks about that cause, which its own section tells; and one
# on filing again or appealing asks the next step. The words are read in English (a question in another language by its
# English reading).
REJECTED = r"(?:reject\w*|refus\w*|turn\w*(?:\s+[\w'-]+){0,3}?\s+down|denied|declin\w*)"
WHY_REJECTED = regex.compile(
    rf"\bwhy\b(?:\s+[\w'-]+){{0,8}}?\s+{REJECTED}\b|"
    rf"\b{REJECTED}\b[^?]{{0,120}}?\b(?:what|which)\s+(?:[\w'-]+\s+){{0,3}}?(?:causes?|reasons?|doing\s+wrong|went\s+wrong)\b|"
    r"为什么.{0,20}(?:驳回|拒绝|不通过)|(?:驳回|拒绝).{0,10}(?:原因|理由)",
    regex.IGNORECASE,
)
NAMED_CAUSE = regex.compile(
    r"\b(?:certificat\w*|colou?r|black[- ]and[- ]white|class(?:es)?|power\s+of\s+attorney|poa|authori[sz]ation|letter|"
    r"translat\w*|english|language|territor\w*|chin(?:a|ese)|eu|foreign|names?|assign\w*|transfer\w*|links?|urls?|"
    r"evidence|proof|duplicate\w*|counter[- ]?notice\w*|appeal\w*|re-?fil\w*|re-?submit\w*|pending|verif\w*)\b|"
    r"证书|授权|翻译|链接|证据|重复|申诉|反通知|重新",
    regex.IGNORECASE,
)
REJECTION_REASONS = Process(
    "why a complaint is rejected",
    regex.compile(r"\brejection\s+reasons\b", regex.IGNORECASE),
    WHY_REJECTED,
    sought=Sought(WHY_REJECTED, NAMED_CAUSE),
)
# Sought only: its passage is never set aside (processes.on_the_question), whoever asks, as any other passage on
# rejections is read as found.
SOUGHT_ONLY = (REJECTION_REASONS,)
# A question on what comes next in one case ("the seller sent a counter-notice, what happens now?": one seller, one
# complaint) asks about the rights holder's own standing (its Good Faith status, an account whose complaints keep
# failing) only when it names it. Sellers that keep winning, or many complaints, are that standing's question.
ONE_CASE = regex.compile(r"\b(?:a|the|this|that|one|our)\s+(?:seller|shop|store|merchant|supplier)\b|\b(?:卖家|店铺)", regex.IGNORECASE)
MANY_CASES = regex.compile(
    r"\b(?:keep\w*|kept|many|often|repeated\w*|several|lots?|again|every|all|sellers|shops|complaints|counter-?notices|appeals)\b|"
    r"一直|经常|多次|很多|总是",
    regex.IGNORECASE,
)
OUR_STANDING_ASKED = regex.compile(
    r"\b(?:good\s+faith|penal\w*|sanction\w*|punish\w*|risk\w*|accounts?|restrict\w*|suspen\w*|bann?(?:ed|s)?|abus\w*|"
    r"fail\w*|reject\w*|withdra\w*|los[et]|losing|consequences?|status)\b|诚信|处罚|惩罚|风险|账号|驳回",
    regex.IGNORECASE,
)
# An appeal asked about our own rejected complaint ("how do I appeal if my complaint is rejected?", "keluhan saya
# ... ditolak") is the rights holder's, not the seller's appeal: the word names the seller's process only when it is not.
OUR_REJECTION = regex.compile(
    r"\b(?:my|our)\s+(?:\w+\s+){0,3}?(?:complaints?|reports?|notices?|takedowns?)\b[^.?!]{0,40}?\b(?:rejected|refused|denied|turned\s+down)\b|"
    r"\bkeluhan\s+saya\b[^.?!]{0,40}?\bditolak\b|我们的?(?:侵权)?投诉.{0,8}驳回",
    regex.IGNORECASE,
)
APPEAL_WORDS = regex.compile(r"\bappeal\w*|\bbanding\b|申诉", regex.IGNORECASE)
# Asked how long the one asking has to answer a counter-notice ("how many days do we have to respond?", "what's our
# deadline to reply", "我们要在几天内回复"), the question names the seller's counter-notice only as what is answered: the
# seller's own windows and appeals (its 3 business days, its further appeals) answer another question, and a hurried
# reader takes the seller's days for ours, as a section on how fast complaints are processed answers how fast the
# platform acts. Those processes are then asked only as the seller's consequence is (a penalty).
OUR_REPLY = regex.compile(
    r"\b(?:we|i|us)\b(?:\s+[\w']+){0,4}?\s+(?:respond|reply|answer)\w*|"
    r"\bour\s+(?:\w+\s+){0,2}(?:deadline|reply|response|answer|window|time\s*limit)s?\b|"
    r"我们.{0,12}(?:回复|回应|答复)",
    regex.IGNORECASE,
)


def asks_our_reply_time(question: str) -> bool:
    """Whether the question asks how long the one asking (a rights holder) has to answer (OUR_REPLY)."""
    return bool(DURATION.asked.search(question)) and bool(OUR_REPLY.search(question))


def _told_of(hit) -> list[Process]:
    """The processes a passage tells of, by its heading path and its document's title."""
    return _told_of_chunk(hit.chunk)


def _told_of_chunk(chunk) -> list[Process]:
    heading = f"{chunk.section or ''}\n{chunk.title or ''}"
    return [process for process in PROCESSES if process.heading.search(heading)]


def asks_about(question: str, process: Process) -> bool:
    """Whether the question names the process, or asks what it costs: a consequence asked of the seller ("do they get
    kicked off the site?") is the seller's process; a penalty asked of the one asking ("any penalty for us") is the
    rights holder's own, not the seller's (predicates.asked_for reads whose consequence is asked)."""
    if process in (SELLERS_CASE, TIMING, AFTER_FILING) and asks_our_reply_time(question):
        return process.consequence is not None and bool(process.consequence.search(question))
    if process is SELLERS_CASE and OUR_REJECTION.search(question):
        question = APPEAL_WORDS.sub(" ", question)  # our own appeal, not the seller's
    if process.asked.search(question):
        return True
    whose = {id(predicate.unless) for predicate in asked_for(question) if predicate.leads}
    if process.ours:
        if _next_in_one_case(question) and not OUR_STANDING_ASKED.search(question):
            return False  # what comes next in the case, not the rights holder's standing
        return id(RIGHTS_HOLDERS) not in whose
    if process.consequence is None:
        return False
    if id(RIGHTS_HOLDERS) in whose:
        return True
    return bool(process.consequence.search(question)) and id(SELLERS) not in whose


def _next_in_one_case(question: str) -> bool:
    """Whether the question asks what comes next in one case (ONE_CASE, not MANY_CASES)."""
    return bool(AFTER_FILING.asked.search(question) and ONE_CASE.search(question)) and not MANY_CASES.search(question)


def on_the_question(question: str, hits: Sequence) -> list:
    """The passages less those telling of a process the question does not name (`question` may hold the question and
    its English reading, one per line); all of them when none would be left."""
    return asked_about(question, hits) or list(hits)


def asked_about(question: str, hits: Sequence) -> list:
    """The passages telling of no process the question does not name (none may be left)."""
    return [hit for hit in hits if all(asks_about(question, process) for process in _told_of(hit))]


def sought_passages(question: str, chunks: Sequence) -> list:
    """The passages of our corpus telling of a process the question asks of as its `sought` patterns say (what follows a
    filed complaint, asked what comes next and naming no later step; why a complaint is rejected, naming no one cause),
    in the corpus's order; `question` may hold the question and its English
    reading. Such a question is answered by that passage wherever the search ranks it."""
    wanted = [
        process for process in (*PROCESSES, *SOUGHT_ONLY)
        if process.sought is not None and process.sought.asked.search(question) and not process.sought.unless.search(question)
    ]
    return [chunk for chunk in chunks if chunk.origin == "corpus" and _heading_names(chunk, wanted)]


def _heading_names(chunk, wanted: Sequence[Process]) -> bool:
    """Whether the chunk's heading path (or its document's title) names one of the processes wanted."""
    heading = f"{chunk.section or ''}\n{chunk.title or ''}"
    return any(process.heading.search(heading) for process in wanted)
