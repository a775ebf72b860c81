"""Programme interpreter: parser (see :mod:`wlga_analysis.interpret.programme`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any

import pandas as pd

from wlga_analysis import quarters
from wlga_analysis.contracts import typed_frame
from wlga_analysis.documents import Document
from wlga_analysis.interpret import collector_paused
from wlga_analysis.interpret.programme import headed, kanban, minutes, sections, status_side_table
from wlga_analysis.interpret.programme.action_log import updated_first
from wlga_analysis.interpret.programme.block_passes import prepared_blocks
from wlga_analysis.interpret.programme.called_names import joined_rows
from wlga_analysis.interpret.programme.closing_labels import ends_with_status_label
from wlga_analysis.interpret.programme.common import (
    _FY_TEXT,
    _TERMINAL,
    ProgrammeParse,
    _block_text,
    _column_roles,
    _inline_list,
    _is_section_heading,
    _normalise,
    _opens_a_list,
    _programme_frame,
    _records_frame,
    _Row,
    _row_kind,
    _status_issues,
    _tokens,
    after_group_labels,
    stated_cells,
    title_case,
    vocabulary,
)
from wlga_analysis.interpret.programme.cover_table import cover_blocks
from wlga_analysis.interpret.programme.funder_cells import funder_cells
from wlga_analysis.interpret.programme.furniture_dates import dated_by_furniture
from wlga_analysis.interpret.programme.grant_changes import superseded_issue, without_superseded
from wlga_analysis.interpret.programme.grant_funders import body_grant_name
from wlga_analysis.interpret.programme.grant_notes import note_names, noted_name, printed_in_columns
from wlga_analysis.interpret.programme.grant_rounded import without_rounded_totals
from wlga_analysis.interpret.programme.grant_scan import DocumentWords, may_print_money
from wlga_analysis.interpret.programme.grant_tables import (
    carry_name,
    footnote_marks,
    footnoted_name,
    merge_table_grants,
    printed_grant_name,
    purpose_before,
    table_grants,
    the_programme,
    without_row_notes,
)
from wlga_analysis.interpret.programme.grants import (
    SentenceAmounts,
    _grant_name_from_purpose,
    _grant_purpose,
    _Mention,
    grant_of,
    note_grant_words,
    per_year_issues,
    programme_name_in,
    row_amounts,
)
from wlga_analysis.interpret.programme.heading_priorities import PRIORITY_ROLE
from wlga_analysis.interpret.programme.item_markers import split_item_marker
from wlga_analysis.interpret.programme.item_updates import labelled_update
from wlga_analysis.interpret.programme.items import all_bullet_fields, item_key, row_ref
from wlga_analysis.interpret.programme.layouts import (
    before_other_sections,
    is_other_section,
    item_position,
    layout_statuses,
    outside_other_sections,
    past_deadline,
    title_candidates,
    title_heading,
    with_group_timing,
    with_stated_status,
)
from wlga_analysis.interpret.programme.nested import LIST_SECTIONS_NOTE, ListSection
from wlga_analysis.interpret.programme.partners import _Org, _organisation_patterns, _partners
from wlga_analysis.interpret.programme.partners import _steps as _partner_steps
from wlga_analysis.interpret.programme.priority_lists import (
    announced_count,
    announcing_rows,
    lead_in_rows,
    table_priorities,
)
from wlga_analysis.interpret.programme.prose import BODY_RULES, prose_rows, prose_rule
from wlga_analysis.interpret.programme.sources import is_progress_heading, item_rows, section_rule
from wlga_analysis.interpret.programme.symbols import cell_state, is_key_line, symbol_tags
from wlga_analysis.interpret.programme.unknown_leads import lead_partners
from wlga_analysis.interpret.programme.unrated_rows import row_state
from wlga_analysis.interpret.programme.update_timing import untimed_update, update_text
from wlga_analysis.interpret.programme.wrong_kind import (
    refuse_html_table,
    refuse_rec_paper,
    refuse_rec_rows,
)
from wlga_analysis.quality import Issue, document_name
from wlga_analysis.read.model import Heading, Table
from wlga_analysis.reference import load_status_tags, one_reading
from wlga_analysis.status import StatusRule, load_status_rules
from wlga_analysis.status import _plan as _status_plan
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.dates import parse_date_line, parse_month_year_line, split_dated_line
from wlga_analysis.text.money import Money, pounds


class _Parser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.name = document_name(doc.path)
        self.issues: list[Issue] = []
        self.lines = doc.lines
        self.roles: dict[int, tuple[str, int | None]] = {}

    def issue(self, table: str, check: str, item: str, line: int | None, message: str):
        self.issues.append(Issue(self.name, table, check, item, line, message))

    # ---------------------------------------------------------------------------- run
    def run(self) -> ProgrammeParse:
        # each reference list read once, not per item; and no garbage collection while
        # the parse builds its many small objects (all of them stay alive until it ends)
        with one_reading(), collector_paused():
            parsed = self._run()
            # The parser's state (the document model, the line roles) is garbage now: let
            # it go while the collector is paused, or the collector walks it once more
            # when it resumes (30-40 ms at 100x).
            self.__dict__.clear()
            return parsed

    def _run(self) -> ProgrammeParse:
        refuse_html_table(self.lines, self.doc)  # (.wrong_kind)
        rows, meta = self._rows(), self.meta  # (the front matter is read with the rows)
        ref_date = meta["date"] or self.month_date
        if ref_date is None and meta["financial_year"]:
            ref_date = quarters.financial_year_start(meta["financial_year"])
        self._check_numbering(rows)
        priorities = self._priorities(rows)
        programme = self._programme(rows, priorities, ref_date)  # (refused in it: .wrong_kind)
        grants = self._grants(rows)
        paragraphs = self._paragraph_frame(rows)
        roles, order = self.roles, sorted(self.roles)  # (by columns: no tuple per line)
        lines = pd.DataFrame({"line": order, "role": [roles[n][0] for n in order], "row_line":
                              pd.array([roles[n][1] for n in order], dtype="Int64")})
        return ProgrammeParse(meta, programme, priorities, grants, paragraphs, lines,
                              tuple(self.issues))

    # --------------------------------------------------------------------- line roles
    def _rows(self) -> list[_Row]:
        """Rows of the document, read from its document model: front matter (date, title),
        section headings, numbered paragraphs, list items, un-numbered text and table rows."""
        from wlga_analysis.read.text import read_text_lines

        lines = self.lines
        first_text = next((n for n, ln in enumerate(lines, 1) if ln.strip()), None)
        if first_text is None:
            raise self.doc.error("file is blank; expected a programme update")
        # A Word file, PDF or web page reaches the interpreter as the text form its reader
        # printed (read.textform), like the recommendations: one set of rules for every form.
        model = read_text_lines(lines, path=self.doc.path)
        self.model = model
        rule, blocks = section_rule(prepared_blocks(list(model.blocks)))  # (.block_passes)
        self.list_sections = [b.location.line for b in blocks if isinstance(b, ListSection)]
        self.prose_sections = prose_rule(rule)  # sections of prose (no lists), else None
        first_numbered = next((b.location.line for b in blocks if kanban.opens_a_section(b)), None)
        if first_numbered is None:
            refuse_rec_paper(list(model.blocks), len(lines), self.doc)  # (.wrong_kind)
            raise self.doc.error(
                "no numbered paragraphs ('1. ...'); expected a WLGA Improvement Programme "
                "update with numbered paragraphs under headings and progress bullets",
                line=first_text)
        headings = {b.location.line for b, nxt in zip(blocks, [*blocks[1:], None], strict=False)
                    if (b.__class__ is Heading or nxt.__class__ is Table)  # (classes first)
                    and _is_section_heading(b, nxt)}
        headings.discard(title_heading(blocks, headings, first_numbered))
        front = cover_blocks([b for b in blocks if b.location.line < first_numbered
                              and b.location.line not in headings])  # (a cover table's lines)
        self._front_matter(front, sum(1 for ln in lines[:first_numbered - 1] if ln.strip()),
                           minutes.update_heading(blocks))  # (minutes: the agenda item's heading)

        rows = self._block_rows(blocks, headings)
        self._note_roles(rows)
        return rows

    def _block_rows(self, blocks: list[Any], headings: set[int]) -> list[_Row]:
        """One row per block after the front matter (a table gives a row per table row),
        each with the section heading and numbered paragraph it stands under."""
        rows: list[_Row] = []
        heading: str | None = None
        heading_line: int | None = None
        paragraph: int | None = None
        roles = self.roles
        for i, block in enumerate(blocks):
            n = block.location.line
            if n in roles and not isinstance(block, Table) \
                    and not getattr(block, "shares_line", False):  # (a cover table's rows stay)
                continue
            if n in headings:
                heading, heading_line = _block_text(block), n
                roles[n] = ("heading", None)
                continue
            if isinstance(block, Table):
                rows.extend(kanban.status_board_rows(block, heading, heading_line, roles)
                            or self._table_rows(block, paragraph, heading, heading_line))
                continue
            kind, number = _row_kind(block), getattr(block, "number", None)
            if kind == "paragraph":
                paragraph = int(number)  # (fields in order below: no keywords to match)
            row = _Row(kind, paragraph, heading, heading_line, block.text.markdown(), n, 0, False,
                       [n], None, number, getattr(block, "topic", None))
            if kind == "paragraph":
                row.numbered_heading = getattr(block, "heads_items", False) or _opens_a_list(
                    row.text, after_group_labels(blocks, i + 1), paragraph)  # (.minutes)
            rows.append(row)
            roles[n] = getattr(block, "role", None) or ("row", n)  # (.section_priorities)
        return rows

    def _note_roles(self, rows: list[_Row]) -> None:
        """Roles of the lines the reader joined to a row or removed as page furniture."""
        starts = sorted(r.source_line for r in rows)
        by_line = {r.source_line: r for r in rows}

        for note in self.model.notes:
            n = note.location.line
            if n is None or n in self.roles:
                continue
            if note.kind == "continuation":
                k = bisect.bisect_left(starts, n) - 1
                row_line = starts[k] if k >= 0 else None
                self.roles[n] = ("continuation", row_line)
                if row_line is not None:
                    by_line[row_line].lines.append(n)
            elif note.kind == "page furniture":
                self.roles[n] = ("furniture", None)

    def _table_rows(self, table: Table, paragraph: int | None, heading: str | None,
                    heading_line: int | None) -> list[_Row]:
        """Rows of a table: its header line and one row per table row (the first cell)."""
        header = [c for c in table.header_text if c]
        out = [_Row("table header", paragraph, heading, heading_line, " | ".join(header),
                    table.location.line, lines=[table.location.line])]
        self.roles[table.location.line] = ("row", table.location.line)
        funded = funder_cells(table)  # "Grant<br>Welsh Government | £5" (.funder_cells)
        for k, row_cells in enumerate(table.rows):
            cells = [c.text for c in row_cells] if funded is None else list(funded[k].values())
            n = row_cells[0].location.line if row_cells else table.location.line
            out.append(_Row("table row", paragraph, heading, heading_line,
                            " | ".join(c for c in cells if c), n, lines=[n],
                            cells=dict(zip(table.header_text, cells, strict=False))
                            if funded is None else funded[k]))
            self.roles[n] = ("row", n)
        return out

    def _front_matter(self, front: list[Any], n_front_lines: int, titled: Any = None) -> None:
        """Date and title lines before the first numbered paragraph."""
        meta: dict[str, Any] = {"kind": "programme", "title": None, "title_display": None,
                                "date": None, "financial_year": None, "title_line": None,
                                "date_line": None, "path": str(self.doc.path),
                                "sha256": self.doc.sha256}
        self.month_date: dt.date | None = None  # from a date line with no day
        texts = [(b.location.line, clean_text(b.text.markdown())) for b in front]
        meta["date"], meta["date_line"] = self._front_date(texts)
        for n, text in texts if meta["date"] is None else ():
            self.month_date = parse_month_year_line(text)
            if self.month_date is not None:
                meta["date_line"] = n
                self.roles[n] = ("date", None)
                break
        if meta["date"] is None and self.month_date is None:  # (a running header: .furniture_dates)
            meta["date"] = dated_by_furniture(self.doc.model, self.issue)
        candidates = title_candidates(texts, self.roles, n_front_lines)
        # the line naming the update wins over a meeting's name ("WLGA EXECUTIVE BOARD")
        named = [c for c in candidates if vocabulary().title.search(c[1])]
        if titled is not None:  # (the heading of the agenda item the update is: .minutes)
            meta["title"], meta["title_line"] = _block_text(titled), titled.location.line
        elif candidates:
            n, text = (named or candidates)[0]
            meta["title"], meta["title_line"] = text, n
            self.roles[n] = ("title", None)
        self.meta = meta
        self._finish_metadata()

    def _front_date(self, texts: list[tuple[int, str]]) -> tuple[dt.date | None, int | None]:
        """(date, line) of the first date line, else of the first dated heading ("Report to
        the Executive Board, 20 October 2023"); (None, None) when there is neither."""
        for n, text in texts:
            day = parse_date_line(text) or minutes.meeting_held_date(text)  # (minutes: "held on")
            if day is not None:
                self.roles[n] = ("date", None)
                return day, n
        for n, text in updated_first(texts):  # ("Updated 9 May": not the meeting's date)
            found = split_dated_line(text)
            if found is not None:
                if found[0].upper() != found[0]:  # a dated title in capitals stays the title
                    self.roles[n] = ("date", None)
                return found[1], n
        return None, None

    def _finish_metadata(self) -> None:
        meta = self.meta
        title_fy = None
        if meta["title"]:
            m = _FY_TEXT.search(meta["title"])
            if m:
                try:
                    title_fy = quarters.financial_year_label(
                        quarters.financial_year_start(m.group(0).replace(" ", "")))
                except ValueError:
                    title_fy = None
            meta["title_display"] = title_case(meta["title"], self.lines)
        else:
            self.issue("programme", "no title", "", None,
                       "no title line found before the first paragraph")
        dated = meta["date"] or self.month_date
        if dated is not None:
            date_fy = quarters.financial_year_label(dated)
            meta["financial_year"] = title_fy or date_fy
            shown = f"{dated:%d %B %Y}" if meta["date"] else f"{dated:%B %Y}"
            if title_fy and title_fy != date_fy:
                self.issue("programme", "title and date disagree", "", meta["title_line"],
                           f"the title names financial year {title_fy} but the document is "
                           f"dated {shown} (financial year {date_fy}); quarters are read in "
                           f"{title_fy}, months and seasons relative to the date")
            if meta["date"] is None:
                self.issue("programme", "date without a day", "", meta["date_line"],
                           f"the document is dated {shown}, with no day; its date is left "
                           f"missing and timings are read relative to the start of {shown}")
        else:
            meta["financial_year"] = title_fy
            self.issue("programme", "no date", "", meta["title_line"],
                       "no date line (e.g. '22nd October 2021') before the first paragraph; "
                       + (f"timings are read in financial year {title_fy} from the title"
                          if title_fy else "relative timings cannot be resolved"))

    # ------------------------------------------------------------------- numbering
    def _check_numbering(self, rows: list[_Row]) -> None:
        seen: dict[int, int] = {}
        previous = 0
        for line in self.list_sections[:1]:  # sections numbered by the reader: not checked
            self.issue("paragraphs", "sections from a list", "", line, LIST_SECTIONS_NOTE)
        for row in rows:
            if row.kind != "paragraph" or row.paragraph is None or \
                    row.source_line in self.list_sections or row.cells is not None \
                    or self.roles.get(row.source_line, ("",))[0] in (
                        PRIORITY_ROLE, minutes.LEAD_IN_ROLE):  # (numbered by their section)
                continue
            n = row.paragraph
            if n in seen:
                self.issue("paragraphs", "duplicate number", str(n), row.source_line,
                           f"paragraph {n} is numbered again (first on line {seen[n]})")
            elif n > previous + 1:
                missing = f"{previous + 1}" if n == previous + 2 else f"{previous + 1}-{n - 1}"
                self.issue("paragraphs", "numbering gap", str(n), row.source_line,
                           f"paragraph {n} follows paragraph {previous}: paragraph(s) "
                           f"{missing} missing")
            elif n <= previous:
                self.issue("paragraphs", "numbering out of order", str(n), row.source_line,
                           f"paragraph {n} follows paragraph {previous}")
            seen.setdefault(n, row.source_line)
            previous = max(previous, n)

    # ------------------------------------------------------------------ priorities
    def _priorities(self, rows: list[_Row]) -> pd.DataFrame:
        """The priorities the offer is built around: the bullets after a line that mentions
        priorities and ends with ':', or a list printed inline after the colon or 'are'
        (:mod:`.priority_lists`)."""
        out: list[dict[str, Any]] = []
        for i, row, (head, inline) in announcing_rows(rows):  # "... priorities: A and B."
            count = announced_count(head)
            offers = list(re.finditer(r"\b([\w-]+)\s+offer\b", head, re.IGNORECASE))
            offer = f"{offers[-1].group(1).lower()} offer" if offers else "offer"
            if inline:
                names = _inline_list(inline)
                if len(names) < 2:
                    continue
                found = [(name, row.source_line) for name in names]
            else:
                items = self._priority_bullets(rows, i, count)
                found = sections.listed_names(items) or table_priorities(rows, i)
                if count is not None and items and re.search(r"[;,]\s*+(?:(?:and|or)\s*+)?$",
                                                             items[-1].text):
                    self.issue("priorities", "priority list punctuation", str(row.paragraph),
                               items[-1].source_line, "the last announced priority ends as "
                               "if the list went on; check the priorities list")
            if count is not None and len(found) != count:
                self.issue("priorities", "priority count", str(row.paragraph),
                           row.source_line, f"paragraph {row.paragraph} announces {count} "
                           f"priorities but lists {len(found)}")
            for name, line in found:
                out.append({"priority_no": len(out) + 1, "priority": name,
                            "offer": offer, "paragraph": row.paragraph or 0,
                            "source_line": line})
            if found:
                break
        if not out:
            self.issue("priorities", "no priorities", "", None,
                       "no list of priorities found (a line mentioning priorities and ending "
                       "with ':' followed by bullets); sections have no priority")
        return _records_frame(out, "priorities")

    @staticmethod
    def _priority_bullets(rows: list[_Row], i: int, count: int | None) -> list[_Row]:
        """The bullets listing priorities after ``rows[i]``: as many as announced (all the
        paragraph's bullets when no number is), and never past the item after one that ends
        in 'and' (the last of the list)."""
        items: list[_Row] = []
        last = False
        for nxt in rows[i + 1 + lead_in_rows(rows, i):]:  # (past "From the award letter:")
            labelled = nxt.kind == "text" and sections.section_label(nxt.text) is not None
            if (nxt.kind not in ("bullet", "sub-bullet") and not labelled) or is_key_line(
                    nxt.text) or nxt.paragraph != rows[i].paragraph \
                    or sections.ends_nested_list(rows[i], items, nxt):
                break  # (a labelled line, "Priority 2 – Data", lists one too; a key does not)
            items.append(nxt)
            if last or (count is not None and len(items) == count):
                break
            if re.search(r"\b(?:and|or)\s*$", nxt.text):
                last = True
        return items

    def _match_priority(self, section: str, priorities: list[str], line: int,
                        item: str) -> str | None:
        norm = _normalise(section)
        for p in priorities:
            if _normalise(p) == norm:
                return p
        sec_tokens = _tokens(section)
        close = [p for p in priorities if sec_tokens and (
            sec_tokens <= _tokens(p) or _tokens(p) <= sec_tokens)]
        if len(close) == 1:
            self.issue("programme", "approximate priority", item, line,
                       f"section {section!r} taken to deliver priority {close[0]!r} "
                       "(the wording differs)")
            return close[0]
        shared = [p for p in priorities if sec_tokens & _tokens(p)]
        if shared:
            self.issue("programme", "no matching priority", item, line,
                       f"section {section!r} looks like a priority but matches none of "
                       f"{', '.join(repr(p) for p in priorities)}; its priority is left "
                       "missing")
        return None

    # ------------------------------------------------------------------- programme
    def _progress_rows(self, rows: list[_Row]) -> list[_Row]:
        """The rows of the progress section (or of numbered headings followed by lists)."""
        is_progress = {h: is_progress_heading(_normalise(h))  # each heading once
                       for h in {r.heading for r in rows if r.heading}}
        progress = [i for i, r in enumerate(rows) if r.heading and is_progress[r.heading]]
        if progress:
            heading_line = rows[progress[0]].heading_line
            selected = item_rows(before_other_sections([r for r in rows
                                                         if r.heading_line == heading_line]))
            if selected is None:
                raise self.doc.error(
                    f"no bullets ('- ...') or numbered paragraphs of prose under the "
                    f"{rows[progress[0]].heading!r} heading; expected numbered section "
                    "headings followed by progress bullets", line=heading_line)
        else:  # (a report whose progress table is an appendix after its paragraphs)
            from wlga_analysis.interpret.programme import appendix  # (imported only here)
            selected = (None if self.prose_sections in BODY_RULES  # (a letter: its body)
                        else appendix.appendix_rows(rows, self.issue)) or self._headed_rows(rows)
        if progress and not any(r.heading and r.heading_line != heading_line
                                and r.source_line > heading_line for r in rows):
            last = rows[-1]
            if last.raw.rstrip()[-1:] not in _TERMINAL and not ends_with_status_label(last.raw):
                self.issue("programme", "possibly cut off", "", last.source_line,
                           "the document ends inside the progress section, mid-sentence: "
                           "it may be cut off")

        return selected

    def _report_rows_left_out(self, rows: list[_Row], selected: list[_Row],
                              priority_lines: set[int]) -> None:
        """Rows that look like items (table rows) but stand outside the progress section
        (and list no priority): kept in the paragraphs table only, and reported."""
        chosen = {id(r) for r in selected}
        for r in rows:
            if r.kind == "table row" and id(r) not in chosen \
                    and r.source_line not in priority_lines:
                self.issue("paragraphs", "table row not an item", str(r.paragraph or ""),
                           r.source_line, f"a table row outside the progress section "
                           f"({r.text[:60]!r}) is kept in the paragraphs table only")

    def _headed_rows(self, rows: list[_Row]) -> list[_Row]:
        """With no progress heading: the rows of numbered headings followed by lists."""
        heads = [r for r in rows if r.kind == "paragraph" and r.numbered_heading
                 and not is_other_section(r.text)]
        prose = prose_rows(outside_other_sections(rows), self.prose_sections) \
            if self.prose_sections and not heads else None
        if prose is not None:  # sections of prose under sub-headings (a written statement)
            return prose
        if not heads:
            last = rows[-1].source_line if rows else None
            raise self.doc.error(
                "no 'Progress Update' heading and no numbered headings followed by "
                "bullets; expected a programme update with progress bullets (the "
                "document may be cut off or of another kind)", line=last)
        self.issue("programme", "no progress heading", "", heads[0].source_line,
                   f"no 'Progress Update' heading; expected one before line "
                   f"{heads[0].source_line}; progress items are read from numbered "
                   "headings followed by bullets")
        head_paras = {r.source_line for r in heads}
        selected, current = [], None
        start = 0
        for r in rows:
            if r.kind == "paragraph":
                current, start = r.source_line in head_paras, r.source_line
            # (not what stands under a heading framing the paper, "Annex A", since it began)
            if current and not ((r.heading_line or 0) > start and is_other_section(r.heading)):
                selected.append(r)
        return selected

    def _section_items(self, selected: list[_Row],
                       priority_names: list[str]) -> list[dict[str, Any]]:
        """One record per item of the progress rows; sub-bullets folded into their item."""
        items: list[dict[str, Any]] = []
        used_ids: set[str] = set()
        suffixes: dict[str, int] = {}
        section, section_para, section_line = None, None, None
        priority: str | None = None
        counter = 0
        current: dict[str, Any] | None = None
        for r in selected:
            if r.kind == "paragraph":
                section = r.text
                section_para, section_line, counter = r.paragraph, r.source_line, 0
                priority = (self._match_priority(section, priority_names, r.source_line,
                                                 str(r.paragraph))
                            if priority_names else None)
                current = None
                continue
            if r.kind in ("text", "table header", "measure") or is_key_line(r.text):  # (no item)
                current = None
                continue
            if r.kind == "sub-bullet" and current is not None:
                current["raw"] = current["raw"].rstrip() + " " + r.raw.strip()
                continue
            if section is None:  # (an action log's part has a section row, with no number)
                self.issue("programme", "bullet outside a section", "", r.source_line,
                           "progress bullet before any numbered section heading; it is kept "
                           "in the paragraphs table only")
                continue
            counter = item_position(r.number, section_para, counter)
            base = item_id = item_key(row_ref(r), section_para, counter)
            k = suffixes.get(base, 2)  # the next suffix to try for a repeated number
            while item_id in used_ids:
                item_id = f"{base}-{k}"
                k += 1
            suffixes[base] = k
            used_ids.add(item_id)
            current = {"item_id": item_id, "paragraph": section_para, "section": section,
                       "priority": priority, "raw": r.raw, "source_line": r.source_line,
                       "section_line": section_line, "row": r}
            items.append(current)

        return items

    def _programme(self, rows: list[_Row], priorities: pd.DataFrame,
                   ref_date: dt.date | None) -> pd.DataFrame:
        selected = headed.fold_heading_items(self._progress_rows(rows))
        self._report_rows_left_out(rows, selected, set(priorities["source_line"]))
        side = status_side_table.join_status_table(selected, self.issue, self.lines)  # in place
        items = self._section_items(selected, priorities["priority"].tolist())
        refuse_rec_rows(self.model.blocks, len(self.lines), [it["source_line"] for it in items],
                        self.doc)  # (items all rows of a recommendations table: before reading)
        rules = load_status_rules()
        orgs = _organisation_patterns()
        # the gates of both lists placed in the table of words they share before the first
        # item is read (a gate placed later makes the table learn its words again)
        _status_plan(rules), _partner_steps(orgs)
        out = []
        tags = symbol_tags(load_status_tags(), self.lines, rules)  # with the paper's key
        timings = dict(side.timings)  # "Planned next quarter (Jan-Mar 2026):" over items
        stated = side.statuses | layout_statuses(selected, tags, timings)  # "Status: Amber"
        issue, year = self.issue, self.meta["financial_year"]
        listed = iter(all_bullet_fields([(it["raw"], it["row"]) for it in items
                                         if it["row"].cells is None],
                                        rules, orgs, tags, ref_date, year))
        for it in items:
            it.pop("raw")
            row = it.pop("row")
            it.pop("section_line")
            fields = (self._table_item(it, row, rules, orgs, tags, ref_date)
                      if row.cells is not None else next(listed))  # (items.bullet_fields)
            if (given := stated.get(id(row))) is not None:
                fields = with_stated_status(fields, given)
            if (timing := timings.get(id(row))) is not None:  # the group's, if none its own
                fields = with_group_timing(fields, timing, ref_date, self.meta["financial_year"])
            text, marker = split_item_marker(fields["text"])
            if marker is not None:  # "(no change)": a note about the series (.item_markers)
                fields["text"] = text
                issue("programme", "item marker", it["item_id"], it["source_line"],
                      f"item {it['item_id']}: the note {marker!r} at its end is left out of "
                      "its text (kept in the paragraphs table)")
            when = fields["when"]
            if when is None:
                issue("programme", "no timing", it["item_id"], it["source_line"],
                      f"item {it['item_id']} states no timing; its quarter is missing")
            elif fields["quarter"] is None:
                issue("programme", "unresolved timing", it["item_id"], it["source_line"],
                      f"item {it['item_id']}: timing {when!r} could not be "
                      "placed in a quarter (no document date)")
            elif (late := past_deadline(fields, ref_date)) is not None:
                # (only a timing placed in a quarter can be a past deadline)
                issue("programme", "deadline already past", it["item_id"], it["source_line"],
                      f"item {it['item_id']}: {late}")
            it.update(fields)  # (the item's record is its own: no copy)
            out.append(it)
        frame = _programme_frame(out)
        self.issues.extend(_status_issues(frame, self.name))
        return frame

    def _table_item(self, it: dict[str, Any], row: _Row, rules: tuple[StatusRule, ...],
                    orgs: tuple[_Org, ...], tags: dict[str, str],
                    ref_date: dt.date | None) -> dict[str, Any]:
        """An item printed as a table row: its columns found by their header names."""
        cells = row.cells or {}
        by_role = _column_roles(list(cells))
        for header in by_role.get("other", []):
            if cells[header]:
                self.issue("programme", "unmapped column", it["item_id"], row.source_line,
                           f"column {header!r} of item {it['item_id']} is not a known "
                           "column (see programme_columns.csv); its text is kept in the "
                           "paragraphs table only")
        text = " ".join(cells[h] for h in by_role["text"] if cells[h]) or row.text
        topic, text = labelled_update(cells, by_role) or (row.topic, text)  # "Item | Update"
        status_cell, timing = stated_cells(cells, by_role, self.meta["financial_year"])
        state = cell_state(status_cell, tags)  # a symbol (rule "symbol") or status word
        if state is None:
            state = row_state(status_cell, text, cells, by_role, rules)  # (.unrated_rows)
            if status_cell:
                self.issue("programme", "unknown status word", it["item_id"],
                           row.source_line, f"status {status_cell!r} of item {it['item_id']} "
                           "is not in status_tags.csv; the status is read from the wording")
        period, when = quarters.resolve_timing(timing, ref_date, self.meta["financial_year"]) \
            if timing else (None, None)
        for said in (text, untimed_update(cells, by_role)):  # (.update_timing)
            if when is None and said:
                period, when = quarters.resolve_timing(said, ref_date, self.meta["financial_year"])
        lead = " ".join(cells[h] for h in by_role.get("partners", []) if cells[h])
        partners = list(dict.fromkeys([*lead_partners(self, it, row.source_line, lead, orgs),
                                       *_partners(update_text(cells, by_role, text), orgs)]))
        return {"topic": topic, "text": text, "status": state[0], "status_rule": state[1],
                "quarter": period, "when": when, "partners": partners}

    # ---------------------------------------------------------------------- grants
    def _grants(self, rows: list[_Row]) -> pd.DataFrame:
        """One row per grant: every £ amount in a sentence about funding, each read in its
        own part of the sentence (up to the next amount); mentions of the same amount are
        one grant unless their names or stated years differ."""
        mentions: list[_Mention] = []
        named: dict[str, int] = {}  # grant name word -> its place in the order they come
        vocab = vocabulary()
        in_tables, read = table_grants(rows, lambda item, line, message: self.issue(
            "grants", "unclassified amount", item, line, message), self.meta.get("title"))
        self.issues = without_row_notes(self.issues, rows, read)  # (its rows are grants)
        # each distinct text read once (a text met again names no new grant word; the
        # words of them all are found in one pass, the texts kept apart by a NUL)
        unread = joined_rows([(r, r.text) for r in rows if id(r) not in read])  # (.called_names)
        amounts_of: dict[str, tuple[SentenceAmounts, ...] | None] = dict.fromkeys(
            text for _, text in unread)
        money = [text for text in amounts_of if may_print_money(text)]
        words = DocumentWords("\0".join(money), vocab)  # (the words of its amounts)
        amounts_of.update((text, row_amounts(text, vocab, words)) for text in money)
        for r, text in unread:
            if amounts := amounts_of[text]:
                mentions.extend(self._mentions(r, amounts))
        note_grant_words("\0".join(amounts_of), vocab.generic, named)
        programme_name = programme_name_in(self.meta.get("title_display"), rows)
        self._marks, self._words = footnote_marks(rows), words  # ("grant²": named at its mark)
        self._notes = note_names(rows)  # ("£1.2m¹" over "¹ Digital Transformation Fund")
        self._amount_names = {x.amount: x.name for x in reversed(mentions)
                              if x.funding and x.name}
        out = without_rounded_totals([self._grant_record(ms, programme_name, named) for ms
                                      in self._group_mentions(mentions)], in_tables, self)
        return _records_frame(merge_table_grants(out, in_tables), "grants")  # (.grant_rounded)

    def _group_mentions(self, mentions: list[_Mention]) -> list[list[_Mention]]:
        """Mentions grouped into grants (funded mentions first); mentions of an amount that
        is never named as funding are reported once."""
        grants: list[list[_Mention]] = []
        by_amount: dict[int, list[list[_Mention]]] = {}  # only grants of one amount can match
        unclassified: set[int] = set()
        funded_first = [x for x in mentions if x.funding] + [x for x in mentions if not x.funding]
        for mention in funded_first:  # (most amounts: no grant of theirs yet)
            home = grant_of(homes, mention) if (homes := by_amount.get(mention.amount)) else None
            if home is not None:
                home.append(mention)
            elif mention.funding:
                grants.append([mention])
                by_amount.setdefault(mention.amount, []).append(grants[-1])
            elif mention.amount not in unclassified:
                unclassified.add(mention.amount)  # reported once, at its first mention
                self.issue("grants", "unclassified amount", mention.match.group(0),
                           mention.row.source_line,
                           f"{mention.match.group(0)} (paragraph {mention.row.paragraph}) is "
                           "not named as a grant or funding; it is kept in the paragraphs "
                           "table only")
        return grants

    def _printed_name(self, funded: list[_Mention], purpose: str | None,
                      named: dict[str, int], prog: str | None = None) -> str | None:
        """A grant's name, in order: the fund the note on its amount names, its mentions', a
        fund's printed with them, the fund at a footnote's mark, its purpose's, a body's
        that funds programme ``prog``, the same amount's named elsewhere."""
        return noted_name(funded, self._notes) or (funded[0].name if len(funded) == 1 else
                                                   next((x.name for x in funded if x.name),
                                                        None)) \
            or printed_grant_name(funded, self._words) \
            or (self._marks and footnoted_name(funded[0].row.text, self._marks)) or \
            _grant_name_from_purpose(purpose, named) or body_grant_name(funded, purpose, prog) \
            or self._amount_names.get(funded[0].amount)  # the same amount named elsewhere

    def _grant_record(self, ms: list[_Mention], programme_name: str | None,
                      named: dict[str, int]) -> dict[str, Any]:
        """One row of the grants table from the mentions of one grant."""
        funded = ms if len(ms) == 1 else [x for x in ms if x.funding]  # (a grant opens funded)
        purpose = the_programme(_grant_purpose(funded, prog := programme_name, self._words),
                                prog) or purpose_before(funded, prog, self._words)
        name = self._printed_name(funded, purpose, named, programme_name)
        first = funded[0]
        if name is None:
            name = f"grant for {purpose}" if purpose else \
                f"grant of {first.match.printed.strip()}"  # (.match: a Money)
            self.issue("grants", "unnamed grant", first.match.printed, first.row.source_line,
                       f"grant of {first.match.printed} has no name in the document; "
                       f"called {name!r}")
        fy = (first.year or None) if len(funded) == 1 else \
            next((x.year for x in funded if x.year), None)
        stated = fy is not None
        if fy is None:
            fy = self.meta["financial_year"] or "unknown"
        if len(ms) == 1:
            paragraphs = [] if first.row.paragraph is None else [first.row.paragraph]
        else:
            paragraphs = sorted({x.row.paragraph for x in ms if x.row.paragraph is not None})
        return {"grant": name, "amount_gbp": first.amount, "financial_year": fy,
                "financial_year_stated": stated, "purpose": purpose,
                "paragraphs": paragraphs, "source_line": ms[0].row.source_line}

    def _mentions(self, r: _Row, amounts: tuple[SentenceAmounts, ...]) -> list[_Mention]:
        """The £ amounts of a row, sentence by sentence (malformed ones and pence reported),
        from the amounts of its text (:func:`row_amounts`)."""
        out: list[_Mention] = []
        raw = r.raw  # a row of a table printed as text (two spaces or a tab in it)?
        in_columns = printed_in_columns(raw)  # ("2.01\tThe ...": a numbered paragraph)
        carried: str | None = None  # a grant named in the sentence before
        for sentence, problems, readings, per_year in amounts:
            for m in problems:
                self._readable(m, r)
            if not readings:
                carried = None
                continue
            found = without_superseded([_Mention(r, sentence, x, x.funding and not in_columns)
                                        for x in readings], self._superseded)  # (.grant_changes)
            if per_year:
                self.issues += per_year_issues(self.name, r.source_line, readings)
            out.extend(found)
            carried = carry_name(found, carried)
        return out

    def _superseded(self, old: Any, new: Any) -> None:
        self.issues.append(superseded_issue(self.name, old, new))

    def _readable(self, m: Money, r: _Row) -> bool:
        """Whether amount ``m`` can be read; a malformed one or pence are reported."""
        if m.value is None:
            self.issue("grants", "malformed amount", m.printed, r.source_line,
                       f"{m.printed!r} (paragraph {r.paragraph}) is not a well-formed amount "
                       f"({m.problem}); it is not read as a figure and is kept in the "
                       "paragraphs table only")
            return False
        if m.has_pence:
            self.issue("grants", "amount with pence", m.printed, r.source_line,
                       f"{m.printed} (paragraph {r.paragraph}) is £{m.value}; amounts are "
                       f"whole pounds, read as £{pounds(m.value):,}")
        return True

    # ------------------------------------------------------------------ paragraphs
    def _paragraph_frame(self, rows: list[_Row]) -> pd.DataFrame:
        return typed_frame({"paragraph": [r.paragraph for r in rows],
                            "heading": [r.heading for r in rows],
                            "kind": [r.kind for r in rows],
                            "text": [r.text for r in rows],
                            "source_line": [r.source_line for r in rows]}, "paragraphs")
