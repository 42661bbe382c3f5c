"""The release and the Rule 17g-7 form drafted from the case, in both languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from jcr_desk.case.document.model import GROUP_ROLES, HOLDING_ROLES
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.case.services.rated_items import CLASS, PROGRAM, rated_items
from jcr_desk.reports.disclosure import disclosure_draft, disclosure_items
from jcr_desk.reports.docx_writer import build_docx
from jcr_desk.reports.draft_writers import to_html, to_text
from jcr_desk.reports.methodology_cited import documents_cited
from jcr_desk.reports.release import rating_action_rows, release_draft
from jcr_desk.reports.templates import Fields, render
from jcr_desk.reports.wording import outlook_words
from tests.unit.case.abcp_cases import program_case
from tests.unit.case.committee_cases import demo_with_results, seed_000_case
from tests.unit.case.seed_000_history import ISSUER, ROWS


@pytest.fixture(scope="module")
def demo():
    return demo_with_results()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_rated_item_shows_its_rating_and_outlook(demo, language) -> None:
    release = release_draft(demo, language)
    form = disclosure_draft(demo, language)
    items = rated_items(demo)
    assert len(items) == 13  # the group's items, two RMBS classes and the ABCP program
    item_1 = next(i for i in disclosure_items(demo, language) if i.number == 1)
    assert len(item_1.lines) == len(items)
    for item, line in zip(items, item_1.lines, strict=True):
        name = item.issuer_name(language)
        headline = [
            b.text
            for b in release.blocks
            if item.proposal.rating in b.text and b.kind == "paragraph"
        ]
        assert headline, item.key
        assert line.startswith(name) and item.proposal.rating in line
        if item.carries_outlook:
            words = outlook_words(item.outlook, language)
            assert words in line
            assert any(words in text for text in headline)
    assert release.missing == form.missing  # the same two undated documents in both
    assert all("not recorded" in m or "未記録" in m for m in release.missing)


def test_the_demo_release_reads_like_a_release(demo) -> None:
    text = to_text(release_draft(demo, "en"))
    holding = text.index("Mitsukaze Financial Group, Inc.")
    assert text.index("<Affirmation>", holding) < text.index("Long-term Issuer Rating: A+", holding)
    assert "Maximum: JPY500 billion" in text
    assert "(1) The group keeps a stable retail deposit base" in text
    assert "Analysts: Haruka Tominaga, Kenji Oshiro" in text
    assert "Rating assignment date: October 20, 2026" in text
    ja = to_text(release_draft(demo, "ja"))
    assert "【据置】" in ja and "長期発行体格付：A+　見通し：安定的" in ja
    assert "発行限度額：5,000億円" in ja and "格付付与日：2026年10月20日" in ja
    assert "株式会社三風フィナンシャルグループ" in ja


def test_the_methodology_list_is_the_documents_the_case_cited(demo) -> None:
    # Walked here from the guidelines themselves: every step of every group company's
    # long-term guideline, the holdings' issue guidelines with a decision, and the stress
    # engine's documents for the rated classes (multipliers 002, the ceiling rule 003 No. 1).
    expected: set[str] = set()
    decided_issue = {d.entity_id for d in demo.decisions if d.item == "issue"}
    for entity in demo.entities:
        if entity.role not in GROUP_ROLES:
            continue
        guidelines = evaluate_entity(demo, entity.id)
        chosen = [guidelines.long_term]
        if entity.role in HOLDING_ROLES and entity.id in decided_issue:
            chosen.append(guidelines.issue)
        for guideline in chosen:
            for step in guideline.steps:
                expected |= {doc for doc, _ in documents_cited(step.citation)}
    expected |= {"002", "003 No. 1"}
    for step in demo.program_results[0].result.guideline.steps:  # the ABCP program's
        expected |= {doc for doc, _ in documents_cited(step.citation)}
    item_2 = next(i for i in disclosure_items(demo, "en") if i.number == 2)
    listed = {
        cited
        for line in item_2.lines
        for cited in ("001", "002", "003 No. 1", "003 No. 2", "003 Reference", "004")
        if f"cited as {cited}" in line
    }
    assert listed == expected == {"001", "002", "003 No. 1", "003 No. 2", "003 Reference", "004"}
    assert any(line.startswith("JCR Desk rulebook 2026.2") for line in item_2.lines)


def test_citations_name_their_documents_and_sections() -> None:
    assert documents_cited("001 §2(3); 004 §1(2) (high double leverage; Desk default)") == [
        ("001", "§2(3)"),
        ("004", "§1(2)"),
    ]
    assert documents_cited("003 No. 1 §2(3)") == [("003 No. 1", "§2(3)")]
    assert documents_cited("003 Reference (Country Ceiling)") == [("003 Reference", "")]
    assert documents_cited("Desk default (solver tolerance)") == []
    assert documents_cited("METHODOLOGY §1; 000") == []


def test_seed_000_history_is_item_12s_table() -> None:
    case = seed_000_case()
    form = disclosure_draft(case, "en")
    table = next(b for b in form.blocks if b.kind == "table")
    assert table.rows[0] == (
        "Issuer Name",
        "Issue Name",
        "Publication Date",
        "Rating",
        "Outlook/Direction",
    )
    assert len(table.rows) == 1 + len(ROWS) == 39
    assert table.rows[1] == (ISSUER, "Issuer(Long-term)", "March 11, 2003", "AA-", "")
    assert table.rows[4] == (ISSUER, "Issuer(Long-term)", "March 6, 2006", "AA-", "Stable")
    assert table.rows[20] == (ISSUER, "CP", "March 11, 2003", "J-1+", "")
    assert table.rows[-1] == (ISSUER, "CP", "May 19, 2020", "J-1+", "")
    release = to_text(release_draft(case, "en"))
    assert "<Affirmation>" in release
    assert "Long-term Issuer Rating: AA-   Outlook: Stable" in release
    assert "CP: J-1+" in release and "Maximum: JPY1 trillion" in release


def test_missing_inputs_show_as_placeholders_and_are_listed() -> None:
    case = seed_000_case()
    case.committee.committee_date = None
    case.committee.analysts = []
    case.committee_items = []
    case.decisions = [d for d in case.decisions if d.item != "short_term"]
    release = release_draft(case, "en")
    form = disclosure_draft(case, "en")
    expected_release = {
        "analysts not entered",
        "committee date not entered",
        "rationale not written",
        f"outlook of {ISSUER} Long-term Issuer Rating not entered",
        f"no proposal for {ISSUER} CP",
        f"no action for {ISSUER} CP",
        f"CP maximum of {ISSUER} not entered",
    }
    assert set(release.missing) == expected_release
    text = to_text(release)
    for item in expected_release:
        assert f"⟦{item}⟧" in text
    assert {
        "publication date not entered",
        "responsible person for the attestation not entered",
        "title of the responsible person not entered",
        "third-party due diligence: used or not, not stated",
        "who pays the rating fee, not stated",
        "other services paid for in the last fiscal year: not stated",
    } <= set(form.missing)
    assert '<span class="missing">⟦committee date not entered⟧</span>' in to_html(release)


def test_a_missing_japanese_name_is_listed_and_the_name_used() -> None:
    case = seed_000_case()
    case.entities[0].name_ja = ""
    draft = release_draft(case, "ja")
    assert f"{ISSUER}の日本語名未入力（入力済みの名称を使用）" in draft.missing
    assert ISSUER in draft.text_of()


def test_a_template_field_the_desk_does_not_fill_is_a_listed_placeholder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jcr_desk.reports import templates

    monkeypatch.setattr(templates, "template_text", lambda kind, language: "# T\nFee: ${fee}\n")
    draft = render("release", "en", Fields())
    assert draft.blocks[1].text == "Fee: ⟦fee⟧"
    assert draft.missing == ("template field ${fee} is not one JCR Desk fills",)


def test_the_docx_opens_and_holds_the_headline_and_the_14_items(demo, tmp_path: Path) -> None:
    path = tmp_path / "disclosure_en.docx"
    build_docx(disclosure_draft(demo, "en")).save(str(path))
    document = Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    numbered = [h for h in headings if h.split(".")[0].isdigit()]
    assert [int(h.split(".")[0]) for h in numbered] == list(range(1, 15))
    table = document.tables[0]
    assert table.rows[0].cells[0].text == "Issuer Name"
    release = tmp_path / "release_en.docx"
    build_docx(release_draft(demo, "en")).save(str(release))
    texts = [p.text for p in Document(str(release)).paragraphs]
    assert "<Affirmation>" in texts
    assert "Long-term Issuer Rating: A+   Outlook: Stable" in texts
    assert "Maximum: JPY500 billion" in texts


def test_docx_placeholders_are_highlighted(tmp_path: Path) -> None:
    case = seed_000_case()
    case.committee.committee_date = None
    document = build_docx(release_draft(case, "en"))
    runs = [r for p in document.paragraphs for r in p.runs if r.text.startswith("⟦")]
    assert runs and all(r.font.highlight_color is not None for r in runs)


def test_rating_action_rows_for_the_workbook(demo) -> None:
    rows = rating_action_rows(demo)
    holding = rows[0]
    assert (holding.issuer, holding.item, holding.current_rating, holding.proposed_rating) == (
        "Mitsukaze Financial Group, Inc.",
        "Long-term Issuer Rating",
        "A+",
        "A+",
    )
    assert (holding.action, holding.current_date) == ("Affirmation", date(2025, 7, 11))
    cp = rows[1]
    assert (cp.item, cp.cp_maximum, cp.proposal_source) == ("CP", "JPY500 billion", "guideline")
    ja = rating_action_rows(demo, "ja")[0]
    assert (ja.issuer, ja.action, ja.current_outlook) == (
        "株式会社三風フィナンシャルグループ", "据置", "安定的"
    )
    assert [r.item for r in rows if r.issuer.startswith("Mitsukaze Housing")] == [
        "Class A",
        "Class B",
    ]


def test_the_classes_sensitivity_is_drawn_from_the_stress_result(demo) -> None:
    item_13 = next(i for i in disclosure_items(demo, "en") if i.number == 13)
    result = demo.results[0].result
    senior = result.line("AAA").verdict("Class A")
    line = next(text for text in item_13.lines if text.startswith("Class A: rated AAA"))
    assert f"up to {senior.breakeven_multiple:.1f} times the base case" in line
    assert "At a recovery rate of 30%" in line and "At a recovery rate of 40%" in line
    assert any(text.startswith("Class B: rated A;") for text in item_13.lines)
    assert [i.kind for i in rated_items(demo)].count(CLASS) == 2


def test_an_unknown_language_is_refused(demo) -> None:
    with pytest.raises(ValueError, match="no templates in 'fr'"):
        release_draft(replace(demo), "fr")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_abcp_program_has_its_headline_and_sensitivity(demo, language) -> None:
    [program] = [i for i in rated_items(demo) if i.kind == PROGRAM]
    test = demo.program_results[0].result.test("J-1")
    release = to_text(release_draft(demo, language))
    assert f"{program.class_name}" in release and "ABCP" in release
    item_13 = next(i for i in disclosure_items(demo, language) if i.number == 13)
    [line] = [line for line in item_13.lines if program.class_name in line]
    assert f"{test.available:.2%}" in line and f"{test.required:.2%}" in line and "J-1" in line


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_abcp_program_is_an_asset_backed_security_in_item_14(language) -> None:
    """Found in review: a case holding only an ABCP program said none of its ratings was of
    an asset-backed security, and asked for no representations and warranties."""
    case = program_case()
    [program] = [i for i in rated_items(case) if i.kind == PROGRAM]
    item_14 = next(i for i in disclosure_items(case, language) if i.number == 14)
    [line] = item_14.lines
    assert program.class_name in line
    assert item_14.missing  # the analyst has not entered them: a listed placeholder
    case.disclosure = replace(case.disclosure, representations_warranties="Sellers warrant.")
    item_14 = next(i for i in disclosure_items(case, language) if i.number == 14)
    assert item_14.lines == (f"{program.class_name}{'：' if language == 'ja' else ': '}"
                             "Sellers warrant.",)
