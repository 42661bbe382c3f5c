"""Write a case's release and disclosure drafts: .docx, .html and .txt, in both languages.

The window's export buttons and ``jcr-desk-cli disclosure`` both call :func:`write_drafts`;
each file is written atomically (a failed write leaves no half file).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jcr_desk.case.document._atomic_file import replace_file
from jcr_desk.case.document.file_reasons import os_reason
from jcr_desk.case.document.model import Case
from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step
from jcr_desk.reports.disclosure import disclosure_draft
from jcr_desk.reports.docx_writer import write_docx
from jcr_desk.reports.draft_writers import to_html, to_text
from jcr_desk.reports.release import release_draft
from jcr_desk.reports.templates import LANGUAGES, Draft

FORMATS = ("docx", "html", "txt")
KINDS = ("release", "disclosure")
BUILDERS: dict[str, Callable[[Case, str], Draft]] = {
    "release": release_draft,
    "disclosure": disclosure_draft,
}


class DraftExportError(ExplainedError, OSError):
    """A draft could not be written; the sentence names the file and why (context
    ``DraftExport``)."""

    CONTEXT = "DraftExport"


@dataclass(frozen=True)
class WrittenDrafts:
    """The files written and the inputs still missing, per draft ("release_en": [...])."""

    paths: tuple[Path, ...]
    missing: dict[str, tuple[str, ...]]


def draft_file_name(kind: str, language: str, fmt: str) -> str:
    return f"{kind}_{language}.{fmt}"


def _write_text(path: Path, text: str) -> None:
    replace_file(
        path, lambda temporary: temporary.write_text(text, encoding="utf-8"), keep_backup=False
    )


def write_draft(draft: Draft, path: Path, fmt: str) -> None:
    """Write one draft as ``fmt`` ("docx", "html" or "txt") to ``path``."""
    try:
        if fmt == "docx":
            write_docx(draft, path)
        elif fmt == "html":
            _write_text(path, to_html(draft))
        elif fmt == "txt":
            _write_text(path, to_text(draft))
        else:
            raise ValueError(f"no draft format {fmt!r} (choose one of {', '.join(FORMATS)})")
    except OSError as error:
        raise DraftExportError(
            Text(
                DraftExportError.CONTEXT,
                QT_TRANSLATE_NOOP("DraftExport", "{file}: could not be written ({reason})"),
                {"file": path.name, "reason": os_reason(error)},
            )
        ) from error


def write_drafts(
    case: Case,
    folder: str | Path,
    languages: Sequence[str] = LANGUAGES,
    formats: Sequence[str] = FORMATS,
    kinds: Sequence[str] = KINDS,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> WrittenDrafts:
    """Every draft of ``kinds`` in every language and format into ``folder`` (created)."""
    report = progress or no_progress
    total = len(kinds) * len(languages) * len(formats)
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DraftExportError(
            Text(
                DraftExportError.CONTEXT,
                QT_TRANSLATE_NOOP(
                    "DraftExport", "{folder}: the folder could not be made ({reason})"
                ),
                {"folder": str(target), "reason": os_reason(error)},
            )
        ) from error
    paths: list[Path] = []
    missing: dict[str, tuple[str, ...]] = {}
    for kind in kinds:
        for language in languages:
            draft = BUILDERS[kind](case, language)
            missing[f"{kind}_{language}"] = draft.missing
            for fmt in formats:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                path = target / draft_file_name(kind, language, fmt)
                report(
                    len(paths) / total,
                    step(QT_TRANSLATE_NOOP("Progress", "Writing {file}"), file=path.name),
                )
                write_draft(draft, path, fmt)
                paths.append(path)
    report(
        1.0,
        step(
            QT_TRANSLATE_NOOP("Progress", "{count} drafts written to {folder}"),
            count=len(paths),
            folder=str(target),
        ),
    )
    return WrittenDrafts(tuple(paths), missing)
