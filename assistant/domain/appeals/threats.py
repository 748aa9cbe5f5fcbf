"""What a seller says against us beside its grounds: a threat of legal action (to sue us, to report us to the platform)
and the accusation that our complaint is malicious, in bad faith or an abuse.

Neither is a ground, and the reply to the platform never argues with them; but legal must see them: a threat to sue
may be carried out, and a report to the platform for abusing complaints goes to our standing with it (the good faith
a rights holder's complaints are judged by). Each is read by meaning, over the closed vocabulary that says it in the
languages the triage reads; a lawyer named for another reason ('our lawyer checked the invoice') is no threat: a threat
says what will happen to us, or on what condition.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.evidence import normalize_text

# Going to court, or to a lawyer, against the complainant.
_LEGAL_ACTION_RE = re.compile(
    r"\bsue\b|\blawsuit|\blegal (action|steps|proceedings)|\b(to|in) court\b|\bour (lawyer|attorney|solicitor)s?\b|\bclaim damages"
    r"|起诉|诉讼|律师|法律途径|法律手段|追究.{0,8}法律责任|法院|索赔"
    r"|\bdemanda(r|remos|rles)?\b|acciones? (legales|judiciales)|\babogad[oa]s?\b|\btribunal(es)?\b|v[ií]a judicial|daños y perjuicios"
    r"|\bklage\b|verklagen|\banwalt|rechtliche schritte|\bgericht(e|s|lich)?\b|schadensersatz"
    r"|fare causa|faremo causa|azioni? legal[ei]|\bavvocat[oi]\b|\btribunale\b|vie legali|risarcimento"
    r"|\bsaman\b|\bpeguam\b|tindakan (undang-undang|mahkamah|hukum)|\bmahkamah\b|\bgugat"
)
# The threat aimed at us: what will happen, or on what condition ('if you do not withdraw', 'we will', '如果不撤诉').
_AIMED_RE = re.compile(
    r"\b(will|shall|going to|if you|unless|otherwise|against (you|your|nordvik)|we have (hired|engaged|instructed|contacted))\b"
    r"|会|将|如果|若|否则|不撤|已经找了|已找|要求赔偿"
    r"|\bsi no\b|vamos a|emprenderemos|presentaremos|iniciaremos|acudiremos|contra (ustedes|usted|su|vosotros)"
    r"|\bwerden\b|\bfalls\b|wenn sie nicht|gegen sie|\bsonst\b|\bse non\b|procederemo|contro di voi|\bakan\b|\bjika\b|\bkalau\b"
)
# Reporting the complainant to the platform for abusing complaints.
_REPORT_RE = re.compile(
    r"\breport (you|your (account|company|store)|this complaint)\b|举报你们|举报贵|向平台(举报|投诉|反映)你们"
    r"|denunciar(les|los)? ante|reportar(les|los)? (a|ante)|melden (wir )?sie (bei|an)|segnalar(vi|e voi)"
)
# The complaint called malicious, in bad faith, abusive or false.
_MALICIOUS_RE = re.compile(
    r"\bmalicious|\bbad[- ]faith|\babus(e|ive|ing)\b[^.;]{0,30}\b(complaint|system|report|process|right)|\bfalse (complaint|report|claim)"
    r"|\bfrivolous|恶意投诉|恶意举报|滥用投诉|滥用(知识产权|权利)|虚假投诉|恶意打压|打压"
    r"|malintencionad|mala fe|\babusiv[oa]|reclamaci[oó]n (falsa|abusiva)|denuncia (falsa|abusiva)"
    r"|missbr[äa]uchlich|b[öo]swillig|rechtsmissbr|\bmalafede\b|in mala fede|pretestuos|\bniat jahat\b|salah guna"
)


def pressure_said(sentences: list[str]) -> tuple[list[str], list[str]]:
    """(what the seller says against us, in words for people; the sentences that say it, as written)."""
    what, words = [], []
    for sentence in sentences:
        norm = normalize_text(sentence)
        found = []
        if _LEGAL_ACTION_RE.search(norm) and _AIMED_RE.search(norm):
            found.append("threatens legal action against us")
        if _REPORT_RE.search(norm):
            found.append("threatens to report us to the platform for abusing complaints")
        if _MALICIOUS_RE.search(norm):
            found.append("accuses us of a malicious complaint (a bad-faith or abusive complaint)")
        if found:
            what += found
            words.append(sentence)
    return list(dict.fromkeys(what)), words


__all__ = ["pressure_said"]
