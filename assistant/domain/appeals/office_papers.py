"""What an office's paper is, read from its own words: a registration of a right, or only an application for one.

A seller who says it holds "our own registered trademark, certificate attached" often attaches the office's receipt for
an application: "商标注册申请受理通知书 / Notice of Acceptance of Trademark Application ... 申请号 ...", an OEPM "justificante
de presentación de solicitud", a DPMA "Empfangsbescheinigung" for an "Anmeldung". An application gives no right to use
the mark; many receipts say so themselves ("不表示商标已获准注册", "it does not mean the mark is registered", "no supone la
concesión del registro"). A paper is read as an application when it says so itself, or when it names an application
(its number, its filing) and nothing of a registration (a registration number or date, a certificate of registration).

A copyright registration certificate (作品登记证书, a 'Certificate of Registration', a 'certificado de registro') is the
office's record of what its applicant declared: its registration date, and the creation and first publication dates
the applicant gave, each read from the label the certificate prints beside it.

Words in English, Chinese, Spanish, German, Italian and Indonesian/Malay: the languages sellers write in. No cue was
fitted to one evaluation case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.domain.appeals.evidence import _as_in, find_dates
from assistant.domain.untrusted_text import normalize_text

# The paper says itself that it is no registration.
_NOT_REGISTERED_RE = re.compile(
    r"(?:does|do) not (?:mean|imply|confirm|constitute|amount to)[^.\n]{0,40}(?:registered|registration|granted)"
    r"|not (?:a|an) (?:registration|certificate of registration)"
    r"|不(?:表示|代表|意味着|等于|构成)[^。\n]{0,12}(?:注册|核准|授权)"
    r"|no (?:supone|implica|significa|constituye|equivale a)[^.\n]{0,40}(?:registr|concesi[oó]n)"
    r"|(?:bedeutet|bewirkt|begründet) (?:nicht|keine)[^.\n]{0,40}eintragung|keine eintragung"
    r"|non (?:costituisce|significa|implica|comporta)[^.\n]{0,40}registrazion"
    r"|(?:tidak|bukan) (?:berarti|merupakan|menandakan)[^.\n]{0,40}(?:terdaftar|pendaftaran)",
    re.IGNORECASE,
)
# It names an application: its number, its filing, the office's receipt for it.
_APPLICATION_RE = re.compile(
    r"\bapplication\s*(?:no\b|number|n[oº°]\b|#)|\bfiling\s+(?:receipt|date)|\bapplication\s+(?:receipt|for\s+registration)"
    r"|notice of (?:acceptance|receipt) of (?:\w+\s+){0,3}application|\b(?:trade ?mark|copyright)\s+application\b|acknowledge?ment of (?:receipt|filing)"
    r"|申请号|申请日|受理通知书|注册申请|申请受理|申请人"
    r"|n[uú]mero de solicitud|solicitud de (?:registro|marca)|fecha de (?:presentaci[oó]n|solicitud)|justificante de presentaci[oó]n|acuse de recibo|solicitante"
    r"|anmeld(?:ung|enummer|etag|er)|markenanmeldung|empfangsbescheinigung|eingangsbestätigung"
    r"|domanda di (?:registrazione|marchio)|numero (?:di )?domanda|data di deposito|ricevuta di deposito|richiedente"
    r"|nomor permohonan|tanggal permohonan|tanda terima permohonan|pemohon",
    re.IGNORECASE,
)
# It records a registration: its number or date, a certificate of one.
_REGISTRATION_RE = re.compile(
    r"\bregistration\s*(?:no\b|number|n[oº°]\b|date|certificate)|certificate of registration|date of registration|\bregistered on\b"
    r"|注册号|注册证|核准注册|注册日期|注册有效期|登记号|登记日期|登记证书"
    r"|n[uú]mero de registro|fecha de (?:registro|concesi[oó]n)|certificado de registro|t[ií]tulo de registro"
    r"|eintragungs(?:nummer|tag|urkunde)|eingetragen am|registernummer"
    r"|numero di registrazione|data di registrazione|certificato di registrazione"
    r"|nomor pendaftaran|tanggal pendaftaran|sertifikat (?:merek|pendaftaran|hak cipta)|nomor pencatatan"
    # a patent's certificate is its grant, with the filing date it was granted on
    r"|专利号|专利证书|授权公告日|\bpatent\s*(?:no\b|number)|date of grant|\bgranted on\b|fecha de concesi[oó]n|erteilungstag|patentschrift",
    re.IGNORECASE,
)
# A request to invalidate or cancel a right is accepted by a notice too ('无效宣告请求受理通知书'): no application for a right.
_INVALIDATION_RE = re.compile(r"invalidat|invalidity|cancellation|revocation|无效宣告|宣告无效|撤销|nulidad|nichtigkeit|löschung|nullit", re.IGNORECASE)
_APPLICATION_NUMBER_RE = re.compile(
    r"(?:application\s*(?:no\.?|number|n[oº°]\.?)|申请号|n[uú]mero de solicitud|anmeldenummer|aktenzeichen|numero (?:di )?domanda|nomor permohonan)"
    r"\s*[:：]?\s*([A-Z]{0,3}\s?[0-9][0-9A-Z./\- ]{3,20}[0-9A-Z])",
    re.IGNORECASE,
)
_FILED_LABEL_RE = re.compile(
    r"(?:filing date|date of filing|application date|filed on|申请日期|申请日|fecha de (?:presentaci[oó]n|solicitud)|anmeldetag|data di deposito"
    r"|tanggal permohonan|tanggal penerimaan)[^\n\d]{0,24}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Application:
    """An office's paper for an application, not a registration: the words that show it (as written), its number and
    the day it was filed, when it gives them."""

    words: str
    number: str | None
    filed: date | None
    filed_written: str | None


def _line_with(text: str, pattern: re.Pattern[str]) -> str | None:
    return next((line.strip() for line in text.splitlines() if pattern.search(normalize_text(line))), None)


def _labelled_date(text: str, label: re.Pattern[str]) -> tuple[date, str] | None:
    """The first date whose line gives it ``label`` just before it, with the date as written."""
    norm = normalize_text(text)
    for found in find_dates(text):
        start = norm.rfind("\n", 0, found.start) + 1
        if label.search(norm[start:found.start]):
            return found.value, _as_in(text, norm[found.start:found.end].strip())
    return None


def application_only(text: str | None) -> Application | None:
    """The paper as an application that is not a registration, or None: it says itself that it is no registration, or it
    names an application and nothing of a registration. An invalidation request's notice is none."""
    if not text:
        return None
    norm = normalize_text(text)
    if _INVALIDATION_RE.search(norm):
        return None
    said = _line_with(text, _NOT_REGISTERED_RE)
    if said is None and (not _APPLICATION_RE.search(norm) or _REGISTRATION_RE.search(norm)):
        return None
    words = said or _line_with(text, _APPLICATION_RE) or ""
    number = _APPLICATION_NUMBER_RE.search(text)
    filed = _labelled_date(text, _FILED_LABEL_RE)
    return Application(words=words[:160], number=number.group(1).strip() if number else None,
                       filed=filed[0] if filed else None, filed_written=filed[1] if filed else None)


# --- An office's paper about a request to invalidate or cancel a right -------------------------------------------

# Its heading calls it a decision ('无效宣告请求审查决定书', 'Decision of the Cancellation Division', 'Beschluss', 'resolución').
_DECISION_HEADING_RE = re.compile(r"决定书|裁定书|审查决定|\bdecision\b|\bentscheidung\b|\bbeschluss\b|\bresoluci[oó]n\b|\bdecisione\b|\bkeputusan\b")
# Its heading calls it the office's notice that a request was received or accepted ('无效宣告请求受理通知书', 'Notification of an
# application for a declaration of invalidity', 'Eingangsbestätigung', 'acuse de recibo', 'admitida a trámite').
_REQUEST_NOTICE_RE = re.compile(
    r"受理通知|已(?:被)?受理|notice of (?:acceptance|receipt)|acknowledge?ment of receipt|notification of (?:an |the )?(?:application|request)"
    r"|(?:application|request|petition)[^\n]{0,60}\b(?:has been|was|is) (?:received|accepted|filed|found admissible|admitted)|\badmissib"
    r"|eingangsbest[äa]tigung|empfangsbest[äa]tigung|zustellung des antrags|acuse de recibo|admitid[oa] a tr[aá]mite|notificaci[oó]n de (?:la )?solicitud"
    r"|ricevuta|notifica (?:della|di) (?:domanda|richiesta)|pemberitahuan permohonan|tanda terima",
    re.IGNORECASE,
)
# The paper says itself that it decides nothing ('本通知书仅表示无效宣告请求已被受理，不代表审查结论', 'does not prejudge the outcome').
_NO_DECISION_RE = re.compile(
    r"不(?:代表|表示|意味着|构成)[^。\n]{0,20}(?:结论|决定|无效)|does not (?:prejudge|constitute a decision|mean that)[^.\n]{0,60}"
    r"|no decision [^.\n]{0,60}(?:has been|was|is) (?:taken|made)|(?:is|constitutes) not a decision|not a decision"
    r"|no prejuzga|no (?:supone|constituye|implica)[^.\n]{0,40}(?:resoluci[oó]n|decisi[oó]n|nulidad)"
    r"|(?:stellt )?keine entscheidung|nimmt [^.\n]{0,30}nicht vorweg|non pregiudica|non costituisce [^.\n]{0,20}decisione"
    r"|bukan (?:merupakan )?keputusan",
    re.IGNORECASE,
)
# The day the office received or accepted the request ('受理日期：2026年10月20日', 'Date of receipt of the application: 02/10/2026').
_ACCEPTED_LABEL_RE = re.compile(
    r"(?:受理日期|受理日|受理时间|收到日期|date of (?:receipt|acceptance)|received on|accepted on|eingangsdatum|eingegangen am"
    r"|fecha de (?:recepci[oó]n|admisi[oó]n)|data di ricevimento|tanggal penerimaan)[^\n\d]{0,40}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RequestNotice:
    """An office's notice that a request to invalidate or cancel a right was received or accepted: no decision. Its heading
    as written, the day it gives for the request's receipt or acceptance ((day, as written) or None), and its own words
    that it decides nothing, when it says so."""

    heading: str
    accepted: tuple[date, str] | None
    says: str | None


def _first_lines(text: str | None) -> str:
    return "\n".join([line for line in (text or "").splitlines() if line.strip()][:3])


def invalidation_paper(text: str | None) -> bool:
    """Whether a paper is headed as an office's paper about a request to invalidate or cancel a right (a notice of it or
    a decision on it): its first lines say so."""
    return bool(_INVALIDATION_RE.search(normalize_text(_first_lines(text))))


def request_notice(text: str | None) -> RequestNotice | None:
    """The paper as an office's notice that an invalidation or cancellation request was received or accepted, read from its
    own words (its heading, or its saying that it decides nothing); None for a decision (its heading calls it one) or
    for any other paper."""
    if not invalidation_paper(text):
        return None
    first = _first_lines(text)
    head, says = normalize_text(first), _line_with(text or "", _NO_DECISION_RE)
    if _DECISION_HEADING_RE.search(head) and not _REQUEST_NOTICE_RE.search(head):
        return None
    if not (_REQUEST_NOTICE_RE.search(head) or says):
        return None
    heading = _line_with(first, _REQUEST_NOTICE_RE) or _line_with(text or "", _INVALIDATION_RE) or ""
    return RequestNotice(heading=heading[:120], accepted=_labelled_date(text or "", _ACCEPTED_LABEL_RE), says=says[:200] if says else None)


# --- A work's registration certificate ---------------------------------------------------------------------------

_WORK_CERTIFICATE_RE = re.compile(
    r"作品登记证书|著作权登记证书|版权登记证书|作品著作权登记|copyright registration|certificate of registration[^\n]{0,60}"
    r"|registration of (?:a |the )?(?:copyright|work)|certificado de registro[^\n]{0,40}(?:obra|propiedad intelectual)"
    r"|registro de (?:la )?propiedad intelectual|certificato di registrazione[^\n]{0,40}(?:opera|diritto d'autore)"
    r"|surat pencatatan ciptaan|sertifikat hak cipta",
    re.IGNORECASE,
)
_WORK_WORDS_RE = re.compile(r"作品|著作权|版权|copyright|work|obra|propiedad intelectual|opera|ciptaan|hak cipta", re.IGNORECASE)
_REGISTERED_LABEL_RE = re.compile(
    r"(?:登记日期|登记时间|effective date of registration|date of registration|registration date|registered on|fecha de (?:registro|inscripci[oó]n)"
    r"|data di registrazione|tanggal (?:pencatatan|pendaftaran))[^\n\d]{0,24}$",
    re.IGNORECASE,
)
_CREATED_LABEL_RE = re.compile(
    r"(?:创作完成日期|创作完成时间|完成日期|date of (?:creation|completion)|creation date|completed on|fecha de (?:creaci[oó]n|realizaci[oó]n)"
    r"|data di creazione|tanggal (?:diciptakan|penciptaan))[^\n\d]{0,24}$",
    re.IGNORECASE,
)
_PUBLISHED_LABEL_RE = re.compile(
    r"(?:首次发表日期|首次发表时间|发表日期|date of first publication|first published(?: on)?|publication date|fecha de (?:primera )?publicaci[oó]n"
    r"|data di (?:prima )?pubblicazione|tanggal (?:pertama kali )?diumumkan)[^\n\d]{0,24}$",
    re.IGNORECASE,
)
_HOLDER_RE = re.compile(
    r"^[ \t]*(?:著作权人|版权人|copyright claimant|claimant|copyright owner|titular|titolare|pemegang hak cipta)[ \t]*[:：][ \t]*(?P<who>[^\n]{2,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class WorkRegistration:
    """A copyright registration certificate's own record: its dates as written ((day, as written) or None) and its holder."""

    heading: str
    registered: tuple[date, str] | None
    created: tuple[date, str] | None
    published: tuple[date, str] | None
    holder: str | None


def work_registration(text: str | None) -> WorkRegistration | None:
    """The paper as a copyright registration certificate, with what it records; None when it is none (an application, or
    a trademark's certificate)."""
    if not text:
        return None
    head = "\n".join(text.splitlines()[:3])
    found = _WORK_CERTIFICATE_RE.search(normalize_text(head))
    if not found or not _WORK_WORDS_RE.search(normalize_text(text)) or application_only(text):
        return None
    holder = _HOLDER_RE.search(text)
    heading = _line_with(head, _WORK_CERTIFICATE_RE) or found.group(0)
    return WorkRegistration(heading=heading[:80], registered=_labelled_date(text, _REGISTERED_LABEL_RE),
                            created=_labelled_date(text, _CREATED_LABEL_RE), published=_labelled_date(text, _PUBLISHED_LABEL_RE),
                            holder=holder.group("who").strip() if holder else None)


# A paper headed as an office's certificate of a registration, or as its receipt for an application.
_CERTIFICATE_HEADING_RE = re.compile(
    r"商标注册证|certificate of (?:trade ?mark )?registration|trade ?mark registration certificate|certificado de registro|eintragungsurkunde"
    # a patent's or a design's certificate: the office's grant of a right (专利证书, 'certificate of design patent')
    r"|专利证书|(?:design |utility model )?patent certificate|certificate of (?:design |utility model )?patent|certificate of (?:a )?registered design"
    r"|certificato di registrazione|sertifikat merek"
)
_APPLICATION_HEADING_RE = re.compile(
    r"申请受理通知书|注册申请|notice of (?:acceptance|receipt) of (?:\w+\s+){0,3}application|filing receipt|application receipt"
    r"|(?:trade ?mark|copyright) application|solicitud de (?:registro|marca)|justificante de presentaci[oó]n|acuse de recibo"
    r"|markenanmeldung|empfangsbescheinigung|eingangsbestätigung|anmeldebestätigung|domanda di (?:registrazione|marchio)|ricevuta di deposito"
    r"|tanda terima permohonan|permohonan pendaftaran"
)


# A company's own registration, headed so: a commercial register's extract, a certificate of a company's incorporation or
# registration, a business licence. It records that the company exists (its name, register and VAT numbers), never a right
# in a mark, however it words its 'Certificate of Registration' and 'Registration No.'.
_COMPANY_HEADING_RE = re.compile(
    r"compan(?:y|ies) (?:commission|registry|registration|act\b)|certificate of incorporation|incorporated under|registrar of companies"
    r"|suruhanjaya syarikat|handelsregister|registergericht|gewerbe(?:anmeldung|schein|register)|registro mercantil|registro (?:delle )?imprese"
    r"|camera di commercio|extrait k-?bis|registre du commerce|营业执照|统一社会信用代码|企业法人|business (?:licen[cs]e|registration)"
    r"|akta pendirian|nomor induk berusaha|sijil pendaftaran (?:syarikat|perniagaan)|certificado de (?:inscripci[oó]n|constituci[oó]n)"
)
# Heading words of an office's paper for a right, which a company's paper never carries in its heading.
_RIGHT_HEADING_RE = re.compile(r"trade ?mark|商标|专利|patent|\bmarke\b|\bmarca\b|\bmarchio\b|\bmerek\b|cap dagangan|design|作品|copyright")


def company_register(text: str | None) -> str | None:
    """The heading line, as written, of a paper that is a company's own registration (a register extract, a certificate of
    incorporation, a business licence), read from its first lines; None for any other paper, an office's paper for a
    right among them."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][:4]
    head = normalize_text("\n".join(lines))
    if not _COMPANY_HEADING_RE.search(head) or _RIGHT_HEADING_RE.search(head):
        return None
    return next(line for line in lines if _COMPANY_HEADING_RE.search(normalize_text(line)))


def office_paper_kind(text: str | None) -> str | None:
    """'registration' or 'application' for a paper headed as an office's certificate of a registration or its receipt for
    an application (read from its first lines and, for an application, its own words), else None."""
    head = normalize_text("\n".join((text or "").splitlines()[:3]))
    if not head or company_register(text):
        return None
    if application_only(text) and (_APPLICATION_HEADING_RE.search(head) or _NOT_REGISTERED_RE.search(normalize_text(text or ""))):
        return "application"
    if work_registration(text) or (_CERTIFICATE_HEADING_RE.search(head) and _REGISTRATION_RE.search(normalize_text(text or ""))):
        return "registration"
    return None


__all__ = ["Application", "RequestNotice", "WorkRegistration", "application_only", "company_register", "invalidation_paper", "office_paper_kind", "request_notice",
           "work_registration"]
