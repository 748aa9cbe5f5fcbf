"""The case reader: the document-deciding facts of a question, each with its words; negations never become facts;
open questions say what depends on a deciding fact that is not given, as the documents rules decide it."""

from __future__ import annotations

import pytest

from assistant.domain.case_reading import is_case_question, read_case
from assistant.domain.documents import open_questions, required_documents
from assistant.domain.models import ComplaintReason, HolderType, IPType, PatentKind, Role, Site


def test_a_law_firm_question_reads_as_an_agent_case_with_its_words():
    reading = read_case("We are a law firm acting for a client with an EU trademark; what do we need to report fakes on Taobao?")
    assert reading.get("role") is Role.AGENT
    assert reading.get("site") is Site.TAOBAO
    assert reading.get("ip_type") is IPType.TRADEMARK
    assert reading.get("reason") is ComplaintReason.COUNTERFEIT_FEATURES
    assert reading.get("places_of_registration") == ["EU"]
    assert reading.get("holder_type") is None  # the law firm is the complainant, not the rights holder
    words = {fact["fact"]: fact["words"] for fact in reading.shown()}
    assert words["role"] == "law firm" and words["site"] == "Taobao" and words["reason"] == "fakes"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The fakes are on Taobao, not Tmall. What do we need?", Site.TAOBAO),
        ("Not on AliExpress but on Lazada: which documents?", Site.LAZADA),
        ("We never sell on Tmall. Can we file?", None),
    ],
)
def test_a_negated_site_is_never_the_fact(text, site):
    assert read_case(text).get("site") is site


def test_a_negated_agent_is_not_an_agent():
    assert read_case("We don't use an agent, which documents do we need for our trademark?").get("role") is not Role.AGENT


def test_the_reason_implies_the_kind_of_right():
    reading = read_case("Which documents do we need to report stolen product photos?")
    assert reading.get("ip_type") is None and reading.ip_type() is IPType.COPYRIGHT
    assert reading.document_case().ip_type is IPType.COPYRIGHT


def test_a_design_patent_and_a_madrid_extension_to_china():
    reading = read_case("Our Madrid registration designates China. What do we need for a design patent complaint on 1688?")
    assert reading.get("patent_kind") is PatentKind.DESIGN and reading.ip_type() is IPType.PATENT
    case = read_case("Our international registration under Madrid was extended to China; can we file on Tmall with the trademark?").document_case()
    assert case.places_of_registration == ["WIPO (designating China)"] and case.china_extension


def test_a_place_that_is_not_about_the_right_is_not_a_place_of_registration():
    assert read_case("Our factory in China makes the goods; what documents do we need for the trademark?").get("places_of_registration") is None


def test_an_expired_right_gets_the_expired_warning_without_a_date():
    case = read_case("Our trademark lapsed last year. Can we still file on AliExpress?").document_case()
    warnings = {w.code: w.message for w in required_documents(case).warnings}
    assert "right_expired" in warnings and "has expired" in warnings["right_expired"]


def test_unknown_kind_of_right_gives_no_case():
    assert read_case("What do we need to provide?").document_case() is None


def test_defaults_fill_only_what_the_text_leaves_out():
    case = read_case("Which documents for AliExpress?").document_case(ip_type=IPType.TRADEMARK, site=Site.TAOBAO, role=Role.AGENT)
    assert case.site is Site.ALIEXPRESS
    assert case.role is Role.AGENT and case.ip_type is IPType.TRADEMARK


@pytest.mark.parametrize(
    "text",
    [
        "Which documents do I need?",
        "What do we need to provide as a law firm?",
        "Can we file with an EU trademark on Taobao?",
        "What's required for a copyright complaint?",
        "Is our Madrid registration enough to file on Tmall?",
    ],
)
def test_case_questions_are_recognised(text):
    assert is_case_question(text)


@pytest.mark.parametrize("text", ["How many links can one complaint hold?", "How long does the seller have to appeal?"])
def test_other_questions_are_not_case_questions(text):
    assert not is_case_question(text)


def test_where_the_right_is_registered_decides_taobao_and_is_asked():
    case = read_case("What documents do we need for a trademark complaint on Taobao?").document_case()
    assert "right_not_valid_in_china" not in {w.code for w in required_documents(case).warnings}
    asked = {q.fact: q for q in open_questions(case, read_case("trademark on Taobao").known())}
    places = asked["places_of_registration"]
    assert "Mainland China" in places.question
    assert any("needs a right valid in Mainland China" in line for line in places.depends)
    assert any("Power of attorney" in line for line in asked["role"].depends)


def test_no_territory_question_for_aliexpress_or_once_the_place_is_given():
    reading = read_case("Which documents do we need for our trademark on AliExpress?")
    assert "places_of_registration" not in {q.fact for q in open_questions(reading.document_case(), reading.known())}
    reading = read_case("Which documents do we need for our China trademark on Taobao?")
    assert "places_of_registration" not in {q.fact for q in open_questions(reading.document_case(), reading.known())}


def test_open_questions_follow_the_rules_not_a_list():
    # An individual's account needs no business licence: the holder question says so because the rules do.
    case = read_case("What documents for a copyright complaint on Lazada?").document_case()
    holder = next(q for q in open_questions(case, set()) if q.fact == "holder_type")
    assert any(line.startswith("An individual: no Business registration") for line in holder.depends)
    case_individual = case.model_copy(update={"holder_type": HolderType.INDIVIDUAL})
    assert "holder_type" not in {q.fact for q in open_questions(case_individual, set())}


def test_without_the_kind_of_right_the_rules_give_what_every_kind_shares_and_what_each_adds():
    from assistant.domain.documents import whatever_the_right

    reading = read_case("We are an agency filing on Taobao, what do we upload?")
    cases = {ip_type: reading.document_case(ip_type=ip_type) for ip_type in IPType}
    checklist = whatever_the_right(cases)
    each = {ip_type: set(required_documents(case).ids()) for ip_type, case in cases.items()}
    assert set(checklist.ids()) == set.intersection(*each.values())
    [asked] = checklist.open_questions
    assert asked.fact == "ip_type" and len(asked.depends) == 3
    assert "Copyright registration certificate" in asked.depends[1]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("our mark is only registered in the EU, can we file on Tmall?", "mark"),
        ("brand registration is US only - can we still report sellers on 1688", "brand registration"),
        ("the TM ran out last month, can we still use it?", "TM"),
        ("our EUTM covers class 25, which documents do we need?", "EUTM"),
        ("我们的商标过期了，还能投诉吗？", "商标"),
    ],
)
def test_everyday_names_of_a_trademark_are_read_as_one(text, words):
    reading = read_case(text)
    assert reading.get("ip_type") is IPType.TRADEMARK
    assert {fact["fact"]: fact["words"] for fact in reading.shown()}["ip_type"] == words


@pytest.mark.parametrize(
    "text",
    ["mark the differences on the comparison, which documents then?", "please mark it as filed", "the watermark on our photos was removed", "tick the check mark"],
)
def test_mark_as_a_verb_or_part_of_another_word_is_not_a_trademark(text):
    assert read_case(text).get("ip_type") is None


def test_a_lapsed_tm_is_an_expired_trademark_and_asks_whether_it_can_be_used():
    text = "nobody renewed it and our TM ran out. does the platform still let us use it?"
    reading = read_case(text)
    assert reading.get("expired") is True and reading.get("ip_type") is IPType.TRADEMARK
    assert is_case_question(text)
    assert read_case("我们的商标过期了").get("expired") is True


def test_nothing_in_a_place_is_not_a_place_of_registration():
    reading = read_case("we hold the mark in the EU, nothing in China. does Tmall accept that?")
    assert reading.get("places_of_registration") == ["EU"]
    assert is_case_question("we hold the mark in the EU. does Tmall accept that?")


@pytest.mark.parametrize("text", ["docs for Lazada?", "documents needed for a copyright complaint", "paperwork for Miravia?"])
def test_short_document_questions_are_asked_in_case_words(text):
    assert is_case_question(text)


def test_the_pronoun_us_is_never_a_place_of_registration():
    from assistant.domain.case_reading import read_case

    def places(text):
        return read_case(text).get("places_of_registration") or []

    assert places("copyright complaint - what proof do they want from us") == []
    assert places("our law firm files the trademark complaint for us") == []
    assert "United States" in places("we only have a US trademark, no chinese one")
    assert "United States" in places("our us trademark is registered")


def test_a_copyright_is_read_as_registered_only_when_said():
    from assistant.domain.case_reading import read_case

    assert read_case("our product photos were stolen, copyright complaint").get("registered") is None
    assert read_case("we have a copyright registration certificate for the photos").get("registered") is True
    assert read_case("our photos are not registered anywhere").get("registered") is False


# --- a right said not to be registered, patent kinds and agents in Chinese, a question's English reading ---------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("the photos are ours, no copyright registration though - which documents?", "no copyright registration"),
        ("we have no trademark certificate yet, what do we need", "no trademark certificate"),
        ("we don't have a copyright certificate for the drawings", "don't have a copyright certificate"),
        ("our designs aren't registered anywhere", "aren't registered"),
        ("图片是我们自己拍的，没有版权登记证书", "没有版权登记"),
        ("我们的作品版权未登记", "未登记"),
        ("las fotos son nuestras, sin registro de derechos de autor", "sin registro"),
        ("das Urheberrecht ist nicht eingetragen", "nicht eingetragen"),
        ("Wir haben die Fotos ohne Eintragung beim Amt", "ohne Eintragung"),
        ("hak cipta gambar kami tanpa pendaftaran", "tanpa pendaftaran"),
        ("gambar itu belum didaftarkan", "belum didaftarkan"),
    ],
)
def test_a_right_said_not_to_be_registered_is_read_as_unregistered_with_its_words(text, words):
    reading = read_case(text)
    assert reading.get("registered") is False
    assert {fact["fact"]: fact["words"] for fact in reading.shown()}["registered"] == words


def test_a_negated_registration_keeps_the_kind_of_right_it_names():
    assert read_case("no copyright registration, can we still complain?").get("ip_type") is IPType.COPYRIGHT
    assert read_case("without a trademark certificate, what now?").get("ip_type") is IPType.TRADEMARK
    assert read_case("not a trademark case, it's about our photos").get("ip_type") is None


def test_where_a_right_is_not_registered_is_not_that_it_is_unregistered():
    assert read_case("我们的商标没有在中国注册，只在欧盟注册").get("registered") is None


def test_an_english_reading_never_turns_a_negated_registration_into_a_registered_one():
    # The glossary reads 没有版权登记证书 as "registered copyright certificate": the words as written decide.
    reading = read_case("我们没有版权登记证书", "we registered copyright certificate")
    assert reading.get("registered") is False
    reading = read_case("版权没登记过，可以吗", "copyright registered can")
    assert reading.get("registered") is False
    # A fact the words as written do not give comes from the reading.
    assert read_case("速卖通上有人盗用", "AliExpress someone image theft").get("site") is Site.ALIEXPRESS


@pytest.mark.parametrize(
    "text, kind",
    [("实用新型专利能投诉吗", "utility_model"), ("外观设计专利被抄袭", "design"), ("我们有发明专利", "invention"), ("外观专利", "design")],
)
def test_patent_kinds_are_read_in_chinese(text, kind):
    reading = read_case(text)
    assert reading.get("patent_kind").value == kind and reading.get("ip_type") is IPType.PATENT


@pytest.mark.parametrize("text", ["代理人帮我们投诉", "我们是律所", "律师事务所代为投诉", "我们替客户在淘宝投诉"])
def test_an_agent_is_read_in_chinese(text):
    assert read_case(text).get("role") is Role.AGENT


def test_1688_is_read_inside_chinese_but_a_price_is_not_the_site():
    assert read_case("我们的图片被1688商家盗用").get("site") is Site.S1688
    assert read_case("这个卖1688元").get("site") is None


@pytest.mark.parametrize(
    "text",
    ["需要提交哪些材料", "在天猫投诉要准备什么材料", "没有登记可以投诉吗", "实用新型一定要评价报告吗", "welche Nachweise brauchen wir?", "¿qué pruebas piden?", "bukti apa yang diperlukan?",
     "要怎么证明图片是我们的？", "¿Cómo demostramos que las fotos son nuestras?", "Wie können wir beweisen, dass die Fotos uns gehören?",
     "bagaimana kami membuktikan gambar itu milik kami?"],
)
def test_case_questions_in_other_languages_are_asked_in_case_words(text):
    from assistant.domain.case_reading import is_case_question_in_any_language

    assert is_case_question_in_any_language(text)
    assert not is_case_question(text)  # the English reading of the scope gate and the complaint start stay as they were


@pytest.mark.parametrize("text", ["what docs do we need for Lazada", "do we really need the evaluation report", "is the patent certificate enough?"])
def test_one_document_needed_or_enough_is_asked_in_case_words(text):
    assert is_case_question(text)


@pytest.mark.parametrize(
    ("text", "place", "words"),
    [
        ("¿puedo presentar una queja en Miravia con una marca registrada en la EUIPO?", "EU", "EUIPO"),
        ("tenemos una marca de la UE, ¿sirve para AliExpress?", "EU", "UE"),
        ("Unsere Marke ist nur als Unionsmarke eingetragen. Können wir auf Miravia melden?", "EU", "Unionsmarke"),
        ("我们只有欧盟商标，可以在Miravia上投诉吗？", "EU", "欧盟"),
        ("la marca está registrada en Estados Unidos, ¿vale para Taobao?", "United States", "Estados Unidos"),
        ("our mark is registered with the USPTO only", "United States", "USPTO"),
        ("Kami ada cap dagangan berdaftar di EUIPO, boleh kami buat aduan di Lazada?", "EU", "EUIPO"),
    ],
)
def test_the_place_of_registration_is_read_in_every_language_read(text, place, words):
    case = read_case(text)
    assert case.get("places_of_registration") == [place]
    assert next(f.words for f in case.facts if f.name == "places_of_registration") == words


def test_a_place_the_right_is_said_not_to_be_registered_is_not_read():
    assert read_case("我们只有欧盟商标，没有中国商标，可以在Miravia上投诉吗？").get("places_of_registration") == ["EU"]
    assert read_case("tenemos marca de la UE pero sin registro en China").get("places_of_registration") == ["EU"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("our trademark was assigned to us from the previous owner last month. can we file?", "assigned"),
        ("the certificate still shows the old owner, what do we upload?", "old owner"),
        ("We bought the brand from another company; which documents does the trademark complaint need?", "bought the brand"),
        ("we renewed the mark, what do we upload", "renewed"),
        ("商标刚转让给我们，可以投诉吗？", "转让"),
        ("Die Marke wurde letzten Monat auf uns übertragen. Welche Unterlagen brauchen wir?", "übertragen"),
    ],
)
def test_a_right_renewed_or_changing_hands_is_read_with_its_words(text, words):
    reading = read_case(text)
    assert reading.get("renewed_or_transferred") is True
    assert {fact["fact"]: fact["words"] for fact in reading.shown()}["renewed_or_transferred"] == words
    case = reading.document_case(ip_type=IPType.TRADEMARK)
    assert "renewal_or_assignment_proof" in required_documents(case).ids()


@pytest.mark.parametrize(
    "text",
    [
        "the complaint was assigned to our lawyer, what documents does he need?",  # no right in the clause
        "our trademark was not renewed, can we still file?",  # expired, not renewed
        "we bought a fake from this seller, which documents do we need for our trademark?",  # a test buy
    ],
)
def test_other_words_are_not_a_renewal_or_transfer(text):
    assert read_case(text).get("renewed_or_transferred") is None


def test_buying_the_brand_is_not_a_test_buy():
    assert read_case("We bought the trademark from its founder, can we file?").get("reason") is None
    assert read_case("we bought one from the seller and it is fake, can we file?").get("reason") is ComplaintReason.TEST_BUY


def test_a_patent_named_by_its_kind_reads_where_it_is_registered():
    reading = read_case("Wir haben ein Gebrauchsmuster (utility model) in China. Welche Unterlagen braucht man für Tmall?")
    assert reading.get("patent_kind") is PatentKind.UTILITY_MODEL
    assert reading.get("places_of_registration") == ["Mainland China"]


@pytest.mark.parametrize(
    "text",
    [
        "can we report a whole storefront on aliexpress or only the individual listings?? seller has like 400 fakes",
        "what documents do we need to report each individual item selling fakes on aliexpress?",
        "do we file the individual product links or the shop link?",
    ],
)
def test_individual_listings_say_which_links_never_who_holds_the_right(text):
    assert read_case(text).get("holder_type") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I am an individual artist, what do I need to report copies on Taobao?", "individual"),
        ("the rights holder is an individual, which documents?", "individual"),
        ("我是个人不是公司，在速卖通投诉假货要准备哪些材料？", "个人"),
        ("soy persona física, ¿qué documentos necesito?", "persona física"),
        ("Ich bin Privatperson, welche Unterlagen brauche ich?", "Privatperson"),
    ],
)
def test_an_individual_rights_holder_is_read_in_every_language(text, words):
    reading = read_case(text)
    assert reading.get("holder_type") is HolderType.INDIVIDUAL
    assert {f["fact"]: f["words"] for f in reading.shown()}["holder_type"] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("boleh ke laporkan gambar produk kami yang dicuri di Lazada kalau hak cipta tak didaftarkan?", "tak didaftarkan"),
        ("hak cipta kami tidak terdaftar, boleh kami buat aduan?", "tidak terdaftar"),
        ("hak ciptanya belum didaftarkan", "belum didaftarkan"),
        ("los derechos de autor están sin registrar", "sin registrar"),
        ("das Urheberrecht ist nicht eingetragen", "nicht eingetragen"),
        ("我们的图片版权没有登记", "没有登记"),
        ("our logo, not yet registered in any office", "not yet registered"),
    ],
)
def test_a_negated_registration_is_unregistered_in_every_language_read(text, words):
    reading = read_case(text)
    assert reading.get("registered") is False
    assert {f["fact"]: f["words"] for f in reading.shown()}["registered"] == words


def test_a_malay_negation_keeps_the_english_reading_from_reading_a_registered_right():
    text = "boleh ke laporkan gambar produk kami yang dicuri di Lazada kalau hak cipta tak didaftarkan?"
    assert read_case(text, "can file a complaint report product Lazada copyright registration registered?").get("registered") is False


def test_the_spanish_verb_usa_is_not_the_united_states():
    assert read_case("una tienda usa mis fotos y los derechos de autor están sin registrar").get("places_of_registration") is None
    assert read_case("we only have a USA trademark").get("places_of_registration") == ["United States"]


@pytest.mark.parametrize(
    "text",
    ["我们只有美国注册的商标，能在淘宝投诉假货吗", "boleh ke laporkan gambar produk kami di Lazada?", "apakah bisa melaporkan foto produk kami di Lazada?",
     "Können wir trotzdem einen Händler auf Taobao melden?"],
)
def test_asking_whether_one_can_file_is_asked_in_case_words_in_other_languages(text):
    from assistant.domain.case_reading import is_case_question_in_any_language

    assert is_case_question_in_any_language(text)


def test_no_registered_company_is_an_individual_holder_not_an_unregistered_right():
    reading = read_case("个人权利人（没有注册公司）在速卖通举报假货，需要交哪些材料和证件？")
    assert reading.get("holder_type") is HolderType.INDIVIDUAL
    assert reading.get("registered") is None


def test_a_place_abbreviated_with_full_stops_is_read():
    reading = read_case("¿podemos denunciar falsificaciones en Taobao si solo tenemos la marca registrada en EE. UU.?")
    assert reading.get("places_of_registration") == ["United States"]


@pytest.mark.parametrize(
    "text",
    [
        "Do we need a lawyer or an agent to file on the IP Protection Platform, or can our company file itself?",
        "Is hiring a law firm mandatory for IPP complaints, or can the brand owner report the fakes directly?",
        "Must we use an agency to report fakes on Tmall?",
        "我们是品牌方，可以自己投诉吗？还是必须找律师或者代理机构？",
        # A German question's English reading: "brauchen wir dafür einen Anwalt" reads "need ... law firm".
        "EU trademark can counterfeit Alibaba.com file report need law firm?",
    ],
)
def test_asking_whether_an_agent_is_needed_is_not_being_one(text):
    assert read_case(text).get("role") is None


@pytest.mark.parametrize(
    "text",
    ["We are a law firm filing for a client, what do we need?", "Our lawyer will file the complaint for us on Tmall.",
     "Do we need a lawyer? Our agent already files for us on Taobao."],
)
def test_an_agent_said_to_file_is_still_an_agent(text):
    assert read_case(text).get("role") is Role.AGENT


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Our EU trademark certificate is not in English or Chinese. Do we need a translation?", ["EU"]),
        ("The certificate from the Japanese office is written in Japanese. Must it be translated into English or Chinese?", ["Japan"]),
        ("Our German trademark certificate needs a Chinese translation?", ["Germany"]),
        ("Nuestro certificado de marca de la UE, ¿hay que traducirlo al chino?", ["EU"]),
        ("Our Chinese trademark certificate is in Chinese; is that fine for Tmall?", ["Mainland China"]),
    ],
)
def test_a_language_named_is_no_place_of_registration(text, places):
    assert read_case(text).get("places_of_registration") == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Is our Swedish national trademark registration from PRV enough to take down listings on Alibaba.com?", "Sweden"),
        ("Our mark is registered with MyIPO, can we file on Lazada?", "Malaysia"),
        ("We have a DJKI trademark registration, is that enough for Lazada?", "Indonesia"),
    ],
)
def test_a_national_office_or_its_country_reads_as_the_place(text, place):
    assert read_case(text).get("places_of_registration") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Can I file a complaint based on a patent application that is still pending?",
        "Our design patent has not been granted yet. Can we report copies?",
        "Our patent applications are still pending, can they be used on Taobao?",
    ],
)
def test_an_application_still_pending_is_not_registered(text):
    assert read_case(text).get("registered") is False


def test_a_quoted_name_in_the_title_reads_as_trademark_misuse():
    reading = read_case('Can I report a listing that writes "Sorvik style" in the title but sells an unbranded knife?')
    assert reading.get("reason") is ComplaintReason.TRADEMARK_MISUSE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Which documents do we need to report fake HALDEN frying pans on AliExpress? We are the rights holder, Halden "
         "Kitchenware Oy, with an EU trademark.", "Halden Kitchenware Oy"),
        ("We are Kolmio Tools AB and own the EU trademark KOLMIO. What do we need for AliExpress?", "Kolmio Tools AB"),
        ("Bergmann Küchenwerk GmbH owns the mark; which documents for fakes on Miravia?", "Bergmann Küchenwerk GmbH"),
        ("Our company, Cuchillería Ibérica S.L., holds the trademark. What documents for Lazada?", "Cuchillería Ibérica S.L."),
        ("We're Ningbo Qingsong Kitchenware Co., Ltd., trademark owner; what do we need on Taobao?", "Ningbo Qingsong Kitchenware Co., Ltd."),
        ("我们是宁波青松厨具有限公司，在速卖通投诉假货要准备哪些材料？", "宁波青松厨具有限公司"),
        ("We are Seri Dapur Sdn Bhd, which documents do we need to report fakes on Lazada?", "Seri Dapur Sdn Bhd"),
        ("Coltelleria Adriatica S.r.l. owns the trademark, what do we need for AliExpress?", "Coltelleria Adriatica S.r.l."),
        ("We are Atelier Lumière SAS with a French trademark: which documents for AliExpress?", "Atelier Lumière SAS"),
        ("We are agents acting for Halden Kitchenware Oy: which documents for fakes on AliExpress?", "Halden Kitchenware Oy"),
    ],
)
def test_a_holder_named_with_a_company_legal_form_is_a_company(text, words):
    reading = read_case(text)
    assert reading.get("holder_type") is HolderType.COMPANY
    assert {f["fact"]: f["words"] for f in reading.shown()}["holder_type"] == words
    assert not [q for q in open_questions(reading.document_case(ip_type=IPType.TRADEMARK), reading.known()) if q.fact == "holder_type"]


@pytest.mark.parametrize(
    "text",
    [
        "We are Bird & Bird LLP, a law firm acting for a client with an EU trademark. Which documents for Taobao?",  # the agent's form
        "I'm Anna Berg, I own the trademark. As the owner, which documents for AliExpress?",
        "We sell on AliExpress. Which documents do we need to report fakes?",
    ],
)
def test_a_name_without_the_holders_legal_form_says_nothing_of_the_holder(text):
    assert read_case(text).get("holder_type") is None
