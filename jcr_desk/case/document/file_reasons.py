"""Why the operating system refused a file, as a sentence the analyst reads in their language.

An ``OSError`` carries the system's reason in English (``strerror``, "Permission denied");
JCR Desk's refusals quote it. The reasons an analyst meets when reading or writing a file
are sentences to translate (their English is the system's own words, so English messages
stay as they were); any other reason is quoted as the system wrote it.
"""

from __future__ import annotations

from typing import Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text

#: The translation context of the reasons (``[context.FileReasons]``).
FILE_REASONS: Final = "FileReasons"
_KNOWN: Final = frozenset(
    {
        QT_TRANSLATE_NOOP("FileReasons", "Permission denied"),
        QT_TRANSLATE_NOOP("FileReasons", "Operation not permitted"),
        QT_TRANSLATE_NOOP("FileReasons", "Is a directory"),
        QT_TRANSLATE_NOOP("FileReasons", "Not a directory"),
        QT_TRANSLATE_NOOP("FileReasons", "No such file or directory"),
        QT_TRANSLATE_NOOP("FileReasons", "File exists"),
        QT_TRANSLATE_NOOP("FileReasons", "No space left on device"),
        QT_TRANSLATE_NOOP("FileReasons", "Disk quota exceeded"),
        QT_TRANSLATE_NOOP("FileReasons", "Read-only file system"),
        QT_TRANSLATE_NOOP("FileReasons", "File name too long"),
        QT_TRANSLATE_NOOP("FileReasons", "Input/output error"),
    }
)


def os_reason(error: OSError) -> Text | str:
    """The system's reason for ``error``: a sentence when JCR Desk knows it, else as written."""
    reason = error.strerror or str(error)
    return Text(FILE_REASONS, reason) if reason in _KNOWN else reason
