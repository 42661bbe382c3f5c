"""Words the window shows from the resources are registered for translation: every pool
schema label and code, the strat units, the guarantee requirements of the rulebook, the ABCP
rulebook's checklist points, documents, SPC forms and purchased assets."""

from __future__ import annotations

import inspect
import re
import tomllib

from jcr_desk.paths import resources_dir
from jcr_desk.pool.schema import schema
from jcr_desk.structured.abcp.analysis import desk_defaults
from jcr_desk.structured.abcp.citation_words import CITATION_NOTES
from jcr_desk.structured.abcp.desk_default_words import DESK_DEFAULT_LABELS
from jcr_desk.structured.abcp.program import SUPPORT_WORDS
from jcr_desk.structured.abcp.rules import abcp_rules
from jcr_desk.structured.rmbs.settings import stress_settings
from jcr_desk.ui.abcp.abcp_words import (
    CHECKS,
    DOCUMENTS,
    PURCHASED_ASSETS,
    SPC_FORMS,
    SUPPORT,
    abcp_word,
    citation_shown,
)
from jcr_desk.ui.pool.pool_words import CODES, FIELD_LABELS, bucket_word, code_word
from jcr_desk.ui.stress.qt_checklist_model import REQUIREMENTS
from jcr_desk.ui.translations import install_language

NOT_WORDS = {"prefecture", "first_lien"}  # prefectures are Japanese; first lien is yes/no


def test_every_label_and_code_of_the_schema_is_registered():
    for spec in schema():
        assert spec.label in FIELD_LABELS, spec.name
        if spec.name not in NOT_WORDS:
            assert set(spec.categories or ()) <= set(CODES), spec.name


def test_codes_and_bucket_units_read_in_japanese(qapp):
    try:
        install_language("ja")
        assert code_word("salaried") == "給与所得者"
        assert (
            code_word("Mitsukaze Loan Guarantee Co., Ltd.") == "Mitsukaze Loan Guarantee Co., Ltd."
        )
        assert bucket_word("10,000,000 – 20,000,000 yen") == "10,000,000 – 20,000,000 円"
        assert bucket_word("Unknown") == "不明"
    finally:
        install_language("en")
    assert code_word("salaried") == "salaried"


def test_every_guarantee_requirement_of_the_rulebook_is_registered():
    texts = [requirement.text for requirement in stress_settings().guarantee_requirements]
    assert texts and set(texts) <= set(REQUIREMENTS)


def test_every_abcp_checklist_point_and_document_of_the_rulebook_is_registered():
    rules = abcp_rules()
    points = {item.text for items in rules.checks.values() for item in items}
    documents = {document.text for kind in rules.documents.values() for document in kind}
    assert points and points <= set(CHECKS)
    assert documents and documents <= set(DOCUMENTS)


def test_every_abcp_spc_form_purchased_asset_and_support_word_is_registered():
    rules = abcp_rules()
    assert set(rules.spc_forms.values()) <= set(SPC_FORMS)
    assert set(rules.purchased_assets.values()) <= set(PURCHASED_ASSETS)
    assert set(SUPPORT_WORDS.values()) <= set(SUPPORT)


def test_abcp_words_read_in_japanese(qapp):
    try:
        install_language("ja")
        assert abcp_word("Term sheet for the ABCP") != "Term sheet for the ABCP"
        assert abcp_word("Supermarkets") == "Supermarkets"  # a merchant category is data
    finally:
        install_language("en")
    assert abcp_word("Term sheet for the ABCP") == "Term sheet for the ABCP"


def _citations(value: object) -> set[str]:
    if isinstance(value, dict):
        found = {value["citation"]} if isinstance(value.get("citation"), str) else set()
        return found.union(*(_citations(v) for k, v in value.items() if k != "citation"))
    if isinstance(value, list):
        return set().union(*(_citations(v) for v in value))
    return set()


def test_every_note_of_the_abcp_rulebooks_citations_is_registered():
    """What remains of a citation once its registered notes are taken out is the reference
    as written: "003 No. 2 §3(2)(ii)(d)"."""
    path = resources_dir() / "methodology" / "abcp.toml"
    citations = _citations(tomllib.loads(path.read_text(encoding="utf-8")))
    assert len(citations) > 10
    for citation in citations:
        for note in sorted(CITATION_NOTES, key=len, reverse=True):
            citation = citation.replace(note, " ")
        words = set(re.findall(r"[A-Za-z][A-Za-z'-]+", citation))
        assert words <= {"No", "ii"}, citation


def test_a_citation_reads_in_japanese_with_its_reference_as_written(qapp):
    citation = "003 No. 2 §3(2)(ii)(c) (Desk default)"
    try:
        install_language("ja")
        assert citation_shown(citation) == "003 No. 2 §3(2)(ii)(c) (Desk 既定値)"
    finally:
        install_language("en")
    assert citation_shown(citation) == citation


def test_every_desk_default_an_abcp_analysis_can_name_has_a_label():
    """The keys :func:`desk_defaults` lists (read from its source, so a new one is caught)."""
    source = inspect.getsource(desk_defaults)
    keys = set(re.findall(r'"(abcp\.[a-z_.]+)"', source))
    assert len(keys) > 10
    assert keys <= set(DESK_DEFAULT_LABELS)
