"""``jcr-desk-cli disclosure``: write a case's release and Rule 17g-7 form drafts.

The drafts are those the Committee tab previews and exports: .docx, .html and .txt, in
Japanese and in English. The case is not changed. Missing inputs are listed on stdout (the
drafts show them as placeholders); exit 0 once the files are written, 2 when the case or the
folder cannot be used.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from jcr_desk.case import load_case
from jcr_desk.cli_errors import EXIT_OK, JSON_HELP, CommandError
from jcr_desk.i18n import explained, translate
from jcr_desk.reports.drafts import FORMATS, DraftExportError, write_drafts
from jcr_desk.reports.templates import LANGUAGES


def register_disclosure(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "disclosure",
        help=translate(
            "CLI", "write the release and the Rule 17g-7 disclosure form drafted from the case"
        ),
        description=translate(
            "CLI",
            "Draft the rating-action release and the Rule 17g-7 information disclosure form "
            "from the case (rated items, rationale, history, citations, stress results) as "
            ".docx, .html and .txt in Japanese and English. Inputs the case lacks show as "
            "placeholders and are listed. The case is not changed.",
        ),
    )
    parser.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    parser.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        required=True,
        help=translate("CLI", "folder to write to"),
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        action="append",
        help=translate("CLI", "only this language (repeat for both; default both)"),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        action="append",
        dest="formats",
        help=translate("CLI", "only this format (repeat for more; default all)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", JSON_HELP),
    )
    parser.set_defaults(handler=_run_disclosure)


def _run_disclosure(args: argparse.Namespace) -> int:
    case = load_case(args.case)
    try:
        written = write_drafts(
            case, args.output, args.language or LANGUAGES, args.formats or FORMATS
        )
    except DraftExportError as error:
        raise CommandError(explained(error)) from error
    if args.json:
        print(
            json.dumps(
                {
                    "files": [str(p) for p in written.paths],
                    "missing": {k: list(v) for k, v in written.missing.items()},
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    for path in written.paths:
        print(path)
    for draft, missing in written.missing.items():
        kind, _, language = draft.rpartition("_")
        for item in missing:  # in the draft's own language
            print(
                translate("CLI", "{kind}_{language}: missing: {item}").format(
                    kind=_draft_word(kind), language=_language_word(language), item=item
                )
            )
    return EXIT_OK


def _draft_word(kind: str) -> str:
    """The draft named for the reader ("release" in English, as the file is named)."""
    words = {
        "release": translate("CLI", "release"),
        "disclosure": translate("CLI", "disclosure"),
    }
    return words.get(kind, kind)


def _language_word(language: str) -> str:
    words = {"en": translate("CLI", "en"), "ja": translate("CLI", "ja")}
    return words.get(language, language)
