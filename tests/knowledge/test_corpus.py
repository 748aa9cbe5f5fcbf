"""The knowledge corpus: front matter, section structure, and figures that agree with knowledge/rules/*.yaml."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.knowledge.corpus_reader import KNOWLEDGE_DIR, corpus_files, parse_sections
from tests.knowledge.figures import contradictions, load_rule_figures, sentences, states

EXPECTED_FILES = {
    "portals.md", "account.md", "ipr-submission.md", "complaints.md", "evidence.md", "timelines.md",
    "good-faith.md", "seller-penalties.md", "rejections.md", "statistics.md", "other-marketplaces.md",
}
FRONT_MATTER_KEYS = {"title", "sites", "topics", "sources", "confidence", "last_verified"}
ALIBABA_SITES = {"aliexpress", "alibaba", "1688", "taobao", "tmall", "lazada", "miravia", "all"}
OTHER_MARKETPLACES = {"amazon", "ebay", "etsy", "shopee", "temu"}
CONFIDENCE_LEVELS = {"confirmed", "single_source", "not_published"}
LAST_VERIFIED = "2026-11-27"
SOURCE_DATE = re.compile(r"^(undated|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$")
MIN_WORDS, MAX_WORDS = 60, 250

CORPUS = corpus_files()
FIGURES = load_rule_figures()


def by_name(name: str):
    return next(f for f in CORPUS if f.name == name)


def corpus_text(*names: str) -> str:
    files = [by_name(n) for n in names] if names else CORPUS
    return "\n\n".join(section.prose for f in files for section in f.sections)


def test_every_topic_file_is_present():
    assert {f.name for f in CORPUS} >= EXPECTED_FILES


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_front_matter_has_exactly_the_agreed_keys(doc):
    assert set(doc.meta) == FRONT_MATTER_KEYS
    assert isinstance(doc.meta["title"], str) and doc.meta["title"].strip()
    assert str(doc.meta["last_verified"]) == LAST_VERIFIED
    assert isinstance(doc.meta["topics"], list) and doc.meta["topics"]
    assert all(isinstance(t, str) and re.fullmatch(r"[a-z0-9-]+", t) for t in doc.meta["topics"])


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_sites_are_known_labels(doc):
    sites = doc.meta["sites"]
    assert isinstance(sites, list) and sites
    assert all(isinstance(s, str) for s in sites), "quote numeric site names such as \"1688\""
    allowed = OTHER_MARKETPLACES if doc.name == "other-marketplaces.md" else ALIBABA_SITES
    assert set(sites) <= allowed
    assert "all" not in sites or sites == ["all"]


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_every_source_has_an_id_url_title_and_date(doc):
    ids = [s["id"] for s in doc.meta["sources"]]
    assert len(ids) == len(set(ids)), "duplicate source ids"
    for source in doc.meta["sources"]:
        assert set(source) == {"id", "url", "title", "date"}, source
        assert re.fullmatch(r"[a-z0-9-]+", source["id"]), source
        assert re.match(r"^https?://\S+$", source["url"]) and "..." not in source["url"], source
        assert isinstance(source["title"], str) and source["title"].strip()
        assert isinstance(source["date"], str) and SOURCE_DATE.match(source["date"]), source
        if source["date"] != "undated":
            assert int(source["date"][:4]) <= date.fromisoformat(LAST_VERIFIED).year


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_confidence_entries_name_a_level_and_known_sources(doc):
    ids = {s["id"] for s in doc.meta["sources"]}
    entries = doc.meta["confidence"]
    assert isinstance(entries, list) and entries
    for entry in entries:
        assert set(entry) == {"fact", "level", "sources"}, entry
        assert entry["level"] in CONFIDENCE_LEVELS, entry
        assert set(entry["sources"]) <= ids, entry
        if entry["level"] != "not_published":
            assert entry["sources"], f"a published fact needs a source: {entry['fact']}"


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_body_has_one_title_matching_the_front_matter(doc):
    assert doc.titles == [doc.meta["title"]]
    assert doc.body.lstrip().startswith(f"# {doc.meta['title']}")
    assert doc.sections, "a file needs sections"


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_every_section_ends_with_a_sources_line_of_known_ids(doc):
    ids = {s["id"] for s in doc.meta["sources"]}
    for section in doc.sections:
        assert section.source_ids, f"{doc.name} > {section.heading_path} does not end with 'Sources: ...'"
        assert set(section.source_ids) <= ids, f"{doc.name} > {section.heading_path}: unknown {set(section.source_ids) - ids}"
        assert "Sources:" not in section.prose, f"{doc.name} > {section.heading_path}: stray Sources line"


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_sentence_source_markers_name_known_ids(doc):
    """A sentence resting on some of its section's sources names them ('[^id]'): every id is one of the file's."""
    ids = {s["id"] for s in doc.meta["sources"]}
    for section in doc.sections:
        unknown = set(section.marked_ids) - ids
        assert not unknown, f"{doc.name} > {section.heading_path}: unknown sentence sources {unknown}"


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_every_listed_source_is_cited_by_a_section(doc):
    cited = {i for section in doc.sections for i in [*(section.source_ids or []), *section.marked_ids]}
    unused = {s["id"] for s in doc.meta["sources"]} - cited
    assert not unused, f"{doc.name}: sources never cited: {unused}"


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_sections_are_retrievable_sizes_with_unique_headings(doc):
    paths = [s.heading_path for s in doc.sections]
    assert len(paths) == len(set(paths))
    for section in doc.sections:
        words = len(section.prose.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{doc.name} > {section.heading_path}: {words} words"
        assert section.level in (2, 3)


def test_section_parser_sees_a_missing_sources_line():
    _, sections = parse_sections("# T\n\n## A\n\nText.\n\nSources: x\n\n## B\n\nMore text.\n")
    assert sections[0].source_ids == ["x"]
    assert sections[1].source_ids is None


def test_section_parser_keeps_heading_paths_and_ignores_fenced_hashes():
    _, sections = parse_sections("# T\n## Appeals\nx\nSources: a\n### Taobao\n```\n# not a heading\n```\nSources: b\n")
    assert [s.heading_path for s in sections] == ["Appeals", "Appeals > Taobao"]
    assert "# not a heading" in sections[1].prose


# --- figures: the corpus states each rule figure ... -------------------------------------------------------


def test_corpus_states_the_link_limit():
    assert states(corpus_text("complaints.md"), rf"\b{FIGURES.max_links}\s+(links|listings)\b")


def test_corpus_states_one_ip_right_per_complaint():
    assert FIGURES.ip_rights_per_complaint == 1
    assert states(corpus_text("complaints.md"), r"complaint\b.*\b(one|exactly one|1)\s+(approved\s+)?(IPR|IP right|right)\b")


def test_corpus_states_the_seller_counter_notice_window():
    assert states(corpus_text("timelines.md"), rf"\b{FIGURES.counter_notice_days} business days\b.*counter-notice")


def test_corpus_states_cross_border_appeals_and_the_later_deadline():
    section = by_name("timelines.md").section("Seller appeals > AliExpress and Alibaba.com")
    assert states(section.prose, rf"\b{FIGURES.cross_border_appeals} appeals\b")
    assert states(section.prose, rf"\bappeals?\b.*\b{FIGURES.later_appeal_days} business days\b")


def test_corpus_states_taobao_appeals_and_reply_window():
    appeals = by_name("timelines.md").section("Seller appeals > Taobao").prose
    reply = by_name("timelines.md").section("Complainant response window > Taobao").prose
    assert states(appeals, rf"\b{FIGURES.taobao_appeals} appeal chances\b")
    assert states(reply, rf"complainant has {FIGURES.taobao_reply_days} working days")


def test_corpus_states_the_good_faith_thresholds():
    text = corpus_text("good-faith.md")
    assert states(text, rf"below {FIGURES.takedown_rate_pct:g}%")
    assert states(text, rf"above {FIGURES.counter_notice_rate_pct:g}%")
    assert states(text, rf"past {FIGURES.window_months} months")
    assert states(text, rf"{FIGURES.rejoin_months} months before it can rejoin")


def test_corpus_says_the_unpublished_reply_windows_are_not_published():
    section = by_name("timelines.md").section("Complainant response window > AliExpress, Alibaba.com and Lazada")
    assert states(section.prose, r"not published")
    assert states(section.prose, r"Manage Complaints")
    # Any figure in this section must be Taobao's, named as such.
    for sentence in sentences(section.prose):
        if re.search(r"\b\d+\s+(business|working) days\b", sentence):
            assert "Taobao" in sentence, sentence


def test_historical_good_faith_ceiling_is_marked_as_historical():
    text = corpus_text("good-faith.md")
    assert "1.5%" in text
    for sentence in [s for s in re.split(r"(?<=\.)\s+", text) if "1.5%" in s]:
        assert re.search(r"originally|historical|formerly", sentence), sentence


# --- ... and never contradicts it --------------------------------------------------------------------------


@pytest.mark.parametrize("doc", CORPUS, ids=lambda f: f.name)
def test_corpus_never_contradicts_the_rules(doc):
    alibaba = doc.name != "other-marketplaces.md"
    good_faith_file = doc.name == "good-faith.md"
    problems = []
    for section in doc.sections:
        heading = ("Good Faith > " if good_faith_file else "") + section.heading_path
        problems += contradictions(section.prose, FIGURES, heading=heading, alibaba=alibaba)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "snippet, heading",
    [
        ("Each complaint may list up to 200 links.", ""),
        ("IPP accepts 500 listings per complaint.", ""),
        ("The seller has 5 business days to file a counter-notice.", ""),
        ("Sellers on AliExpress get 4 appeals in total.", "Seller appeals > AliExpress and Alibaba.com"),
        ("A Taobao seller has 3 appeal chances.", ""),
        ("On Taobao sellers get three appeals.", ""),
        ("The second and third appeals are due within 30 business days of the complaint.", "Seller appeals"),
        ("After a Taobao seller appeals, the complainant has 5 working days to respond.", ""),
        ("The complainant has 2 working days to reply.", "Complainant response window > Taobao"),
        ("Good Faith accounts need a takedown success rate of at least 85%.", ""),
        ("Successful counter-notices above 1.5% remove a Good Faith account.", ""),
        ("The assessment window is 6 months.", "Good Faith > Current thresholds"),
        ("A removed account can rejoin the Good Faith programme after 1 month.", ""),
    ],
)
def test_the_checker_catches_a_contradicting_snippet(snippet, heading):
    assert contradictions(snippet, FIGURES, heading=heading), snippet


@pytest.mark.parametrize(
    "snippet, heading",
    [
        ("One complaint can hold up to 300 links.", ""),
        ("The online form takes at most 10 links per notice.", ""),
        ("The seller has 3 business days to file a counter-notice.", ""),
        ("Later appeals are due within 27 business days; the limit was 30 business days before 2022.", "Seller appeals"),
        ("Sellers get up to 3 appeals (2 on Taobao).", ""),
        ("The ceiling on counter-notices, originally 1.5%, is now 5% in the Good Faith programme.", ""),
        ("A Taobao intervention takes 3 to 5 working days.", ""),
    ],
)
def test_the_checker_accepts_consistent_statements(snippet, heading):
    assert contradictions(snippet, FIGURES, heading=heading) == []


def test_other_marketplace_limits_are_only_checked_where_ipp_is_named():
    assert contradictions("An IPP complaint holds up to 200 links.", FIGURES, alibaba=False)
    assert contradictions("Temu allows up to 200 listings per complaint.", FIGURES, alibaba=False) == []
    assert contradictions("Keep each group under the limit of 250 links.", FIGURES)


def test_statement_finder_fails_when_the_figure_is_absent():
    assert not states("The seller may file a counter-notice soon.", r"\b3 business days\b.*counter-notice")
    assert states("The seller has 3 business days to file a counter-notice.", r"\b3 business days\b.*counter-notice")


def test_rule_figures_come_from_the_yaml():
    rules = KNOWLEDGE_DIR / "rules"
    assert (rules / "limits.yaml").exists()
    assert FIGURES.max_links == 300 and FIGURES.later_appeal_days == 27
    assert FIGURES.takedown_rate_pct == 90 and FIGURES.counter_notice_rate_pct == 5
