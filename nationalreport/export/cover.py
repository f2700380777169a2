"""The cover page: who reports, for which cycle, in which language, and whom to ask."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Spacer  # type: ignore[import-untyped,unused-ignore]

from nationalreport.export import styles
from nationalreport.export.context import LayoutContext
from nationalreport.export.fasttable import FastTable
from nationalreport.export.textblock import TextBlock
from nationalreport.report import is_empty
from nationalreport.report.serialize import parse_timestamp
from nationalreport.report.states import get_state

#: Answers the cover quotes: the coordination body's name, then the person to contact
#: (the National Point of Contact, else the coordination body's contact person).
COORDINATION_BODY = "1.1.a"
CONTACTS = ("1.2.1", "1.1.c")
#: Lines a value may take on the cover before it is cut short with an ellipsis.
COVER_LINES = 6
#: Languages that put a title (Ms., Mr.) after the name.
SUFFIX_TITLES = frozenset({"zh"})
_CONTACT_ORDER = ("name", "position", "organization", "address", "telephone", "email")


def state_name(ctx: LayoutContext) -> str:
    state = get_state(ctx.report.state)
    return state.name(ctx.language) if state else ctx.report.state


def language_name(code: str, ctx: LayoutContext) -> str:
    try:
        from babel import Locale

        name = Locale.parse(ctx.language).languages.get(code)
    except Exception:  # an unknown locale must not stop an export
        name = None
    return str(name) if name else code


def long_date(timestamp: str, ctx: LayoutContext) -> str:
    moment = parse_timestamp(timestamp)
    if moment is None:
        return timestamp
    day: date = moment.date()
    try:
        from babel.dates import format_date

        # The United Nations write English dates day first: 4 May 2026.
        locale = "en_GB" if ctx.language == "en" else ctx.language
        return str(format_date(day, format="long", locale=locale))
    except Exception:  # an unknown locale must not stop an export
        return day.isoformat()


def _exported(ctx: LayoutContext, number: str) -> Any:
    report = ctx.report
    if number not in report.template or number in report.skipped():
        return None
    value = report.answer(number)
    return None if is_empty(value) else value


def contact_lines(ctx: LayoutContext) -> list[str]:
    for number in CONTACTS:
        value = _exported(ctx, number)
        if not isinstance(value, dict):
            continue
        question = ctx.report.template.question(number)
        honorific = ""
        for spec in question.contact_fields:
            if spec.key == "honorific" and value.get("honorific"):
                option = next((o for o in spec.options if o.code == value["honorific"]), None)
                honorific = ctx.text(option.label) if option else ""
        lines = [str(value[key]) for key in _CONTACT_ORDER if value.get(key)]
        if lines and honorific and value.get("name"):
            # Chinese writes the title after the name (Wanjiku Kamau女士).
            lines[0] = (f"{lines[0]}{honorific}" if ctx.language in SUFFIX_TITLES
                        else f"{honorific} {lines[0]}")
        if lines:
            return lines
    return []


def _capped(text: str, lines: int = COVER_LINES) -> str:
    """At most ``lines`` lines: the cover must stay one page whatever the answers are."""
    kept = text.split("\n")
    if len(kept) <= lines:
        return text
    return "\n".join([*kept[:lines - 1], kept[lines - 1].rstrip() + " \u2026"])


def cover_flowables(ctx: LayoutContext) -> list[Any]:
    say, st, report = ctx.messages, ctx.styles, ctx.report
    template = report.template
    body = _exported(ctx, COORDINATION_BODY)
    contact = contact_lines(ctx)
    no = say("no_response")
    rows = [
        (say("cover_state"), f"{state_name(ctx)} ({report.state})"),
        (say("cover_cycle"), str(report.cycle)),
        (say("cover_language"), language_name(report.language, ctx)),
        (say("cover_date"), long_date(ctx.exported, ctx)),
        (say("cover_coordination"), str(body) if body else no),
        (say("cover_contact"), "\n".join(contact) if contact else no),
        (say("cover_answered"), say("answered_of",
                                    answered=ctx.number(len(report.exportable_answers())),
                                    total=ctx.number(len(template)))),
        (say("cover_template"), template.id),
    ]
    label_width = 150.0
    value_width = styles.FRAME_WIDTH - label_width
    data = [[ctx.lines(label, label_width, size=9), _capped(ctx.lines(value, value_width, size=9))]
            for label, value in rows]
    style: list[tuple[object, ...]] = [
        *styles.base_table_style(),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LEADING", (0, 0), (-1, -1), 12.5),
        ("TEXTCOLOR", (0, 0), (0, -1), styles.MUTED),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, styles.RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, styles.ACCENT),
    ]
    info = FastTable(data, colWidths=[label_width, value_width], hAlign="LEFT", style=style,
                     rtl=ctx.rtl)
    script = ctx.script
    return [
        Spacer(1, 40),
        TextBlock(script, say("cover_title").upper(), st.subtitle),
        Spacer(1, 8),
        TextBlock(script, ctx.text(template.title), st.title),
        Spacer(1, 36),
        TextBlock(script, state_name(ctx), st.state),
        TextBlock(script, str(report.cycle), st.subtitle),
        Spacer(1, 40),
        info,
        Spacer(1, 24),
        TextBlock(script, say("cover_attachment_note"), st.muted),
    ]
