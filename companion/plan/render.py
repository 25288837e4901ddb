"""The plan as a readable document: Markdown for export, HTML (Qt's rich-text subset) for print.

Pure Python: no Qt, no store. User text is escaped in both formats, so a `#`, a `-` or a
`<script>` someone typed stays their words and never becomes structure. Fixed wording is a
bilingual `Label` chosen with the document's language ("ja" or "en").

A whole-plan document lists every section and says plainly where something is still empty; a
section with nothing in it at all takes one line. The supporter copy is the crisis section alone,
dated, with signature lines for the person and three supporters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date

from companion.plan.model import Entry, Plan
from companion.plan.schema import (
    ENTRY_FIELDS,
    SECTIONS,
    STANCES,
    FieldSpec,
    Label,
    ListSpec,
    SectionSpec,
    section,
)

# --- fixed wording ----------------------------------------------------------------------------
PLAN_TITLE = Label("My WRAP-style plan", "わたしのWRAP式プラン")
SUPPORTER_COPY_TITLE = Label(
    "{heading} — copy for my supporters", "{heading}（サポーター用の写し）"
)
NOTHING_YET = Label("Nothing written here yet.", "まだ何も書かれていません。")
PRINTED_ON = Label("Printed on {date}", "印刷した日：{date}")
OWNER = Label("This plan belongs to {name}", "本人：{name}")  # the supporters' copy, if given
MADE_WITH = Label("Made with Companion on {date}", "{date}にCompanionで作成")
SIGNATURES = Label("Signatures", "署名")
MY_SIGNATURE = Label("My signature", "本人の署名")
SUPPORTER = Label("Supporter", "サポーター")
SIGNATURE = Label("Signature", "署名")
DATE = Label("Date", "日付")
YES = Label("Yes", "はい")
NO = Label("No", "いいえ")
AGREED = Label("Agreed", "同意")
AGREED_ON = Label("Agreed on", "同意した日")
LABEL_SEPARATOR = Label(": ", "：")
BESIDE_TITLE = Label(" — {note}", "\u3000{note}")  # an empty list's note, on its title's line

CRISIS = "crisis"

# The field shown first (and in bold) for each kind of entry; the others follow with labels.
_PRIMARY_FIELD = {
    "item": "text",
    "supporter": "name",
    "excluded": "name",
    "choice": "name",
    "task": "task",
}


def _say(label: Label, language: str, **values: str) -> str:
    text = label.in_language(language)
    return text.format(**values) if values else text


def format_date(day: date, language: str) -> str:
    """A date as people write it: 2024年5月1日 in Japanese, 2024-05-01 (unambiguous) in English."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def _chosen_sections(sections: Sequence[str] | None) -> list[SectionSpec]:
    """The chosen sections in plan order; an unknown key raises KeyError."""
    if sections is None:
        return list(SECTIONS)
    wanted = {section(key).key for key in sections}
    return [spec for spec in SECTIONS if spec.key in wanted]


def _has_content(entry: Entry) -> bool:
    return any(
        value is True or (isinstance(value, str) and value.strip())
        for value in entry.values.values()
    )


def _filled(plan: Plan, section_key: str, list_key: str) -> tuple[Entry, ...]:
    """The entries worth printing: a row left blank (or only spaces) is not one."""
    return tuple(entry for entry in plan.entries(section_key, list_key) if _has_content(entry))


def _section_is_empty(plan: Plan, spec: SectionSpec) -> bool:
    return not any(_filled(plan, spec.key, list_spec.key) for list_spec in spec.lists)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _field_value(spec: FieldSpec, entry: Entry, language: str) -> str:
    """A field's value as text to show, or "" when there is nothing worth a line."""
    value = entry.get(spec.key)
    if spec.kind == "bool":
        if entry.kind == "supporter" or value is not None:
            return _say(YES if value is True else NO, language)
        return ""
    if not isinstance(value, str) or not value.strip():
        return ""
    if spec.kind == "stance":
        stance = STANCES.get(value)
        return stance.in_language(language) if stance else value
    if spec.kind == "date":
        try:
            return format_date(date.fromisoformat(value), language)
        except ValueError:
            return value
    return value.strip("\n")


def _field_label(spec: FieldSpec, language: str) -> str:
    if spec.key == "consent":
        return _say(AGREED, language)
    if spec.key == "consent_date":
        return _say(AGREED_ON, language)
    return spec.label.in_language(language)


def _entry_parts(entry: Entry, language: str) -> tuple[str, list[tuple[str, str]]]:
    """(the primary text, [(label, value), …] for every other field with something in it)."""
    primary_key = _PRIMARY_FIELD.get(entry.kind, "")
    primary = entry.text(primary_key).strip()
    details: list[tuple[str, str]] = []
    for spec in ENTRY_FIELDS.get(entry.kind, ()):
        if spec.key == primary_key:
            continue
        value = _field_value(spec, entry, language)
        if value:
            details.append((_field_label(spec, language), value))
    return primary, details


# --- Markdown ---------------------------------------------------------------------------------
_MD_ANYWHERE = re.compile(r"[\\`*_\[\]<>|~]|&(?=#?\w+;)")
_MD_IN_HEADING = re.compile(r"[\\`*_\[\]<>|~#]|&(?=#?\w+;)")
_MD_ORDERED = re.compile(r"\d{1,9}(?=[.)])")


def _md_line(line: str) -> str:
    """One line of user text, escaped so that it can only ever be text."""
    stripped = line.lstrip(" \t")
    lead = line[: len(line) - len(stripped)]
    # Leading spaces would make an indented code block; no-break spaces keep the look.
    lead = lead.replace("\t", "    ").replace(" ", "\u00a0")
    escaped = _MD_ANYWHERE.sub(lambda match: "\\" + match.group(0), stripped)
    if escaped.startswith(("#", "+", "=", "-")):  # heading, list, setext underline, rule
        escaped = "\\" + escaped
    elif ordered := _MD_ORDERED.match(escaped):  # "1. text" must not start a numbered list
        escaped = ordered.group(0) + "\\" + escaped[ordered.end() :]
    return lead + escaped


def _md_heading_text(text: str) -> str:
    """Heading text on one line; after "## " only inline marks and a closing "#" could bite."""
    return _MD_IN_HEADING.sub(lambda match: "\\" + match.group(0), _one_line(text))


def _md_text(text: str, indent: int) -> str:
    """Multi-line user text: hard line breaks, continuation lines indented under the bullet."""
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    pad = " " * indent
    out: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        escaped = _md_line(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ending = "  " if following else ""
        out.append((pad if out else "") + escaped + ending)
    return "\n".join(out)


def _md_entry(entry: Entry, language: str) -> list[str]:
    if entry.kind == "item":
        return ["- " + _md_text(entry.text("text"), 2)]
    primary, details = _entry_parts(entry, language)
    separator = _say(LABEL_SEPARATOR, language)
    fields = [_md_line(label) + separator + _md_text(value, 4) for label, value in details]
    if primary:
        return ["- **" + _md_text(primary, 2) + "**"] + ["  - " + field for field in fields]
    if not details:
        return []
    # No name: the first field stands in for it on the bullet's own line.
    label, value = details[0]
    return ["- " + _md_line(label) + separator + _md_text(value, 2)] + [
        "  - " + field for field in fields[1:]
    ]


def plan_markdown(plan: Plan, language: str, sections: Sequence[str] | None = None) -> str:
    """The plan (or the chosen `sections`, always in plan order) as a Markdown document."""
    # Italic only in English: slanted kana and kanji read poorly (CJK fonts have no italic).
    nothing = _say(NOTHING_YET, language)
    nothing = nothing if language == "ja" else "*" + nothing + "*"
    out = ["# " + _md_heading_text(_say(PLAN_TITLE, language)), ""]
    for spec in _chosen_sections(sections):
        out += ["## " + _md_heading_text(plan.heading(spec.key, language)), ""]
        if _section_is_empty(plan, spec):
            out += [nothing, ""]
            continue
        for list_spec in spec.lists:
            out += ["### " + _md_heading_text(list_spec.title.in_language(language)), ""]
            entries = _filled(plan, spec.key, list_spec.key)
            if not entries:
                out += [nothing, ""]
                continue
            for entry in entries:
                out += _md_entry(entry, language)
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML (Qt's rich-text subset) ---------------------------------------------------------------
_MUTED = "color:#555555;"
# Qt sizes headings relative to the body font (h1 2x, h2 1.5x, h3 1.2x); only spacing is set.
_H1 = "margin-top:0px; margin-bottom:4px;"
_H2 = "margin-top:18px; margin-bottom:4px;"
_H3 = "margin-top:10px; margin-bottom:2px;"
_UL = "margin-top:2px; margin-bottom:4px;"
_NOTE = "margin-top:2px; margin-bottom:2px; "
_SMALL = "font-size:8.5pt; " + _MUTED
_FOOTER = "margin-top:24px; " + _SMALL
_LINE = "border-bottom-width:1px; border-bottom-style:solid; border-bottom-color:#000000;"


def _quiet(language: str) -> str:
    """Muted text for notes; italic only in English (slanted kana and kanji read poorly)."""
    return _MUTED if language == "ja" else "font-style:italic; " + _MUTED


def _h(text: str) -> str:
    """User or fixed text, HTML-escaped, with its line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def _html_entry(entry: Entry, language: str) -> str:
    if entry.kind == "item":
        return f"<li>{_h(entry.text('text').strip(chr(10)))}</li>"
    primary, details = _entry_parts(entry, language)
    separator = _h(_say(LABEL_SEPARATOR, language))
    lines = [f"<b>{_h(primary)}</b>"] if primary else []
    lines += [
        f'<span style="{_MUTED}">{_h(label)}{separator}</span>{_h(value)}'
        for label, value in details
    ]
    return "<li>" + "<br>".join(lines) + "</li>"


def _html_section_body(
    plan: Plan, spec: SectionSpec, language: str, *, write_in: bool = False
) -> list[str]:
    """`write_in` (the supporter copy, made to be printed): an empty list keeps its title and
    gets lines to write on by hand, instead of a note that nothing is written."""
    nothing = f'<p style="{_NOTE}{_quiet(language)}">{_h(_say(NOTHING_YET, language))}</p>'
    if _section_is_empty(plan, spec) and not write_in:
        return [nothing]
    out: list[str] = []
    for list_spec in spec.lists:
        out.append(_html_list(plan, spec, list_spec, language, write_in=write_in))
    return out


def _write_in_lines(count: int = 3) -> str:
    """Blank ruled lines, to be filled in by hand on paper (rules, not a table, so a heading
    is kept with them when a page breaks)."""
    row = '<p style="margin-top:14px; margin-bottom:0px;">&nbsp;</p><hr width="100%">'
    return row * count + "<p>&nbsp;</p>"


def _html_list(
    plan: Plan, spec: SectionSpec, list_spec: ListSpec, language: str, *, write_in: bool = False
) -> str:
    title = _h(list_spec.title.in_language(language))
    entries = _filled(plan, spec.key, list_spec.key)
    if not entries and write_in:
        return f'<h3 style="{_H3}">{title}</h3>{_write_in_lines()}'
    if not entries:
        # One line: the list's title with the note beside it.
        beside = _h(_say(BESIDE_TITLE, language, note=_say(NOTHING_YET, language)))
        return (
            f'<h3 style="{_H3}">{title}'
            f'<span style="font-weight:normal; {_quiet(language)}">{beside}</span></h3>'
        )
    items = "".join(_html_entry(entry, language) for entry in entries)
    return f'<h3 style="{_H3}">{title}</h3><ul style="{_UL}">{items}</ul>'


def _signature_table(language: str) -> str:
    """Signature lines drawn as cells with a bottom border, so they print as clean rules.

    One table (so the print layout keeps it together with its heading): a row for the person,
    whose signature line spans the supporter's name and signature columns, then three rows
    for supporters. The supporter rows give every column its width.
    """

    def label(text: Label, width: int | None = None) -> str:
        size = f' width="{width}%"' if width else ""
        return (  # nowrap: "Signature" never breaks in the middle of the word
            f'<td{size} valign="bottom" '
            'style="padding-top:24px; padding-right:6px; white-space:nowrap;">'
            f"{_h(_say(text, language))}</td>"
        )

    def line(width: int | None = None, colspan: int = 1) -> str:
        size = f' width="{width}%"' if width else ""
        span = f' colspan="{colspan}"' if colspan > 1 else ""
        return f'<td{size}{span} style="{_LINE}">&nbsp;</td>'

    gap = '<td width="3%">&nbsp;</td>'
    me = label(MY_SIGNATURE) + line(colspan=4) + gap + label(DATE) + line()
    supporter = (
        label(SUPPORTER, 17)
        + line(22)
        + gap
        + label(SIGNATURE, 13)
        + line(20)
        + gap
        + label(DATE, 7)
        + line(15)
    )
    rows = "".join(f"<tr>{row}</tr>" for row in [me, supporter, supporter, supporter])
    return (
        f'<h2 style="{_H2}">{_h(_say(SIGNATURES, language))}</h2>'
        '<table width="100%" cellspacing="0" cellpadding="2" border="0" '
        f'style="border-collapse:collapse;">{rows}</table>'
    )


def plan_html(
    plan: Plan,
    language: str,
    sections: Sequence[str] | None = None,
    *,
    supporter_copy: bool = False,
    generated_on: date,
    owner_name: str = "",
) -> str:
    """The plan as HTML for QTextDocument (print and PDF), every piece of user text escaped.

    `supporter_copy` renders only the crisis section (whatever `sections` says), titled as a copy
    for supporters, with whose plan it is under the title when `owner_name` is given (nothing
    when it is empty), the date it was printed and signature lines at the end. Every document
    ends with a small "Made with Companion on <date>" line.
    """
    when = format_date(generated_on, language)
    if supporter_copy:
        heading = _one_line(plan.heading(CRISIS, language))
        title = _say(SUPPORTER_COPY_TITLE, language, heading=heading)
    else:
        title = _say(PLAN_TITLE, language)
    out = [f'<h1 style="{_H1}">{_h(title)}</h1>']
    if supporter_copy:
        owner = _one_line(owner_name)
        if owner:
            out.append(f'<p style="{_NOTE}">{_h(_say(OWNER, language, name=owner))}</p>')
        out.append(f'<p style="{_SMALL}">{_h(_say(PRINTED_ON, language, date=when))}</p>')
        out += _html_section_body(plan, section(CRISIS), language, write_in=True)
        out.append(_signature_table(language))
    else:
        for spec in _chosen_sections(sections):
            heading = _one_line(plan.heading(spec.key, language))
            out.append(f'<h2 style="{_H2}">{_h(heading)}</h2>')
            out += _html_section_body(plan, spec, language)
    out.append(f'<p style="{_FOOTER}">{_h(_say(MADE_WITH, language, date=when))}</p>')
    lang = "ja" if language == "ja" else "en"
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{_h(title)}</title></head>'
        "<body>\n" + "\n".join(out) + "\n</body></html>\n"
    )
