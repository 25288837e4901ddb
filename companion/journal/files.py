"""Check-ins as files: our CSV out, and our CSV, our JSON export or a Daylio CSV back in."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from companion.boundaries.json_import import BoundaryImport, SectionProblem, parse_boundaries
from companion.clock import NOT_ISO_8601, local_today, localize, parse_moment, to_utc, zone_exists
from companion.errors import InvalidEntry
from companion.journal.checkin import TAG_KINDS, CheckIn, Tag, new_checkin, parse_sleep_hours
from companion.journal.scales import DEFAULT_STEPS, SCALE_SIZES, ScaleValue, find_step, scale_for
from companion.limits import (
    EARLIEST_DAY,
    FUTURE_ALLOWANCE,
    MAX_PLAN_ENTRY_ID_CHARS,
    OUT_OF_RANGE,
    check_text,
)

COLUMNS = (
    "id", "at_utc", "local_time", "zone",
    "mood", "mood_steps", "mood_name_en", "mood_name_ja",
    "energy", "energy_steps", "energy_name_en", "energy_name_ja",
    "sleep_hours", "note", "tags",
)  # fmt: skip
DAYLIO_COLUMNS = (
    "full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note",
)  # fmt: skip
DAYLIO_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
DAYLIO_TAG = "daylio"
EXPORT_FORMAT = "companion-export"
MAX_REPORTED = 10

_FIELD_COLUMNS = {"sleep": "sleep_hours", "tag": "tags", "at": "at_utc"}
_DAYLIO_FIELDS = {"tag": "activities", "note": "note", "at": "full_date"}
_BREAK = re.compile(r"<br\s*/?\s*>", re.IGNORECASE)
_TAG_PIECE = re.compile(r"(?:[^|\\]|\\.)+", re.DOTALL)
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_CLOCK = re.compile(r"(午前|午後)?([0-9]{1,2}):([0-9]{2})(?::[0-9]{2})?(am|pm|午前|午後)?")


class ImportProblem(ValueError):
    """Why nothing was imported. `problem` names lines, columns and reasons, never the file's
    text; `line` is the first line at fault (None when the fault is not on one line)."""

    def __init__(self, line: int | None, problem: str, bad_lines: tuple[int, ...] = ()) -> None:
        self.line = line
        self.problem = problem
        self.bad_lines = bad_lines or ((line,) if line is not None else ())
        super().__init__(problem)


@dataclass(frozen=True)
class ImportResult:
    """Every entry of a file that was entirely valid; `format` says which kind of file it was."""

    checkins: list[CheckIn]
    format: str  # "companion-csv", "companion-json" or "daylio"
    boundaries: BoundaryImport | None = None  # our JSON export's boundaries sections


# --- writing ---------------------------------------------------------------------------------


def _utc_text(moment: datetime) -> str:
    return to_utc(moment).isoformat().replace("+00:00", "Z")


def _scale_cells(kind: str, value: ScaleValue | None) -> list[str]:
    if value is None:  # not recorded: four empty cells
        return ["", "", "", ""]
    scale = scale_for(kind, value.steps)
    name = scale.name_of(value.step) if scale is not None else None
    names = [name.en, name.ja] if name else ["", ""]
    return [str(value.step), str(value.steps), *map(guarded_cell, names)]


def _escaped(label: str) -> str:
    return label.replace("\\", "\\\\").replace("|", "\\|")


def _tags_text(tags: Iterable[Tag]) -> str:
    """`kind:label | kind:label`, with `\\` and `|` in a label escaped by a backslash."""
    return " | ".join(f"{tag.kind}:{_escaped(tag.label)}" for tag in tags)


_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
TEXT_COLUMNS = (
    "zone", "mood_name_en", "mood_name_ja", "energy_name_en", "energy_name_ja", "note", "tags",
)  # fmt: skip


def guarded_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection):
    one `'` before a cell that starts with = + - @ tab or CR, or with `'`s and then one of those
    (so that reading back, which takes that one `'` away again, is exact)."""
    return f"'{text}" if _FORMULA_START.match(text) else text


def unguarded_cell(text: str) -> str:
    """The text guarded_cell was given."""
    return text[1:] if text.startswith("'") and _FORMULA_START.match(text, 1) else text


def checkins_csv(checkins: Iterable[CheckIn]) -> str:
    """A header row, then one row per check-in (RFC 4180, CRLF line ends, no BOM). Encode it as
    UTF-8 and write bytes: a text-mode file on Windows would double the CRs. Text cells that a
    spreadsheet would read as a formula are guarded (guarded_cell)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for checkin in checkins:
        writer.writerow(
            [
                "" if checkin.id is None else str(checkin.id),
                _utc_text(checkin.at),
                checkin.local_time().isoformat(),
                guarded_cell(checkin.zone),
                *_scale_cells("mood", checkin.mood),
                *_scale_cells("energy", checkin.energy),
                "" if checkin.sleep_hours is None else repr(checkin.sleep_hours),
                guarded_cell(checkin.note),
                guarded_cell(_tags_text(checkin.tags)),
            ]
        )
    return buffer.getvalue()


# --- reading: shared --------------------------------------------------------------------------


_Outcome = CheckIn | list[str]  # an entry, or why its row cannot be one


def _collect(
    outcomes: Iterable[tuple[int | None, str, _Outcome]], *, may_be_empty: bool = False
) -> list[CheckIn]:
    """All the entries, or one ImportProblem naming the first ten bad rows and why."""
    checkins: list[CheckIn] = []
    bad: list[tuple[int | None, str]] = []
    for line, where, outcome in outcomes:
        if isinstance(outcome, CheckIn):
            checkins.append(outcome)
        else:
            bad.append((line, f"{where}: {', '.join(dict.fromkeys(outcome))}"))
    if bad:
        message = "; ".join(text for _, text in bad[:MAX_REPORTED])
        if len(bad) > MAX_REPORTED:
            message += f"; and {len(bad) - MAX_REPORTED} more"
        lines = tuple(line for line, _ in bad[:MAX_REPORTED] if line is not None)
        raise ImportProblem(lines[0] if lines else None, message, lines)
    if not checkins and not may_be_empty:
        raise ImportProblem(None, "no entries found")
    return checkins


def _whole(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[0-9]{1,3}\s*", value):
        return int(value)
    return None


def _scale(step: object, steps: object, names: tuple[str, str], reasons: list[str]) -> ScaleValue:
    size = _whole(steps)
    if size not in SCALE_SIZES:
        reasons.append(f"{names[1]} must be 5, 7 or 10")
        return ScaleValue(1, 5)  # never used: the row is refused
    value = _whole(step)
    if value is None or not 1 <= value <= size:
        reasons.append(f"{names[0]} must be a whole number from 1 to {size}")
        return ScaleValue(1, size)
    return ScaleValue(value, size)


def _checkin(reasons: list[str], columns: dict[str, str], **values: Any) -> _Outcome:
    """new_checkin's own rules (note length, how many tags, …), named by the file's column."""
    if reasons:
        return reasons
    try:
        return new_checkin(**values)
    except InvalidEntry as problem:
        return [f"{columns.get(problem.field, problem.field)}: {problem.problem}"]


NOT_CSV_OR_JSON = "it is not a CSV or JSON file (a PDF, a spreadsheet or another binary file)"
# The first bytes of documents people pick by mistake: PDF, ZIP (xlsx, docx, ods), old Office.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def is_binary_document(data: bytes) -> bool:
    """True for a PDF or a spreadsheet (by their first bytes): never CSV or JSON text."""
    return data.startswith(_BINARY_MAGIC)


def parse_import(data: bytes, zone: str) -> ImportResult:
    """Every entry of a file, or none: any bad row raises one ImportProblem naming the bad lines.
    `zone` is where times that carry no zone (Daylio's) were written, and their entries' zone."""
    if not zone_exists(zone):
        raise InvalidEntry("zone", "not a known IANA time zone")
    if is_binary_document(data):
        raise ImportProblem(None, NOT_CSV_OR_JSON)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem(None, 'the file is not UTF-8 text; save it as "CSV UTF-8"') from None
    if not text.strip():
        raise ImportProblem(None, "no entries found")
    if text.lstrip().startswith("{"):
        document = _json_document(text)
        try:
            boundaries = parse_boundaries(document)
        except SectionProblem as problem:
            raise ImportProblem(None, problem.problem) from None
        checkins = _collect(_json_outcomes(document), may_be_empty=not boundaries.empty)
        return ImportResult(checkins, "companion-json", boundaries)
    first = io.StringIO(text, newline="").readline()
    for delimiter in (",", ";", "\t"):  # Excel writes ";" where the decimal mark is a comma
        try:
            header = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:  # a field longer than any header's
            break
        names = [" ".join(name.split()).casefold() for name in header]
        if set(COLUMNS) <= set(names):
            rows = _csv_outcomes(text, delimiter, names, _unguarded_companion_row)
            return ImportResult(_collect(rows), "companion-csv")
        if set(DAYLIO_COLUMNS) - {"note_title"} <= set(names):
            rows = _csv_outcomes(text, delimiter, names, _daylio_reader(zone))
            return ImportResult(_collect(rows), "daylio")
    raise ImportProblem(
        1,
        "line 1: the header is not one Companion knows (a Companion CSV or JSON export, "
        "or a Daylio CSV export)",
    )


# --- reading: CSV -----------------------------------------------------------------------------


def _csv_outcomes(
    text: str, delimiter: str, names: list[str], read: Callable[[dict[str, str]], _Outcome]
) -> Iterator[tuple[int | None, str, _Outcome]]:
    """Each row read by `read`, with the physical line it starts on (notes span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    next(reader)  # the header
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error:  # the rest of the file cannot be trusted
            yield (
                line,
                f"line {line}",
                ["is not well-formed CSV (a quote out of place, or a field too long)"],
            )
            return
        if not any(field.strip() for field in fields):
            continue  # blank lines, and the empty rows spreadsheets leave at the end
        if len(fields) < len(names) or any(field.strip() for field in fields[len(names) :]):
            reason = f"has {len(fields)} columns where the header has {len(names)}"
            yield line, f"line {line}", [reason]
        else:
            yield line, f"line {line}", read(dict(zip(names, fields, strict=False)))


def _parse_tags(text: str, reasons: list[str]) -> tuple[Tag, ...]:
    """The tags column: pieces split on unescaped `|`, then `\\x` read as `x`."""
    pieces = (_UNESCAPE.sub(r"\1", piece).strip() for piece in _TAG_PIECE.findall(text))
    tags: list[Tag] = []
    for piece in filter(None, pieces):
        kind, colon, label = piece.partition(":")
        kind = kind.strip().casefold()
        if not colon or kind not in TAG_KINDS:
            reasons.append(f"tags must be kind:label, where kind is one of {', '.join(TAG_KINDS)}")
            continue
        try:
            tags.append(Tag(kind, label))
        except InvalidEntry as problem:
            reasons.append(f"tags: {problem.problem}")
    return tuple(tags)


def _unguarded_companion_row(row: dict[str, str]) -> _Outcome:
    return _companion_row(
        {name: unguarded_cell(cell) if name in TEXT_COLUMNS else cell for name, cell in row.items()}
    )


def _companion_row(row: dict[str, str]) -> _Outcome:
    reasons: list[str] = []
    at = _moment(row["at_utc"], "at_utc", reasons)
    zone = row["zone"].strip()
    if not zone_exists(zone):
        reasons.append("zone is not a known IANA time zone")
    mood = _scale(row["mood"], row["mood_steps"], ("mood", "mood_steps"), reasons)
    energy: ScaleValue | None = None  # both cells empty: energy was not recorded
    if row["energy"].strip() or row["energy_steps"].strip():
        energy = _scale(row["energy"], row["energy_steps"], ("energy", "energy_steps"), reasons)
    sleep: float | None = None
    try:
        sleep = parse_sleep_hours(row["sleep_hours"])
    except InvalidEntry:
        reasons.append("sleep_hours must be empty or a number of hours from 0 to 24")
    tags = _parse_tags(row["tags"], reasons)
    return _checkin(
        reasons, _FIELD_COLUMNS, at=at, zone=zone, mood=mood.step,
        mood_steps=mood.steps, energy=None if energy is None else energy.step,
        energy_steps=energy.steps if energy else DEFAULT_STEPS, sleep_hours=sleep,
        note=row["note"], tags=tags,
    )  # fmt: skip


def _moment(text: object, where: str, reasons: list[str]) -> datetime:
    """The row's time; whether it lies in the accepted range is new_checkin's to say."""
    if isinstance(text, str):
        try:
            return parse_moment(text, "UTC", where)
        except InvalidEntry as problem:
            if problem.problem != NOT_ISO_8601:  # beyond the calendar in its own offset
                reasons.append(f"{where}: {problem.problem}")
                return datetime.now(UTC)
    reasons.append(f"{where} is not an ISO-8601 time")
    return datetime.now(UTC)  # never used: the row is refused


# --- reading: our JSON export -----------------------------------------------------------------


def _json_document(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as problem:
        raise ImportProblem(problem.lineno, f"line {problem.lineno}: not valid JSON") from None
    except RecursionError:
        raise ImportProblem(None, "not valid JSON (nested too deeply)") from None
    except ValueError:  # a number of thousands of digits (int's conversion limit)
        raise ImportProblem(None, "not valid JSON (a number too long)") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ImportProblem(None, f'this JSON file is not a Companion export ("{EXPORT_FORMAT}")')
    version = document.get("format_version")
    if version != 1:
        newer = isinstance(version, int) and version > 1
        raise ImportProblem(
            None,
            "format_version: written by a newer Companion" if newer else "format_version must be 1",
        )
    return document


def _json_outcomes(document: dict[str, Any]) -> Iterator[tuple[int | None, str, _Outcome]]:
    checkins = document.get("checkins")
    if not isinstance(checkins, list):
        raise ImportProblem(None, "checkins must be a list")
    for index, entry in enumerate(checkins):
        where = f"checkins[{index}]"
        yield None, where, _json_entry(entry) if isinstance(entry, dict) else ["must be an object"]


def _json_entry(entry: dict[str, Any]) -> _Outcome:
    reasons: list[str] = []
    at = _moment(entry.get("at_utc"), "at_utc", reasons)
    zone = entry.get("zone")
    if not isinstance(zone, str) or not zone_exists(zone):
        reasons.append("zone is not a known IANA time zone")
    scales: list[ScaleValue | None] = []
    for kind in ("mood", "energy"):
        raw = entry.get(kind)
        if kind == "energy" and raw is None:  # `"energy": null`: not recorded
            scales.append(None)
            continue
        raw = raw if isinstance(raw, dict) else {}
        names = (f"{kind}.step", f"{kind}.steps")
        scales.append(_scale(raw.get("step"), raw.get("steps"), names, reasons))
    mood, energy = scales
    assert mood is not None
    sleep, hours = entry.get("sleep_hours"), None
    if isinstance(sleep, int | float) and not isinstance(sleep, bool) and 0 <= sleep <= 24:
        hours = float(sleep)
    elif sleep is not None:  # text, true/false, NaN, or out of range
        reasons.append("sleep_hours must be null or a number of hours from 0 to 24")
    note = entry.get("note", "")
    if not isinstance(note, str):
        reasons.append("note must be text")
    tags: list[Tag] = []
    raw_tags = entry.get("tags", [])
    for raw in raw_tags if isinstance(raw_tags, list) else [None]:
        raw = raw if isinstance(raw, dict) else {}
        label, link = raw.get("label"), raw.get("plan_entry_id")
        if not isinstance(label, str) or not isinstance(link, str | None):
            reasons.append('tags must be a list of {"kind", "label", "plan_entry_id"}')
            continue
        try:
            if link is not None:
                check_text(link, "plan_entry_id", MAX_PLAN_ENTRY_ID_CHARS)
            tags.append(Tag(str(raw.get("kind")), label, link))
        except InvalidEntry as problem:
            reasons.append(f"tags: {problem.problem}")
    return _checkin(
        reasons, _FIELD_COLUMNS, at=at, zone=zone, mood=mood.step,
        mood_steps=mood.steps, energy=None if energy is None else energy.step,
        energy_steps=energy.steps if energy else DEFAULT_STEPS, sleep_hours=hours,
        note=note, tags=tuple(tags),
    )  # fmt: skip


# --- reading: Daylio --------------------------------------------------------------------------


def _daylio_time(text: str) -> time | None:
    """ "20:05", "8:05 pm", "8:05 p.m.", "午後8:05", "８：０５" and the like."""
    compact = re.sub(r"[\s.]", "", unicodedata.normalize("NFKC", text)).casefold()
    match = _CLOCK.fullmatch(compact)
    if match is None or (match[1] and match[4]):
        return None
    hour, minute, marker = int(match[2]), int(match[3]), match[1] or match[4]
    if marker:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if marker in ("pm", "午後") else 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _daylio_day(text: str) -> date | None:
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(text)
    return None


def _daylio_mood(name: str) -> int | None:
    wanted = " ".join(name.split())
    return DAYLIO_MOODS.get(wanted.casefold()) or find_step("mood", 5, wanted)


def _daylio_note(title: str, note: str) -> str:
    parts = (_BREAK.sub("\n", part).strip() for part in (title, note))
    return "\n\n".join(part for part in parts if part)


def _daylio_reader(zone: str) -> Callable[[dict[str, str]], _Outcome]:
    where = ZoneInfo(zone)
    last_day = local_today(zone) + FUTURE_ALLOWANCE

    def read(row: dict[str, str]) -> _Outcome:
        reasons: list[str] = []
        day = _daylio_day(row["full_date"].strip())
        if day is None:
            reasons.append("full_date is not a date like 2026-11-29")
        elif not EARLIEST_DAY <= day <= last_day:
            reasons.append(f"full_date {OUT_OF_RANGE}")
            day = None
        clock = _daylio_time(row["time"])
        if clock is None:
            reasons.append("time is not a time of day like 20:05 or 8:05 pm")
        at = datetime.now(UTC)
        if day is not None and clock is not None:
            try:
                at = localize(datetime.combine(day, clock), where, "time")
            except InvalidEntry:
                reasons.append("time does not exist in that time zone (the clocks changed)")
        mood = _daylio_mood(row["mood"])
        if mood is None:
            reasons.append(
                "mood name is not one Companion knows; map it in Daylio to rad/good/meh/bad/awful"
            )
        tags: list[Tag] = []
        for label in filter(None, (part.strip() for part in row["activities"].split("|"))):
            try:
                tags.append(Tag("tag", label))
            except InvalidEntry as problem:
                reasons.append(f"activities: {problem.problem}")
        return _checkin(
            reasons, _DAYLIO_FIELDS, at=at, zone=zone, mood=mood or 3,
            mood_steps=5, energy=None, note=_daylio_note(  # Daylio has no energy: none invented
                row.get("note_title", ""), row["note"]
            ), tags=(*tags, Tag("tag", DAYLIO_TAG)),
        )  # fmt: skip

    return read
