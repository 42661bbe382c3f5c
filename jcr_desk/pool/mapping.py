"""Which sheet column holds which pool field: automatic, corrected, reusable.

Originators name their columns as they please, so the first guess matches headers against the
schema's English and Japanese aliases (the units are decided from evidence afterwards, in
:mod:`jcr_desk.pool.units`). The analyst corrects the guess in the mapping dialog and saves it
as a profile under the originator's name; next month's tape from the same originator then maps
in one step. A profile also keeps the unit of each amount and rate as decided, how the tape's
cut-off date is found, and the originator's own spellings of codes (its value maps: rate type
"1" means fixed), which the analyst sets once in the value step of the import.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from jcr_desk.paths import user_data_dir
from jcr_desk.pool.schema import (
    LOANS,
    TAPE_KINDS,
    FieldSpec,
    field_spec,
    header_stem,
    normalise,
    schema,
)
from jcr_desk.pool.values import value_map_lookup

log = logging.getLogger(__name__)

PROFILE_FOLDER = "mapping_profiles"

_UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

ValueMaps = dict[str, dict[str, str]]
"""Per category field, an originator's code text as written -> the schema's code."""

HEADER_JOIN = " / "
"""Joins the parts of a header written over several rows ("金額（円） / 当初貸出額")."""

CUT_OFF_RULES = {
    "title": "read from the tape's title rows; asked when they state none",
    "newest_origination": "the newest origination date (always shown as inferred)",
    "ask": "asked for each tape",
}
"""How an originator's tapes give their cut-off date, as a profile remembers it."""


@dataclass
class ColumnMapping:
    """The mapping used for one sheet: field -> 0-based column, the unit of each amount and
    the originator's own code spellings of the mapped category fields; ``kind`` is the tape
    kind whose fields the columns map to (``schema.TAPE_KINDS``)."""

    columns: dict[str, int]
    headers: list[str]
    units: dict[str, str] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    values: ValueMaps = field(default_factory=dict)
    kind: str = LOANS

    def header_of(self, name: str) -> str:
        """The sheet's header text for a mapped field."""
        return self.headers[self.columns[name]]

    def missing_required(self) -> list[str]:
        """Required fields no column maps to: the tape cannot be imported without them."""
        fields = schema(self.kind)
        return [spec.name for spec in fields if spec.required and spec.name not in self.columns]


@dataclass
class MappingProfile:
    """An analyst's mapping for one originator's layout, saved and reused by header text."""

    name: str
    columns: dict[str, str]
    units: dict[str, str] = field(default_factory=dict)
    values: ValueMaps = field(default_factory=dict)
    cut_off_rule: str = "title"
    kind: str = LOANS
    """The tape kind the profile maps (an originator's loan tape, its receivables…)."""

    def __post_init__(self) -> None:
        if self.kind not in TAPE_KINDS:
            raise ValueError(
                f"mapping profile {self.name!r}: tape kind {self.kind!r} is not one of "
                f"{', '.join(TAPE_KINDS)}"
            )
        check_value_maps(self.values)
        if self.cut_off_rule not in CUT_OFF_RULES:
            raise ValueError(
                f"mapping profile {self.name!r}: cut-off rule {self.cut_off_rule!r} is not one "
                f"of {', '.join(CUT_OFF_RULES)}"
            )

    @classmethod
    def from_mapping(cls, name: str, mapping: ColumnMapping) -> MappingProfile:
        columns = {key: mapping.headers[index] for key, index in mapping.columns.items()}
        values = {key: dict(entries) for key, entries in mapping.values.items()}
        return cls(name, columns, dict(mapping.units), values, kind=mapping.kind)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> MappingProfile:
        """A profile from its JSON form; ``ValueError`` when the data is not one.

        Profiles saved before value maps, cut-off rules or tape kinds existed load with
        none, with the cut-off read from the title, as loan-tape profiles.
        """
        name, columns = data.get("name"), data.get("columns")
        rule, kind = data.get("cut_off_rule", "title"), data.get("kind", LOANS)
        units, values = data.get("units", {}), data.get("values", {})
        tables = all(isinstance(table, dict) for table in (columns, units, values))
        if not isinstance(name, str) or not tables:
            raise ValueError("not a mapping profile (needs a name and a columns table)")
        if not all(isinstance(entries, dict) for entries in values.values()):
            raise ValueError(f"mapping profile {name!r}: each value map must be a table")
        return cls(
            name,
            _strings(columns),
            _strings(units),
            {str(key): _strings(entries) for key, entries in values.items()},
            str(rule),
            str(kind),
        )


def check_value_maps(values: ValueMaps) -> None:
    """``ValueError`` unless every map belongs to a category field and names its codes."""
    for name, entries in values.items():
        try:
            spec = field_spec(name)
        except KeyError:
            raise ValueError(f"value map of {name!r}: no pool field has that name") from None
        if spec.kind != "category":
            raise ValueError(f"value map of {name}: {name} is not a category field")
        value_map_lookup(spec, entries)


def auto_map(headers: list[str], kind: str = LOANS) -> ColumnMapping:
    """Match each header to a field by alias (units are decided later, from evidence: see
    :mod:`jcr_desk.pool.units`).

    A header matches when its text or its text without a bracketed unit equals an alias up to
    case, width, spaces and punctuation. The first column wins when two match one field.
    """
    texts = [_header_text(header) for header in headers]
    columns: dict[str, int] = {}
    unmapped: list[str] = []
    for index, text in enumerate(texts):
        name = _field_named(text, kind)
        if name is None or name in columns:
            unmapped.append(text)
        else:
            columns[name] = index
    return ColumnMapping(columns, texts, {}, unmapped, kind=kind)


def _field_named(text: str, kind: str) -> str | None:
    """The field a header names: the whole text, else its parts from the last (a sub-header
    under its group, or the second language under the first)."""
    full, stems = _alias_index(kind)
    parts = text.split(HEADER_JOIN)
    for candidate in [text, *reversed(parts)] if len(parts) > 1 else [text]:
        name = full.get(normalise(candidate)) or stems.get(header_stem(candidate))
        if name is not None:
            return name
    return None


def apply_profile(profile: MappingProfile, headers: list[str]) -> ColumnMapping:
    """The profile's mapping on a sheet: fields whose header is absent stay unmapped."""
    texts = [_header_text(header) for header in headers]
    position: dict[str, int] = {}
    for index, text in enumerate(texts):
        position.setdefault(normalise(text), index)
    columns = {
        name: position[normalise(header)]
        for name, header in profile.columns.items()
        if normalise(header) in position and name in _specs(profile.kind)
    }
    taken = set(columns.values())
    unmapped = [text for index, text in enumerate(texts) if index not in taken]
    values = {name: dict(m) for name, m in profile.values.items() if name in columns}
    return ColumnMapping(columns, texts, {}, unmapped, values, profile.kind)


def profile_path(name: str, directory: Path | None = None, kind: str = LOANS) -> Path:
    """Where the profile of originator ``name`` for tapes of ``kind`` is saved (whether or
    not it exists yet): one originator's loan tape and receivables tape have one each."""
    suffix = "" if kind == LOANS else f".{kind}"
    return _profile_folder(directory) / f"{_file_stem(name)}{suffix}.json"


def save_profile(profile: MappingProfile, directory: Path | None = None) -> Path:
    """Write ``profile`` as JSON (one file per originator and tape kind, replaced when saved
    again)."""
    path = profile_path(profile.name, directory, profile.kind)
    text = json.dumps(profile.to_dict(), ensure_ascii=False, indent=2)
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return path


def load_profiles(directory: Path | None = None, kind: str = LOANS) -> list[MappingProfile]:
    """Every saved profile of tapes of ``kind``, by name; a damaged file is logged and
    skipped, not fatal."""
    profiles = []
    for path in sorted(_profile_folder(directory).glob("*.json")):
        try:
            profiles.append(read_profile(path))
        except ValueError as error:
            log.warning("skipping %s", error)
    return sorted((p for p in profiles if p.kind == kind), key=lambda profile: profile.name)


def read_profile(path: Path) -> MappingProfile:
    """The profile saved in ``path``; ``ValueError`` naming the file when it is not usable."""
    try:
        return MappingProfile.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, AttributeError) as error:
        raise ValueError(f"mapping profile {path.name}: {error}") from None


def _profile_folder(directory: Path | None) -> Path:
    folder = Path(directory) if directory is not None else user_data_dir() / PROFILE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _file_stem(name: str) -> str:
    """A file name for any originator name (Japanese kept; path and device characters not)."""
    stem = _UNSAFE_FILE_CHARACTERS.sub("_", name).strip(" .")
    return stem or "profile"


def _strings(table: dict[object, object]) -> dict[str, str]:
    return {str(key): str(value) for key, value in table.items()}


def _header_text(header: object) -> str:
    """Header cells may be blank (None/NaN) or numbers (a year column): text either way."""
    return "" if header is None or pd.isna(header) else str(header).strip()


@cache
def _alias_index(kind: str) -> tuple[dict[str, str], dict[str, str]]:
    """Normalised alias -> field, for whole headers and for headers without their unit."""
    full: dict[str, str] = {}
    stems: dict[str, str] = {}
    for spec in schema(kind):
        for alias in spec.aliases:
            full.setdefault(normalise(alias), spec.name)
            stems.setdefault(header_stem(alias), spec.name)
    full.pop("", None)
    stems.pop("", None)
    return full, stems


@cache
def _specs(kind: str) -> dict[str, FieldSpec]:
    return {spec.name: spec for spec in schema(kind)}
