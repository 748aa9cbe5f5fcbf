"""What a seller admits, and whether it contests at all, in every language the triage reads.

Two readings of one sentence of the counter-notice, each over the closed vocabulary that says it (no cue fitted to an
evaluation case):

- An admission that the goods have no genuine source: bought at a flea market or a street stall, from a friend or
  another private person, or from a source the seller does not know. It is the seller's own statement that there is
  no supply chain back to the owner, never a purchase ground that only lacks its invoice.
- A plain denial of the complaint ('there is no infringement', '不存在侵权', 'bukan ambil dari website siapapun'): the
  seller contests it, whatever else it says. A take-down beside a denial or any ground is a fact to verify, never a
  concession: only a message whose only ground is giving up is 'no contest'.
"""

from __future__ import annotations

import re

from assistant.domain.untrusted_text import normalize_text

# Where goods with no traceable source are bought: a flea market, a street or night market, a stall, a car boot sale.
_MARKET_RE = re.compile(
    r"flea ?market|street (market|stall|vendor|seller)|(sunday|weekend|night|car[- ]boot|village|open[- ]air) (market|sale)|swap meet"
    r"|market (stall|trader)|\bmercadill\w*|\brastro\b|mercado (callejero|ambulante|de (las )?pulgas|semanal)|\bmercatin\w*"
    r"|mercato (delle pulci|rionale|settimanale)|bancarell\w*|flohmarkt|tr[öo]delmarkt|wochenmarkt|pasar (loak|malam|kaget|minggu|karat)"
    r"|\blapak\b|地摊|夜市|跳蚤市场|旧货市场|二手市场|集市|路边摊|摆摊"
)
# From a private person: a friend, a relative, an acquaintance, someone (never a company that can be traced).
_PERSON_RE = re.compile(
    r"\b(from|by|off|via) (a|an|my|our|one of our|some) (friend|relative|cousin|acquaintance|neighbou?r|private (person|seller|individual)"
    r"|guy|bloke|individual)s?\b"
    r"|\b(friend|relative|acquaintance|neighbou?r)s? (sold|gave|passed|brought)\b"
    r"|\b(un|una|unos) (amig[oa]s?|conocid[oa]s?|particular(es)?|familiar(es)?|vecin[oa]s?)\b|\b(amigo|conocido|particular|familiar) nos\b"
    r"|\b(un|una|dei|degli) (amic[oa]|amici|conoscent[ei]|privat[oi]|parent[ei])\b"
    r"|\b(dari|daripada|sama|oleh) (teman|kawan|saudara|kenalan|tetangga|jiran|orang)\b"
    r"|\b(einem|einer|von) (freund(in)?|bekannten|privatperson|privatverk[äa]ufer|verwandten)\b"
    r"|从朋友|朋友(那|处|手|家|卖|转|给)|熟人|从亲戚|亲戚(那|处|手|家|给)|个人手里|私人手里|别人手里|私人卖家"
)
# Bought, got, came from: the person is where the goods came from (not who wrote the message).
_ACQUIRED_RE = re.compile(
    r"\b(bought|buy|got|get|purchased|sourced|picked up|obtained|sold (it|them|these|this|us)|came from|were from|was from)\b"
    r"|\b(compr|adquir|consegu|vendi[óo]|nos (l[oa]s? )?(vendi|pas|dio|dieron))|\b(acquist|comprat|preso|presi|vendut)"
    r"|\b(beli|membeli|dibeli|dapat|mendapat|ambil|peroleh)\b|\b(gekauft|bekommen|erworben|gekriegt)\b|买|收|拿|进的|进货|淘|购"
)
# The seller does not know where they came from.
_UNKNOWN_SOURCE_RE = re.compile(
    r"(don't|do not|didn't|did not|no) (know|idea) (where|who)\b[^.;]{0,30}\b(from|made|came|supplier|source)|unknown (source|supplier|seller|origin)"
    r"|no (se|sabemos|sab[ií]amos) (de )?d[oó]nde|(procedencia|origen) desconocid|non (sappiamo|sapevamo) da dove|provenienza (ignota|sconosciuta)"
    r"|(tidak|tak|nggak|gak) (tahu|tau) (asal|dari mana)|asal[- ]usul(nya)? (tidak|tak) (jelas|diketahui)"
    r"|wissen nicht,? woher|herkunft (ist )?unbekannt|不知道(来源|货源|是从哪|从哪|哪里来|是谁)|来源不明|货源不明|不清楚(来源|货源)"
)

ADMISSION_WORDS = {
    "market": "at a flea market or street market",
    "person": "from a private person (a friend or an acquaintance), not from a business that can be traced",
    "unknown": "from a source it does not know",
}


def admitted_source(norm: str) -> str | None:
    """'market', 'person' or 'unknown' when a (normalised) sentence has the seller say it got the goods from no genuine
    source; None when it says no such thing."""
    if _MARKET_RE.search(norm) and (_ACQUIRED_RE.search(norm) or re.search(r"\b(at|from|in|en|di|auf|al)\b|在|从", norm)):
        return "market"
    if _PERSON_RE.search(norm) and _ACQUIRED_RE.search(norm):
        return "person"
    if _UNKNOWN_SOURCE_RE.search(norm):
        return "unknown"
    return None


# A plain denial of the complaint, said of the seller's own goods or listing: no infringement, no copy, not fake, not
# taken from anyone. Not a fear ('we did not know it infringed') nor a question.
_DENIAL_RE = re.compile(
    r"\bno infring|\bnot (an? )?infring|\b(do|does|did|have|has)( not|n't) (infringe|violate|copy|copied|steal|stole|take|taken|use) (any|your|the|their|anything|anyone)"
    r"|\bnot (a |an )?(counterfeit|fake|copy|copied|stolen)\b|\bnothing (was )?(copied|stolen)\b"
    r"|不存在(任何)?侵权|没有侵权|不构成侵权|未侵权|并未侵犯|没有侵犯|不属于侵权|不是假货|不是仿(品|冒)|没有盗图|不是盗图|并非盗(用|图)"
    r"|\bno (hemos )?(infringid|infringimos|infringe)|\bno (estamos )?infringiendo|no (es|son) (una )?(copia|falsificaci|fals[oa]s?)\b|no hemos copiado"
    r"|\bnon (abbiamo )?(violato|viola|violiamo)|non (è|e|sono) (contraffatt|fals[oi]|copi[ae])"
    # 'mengambil' is also 'take' an action: 'mohon ... untuk tidak mengambil tindakan lanjut' asks us to spare the shop, it
    # denies nothing (the English above needs what was taken, too).
    r"|\b(tidak|tak) (melanggar|mencuri|menyalin|meniru|mencontek)\b|\b(tidak|tak) mengambil\b(?!\s+(?:\w+\s+)?(?:tindakan|langkah|keputusan|tindak)\b)"
    r"|\bbukan (barang )?(palsu|tiruan|kw|curian|jiplakan)\b"
    r"|\bbukan (ambil|diambil|mengambil|curi|dicuri|salin|disalin|copy|copas)\b"
    r"|\bkeine (marken)?(rechts)?verletzung|\bverletzen (keine|nicht)|nicht gef[äa]lscht|keine f[äa]lschung"
)


def denies_infringement(norm: str) -> bool:
    """Whether a (normalised) sentence denies the complaint outright (the seller contests, whatever else it says)."""
    return bool(_DENIAL_RE.search(norm))


# The seller did not know the goods were fake: a plea of good faith that concedes they may be ('we didn't know these were
# counterfeit', 'tidak tahu kalau barang ini palsu', 'no sabíamos que eran falsos', '不知道是假货'). Not a denial ('we did not
# know why we were reported').
_IGNORANCE_RE = re.compile(
    r"\b(?:did ?n[o'’]?t|did not|do not|don't|had no|have no|were not|was not|weren't|wasn't)\s+(?:know|realis\w*|realiz\w*|idea|aware|notice)\b"
    r"[^.;]{0,40}\b(?:fakes?|counterfeits?|replicas?|knock-?offs?|copies|not (?:genuine|original|authentic)|infring\w*)"
    r"|\bunaware\b[^.;]{0,40}\b(?:fakes?|counterfeits?|replicas?|infring\w*)"
    r"|\b(?:tidak|tak|nggak|gak|belum)\s+(?:tahu|tau|sadar|mengetahui|menyadari)\b[^.;]{0,30}\b(?:palsu|tiruan|kw|imitasi|melanggar|ciplak\w*)"
    r"|\bno (?:sab[ií]amos|sab[ií]a|conoc[ií]amos)\b[^.;]{0,30}\b(?:falsos?|falsas?|falsificad\w*|imitaci\w*|copias?|infring\w*)"
    r"|\bnon (?:sapevamo|sapevo|eravamo a conoscenza)\b[^.;]{0,30}\b(?:fals[ie]|contraffatt\w*|imitazion\w*|copie)"
    r"|\b(?:wussten|wusste) (?:nicht|nichts)\b[^.;]{0,40}\b(?:gef[äa]lscht\w*|f[äa]lschung\w*|plagiat\w*|nachahmung\w*)"
    r"|不知道[^，。；]{0,10}(?:是)?(?:假货|假的|仿品|仿冒|侵权)|并不知情|毫不知情"
)
# The seller did not know the product was protected by a right (patented, registered, someone's design or mark): the same
# plea of good faith, said of the right rather than of the goods ('we did not know it was patented', 'kami tidak tahu kalau
# produk itu sudah dipatenkan', 'no sabíamos que estaba patentado', '不知道这款有专利'). It argues nothing against the right.
_IGNORANCE_OF_RIGHT_RE = re.compile(
    r"\b(?:did ?n[o'’]?t|did not|do not|don't|had no|have no|were not|was not|weren't|wasn't)\s+(?:know|realis\w*|realiz\w*|idea|aware|notice)\b"
    r"[^.;]{0,40}\b(?:patent\w*|protected|registered|trade ?mark\w*|copyright\w*|someone'?s (?:design|mark|brand))"
    r"|\bunaware\b[^.;]{0,40}\b(?:patent\w*|protected|registered|trade ?mark\w*)"
    r"|\b(?:tidak|tak|nggak|gak|belum)\s+(?:tahu|tau|sadar|mengetahui|menyadari)\b[^.;]{0,40}\b(?:(?:di)?paten\w*|terdaftar|berdaftar|dilindungi"
    r"|merek dagang|cap dagangan|hak cipta)"
    r"|\bno (?:sab[ií]amos|sab[ií]a|conoc[ií]amos)\b[^.;]{0,40}\b(?:patentad\w*|patente|registrad\w*|protegid\w*)"
    r"|\bnon (?:sapevamo|sapevo|eravamo a conoscenza)\b[^.;]{0,40}\b(?:brevettat\w*|brevetto|registrat\w*|protett\w*)"
    r"|\b(?:wussten|wusste) (?:nicht|nichts)\b[^.;]{0,40}\b(?:patentiert\w*|patent\w*|geschützt\w*|eingetragen\w*)"
    r"|不知道[^，。；]{0,12}(?:专利|注册商标|受保护|版权)"
    # ... or that the work was the owner's ('we did not know these pictures belong to your company', '不知道图片是贵公司的').
    r"|\b(?:did ?n[o'’]?t|did not|do not|don't|had no|were not|was not|weren't|wasn't)\s+(?:know|realis\w*|realiz\w*|aware)\b"
    r"[^.;]{0,40}\b(?:belong(?:s|ed)? to (?:you|your|the brand)|(?:are|were|was|is) (?:yours|your (?:own|company'?s?)))"
    r"|\bno (?:sab[ií]amos|sab[ií]a)\b[^.;]{0,30}\b(?:eran|eran de|pertenec\w*) (?:suy|vuestr|de ustedes)"
    r"|\b(?:tidak|tak|nggak|gak)\s+(?:tahu|tau)\b[^.;]{0,30}\bmilik (?:anda|kalian|perusahaan)"
    r"|不知道[^，。；]{0,12}(?:是|属于)(?:贵公司|贵方|你们|您|贵司)(?:的)?"
)
# An apology for the use complained of ('so sorry for this', '非常抱歉', 'maaf', 'disculpen'): said beside giving up, it
# concedes; it argues nothing.
_APOLOGY_RE = re.compile(
    r"\b(?:sorry|apologi[sz]e\w*|apolog(?:y|ies))\b|\bdisculp\w*|\blo sentimos\b|\bperd[oó]n\b|\bci scusiamo\b|\bscus\w*\b"
    r"|\bentschuldig\w*|\btut uns leid\b|\bmaaf\b|\bmohon maaf\b|\b(?:nous|je) (?:nous |m')?excus\w*|\bd[ée]sol[ée]e?s?\b|抱歉|对不起|不好意思|道歉"
)
# A penalty on the seller's account it asks to have lifted ('remove the penalty point', 'hapus poin pelanggaran', '撤销扣分').
_PENALTY_RE = re.compile(
    r"\b(?:penalt\w*|penali[sz]\w*|strikes?|(?:violation|penalty|demerit) points?|warnings? on our account|account (?:score|rating))\b"
    r"|\bpoin (?:pelanggaran|penalti)|\bpenalti\b|\bsanksi\b|\bpenalizaci[oó]n|\bsanci[oó]n|\bpenalit[àa]|\bsanzion\w*|\bstrafpunkt\w*"
    r"|扣分|违规(?:记录|积分|处罚)|处罚"
)

# The seller's own doubt that its goods are genuine: not sure, cannot say or guarantee that they (or all its stock) are
# genuine or original ('we are not sure whether all the stock from our supplier is genuine', 'kami tidak yakin apakah semua
# stok dari supplier kami asli', '我们也不确定供应商的货是不是都是正品', 'no estamos seguros de que sean originales'), or that
# calling them original in its title was wrong ('Mungkin kata "Original" di judul kurang tepat', 'the word Original in our
# title was too much', '标题里写"正品"可能不太合适'). A doubt denied ('there is no doubt they are genuine') is certainty.
_GENUINE = (r"(?:genuine|original|originals|authentic|real|fake|counterfeit|asli|ori|original|tulen|palsu|aut[eé]ntic\w*|originale?s?"
            r"|genuin\w*|falsificad\w*|contraffatt\w*|echt\w*|gef[äa]lscht\w*)")
_UNSURE = (r"(?:(?:not (?:\w+ )?sure|unsure|uncertain)(?! (?:why|how|what|who|when)\b)|(?:do not|don't) know (?:whether|if)"
           r"|cannot (?:be sure|guarantee|confirm)|can'?t (?:be sure|guarantee|confirm)|tidak (?:yakin|pasti|bisa (?:menjamin|memastikan))"
           r"|tidak tahu (?:apakah|apa)|kurang yakin"
           r"|tak (?:pasti|tahu|yakin)|belum (?:tentu|pasti)|tidak dapat (?:menjamin|memastikan)"
           r"|no (?:estamos|estoy) segur[oa]s?|no sabemos|no podemos (?:garantizar|asegurar)|non (?:siamo|sono) sicur[io]|non sappiamo"
           r"|non possiamo garantire|(?:sind|bin) (?:uns |mir )?nicht sicher|wissen nicht|k[öo]nnen nicht garantieren)")
_TITLE = r"(?:title|judul|nama produk|t[ií]tulo|titolo|titel)"
_WRONG = (r"(?:kurang tepat|tidak tepat|salah|keliru|not (?:right|correct|accurate|quite right)|too much|wrong|misleading|inaccurate"
          r"|incorrect[oa]?|no es correct[oa]|sbagliat[oa]|falsch|irref[üu]hrend)")
_DOUBT_RE = re.compile(
    rf"\b{_UNSURE}\b[^.;!?]{{0,80}}\b{_GENUINE}\b"
    rf"|\b{_GENUINE}\b[^.;!?]{{0,40}}\b{_TITLE}\b[^.;!?]{{0,30}}\b{_WRONG}\b|\b{_TITLE}\b[^.;!?]{{0,40}}\b{_GENUINE}\b[^.;!?]{{0,30}}\b{_WRONG}\b"
    r"|(?:不确定|不敢保证|无法保证|不能保证|不知道(?:是不是|是否)|说不准|不一定)[^。；！？]{0,24}(?:正品|真品|原装|假货|假的|正版)"
    r"|(?:正品|原装|正版)[^。；！？]{0,12}(?:不太?合适|不准确|不妥|有误|不对)"
)


def doubts_genuineness(norm: str) -> bool:
    """Whether a (normalised) sentence has the seller doubt that its own goods are genuine, or call the word 'original' in
    its title wrong: an admission against its own grounds, never a claim that they are genuine."""
    return bool(_DOUBT_RE.search(norm))


def pleads_ignorance(norm: str) -> bool:
    """Whether a (normalised) sentence has the seller say it did not know the goods were fake (a plea that concedes it)."""
    return bool(_IGNORANCE_RE.search(norm))


# The seller accepts that our mark should not have been in its listing ('ok, we accept the word SAFFIRA should not be in the
# title', 'aceptamos que la palabra SAFFIRA no debe estar en el título', '我们承认标题里不应该有SAFFIRA'): it concedes the use
# complained of, never says the listing does not use the mark. The word of accepting, then within the sentence what was wrong.
_ACCEPTS = (r"\b(?:we|i) (?:accept|agree|admit|acknowledge|understand|recogni[sz]e|concede|know)\b|\b(?:ok|okay|yes|agreed)\b,? (?:we|i)\b"
            r"|\b(?:aceptamos|acepto|reconocemos|reconozco|admitimos|entendemos|de acuerdo)\b|\b(?:wir|ich) (?:akzeptieren|akzeptiere|geben zu"
            r"|sehen ein|verstehen|erkennen an)\b|\b(?:accettiamo|ammettiamo|riconosciamo)\b|\b(?:nous )?(?:acceptons|admettons|reconnaissons)\b"
            r"|\bkami (?:akui|mengakui|terima|menerima|setuju|faham|paham)\b|承认|接受|同意|明白|理解"
            r"|\b(?:reconhecemos|reconheço|aceitamos|admitimos|concordamos|compreendemos)\b")
_WRONG = (r"\b(?:should|must|ought to)(?: not|n't)(?: have)? (?:be|been|use|used|put|write|written|appear)\b|\b(?:was|were|is) (?:wrong|a mistake|our mistake"
          r"|an error|not allowed|not correct|incorrect)\b|\bno (?:debe|deb[ií]a|deber[ií]a|deber[ií]amos|puede|pod[ií]a) (?:estar|aparecer|usar|ir|haber)"
          r"|\b(?:fue|era) (?:un|nuestro) error\b|\b(?:nicht (?:h[äa]tte|sein|stehen|verwenden)|war (?:ein|unser) fehler)\b|\bnon (?:doveva|dovrebbe|deve)\b"
          r"|\b[èe] stato un errore\b|\bne (?:devait|devrait|doit) pas\b|\b(?:tidak|tak) (?:sepatutnya|seharusnya|boleh)\b|\bsalah kami\b"
          r"|不应该|不应|不该|不能用|是我们的错|错了|有误"
          # 'no era correcto', 'non era corretto', 'não foi correto', 'foi um erro', 'não devia estar'
          r"|\bno (?:era|fue|es) correct[oa]\b|\bnon (?:era|è) corrett[oa]\b|\bn[ãa]o (?:foi|era|[ée]|est[áa]) corret[oa]\b"
          r"|\b(?:foi|era) (?:um |o nosso )?(?:erro|engano)\b|\bn[ãa]o (?:devia|deveria|deve) (?:estar|aparecer|ter)\b")
_CONCEDES_USE_RE = re.compile(rf"(?:{_ACCEPTS})(?P<after>.*?)(?:{_WRONG})")


def concedes_use(norm: str) -> bool:
    """Whether a (normalised) sentence has the seller accept that our mark should not have been in its listing (or that
    using it was wrong): an admission, never a denial of use. A negated acceptance ('we do not accept that ...') is none
    (the shared negation reader, unsure_words.firm_part, reads the words before what was wrong)."""
    from assistant.domain.appeals.unsure_words import firm_part

    found = _CONCEDES_USE_RE.search(norm)
    if not found:
        return False
    accepting = norm[: found.start("after")].rstrip()
    kept = firm_part(accepting).rstrip()
    return bool(kept) and kept.endswith(accepting[-6:])  # the clause that accepts is kept: neither negated nor hedged


# The seller owns up to the use complained of: the complainant is right, the mark was put there by mistake, the mistake is
# its own ('yes you are right', 'by mistake', 'our mistake', 'tienen razón', 'Sie haben recht', '您说得对', 'memang salah kami').
_OWNS_UP_RE = re.compile(
    r"\byou(?:'re| are) (?:right|correct)\b|\bby (?:mistake|error)\b|\b(?:our|my) (?:mistake|error|fault)\b|\bit was (?:a|our) mistake\b"
    r"|\bmistakenly\b|\btienen? raz[oó]n\b|\bpor error\b|\b(?:un |fue )?(?:error nuestro|nuestro error)\b|\bsie haben recht\b|\bversehentlich\b"
    r"|\bunser fehler\b|\bvous avez raison\b|\bpar erreur\b|\bnotre erreur\b|\bavete ragione\b|\bha ragione\b|\bper errore\b"
    r"|\b(?:errore|sbaglio) nostro\b|\bnostro errore\b|\b(?:memang )?(?:salah|kesalahan|kesilapan|kekhilafan) kami\b|\b(?:anda|kalian) benar\b"
    r"|\b(?:erro|engano) nosso\b|\bnosso (?:erro|engano)\b|\bpor (?:engano|erro)\b|\bt[êe]m raz[ãa]o\b"
    r"|说得对|说的对|(?:是)?我们的?(?:运营|客服|员工|美工)?的?(?:失误|疏忽|错误|过错)|不小心"
)


def owns_up(norm: str) -> bool:
    """Whether a (normalised) sentence has the seller say, as a fact, that the complaint is right or that the use was its
    mistake: an admission, never a ground (a negated or hedged one, 'we do not think it was a mistake', is none)."""
    from assistant.domain.appeals.unsure_words import unsure_at

    return any(not unsure_at(norm, m.start(), m.end()) for m in _OWNS_UP_RE.finditer(norm))


# The seller admits that part of its copy is like our work ('Ammettiamo che due fotografie a pagina 5 assomigliano alle
# vostre', 'we admit two of the photos were similar to yours', 'reconocemos que tres de las fotos se parecían a las suyas',
# 'nous admettons que deux photos de la page 5 ressemblaient aux vôtres'): the word of accepting, then the part (a count of
# pieces of the work, with its page), then what is like ours. It admits that part and contests the rest.
_COUNT = (r"(?:\d{1,3}|one|two|three|four|five|a few|some|several|una?|uno|due|tre|quattro|cinque|alcun[ei]|dos|tres|cuatro|cinco"
          r"|algun[oa]s|un[oa]s|deux|trois|quatre|cinq|quelques|plusieurs|satu|dua|tiga|beberapa)")
_OF = r"(?:\s+(?:of\s+(?:the|our|its)|delle|degli|dei|de\s+(?:las|los|nuestras|nuestros)|des|de\s+nos|dari))?"
_PIECES = (r"(?:photos?|photographs?|pictures?|images?|illustrations?|drawings?|pages?|paragraphs?|passages?|texts?|foto|fotografie"
           r"|immagini|illustrazioni|disegni|pagine|paragrafi|testi|fotos|fotograf[ií]as|im[áa]genes|ilustraciones|dibujos|p[áa]ginas"
           r"|p[áa]rrafos|textos|photographies|dessins|paragraphes|gambar)")
_PAGE = (r"(?:\s+(?:on|from|in)\s+page\s+\d+|\s+(?:a|alla|della|di|in)\s+pagina\s+\d+|\s+(?:de|en)\s+la\s+p[áa]gina\s+\d+"
         r"|\s+(?:de|à|sur)\s+la\s+page\s+\d+|\s+(?:di|pada)\s+halaman\s+\d+)?")
_PART_RE = re.compile(rf"\b{_COUNT}{_OF}\s+{_PIECES}\b{_PAGE}", re.IGNORECASE)
_LIKE_OURS_RE = re.compile(
    r"resembl\w*|similar|look(?:s|ed)? like|(?:were|was|are|is) cop(?:ied|y)|copied|taken from|assomigli\w*|somigli\w*|simil[ie]\b|uguali"
    r"|copiat[eio]|pres[ei] dal|se parec\w*|parecid[oa]s|similares|copiad[oa]s|ressembl\w*|similaires|copi[ée]e?s|mirip|sama dengan",
    re.IGNORECASE,
)


# The other way sellers admit a part: they say they took a piece of our work, owning it as a fact or a mistake ('Den Scan
# Ihres Inhaltsstoff-Beipackzettels haben wir versehentlich ... übernommen', 'we copied your size chart by mistake', 'risalah
# bahan ... memang disalin daripada risalah anda', '成分说明书图片确实是从贵司的说明书复制的，这一点我们承认'). Three closed
# vocabularies, all needed in one sentence: a word of taking or copying, a word that owns it (an admission, a mistake,
# 'indeed'), and the piece taken, quoted as written.
_TAKEN_RE = re.compile(
    r"\b(?:copied|took|taken|reused|used your|lifted)\b|\bcopiad[oa]s?\b|\btomad[oa]s? de\b|\bcopiat[eaio]\b|\bpres[aeio] da\b"
    r"|\bcopi[ée]e?s?\b|\brepris\b|\bübernommen\b|\bkopiert\b|\bentnommen\b|\babgeschrieben\b|\bstammt\w* (?:\w+ )?aus ihre\w*"
    r"|\b(?:di)?salin\b|\bmenyalin\b|\bdiambil (?:dari|daripada)\b|\bdiciplak\b|复制|抄袭|照搬|盗用|搬用|拿了?(?:贵司|你们|您)"
    # (downloaded: '另外两张场景图确实是从网上下载的', 'the two scene photos were indeed downloaded from the internet')
    r"|\bdownloaded\b|\bdescarga(?:d[oa]s?|mos)\b|\bheruntergeladen\b|\bscaricat[eaio]\b|\bt[ée]l[ée]charg[ée]e?s?\b"
    r"|\b(?:di)?muat turun\b|\bdiunduh\b|\bmengunduh\b|下载",
    re.IGNORECASE,
)
# Taken from elsewhere than the seller itself: the internet ('从网上下载的', 'downloaded from the internet'), as good as ours
# against a complaint about our work; 'we downloaded our own photos from our drive' is none.
_ELSEWHERE_RE = re.compile(
    r"\b(?:from|off) (?:the )?(?:internet|web|net|google)\b|\bonline\b|\bde (?:internet|la red)\b|\baus dem (?:internet|netz)\b"
    r"|\bda (?:internet|web)\b|\bd'internet\b|\bsur (?:internet|le web)\b|\bdari (?:internet|google)\b|网上|网络上|百度|谷歌",
    re.IGNORECASE,
)
_OWNED_RE = re.compile(
    rf"{_ACCEPTS}|\bby (?:mistake|accident)\b|\b(?:accidentally|mistakenly|indeed|admittedly)\b|\bpor (?:error|equivocaci[óo]n)\b"
    r"|\bper (?:errore|sbaglio)\b|\bpar erreur\b|\bversehentlich\b|\baus versehen\b|\btats[äa]chlich\b|\br[äa]umen (?:\w+ )?ein\b"
    r"|\b(?:kami )?mengaku\b|\bmemang\b|\btidak sengaja\b|确实|的确|不小心|误用|承认",
    re.IGNORECASE,
)
_TAKEN_PIECE_RE = re.compile(
    # (a count of pieces, with the words between: 'The two kitchen scene photos', 'las dos fotos de ambiente', '另外两张场景图')
    rf"(?:\b(?:the|these|those|our|las|los|les|i|le|die)\s+)?\b{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?{_PIECES}\b(?:\s+(?:de|di|du)\s+(?!internet\b)\w+)?"
    r"|(?:另外|其他|其余|其中)?(?:[一两二三四五六七八九十\d]+张)?(?:场景图|细节图|详情图|效果图|实拍图|副图|主图)|"
    r"(?:(?:your\s+(?:[a-z-]+\s+){0,2})?(?:leaflet|size chart|description|text|photos?|pictures?|images?|drawings?|logo|label|scan|chart|table)\b"
    r"|\b[\w-]*(?:zettel|tabelle|beschreibung|text|fotos?|bilder?|grafik|scan)s?\b)(?:\s+(?:ihres|ihrer|eures|eurer|of your)\s+[\w-]+)?"
    r"|\b(?:risalah|gambar|foto|teks|jadual saiz|huraian)(?:\s+(?!yang\b)\w+)?"
    r"|(?:成分|产品|使用|包装)?(?:说明书|尺码表|描述|文案)(?:图片|扫描件)?|(?:产品|商品)?(?:图片|照片)",
    re.IGNORECASE,
)


# Whose the piece was: ours, the reader's ('your', 'Ihres', 'anda', '贵司'), never the seller's own ('we took these photos ourselves').
_YOURS_RE = re.compile(r"\b(?:your|yours|ihr(?:e|es|em|en|er)?|euer|eure\w*|vuestr\w*|suy[oa]s?|vostr\w*|votre|vos|anda|awak|kamu)\b"
                       r"|贵司|贵公司|你们|您的|贵方", re.IGNORECASE)


def _taken_part(sentence: str) -> str | None:
    """The piece of our work a sentence has the seller own up to taking ('Scan Ihres Inhaltsstoff-Beipackzettels', 'risalah
    bahan', '成分说明书图片'), as written; None when the taking is denied or hedged, or nothing owns it."""
    from assistant.domain.appeals.unsure_words import firm_part

    taken, owned = _TAKEN_RE.search(sentence), _OWNED_RE.search(normalize_text(sentence))
    piece = _TAKEN_PIECE_RE.search(sentence)
    if not (taken and owned and piece and (_YOURS_RE.search(sentence) or _ELSEWHERE_RE.search(sentence))):
        return None
    norm = normalize_text(sentence)
    said = norm[: max(taken.end(), owned.end())].rstrip()
    kept = firm_part(said).rstrip()
    return piece.group(0).strip() if kept and kept.endswith(said[-6:]) else None


def admitted_part(sentence: str) -> str | None:
    """The part of the work a sentence has the seller admit is like ours ('due fotografie a pagina 5', 'two of the photos')
    or taken from ours ('the scan of your leaflet'), as written; None when it admits no part. A negated or hedged
    acceptance ('we do not admit that ...') admits nothing (the shared negation reader, unsure_words.firm_part, reads the
    words before the part)."""
    from assistant.domain.appeals.unsure_words import firm_part

    norm = normalize_text(sentence)
    accepts = re.search(_ACCEPTS, norm)
    part = _PART_RE.search(sentence, accepts.end()) if accepts else None
    if not part or not _LIKE_OURS_RE.search(sentence, part.end()):
        return _taken_part(sentence)
    accepting = norm[: accepts.end()].rstrip()
    kept = firm_part(accepting).rstrip()
    return part.group(0).strip() if kept and kept.endswith(accepting[-6:]) else None


def pleads_ignorance_of_right(norm: str) -> bool:
    """Whether a (normalised) sentence has the seller say it did not know the product was protected by a right (patented,
    registered): a plea of good faith, no argument against the right."""
    return bool(_IGNORANCE_OF_RIGHT_RE.search(norm))


def apologises(norm: str) -> bool:
    """Whether a (normalised) sentence apologises (a concession when the seller also gives up, never an argument)."""
    return bool(_APOLOGY_RE.search(norm))


def asks_penalty_lifted(norm: str) -> bool:
    """Whether a (normalised) sentence speaks of a penalty on the seller's account (to have it lifted)."""
    return bool(_PENALTY_RE.search(norm))


__all__ = ["ADMISSION_WORDS", "admitted_part", "admitted_source", "apologises", "asks_penalty_lifted", "concedes_use", "denies_infringement", "doubts_genuineness", "owns_up", "pleads_ignorance", "pleads_ignorance_of_right"]
