"""Sample cells as the mapping dialog shows them: as written, then as the pool will hold them."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd

from jcr_desk.pool.samples import Sample, column_samples
from jcr_desk.pool.schema import field_spec


def samples(cells, field, unit=None, **options):
    return column_samples(pd.Series(cells, dtype=object), field_spec(field), unit, **options)


def test_the_issues_examples():
    percent = {"percent": np.array([True, True, True, False])}
    assert samples([0.0125, 0.005, 0.0225, 1.1], "interest_rate", "percent", formats=percent) == [
        Sample("0.0125", "1.250 %"), Sample("0.005", "0.500 %"), Sample("0.0225", "2.250 %")
    ]
    assert samples([None, 45000, "", "32,500"], "current_balance", "thousand_yen") == [
        Sample("45000", "¥45,000,000"), Sample("32,500", "¥32,500,000")
    ]
    assert samples(["令和3年4月1日", datetime(2020, 5, 10), 44000], "origination_date") == [
        Sample("令和3年4月1日", "2021-04-01"),
        Sample("2020-05-10", "2020-05-10"),
        Sample("44000", "2020-06-18"),
    ]


def test_a_cell_that_cannot_be_read_is_shown_as_such():
    assert samples(["#N/A", "abc"], "current_balance", "yen") == [
        Sample("#N/A", None), Sample("abc", None)
    ]


def test_codes_show_the_desks_code():
    assert samples(["変動", "全期間固定"], "rate_type")[1] == Sample("全期間固定", "fixed")
