"""Fill a Qt ``.ts`` file from the reviewed Japanese dictionary (``make translations``).

The ``.ts`` stays the source of truth: ``pyside6-lupdate`` refreshes its source texts from
the code, a translator may edit it in Qt Linguist, and this script only writes the entries
the dictionary ``resources/translations/ja_dictionary.toml`` has (a top-level key is a source
text in every context; ``[context.NAME]`` tables override one context). Entries the
dictionary lacks are left as they are. Prints how many are finished and what is left.
"""

from __future__ import annotations

import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

DICTIONARY = Path(__file__).resolve().parent.parent / "resources/translations/ja_dictionary.toml"


def load_dictionary(path: Path = DICTIONARY) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    contexts = data.pop("context", {})
    return data, contexts


def fill(ts_path: Path, dictionary: Path = DICTIONARY) -> tuple[int, list[tuple[str, str]]]:
    """Write the dictionary's translations into ``ts_path``; returns (finished, missing)."""
    common, contexts = load_dictionary(dictionary)
    tree = ElementTree.parse(ts_path)
    finished = 0
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            text = contexts.get(name, {}).get(source, common.get(source))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            if translation.get("type") == "unfinished" or not translation.text:
                missing.append((name, source))
            else:
                finished += 1
    ElementTree.indent(tree)
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return finished, missing


def main(argv: list[str]) -> int:
    for name in argv:
        finished, missing = fill(Path(name))
        print(f"{name}: {finished} translated, {len(missing)} unfinished")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
