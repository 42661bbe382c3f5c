"""jcr-desk-cli abcp and abcp-import: required subordination by part, headless imports."""

from __future__ import annotations

import json

import pytest

from jcr_desk.case import load_case, save_case
from jcr_desk.case.document.model import Case
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from tests.sheets import write_rows
from tests.unit.case.abcp_cases import program_case
from tests.unit.structured.abcp.histories import month_rows, write_history

PREFIX = "jcr-desk-cli: error: "


@pytest.fixture
def case_path(tmp_path):
    path = tmp_path / "abcp.jcrcase"
    save_case(program_case(), path)
    return path


def run_json(argv, capsys) -> dict:
    assert main(argv) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_the_table_lists_each_rating_by_part(case_path, capsys):
    assert main(["abcp", str(case_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Sakura Receivables Funding: internal, multi-seller" in out
    header = next(line for line in out.splitlines() if line.lstrip().startswith("Rating"))
    for words in ("Stressed credit loss", "Stressed dilution", "Commingling",
                  "Servicer-transfer reserve", "Required", "Has"):
        assert words in header
    rows = [line.split() for line in out.splitlines() if line.split()[:1] in
            (["J-1+"], ["J-1"], ["J-2"], ["J-3"])]
    assert [row[0] for row in rows] == ["J-1+", "J-1", "J-2", "J-3"]
    # The case's choices: the highest reading, J-1 multiple 3.8. Losses alternate 0.4 % and
    # 0.6 % from a low month to a high one, so the trend slope is 0.012 % over Σ(x − x̄)² =
    # 1,150: 0.00104 % a month, and the trend at month 24 is 0.5 % + 11.5 × that = 0.512 %,
    # above the mean: 3.8 × 0.512 % = 1.95 %. Cancellations are flat: 3.8 × 0.2 % = 0.76 %.
    j1 = rows[1]
    assert j1[1:3] == ["1.95%", "0.76%"] and j1[3] == "0.00%" and j1[4] == "0.50%"
    assert "Reference only: US-agency dynamic reserve" in out
    assert "Rulebook 2026.2" in out


def test_json_has_every_part_with_its_citation(case_path, capsys):
    result = run_json(["abcp", str(case_path), "--json"], capsys)
    assert [t["rating"] for t in result["tests"]] == ["J-1+", "J-1", "J-2", "J-3"]
    parts = result["tests"][0]["parts"]
    assert [p["key"] for p in parts] == ["credit_loss", "dilution", "commingling",
                                         "servicer_transfer"]
    assert all(p["citation"].startswith("003 No. 2") for p in parts)
    assert result["guideline"]["status"] in ("proposed", "open", "not_reached")
    assert {c["kind"] for c in result["caps"]} >= {"country"}


def test_set_tries_other_terms_and_factors_without_changing_the_case(case_path, capsys):
    result = run_json(["abcp", str(case_path), "--set", "subordination=0.001", "--json"], capsys)
    assert {t["outcome"] for t in result["tests"]} == {"fail"}
    assert result["guideline"]["reached"] is None
    sd = run_json(["abcp", str(case_path), "--set", "form=sd", "--set", "k.J-3=3.5", "--json"],
                  capsys)
    assert sd["form"] == "sd"
    assert sd["tests"][3]["stressed"][0]["factor"] == 3.5
    assert load_case(case_path).programs[0].program.subordination == 0.10


def test_a_set_that_would_weaken_a_better_rating_is_refused(case_path, capsys):
    assert main(["abcp", str(case_path), "--set", "multiple.J-1+=2"]) == EXIT_USAGE
    assert "the multiple of J-1+ (2) would be below" in capsys.readouterr().err


def test_an_unknown_set_name_is_refused(case_path, capsys):
    assert main(["abcp", str(case_path), "--set", "losses=2"]) == EXIT_USAGE
    assert "unknown name" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("spoil", "where", "what"),
    [
        (lambda rows: rows.pop(4), "row 7, column A (年月)", "2024-05 is missing"),
        (lambda rows: rows.__setitem__(slice(2, 4), rows[3:1:-1]), "row 6, column A (年月)",
         "2024-03 comes after 2024-04"),
        (lambda rows: rows[5].__setitem__(3, -10), "row 8, column D (貸倒額（円）)",
         "outside the valid range"),
        (lambda rows: rows[1].__setitem__(4, "未集計"), "row 4, column E (取消額（円）)",
         "cannot read"),
    ],
    ids=["gap", "out-of-order", "negative", "text"],
)
def test_a_bad_history_exits_1_naming_file_sheet_row_and_column(
    case_path, tmp_path, capsys, spoil, where, what
):
    rows = month_rows([5_000.0] * 14)
    spoil(rows)
    history = write_history(tmp_path, rows)
    assert main(["abcp", str(case_path), "--history", str(history)]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert err.startswith(PREFIX + "history.xlsx, sheet History, " + where)
    assert what in err
    assert main(["abcp-import", str(case_path), "--history", str(history)]) == EXIT_PROBLEMS
    assert where in capsys.readouterr().err
    assert load_case(case_path).programs[0].history.month_count == 24  # unchanged


def test_abcp_import_makes_a_history_the_programs_and_saves(case_path, tmp_path, capsys):
    history = write_history(tmp_path, month_rows([3_000.0, 7_000.0] * 9))
    assert main(["abcp-import", str(case_path), "--history", str(history)]) == EXIT_OK
    assert "months: 18" in capsys.readouterr().out
    case = load_case(case_path)
    assert case.programs[0].history.month_count == 18
    assert case.audit[-1].action == "ABCP program edited"


def test_abcp_import_reads_receivables_leaving_out_rows_with_errors(case_path, tmp_path,
                                                                    capsys):
    rows = [["債権番号", "請求額（円）", "支払日", "加盟店業種", "譲渡人"],
            ["R-1", 12_000, "2026-10-27", "Supermarket", "Mitsukaze Card"],
            ["R-2", "x", "2026-10-27", "Travel", "Hoshizora Card"],
            ["R-3", 8_000, "2026-10-27", "Travel", "Hoshizora Card"]]
    tape = write_rows(tmp_path / "receivables.xlsx", rows)
    code = main(["abcp-import", str(case_path), "--receivables", str(tape), "--json"])
    assert code == EXIT_PROBLEMS  # one row left out, listed
    summary = json.loads(capsys.readouterr().out)
    assert (summary["imported"], summary["excluded"]) == (2, 1)
    assert summary["problems"][0]["row"] == 3
    pool = load_case(case_path).programs[0].receivables
    assert pool.loans["receivable_id"].tolist() == ["R-1", "R-3"]


def test_a_case_without_a_program_exits_1(tmp_path, capsys):
    path = tmp_path / "empty.jcrcase"
    save_case(Case(), path)
    assert main(["abcp", str(path)]) == EXIT_PROBLEMS
    assert "the case has no ABCP program" in capsys.readouterr().err
