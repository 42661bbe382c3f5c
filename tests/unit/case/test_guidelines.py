"""Rule routing: which engine each entity of a case goes to, with which inputs and GCW."""

from __future__ import annotations

import pytest

from jcr_desk.case.document.model import Case, Country, Entity
from jcr_desk.case.document.rule_inputs import ITEMS, input_specs
from jcr_desk.case.services.guidelines import evaluate_entity, group_creditworthiness, tree_order
from jcr_desk.methodology import groups
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating, ShortTermRating


def _entity(key: str, role: str, parent: str | None = None, **fields) -> Entity:
    return Entity(id=key, name=key.title(), role=role, parent_id=parent, **fields)


def _group(**holding_inputs) -> Case:
    """Holding → intermediate holding → regional bank; holding → core bank → card company."""
    inputs = {"gcw": "A+", "spe_indicated": True, "preventive_restrictions": "small"}
    inputs.update(holding_inputs)
    return Case(
        entities=[
            _entity("hold", "holding", sector="bank", inputs=inputs),
            _entity("bank", "core", "hold", sector="bank", inputs={"sole": "A"}),
            _entity(
                "card",
                "group_company",
                "bank",
                sector="card_nonbank",
                inputs={"importance": "low", "sole": "BB+"},
            ),
            _entity(
                "mid",
                "intermediate_holding",
                "hold",
                sector="bank",
                inputs={"intermediate_supported": True, "cash_flow_problem": True},
            ),
            _entity(
                "regional",
                "group_company",
                "mid",
                sector="bank",
                inputs={"importance": "high", "sole": "A-"},
            ),
            _entity("spv", "spv", sector="trust"),
        ],
        countries=[
            Country("JP", "Japan", "A+", "A+", "AAA", hard_currency=True),
            Country("VN", "Viet Nam", "BBB-", "BB+", "BBB-"),
        ],
    )


@pytest.fixture
def calls(monkeypatch) -> list[tuple[str, tuple, dict]]:
    """Replace the engines by recorders that return a real, neutral guideline."""
    seen: list[tuple[str, tuple, dict]] = []
    real = groups.group_company_guideline

    def recorder(name: str):
        def record(*args, **kwargs):
            seen.append((name, args, kwargs))
            return real("A", "core")

        return record

    for name in (
        "financial_holding_guideline",
        "industrial_holding_guideline",
        "group_company_guideline",
        "holding_issue_guideline",
    ):
        monkeypatch.setattr(groups, name, recorder(name))
    return seen


def _names(calls) -> list[str]:
    return [name for name, _args, _kwargs in calls]


def test_items_are_the_three_rated_items():
    assert ITEMS == ("long_term", "short_term", "issue")


def test_financial_holding_goes_to_the_financial_rule_with_its_inputs(calls):
    case = _group(cash_flow_problem=True)
    result = evaluate_entity(case, "hold")
    assert _names(calls) == ["financial_holding_guideline", "holding_issue_guideline"]
    _name, args, kwargs = calls[0]
    assert args == (Rating("A+"),)
    assert kwargs == {
        "spe_indicated": True,
        "preventive_restrictions": "small",
        "cash_flow_problem": True,
    }
    assert result.rule_title.startswith("Financial holding company")
    assert result.long_term is not None and result.issue is not None


def test_intermediate_holding_also_passes_intermediate_support(calls):
    evaluate_entity(_group(), "mid")
    _name, args, kwargs = calls[0]
    assert args == (Rating("A+"),)  # inherited from the holding company
    assert kwargs == {"intermediate_supported": True, "cash_flow_problem": True}


def test_industrial_holding_goes_to_the_industrial_rule(calls):
    case = Case(
        entities=[
            _entity(
                "hold",
                "holding",
                sector="industrial",
                inputs={"group_rating": "BB", "cash_flow_weakness": True, "gcw": "AAA"},
                financials={"investments_in_subsidiaries": 150.0, "equity": 100.0},
            )
        ]
    )
    result = evaluate_entity(case, "hold")
    assert _names(calls) == ["industrial_holding_guideline", "holding_issue_guideline"]
    assert calls[0][1:] == ((Rating("BB"),), {"cash_flow_weakness": True})
    assert calls[1][1] == (Rating("BB"), pytest.approx(1.5))
    assert result.double_leverage == pytest.approx(1.5)
    assert result.rule_title.startswith("Holding company of an industrial group")


@pytest.mark.parametrize("key", ["bank", "card", "regional"])
def test_group_companies_go_to_the_group_company_rule(calls, key):
    case = _group()
    result = evaluate_entity(case, key)
    assert _names(calls) == ["group_company_guideline"]
    assert result.issue is None and result.double_leverage is None
    assert "(001 §3)" in result.rule_title


def test_a_core_company_without_importance_counts_as_core(calls):
    evaluate_entity(_group(), "bank")
    _name, args, kwargs = calls[0]
    assert args == (Rating("A+"), "core")
    assert kwargs == {"sole": "A"}


def test_an_empty_integration_choice_means_no_integration(calls):
    case = _group()
    case.entity("regional").inputs["integration"] = ""
    evaluate_entity(case, "regional")
    assert calls[0][2]["integration"] is None


@pytest.mark.parametrize("role", ["spv", "servicer", "guarantor", "sponsor", "sovereign"])
def test_parties_outside_the_group_have_no_rule(calls, role):
    case = Case(entities=[_entity("party", role)])
    result = evaluate_entity(case, "party")
    assert calls == []
    assert result.rule_title == ""
    assert result.long_term is result.short_term is result.issue is None
    assert input_specs(case, "party") == []


def test_gcw_is_looked_up_at_the_nearest_holding_above():
    case = _group()
    assert group_creditworthiness(case, "card") == Rating("A+")  # past the core bank
    assert group_creditworthiness(case, "regional") == Rating("A+")  # mid has no figure
    case.entity("mid").inputs["gcw"] = "A"
    assert group_creditworthiness(case, "regional") == Rating("A")
    assert group_creditworthiness(case, "mid") == Rating("A")
    assert group_creditworthiness(case, "card") == Rating("A+")
    assert group_creditworthiness(case, "spv") is None


def test_gcw_of_an_industrial_holding_is_its_group_rating():
    case = Case(
        entities=[
            _entity("hold", "holding", sector="industrial", inputs={"group_rating": "BBB"}),
            _entity("sub", "group_company", "hold", inputs={"importance": "high"}),
        ]
    )
    assert group_creditworthiness(case, "sub") == Rating("BBB")


def test_missing_gcw_needs_judgement_without_an_exception():
    case = _group()
    del case.entity("hold").inputs["gcw"]
    for key in ("hold", "bank", "card", "mid", "regional"):
        result = evaluate_entity(case, key)
        assert result.long_term is not None
        assert result.long_term.needs_judgement, key
        assert result.long_term.proposed is None
        assert result.short_term is None


def test_missing_importance_needs_judgement():
    case = _group()
    del case.entity("regional").inputs["importance"]
    guideline = evaluate_entity(case, "regional").long_term
    assert guideline.needs_judgement and guideline.proposed is None


def test_real_guidelines_of_the_small_group():
    case = _group()
    results = {key: evaluate_entity(case, key) for key in ("hold", "bank", "card", "mid")}
    assert results["hold"].long_term.proposed == Rating("A+")
    assert results["hold"].short_term == ShortTermRating("J-1")
    assert results["bank"].long_term.proposed == Rating("A+")
    assert results["card"].long_term.proposed == Rating("BB+").notched(
        load_rulebook().bottom_up_uplift_proposal
    )
    assert results["mid"].long_term.proposed == Rating("A+")
    for result in results.values():
        assert result.double_leverage_high == load_rulebook().double_leverage_high
        assert all(step.citation for step in result.long_term.steps)


def test_holding_double_leverage_and_issue_guideline():
    case = _group()
    case.entity("hold").financials = {"investments_in_subsidiaries": 130.0, "equity": 100.0}
    result = evaluate_entity(case, "hold")
    assert result.double_leverage == pytest.approx(1.3)
    assert result.issue is not None and result.issue.proposed is not None


def test_holding_without_financials_has_no_ratio():
    result = evaluate_entity(_group(), "hold")
    assert result.double_leverage is None
    assert result.issue is not None


def test_holding_with_no_equity_keeps_going_and_says_why():
    case = _group()
    case.entity("hold").financials = {"investments_in_subsidiaries": 130.0, "equity": 0.0}
    result = evaluate_entity(case, "hold")
    assert result.double_leverage is None
    assert result.long_term.proposed == Rating("A+")
    assert any("equity" in str(flag).lower() for flag in result.issue.flags)


def _overseas(case: Case, **inputs) -> None:
    case.entities.append(
        _entity(
            "overseas",
            "group_company",
            "bank",
            sector="bank",
            country="VN",
            currency="VND",
            inputs={"importance": "core", "sole": "A", **inputs},
        )
    )


def test_foreign_currency_rating_gets_the_ceiling_step():
    case = _group()
    _overseas(case, rating_currency="foreign")
    guideline = evaluate_entity(case, "overseas").long_term
    assert guideline.start == Rating("A+")
    assert guideline.proposed == Rating("BBB-")  # the Viet Nam ceiling
    assert guideline.steps[-1].rule_id.startswith("C-")
    assert guideline.steps[-1].delta == Rating("BBB-").notches_above(Rating("A+"))
    assert evaluate_entity(case, "overseas").short_term == load_rulebook().short_term_for(
        Rating("BBB-")
    )


def test_local_currency_rating_is_not_capped():
    case = _group()
    _overseas(case)
    guideline = evaluate_entity(case, "overseas").long_term
    assert guideline.proposed == Rating("A+")
    assert not any(step.rule_id.startswith("C-") for step in guideline.steps)
    case.entity("overseas").inputs["rating_currency"] = "local"
    assert evaluate_entity(case, "overseas").long_term.proposed == Rating("A+")


def test_ceiling_exception_lifts_the_cap_with_a_flag():
    case = _group()
    _overseas(case, rating_currency="foreign", ceiling_exception=True)
    guideline = evaluate_entity(case, "overseas").long_term
    assert guideline.proposed == Rating("A+")
    assert guideline.flags


def test_unknown_country_or_no_proposal_under_foreign_currency_asks_for_judgement():
    case = _group()
    _overseas(case, rating_currency="foreign")
    case.entity("overseas").country = "XX"
    assert evaluate_entity(case, "overseas").long_term.needs_judgement
    del case.entity("hold").inputs["gcw"]
    guideline = evaluate_entity(case, "overseas").long_term
    assert guideline.proposed is None
    assert any("ceiling" in str(flag) for flag in guideline.flags)


def test_unknown_rating_currency_is_refused():
    case = _group()
    _overseas(case, rating_currency="yen")
    with pytest.raises(ValueError, match="rating_currency"):
        evaluate_entity(case, "overseas")


def _keys(case: Case, entity_id: str) -> list[str]:
    return [spec.key for spec in input_specs(case, entity_id)]


def test_input_specs_per_role():
    case = _group()
    ceiling = ["rating_currency", "ceiling_exception"]
    issue = ["subsidiary_guarantee", "subsidiary_creditors_secured"]
    financials = ["investments_in_subsidiaries", "equity"]
    holding = [
        "gcw",
        "control_sufficient",
        "spe_indicated",
        "preventive_restrictions",
        "cash_flow_problem",
        "gcw_problems",
        "mutual_support_restricted",
    ]
    assert _keys(case, "hold") == holding + issue + financials + ceiling
    assert _keys(case, "mid") == [*holding, "intermediate_supported", *issue, *financials, *ceiling]
    company = [
        "importance",
        "sole",
        "size",
        "support_recognised",
        "integration",
        "above_group_exception",
    ]
    assert _keys(case, "bank") == _keys(case, "card") == company + ceiling
    case.entity("hold").sector = "industrial"
    industrial = ["group_rating", "control_strong", "cash_flow_weakness"]
    assert _keys(case, "hold") == industrial + issue + financials + ceiling


def test_input_specs_describe_their_fields():
    case = _group()
    specs = input_specs(case, "hold") + input_specs(case, "card")
    for spec in specs:
        assert spec.kind in {"rating", "bool", "choice", "money"}
        assert spec.label and spec.help and spec.citation
        assert (spec.kind == "money") == (spec.target == "financials")
        assert bool(spec.choices) == (spec.kind == "choice")
    importance = next(spec for spec in specs if spec.key == "importance")
    assert importance.choices == (*load_rulebook().importance_levels(), "low")


def test_engine_rejects_unknown_option_values():
    case = _group()
    case.entity("card").inputs["importance"] = "vital"
    with pytest.raises(ValueError, match="importance"):
        evaluate_entity(case, "card")


def test_tree_order_lists_parents_first_and_loses_no_one():
    case = _group()
    order = [entity.id for entity in tree_order(case)]
    assert order == ["hold", "bank", "card", "mid", "regional", "spv"]
    case.entity("hold").parent_id = "regional"  # a cycle the commands would refuse
    assert sorted(entity.id for entity in tree_order(case)) == sorted(order)
