"""What a seller says against us beside its grounds: a threat of legal action (to sue us, to report us to the platform
or to the police), the accusation that our complaint is malicious, in bad faith or an abuse, and scorn for our brand.

Neither is a ground, and the reply to the platform never argues with them; but legal must see them: a threat to sue
may be carried out, and a report to the platform for abusing complaints goes to our standing with it (the good faith
a rights holder's complaints are judged by). Each is read by meaning, over the closed vocabulary that says it in the
languages the triage reads, and in Vietnamese, Thai and Korean, whose grounds it does not read (a threat in them is still
legal's to see); a lawyer named for another reason ('our lawyer checked the invoice') is no threat: a threat
says what will happen to us, or on what condition.
"""

from __future__ import annotations

import re

from assistant.domain.appeals.evidence import find_dates, normalize_text

# Going to court, or to a lawyer, against the complainant.
_VI_SUE = r"\b(?:khởi|sẽ|đi|đâm đơn|nộp đơn) kiện\b|\bkiện (?:quý|các|công ty|bạn|ra tòa|lên tòa)"
_TH_KO_SUE = r"ฟ้อง|ดำเนินคดี|소송|고소|제소"
_LEGAL_ACTION_RE = re.compile(
    r"\bsue\b|\blawsuit|\blegal (action|steps|proceedings|remed(y|ies)|recourse)|\b(to|in) court\b|\bour (lawyer|attorney|solicitor)s?\b|\bclaim damages"
    r"|起诉|诉讼|律师|法律途径|法律手段|法律程序|司法途径|追究.{0,8}法律责任|法院|索赔"
    r"|\bdemanda(r|remos|rles)?\b|acciones? (legales|judiciales)|medidas legales|\babogad[oa]s?\b|\btribunal(es)?\b|v[ií]a judicial|daños y perjuicios"
    r"|\bklage\b|verklagen|\banwalt|(rechtliche|gerichtliche|juristische) schritte|\bgericht(e|s|lich)?\b|schadensersatz"
    r"|fare causa|faremo causa|azioni? legal[ei]|\bavvocat[oi]\b|\btribunale\b|vie legali|risarcimento|\bvi denunce\w*|\bdenunciarvi\b"
    r"|porter plainte|porterons plainte|poursui\w* en justice|poursuites? (judiciaires?|en justice)|\bnotre avocat|\bdevant (le|les) tribuna"
    r"|actions? (en justice|judiciaires?)|voie judiciaire|recours (juridique|judiciaire)"
    r"|\bsaman\b|\bpeguam\b|tindakan (undang-undang|mahkamah|hukum)|\bmahkamah\b|\bgugat"
    r"|\bprocessar\b|\bprocessaremos\b|\bprocesso (judicial )?contra\b|a[çc][ãa]o judicial|a[çc][õo]es judiciais|medidas judiciais|\badvogad[oa]s?\b"
    r"|\bjusti[çc]a\b|perdas e danos|indemniza[çc][ãa]o|indeniza[çc][ãa]o"
    # Vietnamese, Thai and Korean: suing, a lawyer, a court, legal measures, damages ('kiện' only as suing: never 'điều kiện',
    # 'kiện hàng', a condition or a parcel).
    r"|" + _VI_SUE + r"|\bluật sư\b|\btòa án\b|\b(?:ra|lên) tòa\b|\b(?:biện pháp|hành động|thủ tục|con đường) pháp lý\b|truy cứu trách nhiệm"
    r"|bồi thường thiệt hại|" + _TH_KO_SUE + r"|ทนาย|ศาล|ทางกฎหมาย|ค่าเสียหาย|법적\s*(?:조치|대응|절차)|변호사|법원|손해\s*배상"
    # Our paying its losses, said as what will happen to us ('you will be responsible for all our losses', '赔偿我们的损失').
    r"|\b(responsible|liable|pay|compensate|reimburse)\w*\b[^.;]{0,20}\b(for )?(all |every )?(our|the|its) (loss(es)?|damages?)\b"
    r"|(承担|赔偿)[^。；，]{0,10}损失"
)
# Suing, said as such: the legal action named (a lawyer's letter or 'legal steps' are said as legal action only).
_SUE_RE = re.compile(
    r"\bsue\b|\blawsuit|起诉|告你们|告贵|\bdemanda(r|remos|rles)?\b|verklagen|\bklage\b|fare causa|faremo causa|\bvi denunce\w*|\bdenunciarvi\b"
    r"|\bsaman\b|\bgugat|porter plainte|porterons plainte|poursui\w* en justice"
    r"|\bprocessar\b|\bprocessaremos\b|\bprocesso (judicial )?contra\b|a[çc][ãa]o judicial|a[çc][õo]es judiciais"
    r"|" + _VI_SUE + "|" + _TH_KO_SUE
)
# Reporting the complainant to the police (a criminal complaint): not the platform, and not our standing with it. Said
# with the act of reporting ('report you to the police', '报警', 'denunciar a la policía'): a brand or a product named
# POLICE is no threat.
_POLICE_RE = re.compile(
    r"\b(report|call|go|going|contact|inform|tell)\w*\b[^.;]{0,40}\bpolice\b|\bpolice (report|complaint)|\bcriminal complaint"
    r"|报警|派出所|(向|到|去|找)公安|(找|叫)警察"
    r"|\b(denunci|acud|llam|ir)\w*\b[^.;]{0,40}\b(polic[ií]a|guardia civil)\b|denuncia penal"
    r"|\b(anzeige|melden|gehen|rufen|informieren)\w*\b[^.;]{0,40}\bpolizei|\bpolizei\w*\b[^.;]{0,30}\b(anzeige|melden)|strafanzeige"
    r"|\b(denunc|segnal|chiam|andiamo|andremo|rivolg)\w*\b[^.;]{0,40}\b(polizia|carabinieri)\b|\bquerela\b"
    r"|\b(lapor|buat laporan)\w*\b[^.;]{0,40}\b(polis|polisi)\b|laporan polis"
    r"|\b(denunci|queix|particip|cham|ir)\w*\b[^.;]{0,40}\bpol[íi]cia\b|\bqueixa-crime\b"
    r"|\b(?:báo|trình báo|tố cáo)\b[^.;]{0,30}\b(?:công an|cảnh sát)\b|แจ้งความ|ตำรวจ|경찰"
)
# The platform named where the seller says it will report us.
_PLATFORM_RE = re.compile(r"platform|plataforma|plattform|piattaforma|平台|aliexpress|alibaba|taobao|tmall|1688|lazada|miravia|\bipp\b")
# Scorn for our brand ('your so called brand is nothing', 'everybody sells this jacket', '所谓的品牌', 'todo el mundo vende'):
# said against the brand, with nothing for it (no registration, no earlier use): no ground, a note for the person.
_BRAND_SCORNED_RE = re.compile(
    r"\bso[- ]called (brand|trade ?mark|mark)|\b(brand|trade ?mark|mark) (is|means) (nothing|worthless|no one|nobody)|\bnobody (knows|has heard of) (your|this)"
    r"|\b(every(body|one)|any(body|one)|all sellers) (sells?|is selling|has) (this|these|it|the same)"
    r"|所谓的?(品牌|商标|牌子)|(什么|破)牌子|没人知道|谁都在卖|谁都能卖|满大街|大家都在卖|到处都在卖|别人都在卖"
    r"|supuesta marca|(su|vuestra) marca no vale|nadie conoce (su|vuestra)|todo el mundo (lo |la |los |las )?vende|todos (lo |la )?venden"
    r"|sogenannte marke|ihre marke ist nichts|niemand kennt ihre|jeder verkauft|alle verkaufen"
    r"|cosiddetto marchio|(vostro|il) marchio non vale|nessuno conosce il vostro|tutti (lo |la )?vendono|lo vendono tutti"
    r"|jenama (kamu|anda) (tak|tidak) (bernilai|dikenali)|semua orang jual"
    r"|suposta marca|(sua|vossa) marca n[ãa]o vale|ningu[ée]m conhece (a sua|a vossa|vossa|sua)|todo (o )?mundo vende|todos vendem"
)

# The threat aimed at us: what will happen, or on what condition ('if you do not withdraw', 'we will', '如果不撤诉').
_AIMED_RE = re.compile(
    r"\b(will|shall|going to|if you|unless|otherwise|against (you|your|nordvik)|we have (already )?(hired|engaged|instructed|contacted|spoken|talked))\b"
    r"|会|将|如果|若|否则|不撤|已经找了|已找|要求赔偿|(起诉|告)(你们|贵)"
    r"|\bsi no\b|vamos a|emprenderemos|presentaremos|iniciaremos|acudiremos|contra (ustedes|usted|su|vosotros)"
    r"|\bwerden\b|\bfalls\b|wenn sie nicht|gegen sie|\bsonst\b|\bse non\b|procederemo|contro di voi|\bakan\b|\bjika\b|\bkalau\b"
    # A lawyer already brought in: 'abbiamo già parlato con il nostro avvocato', 'ya hemos hablado con nuestro abogado'.
    r"|abbiamo (gi[àa] )?(parlato con|contattato|incaricato)|(ya )?hemos (hablado con|contactado|contratado)|nous avons (d[ée]j[àa] )?(contact[ée]|saisi|mandat[ée])"
    r"|si vous ne|\bsinon\b|nous allons|contre vous"
    # What follows if we do not withdraw, said as the alternative or as the seller forced to it: 'en caso contrario nos veremos
    # obligados a', 'in caso contrario saremo costretti a', 'dans le cas contraire, nous serons contraints de', 'andernfalls sehen
    # wir uns gezwungen', 'failing which we will be forced to', '不然我们只能', in each language read here.
    r"|\b(failing (which|that|this)|forced to|no choice but|reserve (the|our) right)\b"
    r"|\b(en caso contrario|de lo contrario|de no ser as[ií]|(nos )?(veremos|vemos|ver[ií]amos) obligad[oa]s|nos reservamos)\b"
    r"|\b(in caso contrario|altrimenti|(saremo|siamo|ci vedremo|ci vediamo) costrett[ie]|ci riserviamo)\b"
    r"|\b(dans le cas contraire|à défaut|faute de quoi|(nous serons|nous nous verrons|nous sommes) (contraint|oblig)\w*|nous nous r[ée]servons)"
    r"|\b(andernfalls|anderenfalls|ansonsten|(sehen|s[äa]hen) wir uns gezwungen|sind wir gezwungen|behalten (wir )?uns vor)\b"
    r"|不然|只能|只好|不得不|保留.{0,6}权利|\bterpaksa\b|\b(jika|kalau) tidak\b"
    r"|\bse n[ãa]o\b|\bcaso (contr[áa]rio|n[ãa]o)\b|\bvamos\b|\biremos\b|\bentraremos\b|contra (voc[êe]s|a nordvik|a vossa|a sua)|\bseremos obrigad[oa]s"
    r"|\bj[áa] (falamos|contact[áa]mos|contratamos) (com )?(o )?(nosso )?advogad|\breservamo-nos\b"
    # Vietnamese, Thai and Korean: will, if (not), otherwise, forced to.
    r"|\bsẽ\b|\bnếu\b|\bbuộc phải\b|\bkhông còn cách nào khác\b|จะ|หาก|ถ้า|มิฉะนั้น|ไม่เช่นนั้น|겠|만약|않으면|않을 경우|것입니다"
)
# The seller's own deadline for us, said before a date ('bis zum 15.12.2026', 'avant le 15 décembre 2026', 'by 15 December
# 2026', 'antes del', 'entro il', 'sebelum') or after it ('2026年12月15日前'), or as a period ('within 3 days', 'innerhalb von 7
# Tagen', 'dans les 8 jours', 'entro 5 giorni', 'dalam 3 hari', '3天内'). With it, legal action named is a condition set on us.
_BY_DAY_RE = re.compile(
    r"(?:\bby|\bbefore|\buntil|\bno later than|\bbis(?: zum| spätestens| sp[äa]testens zum)?|\bvor dem|\bsp[äa]testens(?: am| zum| bis)?"
    r"|\bantes del?|\bhasta el|\bentro(?: il| e non oltre il)?|\bprima del|\bavant le|\bd'ici (?:le|au)|\bau plus tard le|\bsebelum"
    r"|\bpaling lambat|\bselewat-lewatnya|\bsehingga|\bat[ée](?: ao?| o dia)?|\bantes de|在)\s*(?:the\s+|dem\s+|el\s+|il\s+|le\s+|tanggal\s+|tarikh\s+)?$"
)
_DAY_THEN_RE = re.compile(r"^\s*(?:之前|以前|前)")
_PERIOD_RE = re.compile(
    r"\b(?:within|in|innerhalb(?: von)?|binnen|en|dentro de|en un plazo de|entro|dans les|sous|dalam(?: masa| tempoh| waktu)?|em|no prazo de)\s+"
    r"(?:\d+|one|two|three|five|seven|ten|fourteen|drei|sieben|zehn|vierzehn|tres|cinco|siete|diez|quince|tre|cinque|sette|dieci"
    r"|quindici|trois|cinq|sept|dix|quinze|tiga|lima|tujuh|sepuluh|dois|tr[êe]s|sete|dez)\s+(?:working\s+|business\s+|werk|arbeits|h[äa]biles\s+|lavorativi\s+)?"
    r"(?:days?|hours?|weeks?|tage?n?|stunden|wochen|d[ií]as|horas|semanas|dias|giorni|ore|settimane|jours|heures|semaines|hari|jam|minggu)\b"
    r"|\d+\s*(?:个)?(?:天|日|小时|工作日|周)(?:之)?内"
    r"|\btrong(?: vòng| thời hạn)?\s+\d+\s+(?:ngày|giờ|tuần)\b|ภายใน\s*\d+\s*(?:วัน|ชั่วโมง|สัปดาห์)|\d+\s*(?:일|시간|주)\s*(?:이내|내|안에)"
)
# A sentence that opens on the time before it ('danach', 'after that', 'passé ce délai'): its deadline is in the sentence before.
_THEN_RE = re.compile(
    r"^\W*(?:danach|anschlie[ßs]end|after that|afterwards|thereafter|après (?:quoi|cela|ce délai)|pass[ée] ce d[ée]lai|despu[ée]s(?: de eso)?"
    r"|transcurrido (?:ese|dicho) plazo|dopodich[ée]|dopo (?:di )?che|trascorso (?:tale|questo) termine|setelah itu|selepas itu|depois disso|ap[óo]s esse prazo|之后|届时|逾期)"
)
# Reporting the complainant to the platform for abusing complaints.
_REPORT_RE = re.compile(
    r"\breport (you|your (account|company|store)|this complaint)\b|举报你们|举报贵|向平台(举报|投诉|反映)你们"
    r"|denunciar(les|los)? ante|reportar(les|los)? (a|ante)|melden (wir )?sie (bei|an)|segnalar(vi|e voi)"
    # Said with the pronoun first: 'les denunciaremos ante Miravia', 'vi segnaleremo ad AliExpress', 'nous vous signalerons à'.
    r"|\b(les|los) (denunciar|reportar)\w* (a|ante)\b|\bvi segnaler\w*|\bvous signaler\w*"
    r"|denunciar voc[êe]s (a|à|junto d)|\bdenunciaremos voc[êe]s\b"
)
# The complaint called malicious, in bad faith, abusive or false.
_MALICIOUS_RE = re.compile(
    r"\bmalicious|\bbad[- ]faith|\babus(e|ive|ing)\b[^.;]{0,30}\b(complaint|system|report|process|right)|\bfalse (complaint|report|claim)"
    r"|\bfrivolous|恶意投诉|恶意举报|滥用投诉|滥用(知识产权|权利)|虚假投诉|恶意打压|打压"
    r"|malintencionad|mala fe|\babusiv[oa]|reclamaci[oó]n (falsa|abusiva)|denuncia (falsa|abusiva)"
    r"|missbr[äa]uchlich|b[öo]swillig|rechtsmissbr|\bmalafede\b|in mala fede|pretestuos|\bniat jahat\b|salah guna"
    # An abuse named in Spanish, Italian or French: 'abuso del sistema de reclamaciones', 'abuso dello strumento di reclamo'.
    r"|\bm[áa]-f[ée]\b|den[úu]ncia (falsa|abusiva|caluniosa)"
    r"|\babus[oi]\b[^.;]{0,30}\b(reclam|segnala|sistema|strumento|denunc|dirit|derech)|\bd[ée]tournement de proc[ée]dure|\bproc[ée]dure abusive"
    r"|\bác ý\b|\blạm dụng\b|khiếu nại sai sự thật|กลั่นแกล้ง|ไม่สุจริต|악의적|허위\s*신고"
)


def pressure_said(sentences: list[str]) -> tuple[list[str], list[str]]:
    """(what the seller says against us, in words for people; the sentences that say it, as written). A report to the
    police is said as that: never a report to the platform unless the sentence names the platform too."""
    what, words = [], []
    for sentence, before in zip(sentences, ["", *sentences], strict=False):
        norm = normalize_text(sentence)
        found = []
        if _LEGAL_ACTION_RE.search(norm) and (_AIMED_RE.search(norm) or ultimatum(_with_time_before(sentence, before))):
            found.append(_LEGAL_ACTION + (" (to sue us)" if _SUE_RE.search(norm) else ""))
        police = bool(_POLICE_RE.search(norm))
        if police:
            found.append("threatens to report us to the police")
        if _REPORT_RE.search(norm) and (not police or _PLATFORM_RE.search(norm)):
            found.append("threatens to report us to the platform for abusing complaints")
        if _MALICIOUS_RE.search(norm):
            found.append("accuses us of a malicious complaint (a bad-faith or abusive complaint)")
        if found:
            what += found
            words.append(sentence)
    what = list(dict.fromkeys(what))
    if any(w.startswith(_LEGAL_ACTION + " (") for w in what):  # a lawyer named in one sentence, suing in another: said once
        what = [w for w in what if w != _LEGAL_ACTION]
    return what, words


_LEGAL_ACTION = "threatens legal action against us"


def ultimatum(sentence: str) -> str | None:
    """The deadline the seller sets us in a sentence, as it writes it ('15.12.2026', 'within 3 days'): a date said with 'by' or
    'before' in its language, or a period; None when it sets none. A date said otherwise (the day it bought) is no deadline."""
    norm = normalize_text(sentence)
    written = sentence if len(sentence) == len(norm) else norm
    for found in find_dates(sentence):
        if _BY_DAY_RE.search(norm[: found.start]) or _DAY_THEN_RE.match(norm[found.end :]):
            return written[found.start : found.end]
    period = _PERIOD_RE.search(norm)
    return written[period.start() : period.end()] if period else None


def _with_time_before(sentence: str, before: str) -> str:
    """The sentence, after the one before it when it opens on that one's time ('danach leiten wir gerichtliche Schritte ein')."""
    return f"{before} {sentence}" if before and _THEN_RE.search(normalize_text(sentence)) else sentence


def threat_deadline(sentences: list[str]) -> str | None:
    """The seller's own deadline for us in the first sentence that threatens us and sets one (pressure_said), as written."""
    threats = set(pressure_said(sentences)[1])
    said = (ultimatum(_with_time_before(s, before)) for s, before in zip(sentences, ["", *sentences], strict=False) if s in threats)
    return next((day for day in said if day), None)


def brand_scorned(sentences: list[str]) -> list[str]:
    """The sentences, as written, in which the seller scorns our brand ('your so called brand is nothing')."""
    return [s for s in sentences if _BRAND_SCORNED_RE.search(normalize_text(s))]


__all__ = ["brand_scorned", "pressure_said", "threat_deadline", "ultimatum"]
