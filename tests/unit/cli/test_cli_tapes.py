"""jcr-desk-cli check-tape and import-tape: report, JSON shape, exit codes, the case on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jcr_desk.case import load_case, save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from jcr_desk.pool.mapping import MappingProfile, auto_map, save_profile
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape_writer import HEADER_ROW, tape_headers, write_tape_xlsx

PREFIX = "jcr-desk-cli: error: "
TAPES = Path(__file__).parents[2] / "data" / "tapes"
FIRST = HEADER_ROW + 1
#: Rows of lo_ja_errors.xlsx with planted errors (see tests/data/tapes/make_tapes.py).
PLANTED_ERRORS = {
    FIRST: "current_balance",
    FIRST + 1: "loan_id",
    FIRST + 2: "loan_id",
    FIRST + 3: "rate_type",
    FIRST + 4: "interest_rate",
}
#: Rows whose cells are written by hand (era date, full-width digits) but are valid.
HAND_WRITTEN = {FIRST + 5, FIRST + 6}
#: The demo's classes were sized for its own pool: a tape of another size keeps their amounts.
KEEP_AMOUNTS = ("--classes", "keep-amounts", "--reason", "the notes stay as issued")
PROBLEM_KEYS = {"sheet", "row", "column", "field", "value", "rule", "severity", "message"}


@pytest.fixture(autouse=True)
def _own_home(tmp_path, monkeypatch):
    """Mapping profiles are looked up in the user folder: keep the real one out of reach."""
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="module")
def demo_tape(tmp_path_factory) -> Path:
    return write_tape_xlsx(generate_loans(40, seed=8), tmp_path_factory.mktemp("t") / "demo.xlsx")


def run_json(argv: list[str], capsys) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(PREFIX)
    return lines[0]


def error_rows(report: dict) -> set[int]:
    return {p["row"] for p in report["problems"] if p["severity"] == "error"}


def test_check_tape_json_has_the_issue_shape(demo_tape, capsys):
    code, report = run_json(["check-tape", str(demo_tape)], capsys)
    assert code == EXIT_OK
    assert report["rows"] == report["imported"] == 40
    assert all(set(p) >= PROBLEM_KEYS for p in report["problems"])
    assert all(p["severity"] == "warning" for p in report["problems"])
    assert report["summary"]
    assert "40" in json.dumps(report["summary"])


def test_check_tape_text_prints_counts_problems_and_summary(capsys):
    code = main(["check-tape", str(TAPES / "lo_ja_errors.xlsx")])
    out = capsys.readouterr().out
    assert code == EXIT_PROBLEMS
    first = out.splitlines()[0]
    assert first.startswith("lo_ja_errors.xlsx, sheet 債権明細: 60 rows, 55 importable")
    assert f"error   row {FIRST} F: " in out
    assert "謎の金利" in out
    assert "Summary (as of " in out and "concentrations:" in out


def test_check_tape_under_lang_ja_prints_its_problems_in_japanese(capsys):
    code = main(["--lang", "ja", "check-tape", str(TAPES / "lo_ja_errors.xlsx")])
    out = capsys.readouterr().out
    assert code == EXIT_PROBLEMS
    problems = out.split("すべての行を表示）：\n")[1].split("概要（基準日")[0]
    assert f"エラー {FIRST} 行目 F：残高（円）：残高 -1000 がゼロまたはマイナスです" in problems
    assert "2 名の債務者が複数の債権を持っています（4 件）" in problems
    assert "合計行では 残高（円） が 1,923,562,730 ですが" in problems
    assert not any(words in problems for words in ("row", "zero", "appears", "totals", "known"))


@pytest.mark.parametrize(
    ("name", "loans"), [("lo_en_120.xlsx", 120), ("lo_ja_150.ods", 150), ("lo_ja_80.xls", 80)]
)
def test_tapes_saved_by_libreoffice_import_cleanly(name, loans, capsys):
    code, report = run_json(["check-tape", str(TAPES / name)], capsys)
    assert error_rows(report) == set()
    assert code == EXIT_OK
    assert report["rows"] == report["imported"] == loans


def test_every_planted_error_is_reported_with_its_row_and_field(capsys):
    code, report = run_json(["check-tape", str(TAPES / "lo_ja_errors.xlsx")], capsys)
    assert code == EXIT_PROBLEMS
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    for row, field in PLANTED_ERRORS.items():
        assert any(p["row"] == row and p["field"] == field for p in errors), (row, field)
    assert error_rows(report) == set(PLANTED_ERRORS)
    assert not HAND_WRITTEN & error_rows(report)
    assert report["rows"] == 60 and report["imported"] == 60 - len(PLANTED_ERRORS)
    assert all(p["sheet"] == "債権明細" for p in errors)


@pytest.mark.parametrize(
    ("content", "suffix"),
    [(b"loan_id,balance\nthis is not, a workbook", ".xlsx"), (b"\x89PNG\r\n\x1a\n" * 9, ".xlsx")],
)
def test_a_file_that_cannot_be_read_exits_2_with_one_line(tmp_path, capsys, content, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(content)
    assert main(["check-tape", str(path)]) == EXIT_USAGE
    assert "broken.xlsx" in one_error_line(capsys)


def test_a_missing_file_or_sheet_exits_2(tmp_path, demo_tape, capsys):
    assert main(["check-tape", str(tmp_path / "absent.xlsx")]) == EXIT_USAGE
    assert "absent.xlsx" in one_error_line(capsys)
    assert main(["check-tape", str(demo_tape), "--sheet", "No such sheet"]) == EXIT_USAGE
    assert "No such sheet" in one_error_line(capsys)


def test_an_unknown_profile_exits_2_naming_the_saved_ones(demo_tape, capsys):
    save_profile(MappingProfile("Originator A", {"loan_id": "Loan No."}))
    assert main(["check-tape", str(demo_tape), "--profile", "Originator B"]) == EXIT_USAGE
    line = one_error_line(capsys)
    assert "'Originator B'" in line and "Originator A" in line


def test_a_saved_profile_maps_headers_no_alias_knows(tmp_path, capsys):
    headers = tape_headers("en")
    path = write_tape_xlsx(generate_loans(30, seed=9), tmp_path / "odd.xlsx")
    odd = tmp_path / "odd_headers.xlsx"
    _rename_header(path, odd, headers["loan_id"], "Kanri Bango")
    code, report = run_json(["check-tape", str(odd)], capsys)
    assert code == EXIT_PROBLEMS
    assert any(p["field"] == "loan_id" for p in report["problems"])

    mapping = auto_map([headers[key] for key in headers])
    profile = MappingProfile.from_mapping("Originator K", mapping)
    profile.columns["loan_id"] = "Kanri Bango"
    save_profile(profile)
    code, report = run_json(["check-tape", str(odd), "--profile", "Originator K"], capsys)
    assert code == EXIT_OK
    assert report["imported"] == 30


def _rename_header(source: Path, target: Path, old: str, new: str) -> None:
    workbook = load_workbook(source)
    sheet = workbook.active
    for cell in sheet[HEADER_ROW]:
        if cell.value == old:
            cell.value = new
    workbook.save(target)


@pytest.fixture
def case_path(tmp_path) -> Path:
    path = tmp_path / "demo.jcrcase"
    save_case(build_demo_case(loans=15, seed=3), path)
    return path


def test_import_tape_replaces_the_pool_and_records_it(case_path, demo_tape, capsys):
    before = load_case(case_path)
    code, report = run_json(["import-tape", str(case_path), str(demo_tape), *KEEP_AMOUNTS], capsys)
    assert code == EXIT_OK
    assert report["case"] == str(case_path) and report["imported"] == 40
    after = load_case(case_path)
    assert len(after.pools) == len(before.pools)
    pool = after.pools[0]
    assert len(pool.loans) == 40 and pool.name == "demo"
    assert pool.source["file"] == "demo.xlsx"
    entry = after.audit[-1]
    assert entry.action == "pool imported"
    assert f"replaced {before.pools[0].name} (15 loans" in entry.detail
    assert case_path.with_name(case_path.name + ".bak").exists()


def test_import_tape_under_classes_sized_for_another_pool_asks_how_to_fit_them(
    case_path, demo_tape, capsys
):
    # Issue 16 finding 1: a larger pool under the same notes used to pass every class.
    before = case_path.read_bytes()
    assert main(["import-tape", str(case_path), str(demo_tape)]) == EXIT_PROBLEMS
    line = one_error_line(capsys)
    assert "demo.jcrcase: the classes of scenario" in line and "were sized for a pool of" in line
    assert "choose --classes keep-amounts" in line and "--classes keep-shares" in line
    assert case_path.read_bytes() == before

    argv = ["import-tape", str(case_path), str(demo_tape), "--classes", "keep-shares",
            "--reason", "the notes follow the new tape"]
    assert main(argv) == EXIT_OK
    case = load_case(case_path)
    structure = case.scenarios[0].structure
    pool = float(case.pools[0].loans["current_balance"].sum())
    assert structure.notes_total == pytest.approx(pool)
    assert structure.sized_for_pool == pytest.approx(pool)
    assert "reason: the notes follow the new tape" in case.audit[-1].detail


def test_import_tape_keeps_valid_rows_lists_excluded_ones_and_exits_1(case_path, capsys):
    code, report = run_json(
        ["import-tape", str(case_path), str(TAPES / "lo_ja_errors.xlsx"), *KEEP_AMOUNTS], capsys
    )
    assert code == EXIT_PROBLEMS
    pool = load_case(case_path).pools[0]
    assert len(pool.loans) == report["imported"] == 60 - len(PLANTED_ERRORS)
    listed = {p["row"] for p in pool.report if p["severity"] == "error"}
    assert listed == set(PLANTED_ERRORS)
    assert "5 rows excluded" in load_case(case_path).audit[-1].detail


def test_import_tape_leaves_the_case_untouched_when_the_tape_is_unreadable(
    case_path, tmp_path, capsys
):
    before = case_path.read_bytes()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    assert main(["import-tape", str(case_path), str(broken)]) == EXIT_USAGE
    assert "broken.xlsx" in one_error_line(capsys)
    assert case_path.read_bytes() == before


def test_import_tape_refuses_a_tape_without_any_valid_loan(case_path, tmp_path, capsys):
    loans = generate_loans(10, seed=2)
    loans["current_balance"] = -1.0
    tape = write_tape_xlsx(loans, tmp_path / "all_bad.xlsx")
    before = case_path.read_bytes()
    assert main(["import-tape", str(case_path), str(tape)]) == EXIT_PROBLEMS
    assert "nothing to import" in one_error_line(capsys)
    assert case_path.read_bytes() == before


def test_import_tape_into_a_missing_case_exits_2(tmp_path, demo_tape, capsys):
    assert main(["import-tape", str(tmp_path / "none.jcrcase"), str(demo_tape)]) == EXIT_USAGE
    assert "none.jcrcase" in one_error_line(capsys)


# -- issue 15: what the tape leaves undecided is given on the command line ---------------------


def finding(name: str) -> str:
    from tests.unit.pool import finding_tapes

    return str(finding_tapes.path(name))


def test_an_undecided_unit_is_an_error_until_given_with_unit(capsys):
    tape = finding("f02_yen_header_thousand_figures")
    code, report = run_json(["check-tape", tape], capsys)
    assert code == EXIT_PROBLEMS and report["imported"] == 0 and report["excluded"] == 40
    assert report["units"]["current_balance"]["unit"] is None
    options = ["--unit", "original_balance=thousand_yen", "--unit", "current_balance=thousand_yen"]
    code, report = run_json(["check-tape", tape, *options], capsys)
    assert code == EXIT_OK and report["imported"] == 40
    assert report["units"]["current_balance"] == {
        "unit": "thousand_yen",
        "chosen": True,
        "evidence": [
            {"unit": "yen", "source": "header", "detail": 'header "残高（円）"'},
            {"unit": "thousand_yen", "source": "values",
             "detail": "40 of 40 values are plausible (¥100,000 – ¥2,000,000,000) only as "
                       "thousand yen"},
        ],
    }


@pytest.mark.parametrize(
    "option", ["current_balance=pounds", "prefecture=yen", "interest_rate=thousand_yen"]
)
def test_a_unit_that_does_not_fit_the_field_is_a_usage_error(option, capsys):
    assert main(["check-tape", finding("f01_percent_format"), "--unit", option]) == EXIT_USAGE
    assert "--unit" in one_error_line(capsys) or "unit" in capsys.readouterr().err


def test_the_text_report_says_where_the_cut_off_came_from(capsys):
    tape = finding("f03_no_cut_off")
    main(["check-tape", tape])
    out = capsys.readouterr().out
    assert "Cut-off: 2024-" in out and "(inferred: the newest origination date;" in out
    assert "as of 2024-" in out and ", inferred)" in out
    main(["check-tape", tape, "--cut-off", "2026-09-30"])
    out = capsys.readouterr().out
    assert "Cut-off: 2026-09-30 (entered by the analyst)" in out
    assert main(["check-tape", tape, "--cut-off", "30/09/2026"]) == EXIT_USAGE


def test_text_output_groups_repeated_warnings_and_json_keeps_every_row(capsys):
    tape = finding("f07_many_warnings")
    _code, report = run_json(["check-tape", tape], capsys)
    every = len(report["problems"])
    main(["check-tape", tape])
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith(("  error", "  warning"))]
    assert lines[0].startswith("  error   row 16 F: ")  # errors first, by row
    assert [line.split()[0] for line in lines[:3]] == ["error"] * 3
    assert any("borrowers hold more than one loan" in line for line in lines)
    assert len(lines) < every / 10


def test_columns_the_tape_lacks_are_said_to_be_missing(capsys):
    main(["check-tape", finding("f08_missing_columns")])
    out = capsys.readouterr().out
    assert "(original not in the tape)" in out
    assert "Prefecture: not in the tape" in out
    assert "largest prefecture share: not in the tape" in out
    assert "0.0%" not in out.split("concentrations:")[1].split("\n")[1]


def test_import_tape_add_keeps_the_case_pool_and_its_scenarios(tmp_path, capsys):
    case_path = tmp_path / "demo.jcrcase"
    case = build_demo_case(loans=30)
    save_case(case, case_path)
    before = [(s.id, s.pool_id) for s in case.scenarios]
    code = main(["import-tape", str(case_path), finding("f09_footnotes"), "--add"])
    assert code == EXIT_OK
    saved = load_case(case_path)
    assert [p.id for p in saved.pools] == [case.pools[0].id, saved.pools[1].id]
    assert [(s.id, s.pool_id) for s in saved.scenarios] == before


def test_import_tape_replace_names_the_pool_it_replaces(tmp_path, capsys):
    case_path = tmp_path / "demo.jcrcase"
    save_case(build_demo_case(loans=30), case_path)
    assert main(["import-tape", str(case_path), finding("f09_footnotes"), "--add"]) == EXIT_OK
    first, second = load_case(case_path).pools
    code = main(["import-tape", str(case_path), finding("f09_footnotes"), "--replace", second.name])
    assert code == EXIT_OK
    pools = load_case(case_path).pools
    assert pools[0].id == first.id and pools[1].id != second.id
    assert len(pools) == 2


def test_import_tape_replace_of_an_unknown_pool_lists_the_case_pools(case_path, capsys):
    case = load_case(case_path)
    code = main(["import-tape", str(case_path), finding("f09_footnotes"), "--replace", "nope"])
    assert code == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert "no pool 'nope'" in err and case.pools[0].name in err
    assert load_case(case_path).pools[0].id == case.pools[0].id


def test_import_tape_add_and_replace_exclude_each_other(case_path, capsys):
    args = ["import-tape", str(case_path), finding("f09_footnotes"), "--add", "--replace", "x"]
    assert main(args) == EXIT_USAGE
