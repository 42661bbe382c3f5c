"""Helper process for test_kill_during_save: saves case A and case B alternately, forever.

It prepares (imports, builds both cases), prints ``ready``, waits for a line on stdin, then
saves until the test kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from factories import kill_test_cases

from jcr_desk.case import save_case


def main() -> None:
    target = Path(sys.argv[1])
    cases = kill_test_cases()
    print("ready", flush=True)
    sys.stdin.readline()
    while True:
        for case in cases:
            save_case(case, target)


if __name__ == "__main__":
    main()
