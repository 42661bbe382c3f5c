"""Turn a read tape into the case's pool: the rows the analyst chose to import, with provenance.

Lives in the case layer because a ``StoredPool`` is part of the case; the pool layer reads
and checks tapes without knowing about cases.
"""

from __future__ import annotations

from jcr_desk.case.document.model import StoredPool, new_id
from jcr_desk.pool.tape import TapeImport

#: Column added to an imported pool: each loan's row in the originator's workbook, so a
#: problem in the report still leads to its loan after the case is reopened.
EXCEL_ROW = "excel_row"


def pool_from_tape(tape: TapeImport, name: str) -> StoredPool:
    """The importable rows as a pool; its report keeps every problem, excluded rows included."""
    keep = tape.importable_mask()
    loans = tape.loans[keep].reset_index(drop=True)
    loans[EXCEL_ROW] = tape.excel_rows[keep]
    source = dict(tape.source, imported=int(keep.sum()), excluded=int((~keep).sum()))
    report = [problem.to_dict() for problem in tape.problems]
    return StoredPool(id=new_id(), name=name, loans=loans, source=source, report=report)
