"""The one "which documents" service (assistant.services.case_documents): the case read from words, facts the front
end holds filling what the words leave out, and what each unsaid deciding fact decides, with or without the kind of
right."""

from __future__ import annotations

from assistant.domain.documents import open_questions, required_documents
from assistant.domain.models import DocumentCase, IPType, Role, Site
from assistant.services.case_documents import documents_for_words


def test_the_kind_of_right_said_gives_the_rules_checklist_and_the_open_questions():
    found = documents_for_words("Which documents does an agent need for a trademark complaint on Tmall?")
    case = DocumentCase(ip_type=IPType.TRADEMARK, role=Role.AGENT, site=Site.TMALL)
    assert not found.any_right and found.case == case
    assert found.checklist.ids() == required_documents(case).ids()
    assert found.checklist.open_questions == open_questions(case, {"ip_type", "role", "site"})
    assert {f["fact"] for f in found.read} == {"ip_type", "role", "site"}


def test_given_facts_fill_what_the_words_leave_out_and_count_as_said():
    found = documents_for_words("what do we need?", given={"ip_type": IPType.COPYRIGHT, "site": Site.ALIEXPRESS, "role": None})
    assert found.case.ip_type is IPType.COPYRIGHT and found.case.site is Site.ALIEXPRESS
    assert "site" not in {q.fact for q in found.checklist.open_questions}
    assert "role" in {q.fact for q in found.checklist.open_questions}  # None is not a fact given
    # The words win over what the front end holds.
    assert documents_for_words("a patent on Taobao", given={"ip_type": IPType.COPYRIGHT}).case.ip_type is IPType.PATENT


def test_without_the_kind_of_right_every_unsaid_fact_is_asked_and_what_differs_by_kind_is_named():
    found = documents_for_words("what do we need for taobao")
    assert found.any_right and found.case.site is Site.TAOBAO
    questions = {q.fact: q for q in found.checklist.open_questions}
    assert list(questions)[0] == "ip_type" and {"role", "holder_type", "places_of_registration"} <= set(questions)
    assert "reason" not in questions  # the reasons differ by kind: asked once the kind is known
    where = questions["places_of_registration"]
    assert where.question.startswith("On Taobao, Tmall and 1688 the right must be valid in Mainland China")
    # A trademark and a patent depend on it differently (a copyright does not): each line names its kinds.
    assert [line.split(":")[0] for line in where.depends] == ["A trademark", "A patent"]
    # The role decides the same for every kind: said once, without naming kinds.
    assert all(not line.startswith(("A trademark", "A copyright", "A patent")) for line in questions["role"].depends)


def test_without_the_kind_of_right_only_what_every_kind_needs_is_listed():
    found = documents_for_words("we are a law firm filing on AliExpress, what do we upload?")
    kinds = [required_documents(DocumentCase(ip_type=kind, role=Role.AGENT, site=Site.ALIEXPRESS)) for kind in IPType]
    shared = [d.id for d in kinds[0].documents if all(d.id in other.ids() for other in kinds[1:])]
    assert found.checklist.ids() == shared and "power_of_attorney" in shared
