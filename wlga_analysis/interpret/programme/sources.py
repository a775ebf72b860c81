"""Programme interpreter: where a paper's sections and items come from, as rule tables.

Two choices are made by named rules, tried in order (one ``parse_<name>`` a rule, as in
mistune); the first rule that accepts the paper wins:

:data:`SECTION_RULES` — what numbers the sections:

=======================  ==================================================================
``roadmap``              a roadmap's cards in status columns ("Done / Now / Next / Later"),
                         a table per theme the introduction lists (:mod:`.roadmap`)
``capital_schemes``      a capital monitoring report's table of schemes grouped by
                         directorate: each group a numbered section, each scheme an item,
                         subtotals, totals and the tables after it no items
                         (:mod:`.capital_schemes`)
``nested_list_in_``      a paper that numbers its paragraphs prints its progress as a nested
``numbered_paper``       list ("Workstream 1: ..." over its items), under no numbered
                         section heading: the list's first level (:mod:`.nested`)
``legal_numbers``        legal numbering, its first levels numbered ("3. Candidates", "3.1
                         Campaign") and its third printed ("3.1.1 ..."; :mod:`.outline`)
``heading_outline``      legal numbering lost on export: un-numbered headings over
                         sub-headings over lists restarting at 1, numbered as the printed
                         report (:mod:`.heading_outline`)
``okr_check_in``         an OKR check-in: objectives' headings each over a table of key
                         results (score, confidence) read through the printed key (:mod:`.okr`)
``period_columns``       a highlight report's tables of period columns ("Achievements this
                         quarter | Planned for next quarter") whose cells hold bullets, each
                         bullet an item, rating tables no items (:mod:`.highlight_tables`)
``item_update_tables``  labelled headings ("Priority 1: ...") each over an ``Item | Update``
                         table, the update's first paragraph the item (:mod:`.item_updates`)
``labelled_tables``     labelled headings ("Objective 2: ...") each over a table, the names
                         listed 1-N before them, tables of measures no items (:mod:`.measures`)
``issue_groups``         an action plan's tables whose first column names the issue
                         (numbered) its actions address, spanning their rows: each issue a
                         numbered section (:mod:`.issue_groups`)
``service_areas``        numbered sub-headings ("3.1 Housing") of one chapter, each over a
                         table of actions: the areas are the sections (:mod:`.service_areas`)
``offer_schedules``      a grant offer letter's schedules: the tables of approved activities
                         under their purposes' labelled sub-headings, each purpose a
                         numbered section; conditions and payment profile no items
                         (:mod:`.offer_schedules`)
``task_board``           a task board exported from a planning tool (Planner's buckets,
                         Trello's lists, Asana's sections): each bucket a numbered section,
                         each task an item (:mod:`.task_board`)
``indent_tracker``       a project tool's tracker (Smartsheet) whose hierarchy is only the
                         indent of its task names: each parent row a numbered section, each
                         child row an item (:mod:`.indent_tracker`)
``issue_tracker``        an issue tracker's export (Jira): epics and their stories in one
                         table, each epic a numbered section, each story linked to it by its
                         Epic Link an item (:mod:`.issue_tracker`)
``risk_register``        a risk register's table (a Risk and an Actions column): each risk a
                         numbered section, its mitigating actions the items, the position
                         after each action's dash its status and timing (:mod:`.risk_register`)
``self_assessment``      a council's self-assessment: objectives' labelled headings over
                         evidence and numbered improvement actions with an owner tail, the
                         actions the items (:mod:`.self_assessment`)
``record_turns``         a record of proceedings: the item's heading over speaker turns, the
                         contents list of the meeting no sections (:mod:`.record`)
``committee_minutes``    a committee's minutes: the agenda item whose heading names the
                         update, its lead-in paragraphs over bullets the sections, the other
                         items and minute paragraphs text (:mod:`.minutes`)
``performance_records``  a performance system's action report: key-value records (Code,
                         Description, Due Date, Status) under priority bands, each band a
                         numbered section, each record an item (:mod:`.record_blocks`)
``press_release``        a press release: the bullets before its end mark ("ENDS") the items,
                         numbered 1-N with no section, its notes to editors text
                         (:mod:`.press_release`)
``continuous_``          labelled priority headings ("Priority 1: ...") over paragraphs
``paragraphs``           numbered through the whole report (1-4 the introduction, 5-24 the
                         items): each heading a numbered section (:mod:`.continuous_paragraphs`)
``cover_paper_``         a board cover paper's un-numbered priority sub-headings under its
``progress``             "Progress" heading, over paragraphs numbered through the paper
                         (6-19; purpose, recommendation and implications framing it): each
                         sub-heading a numbered section (:mod:`.cover_paper_progress`)
``easy_read``            an Easy Read paper: labelled priorities over "What we have done" /
                         "What we will do next" parts, a box (a sentence beside a picture)
                         an item, no bullets (:mod:`.easy_read`)
``labelled_priorities``  a paper that numbers its framing paragraphs heads its priorities by
                         a label over lists ("Priority 1 – ..."): each a numbered section
                         (:mod:`.labelled_priorities`)
``restarting_lists``     the same exported to Markdown: each label over numbered paragraphs
                         restarting at 1, read as the Word file's "N.1", "N.2"
                         (:mod:`.restarting_lists`)
``labelled_table_``      the same, each label over a table of actions (``No. | Action |
``priorities``           Lead | RAG``; :mod:`.labelled_table_priorities`)
``plan_on_a_page``       a plan on a page: numbered tiles over lines opening with a status
                         symbol and closing with a note number, the notes dating them
                         (:mod:`.plan_on_a_page`)
``labelled_paragraphs``  labelled priority headings ("Priority 1: ...") each over paragraphs
                         of actions numbered by it ("1.1 ...") or opening with a lead
                         ("Digital: ..."), not bullets (:mod:`.labelled_paragraphs`)
``lettered_lists``       one nested numbered list: numbered priorities over lettered actions,
                         each over a progress line opening with its bold status ("i.
                         **On track** – ..."): each action a table row (:mod:`.lettered_lists`)
``project_milestones``   a programme highlight report's project lines ("Project 2: ...") each
                         over header fields and a milestone table, the milestones the items,
                         budgets and decisions text (:mod:`.project_milestones`)
``numbered_headings``    a paper whose numbered paragraphs are only short section headings,
                         each over its own numbered items ("1." over "1.1", "1.2"): the
                         headings name its priorities (:mod:`.section_priorities`)
``numbered_paragraphs``  the paper numbers its paragraphs ("3. Workforce"): they do
``percent_table``        ONE "% complete" table split by full-width workstream rows, each
                         workstream a numbered section (:mod:`.percent_complete`)
``ref_table_groups``     ONE table of actions with a Ref column ("A1") split by full-width
                         objective rows, each a numbered section (:mod:`.ref_table_groups`)
``paired_bullets``       ONE table whose cells hold a bullet per deliverable beside a bullet
                         of progress each, grouped by a merged first column (workstreams),
                         each group a numbered section (:mod:`.bullet_pairs`)
``grant_claim``          a grant claim narrative's "Grant N: name" sections, each over a
                         milestones table, spend tables no items (:mod:`.claims`)
``labelled_form``        a form's blocks of "Label: value" lines, one per item, under
                         labelled headings ("Strand 2 – ..."; :mod:`.forms`)
``transposed_tables``    a project summary's tables whose columns are the projects and rows
                         the fields, each a section in reading order (:mod:`.transposed`)
``checklist``            un-numbered headings over lines of one action each, a check box
                         first ("☒ ... – Lead: ... – Target: Sep 2025"), each heading a
                         numbered section (:mod:`.checklist`)
``status_bullets``       un-numbered headings over bullets with fields sub-bullets ("Status:
                         On track", "Due: March 2026"), an e-mail's update; a quoted earlier
                         message no items (:mod:`.status_bullets`)
``designed_update``      a designed update's un-numbered banners over paragraphs opening with
                         a bold title and closing with a status word in capitals ("... ON
                         TRACK"), each banner a numbered section, pull quotes no items
                         (:mod:`.designed_update`)
``campaign_stories``     an e-mail campaign (Mailchimp): workstream headings over story blocks
                         (headline, paragraph, status line, "Read more" button), one item
                         each; sidebar and footer no items (:mod:`.campaign_stories`)
``heading_items``        priority headings over sub-headings, each a piece of work over its
                         narrative and a line of fields ("Status: On track – Due: March
                         2026"), one item each, no bullets (:mod:`.heading_items`)
``labelled_parts``       an annual delivery report's labelled priorities ("Priority 1: ...")
                         each over part sub-headings ("Achievements", "Looking ahead") over
                         bullets, a case-study box between them no items
                         (:mod:`.labelled_parts`)
``labelled_headings``    labelled headings ("Objective 2: ..."; :mod:`.sections`)
``nested_list``          the first level of a nested list ("Workstream 1: ..." over its
                         items; :mod:`.nested`)
``outline_numbers``      outline numbers with no full stop ("3 Risk management",
                         "3.1 Networks", "3.1.1 ..."; :mod:`.outline`)
``theme_parts``          un-numbered theme headings over "What we said we would do / What
                         we did / What next" parts, numbered in reading order (:mod:`.themes`)
``period_headings``     un-numbered headings naming only a period ("April 2024", "Quarter 1
                         2024-25"), numbered in reading order: a report told month by month
                         (:mod:`.period_headings`)
``newsletter``           a newsletter's feature sub-headings, numbered in reading order, each
                         paragraph under them one item (:mod:`.newsletter`)
``letter_leads``         a letter ("Dear ..." to "Yours sincerely") whose body's paragraphs
                         open with run-in leads ("**Workforce.** ..."), each a numbered
                         section of prose, an annex after it framing the paper
                         (:mod:`.letter_leads`)
``statement_leads``      a member's statement: theme sub-headings over paragraphs opening
                         with a project's name and a dash, one item each; the salutation,
                         closing and a milestones table no items (:mod:`.statement_leads`)
``statement_headings``   un-numbered sub-headings over prose, numbered in reading order
                         (a written statement; :mod:`.statement`)
``ref_groups``           a tracker whose Ref column ("2.1") numbers the items and a later
                         column names each row's priority: each priority a numbered section
                         (:mod:`.ref_groups`)
``id_groups``            a spreadsheet tracker whose ID column codes the rows ("PR-01") and a
                         repeated Workstream / Theme column groups them (:mod:`.id_groups`)
``action_log``           a board's action log, when no other rule reads the paper: each action
                         table (an Action, a number and owner/due/status/update columns) a
                         part of the log named by its caption, with no number, every row an
                         item (:mod:`.action_log`)
=======================  ==================================================================

:data:`ITEM_RULES` — where the items of the progress section come from:

=====================  ====================================================================
``listed_items``       its bullets or table rows
``prose_sentences``    its numbered paragraphs of prose, one item a sentence (:mod:`.prose`)
=====================  ====================================================================

The progress section is the one under a heading of list ``progress heading`` of
``data/raw/programme_words.csv`` ("Progress Update", "Progress", "Update on delivery").

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> blocks = [ListItem(Inline("Theme 4: Data")), ListItem(Inline("A model was built."), level=1)]
>>> [(type(b).__name__, b.text.text) for b in section_blocks(blocks)]
[('Paragraph', 'Data'), ('ListItem', 'A model was built.')]
>>> is_progress_heading("Update on delivery"), is_progress_heading("Funding")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme import (
    action_log,
    bullet_pairs,
    measures,
    nested,
    newsletter,
    outline,
    percent_complete,
    period_headings,
    prose,
    roadmap,
    sections,
    service_areas,
    themes,
)
from wlga_analysis.read.model import ListItem, Paragraph, Table
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ITEM_RULES", "PROSE_RULES", "SECTION_RULES", "is_progress_heading", "item_rows",
           "section_blocks", "section_rule"]

#: What numbers a paper's sections, tried in order.
SECTION_RULES: tuple[str, ...] = ("roadmap", "capital_schemes", "exception_report",
                                  "nested_list_in_numbered_paper", "legal_numbers",
                                  "heading_outline",
                                  "okr_check_in", "period_columns",
                                  "item_update_tables", "labelled_tables",
                                  "issue_groups", "service_areas",
                                  "offer_schedules", "task_board", "indent_tracker",
                                  "issue_tracker",
                                  "risk_register",
                                  "self_assessment", "record_turns", "committee_minutes",
                                  "press_release",
                                  "continuous_paragraphs", "cover_paper_progress",
                                  "easy_read",
                                  "labelled_priorities", "restarting_lists",
                                  "labelled_table_priorities",
                                  "plan_on_a_page", "labelled_paragraphs",
                                  "lettered_lists", "project_milestones",
                                  "numbered_headings",
                                  "numbered_paragraphs",
                                  "percent_table", "ref_table_groups", "paired_bullets",
                                  "grant_claim", "performance_records", "labelled_form",
                                  "transposed_tables",
                                  "checklist", "status_bullets", "designed_update",
                                  "campaign_stories",
                                  "heading_items", "labelled_parts", "labelled_headings",
                                  "nested_list", "outline_numbers",
                                  "theme_parts", "period_headings", "newsletter",
                                  "letter_leads", "statement_leads", "statement_headings",
                                  "ref_groups", "id_groups", "action_log")
#: The section rules whose sections are prose, their items read from the rows by
#: :func:`.prose.prose_rows` (a record's turns by :func:`.record.record_rows`).
PROSE_RULES: tuple[str, ...] = prose.PROSE_RULES
#: Where the progress section's items come from, tried in order.
ITEM_RULES: tuple[str, ...] = ("listed_items", "prose_sentences")


def _numbers_a_paragraph(blocks: list[Any]) -> bool:
    return any(isinstance(b, Paragraph) and b.number is not None for b in blocks)


# ------------------------------------------------------------------------ sections
def parse_roadmap(blocks: list[Any]) -> list[Any] | None:
    """A roadmap's cards in status columns, a table per theme (:mod:`.roadmap`)."""
    return roadmap.roadmap_sections(blocks)


def parse_capital_schemes(blocks: list[Any]) -> list[Any] | None:
    """A capital monitoring report's schemes grouped by directorate (:mod:`.capital_schemes`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import capital_schemes  # (loaded when first tried)

    return capital_schemes.schemes_sections(blocks)


def parse_nested_list_in_numbered_paper(blocks: list[Any]) -> list[Any] | None:
    """A paper that numbers its paragraphs and prints its progress as a nested list (not
    under a numbered section heading): the list's first level read as numbered section
    headings, when there is such a list."""
    return nested.numbered_paper_sections(blocks)


def parse_legal_numbers(blocks: list[Any]) -> list[Any] | None:
    """Legal numbering whose third level is printed as text, read as an outline paper."""
    return outline.legal_sections(blocks)


def parse_heading_outline(blocks: list[Any]) -> list[Any] | None:
    """Un-numbered headings over lists restarting at 1, read as legal numbering
    (:mod:`.heading_outline`)."""
    from wlga_analysis.interpret.programme import heading_outline  # (loaded when first tried)

    return heading_outline.heading_outline_sections(blocks)


def parse_okr_check_in(blocks: list[Any]) -> list[Any] | None:
    """Objectives over tables of key results scored against a key (:mod:`.okr`)."""
    from wlga_analysis.interpret.programme import okr  # (loaded when first tried)

    return okr.okr_sections(blocks)


def parse_period_columns(blocks: list[Any]) -> list[Any] | None:
    """A highlight report's period columns of bullets (:mod:`.highlight_tables`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import highlight_tables  # (loaded when first tried)

    return highlight_tables.period_table_sections(blocks)


def parse_item_update_tables(blocks: list[Any]) -> list[Any] | None:
    """Labelled headings over ``Item | Update`` tables (:mod:`.item_updates`)."""
    from wlga_analysis.interpret.programme import item_updates  # (loaded when first tried)

    return item_updates.item_update_sections(blocks)


def parse_labelled_tables(blocks: list[Any]) -> list[Any] | None:
    """Labelled headings over tables of actions and of measures (:mod:`.measures`)."""
    return measures.labelled_table_sections(blocks)


def parse_issue_groups(blocks: list[Any]) -> list[Any] | None:
    """An action plan's tables grouped by the issue each action addresses (:mod:`.issue_groups`)."""
    from wlga_analysis.interpret.programme import issue_groups  # (loaded when first tried)

    return issue_groups.issue_group_sections(blocks)


def parse_service_areas(blocks: list[Any]) -> list[Any] | None:
    """Numbered sub-headings over tables of actions (:mod:`.service_areas`)."""
    return service_areas.service_area_sections(blocks)


def parse_offer_schedules(blocks: list[Any]) -> list[Any] | None:
    """A grant offer letter's schedules of approved activities (:mod:`.offer_schedules`)."""
    from wlga_analysis.interpret.programme import offer_schedules  # (loaded when first tried)

    return offer_schedules.offer_sections(blocks)


def parse_task_board(blocks: list[Any]) -> list[Any] | None:
    """A task board's buckets over their tasks (:mod:`.task_board`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import task_board  # (loaded when first tried)

    return task_board.board_sections(blocks)


def parse_indent_tracker(blocks: list[Any]) -> list[Any] | None:
    """A tracker whose hierarchy is only its task names' indent (:mod:`.indent_tracker`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import indent_tracker  # (loaded when first tried)

    return indent_tracker.tracker_sections(blocks)


def parse_issue_tracker(blocks: list[Any]) -> list[Any] | None:
    """An issue tracker's epics over their stories (:mod:`.issue_tracker`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import issue_tracker  # (loaded when first tried)

    return issue_tracker.issue_sections(blocks)


def parse_easy_read(blocks: list[Any]) -> list[Any] | None:
    """An Easy Read paper's labelled priorities over their parts' boxes (:mod:`.easy_read`)."""
    from wlga_analysis.interpret.programme import easy_read  # (loaded when first tried)

    return easy_read.easy_read_sections(blocks)


def parse_risk_register(blocks: list[Any]) -> list[Any] | None:
    """A risk register whose mitigating actions are the items (:mod:`.risk_register`)."""
    from wlga_analysis.interpret.programme import risk_register  # (loaded when first tried)

    return risk_register.register_sections(blocks)


def parse_self_assessment(blocks: list[Any]) -> list[Any] | None:
    """A self-assessment's objectives over their improvement actions (:mod:`.self_assessment`)."""
    if not any(")" in b.text.text[-3:] for b in blocks if b.__class__ is ListItem or (
            b.__class__ is Paragraph and b.number is not None)):  # (no action's tail)
        return None
    from wlga_analysis.interpret.programme import self_assessment  # (imported when needed)

    return self_assessment.assessment_sections(blocks)


def parse_record_turns(blocks: list[Any]) -> list[Any] | None:
    """A record of proceedings' item, told in speaker turns (:mod:`.record`)."""
    if not any(len(b.text.text) <= 8 and ":" in b.text.text for b in blocks
               if b.__class__ is Paragraph):  # (no clock time alone on a line)
        return None
    from wlga_analysis.interpret.programme import record  # (imported when needed)

    return record.record_sections(blocks)


def parse_committee_minutes(blocks: list[Any]) -> list[Any] | None:
    """A committee's minutes recording the update as one agenda item (:mod:`.minutes`)."""
    from wlga_analysis.interpret.programme import minutes  # (imported when needed)

    return minutes.minutes_sections(blocks)


def parse_continuous_paragraphs(blocks: list[Any]) -> list[Any] | None:
    """Labelled priority headings over paragraphs numbered through the report
    (:mod:`.continuous_paragraphs`)."""
    from wlga_analysis.interpret.programme import continuous_paragraphs  # (when first tried)

    return continuous_paragraphs.continuous_sections(blocks)


def parse_cover_paper_progress(blocks: list[Any]) -> list[Any] | None:
    """A cover paper's un-numbered priority sub-headings under its progress heading, over
    paragraphs numbered through the paper (:mod:`.cover_paper_progress`)."""
    from wlga_analysis.interpret.programme import cover_paper_progress  # (when first tried)

    return cover_paper_progress.progress_subheading_sections(blocks)


def parse_designed_update(blocks: list[Any]) -> list[Any] | None:
    """A designed update's banners over bold-titled paragraphs closing with a status word
    in capitals (:mod:`.designed_update`)."""
    from wlga_analysis.interpret.programme import designed_update  # (when first tried)

    return designed_update.designed_sections(blocks)


def parse_labelled_priorities(blocks: list[Any]) -> list[Any] | None:
    """Labelled priority headings in a numbered paper (:mod:`.labelled_priorities`)."""
    from wlga_analysis.interpret.programme import labelled_priorities  # (when first tried)

    return labelled_priorities.labelled_priority_sections(blocks)


def parse_restarting_lists(blocks: list[Any]) -> list[Any] | None:
    """Labelled priority headings over numbered paragraphs restarting at 1
    (:mod:`.restarting_lists`)."""
    from wlga_analysis.interpret.programme import restarting_lists  # (when first tried)

    return restarting_lists.restarting_list_sections(blocks)


def parse_labelled_table_priorities(blocks: list[Any]) -> list[Any] | None:
    """Labelled priority headings over tables in a numbered paper
    (:mod:`.labelled_table_priorities`)."""
    from wlga_analysis.interpret.programme import labelled_table_priorities  # (when first tried)

    return labelled_table_priorities.labelled_table_sections(blocks)


def parse_plan_on_a_page(blocks: list[Any]) -> list[Any] | None:
    """A plan on a page: numbered tiles over symbol lines, dated by notes
    (:mod:`.plan_on_a_page`)."""
    from wlga_analysis.interpret.programme import plan_on_a_page  # (when first tried)

    return plan_on_a_page.plan_sections(blocks)


def parse_labelled_paragraphs(blocks: list[Any]) -> list[Any] | None:
    """Labelled priority headings over paragraphs of actions (:mod:`.labelled_paragraphs`)."""
    from wlga_analysis.interpret.programme import labelled_paragraphs  # (when first tried)

    return labelled_paragraphs.labelled_paragraph_sections(blocks)


def parse_lettered_lists(blocks: list[Any]) -> list[Any] | None:
    """Numbered priorities over lettered actions over progress lines (:mod:`.lettered_lists`)."""
    from wlga_analysis.interpret.programme import lettered_lists  # (when first tried)

    return lettered_lists.lettered_sections(blocks)


def parse_project_milestones(blocks: list[Any]) -> list[Any] | None:
    """Projects each over a milestone table (:mod:`.project_milestones`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import project_milestones  # (when first tried)

    return project_milestones.project_sections(blocks)


def parse_numbered_headings(blocks: list[Any]) -> list[Any] | None:
    """Numbered section headings over their own items (:mod:`.section_priorities`)."""
    from wlga_analysis.interpret.programme import section_priorities  # (when first tried)

    return section_priorities.numbered_heading_sections(blocks)


def parse_numbered_paragraphs(blocks: list[Any]) -> list[Any] | None:
    """The blocks as they are when the paper numbers a paragraph."""
    return blocks if _numbers_a_paragraph(blocks) else None


def parse_percent_table(blocks: list[Any]) -> list[Any] | None:
    """One "% complete" table split by workstream rows (:mod:`.percent_complete`)."""
    return percent_complete.percent_table_sections(blocks)


def parse_ref_table_groups(blocks: list[Any]) -> list[Any] | None:
    """One table of actions with a Ref column split by group rows (:mod:`.ref_table_groups`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import ref_table_groups  # (loaded when first tried)

    return ref_table_groups.ref_table_sections(blocks)


def parse_paired_bullets(blocks: list[Any]) -> list[Any] | None:
    """One table of bulleted deliverables beside bulleted progress (:mod:`.bullet_pairs`)."""
    return bullet_pairs.paired_bullet_sections(blocks)


def parse_grant_claim(blocks: list[Any]) -> list[Any] | None:
    """A grant claim's "Grant N:" sections over milestones and spend tables (:mod:`.claims`)."""
    from wlga_analysis.interpret.programme import claims  # (imported when a paper gets here)

    return claims.claim_sections(blocks)


def parse_ref_groups(blocks: list[Any]) -> list[Any] | None:
    """A tracker numbered by its Ref column, grouped by a later column (:mod:`.ref_groups`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import ref_groups  # (loaded when first tried)

    return ref_groups.ref_group_sections(blocks)


def parse_id_groups(blocks: list[Any]) -> list[Any] | None:
    """A tracker coded by its ID column, grouped by a Workstream column (:mod:`.id_groups`)."""
    if Table not in set(map(type, blocks)):  # (no table: the module is not even loaded)
        return None
    from wlga_analysis.interpret.programme import id_groups  # (loaded when first tried)

    return id_groups.id_group_sections(blocks)


def parse_action_log(blocks: list[Any]) -> list[Any] | None:
    """An action log's tables, each a section of actions (:mod:`.action_log`)."""
    return action_log.action_log_sections(blocks)


def parse_performance_records(blocks: list[Any]) -> list[Any] | None:
    """A performance system's key-value records under priority bands (:mod:`.record_blocks`)."""
    from wlga_analysis.interpret.programme import record_blocks  # (loaded when first tried)

    return record_blocks.record_sections(blocks)


def parse_press_release(blocks: list[Any]) -> list[Any] | None:
    """A press release's bullets before its end mark, no sections (:mod:`.press_release`)."""
    from wlga_analysis.interpret.programme import press_release  # (loaded when first tried)

    return press_release.release_sections(blocks)


def parse_labelled_form(blocks: list[Any]) -> list[Any] | None:
    """A form's labelled blocks ("Project: ...", "RAG: ...") read as tables (:mod:`.forms`)."""
    from wlga_analysis.interpret.programme import forms  # (imported when a paper gets here)

    return forms.form_sections(blocks)


def parse_transposed_tables(blocks: list[Any]) -> list[Any] | None:
    """Tables with one column per project, the fields as rows (:mod:`.transposed`)."""
    from wlga_analysis.interpret.programme import transposed  # (loaded when first tried)

    return transposed.transposed_sections(blocks)


def parse_checklist(blocks: list[Any]) -> list[Any] | None:
    """Headings over check box lines, one action each (:mod:`.checklist`)."""
    from wlga_analysis.interpret.programme import checklist  # (loaded when first tried)

    return checklist.checklist_sections(blocks)


def parse_status_bullets(blocks: list[Any]) -> list[Any] | None:
    """Headings over bullets with "Status:" / "Due:" sub-bullets (:mod:`.status_bullets`)."""
    from wlga_analysis.interpret.programme import status_bullets  # (loaded when first tried)

    return status_bullets.status_bullet_sections(blocks)


def parse_campaign_stories(blocks: list[Any]) -> list[Any] | None:
    """An e-mail campaign's story blocks, one item each (:mod:`.campaign_stories`)."""
    from wlga_analysis.interpret.programme import campaign_stories  # (when first tried)

    return campaign_stories.campaign_sections(blocks)


def parse_heading_items(blocks: list[Any]) -> list[Any] | None:
    """Sub-headings over narrative and a line of fields, one item each (:mod:`.heading_items`)."""
    from wlga_analysis.interpret.programme import heading_items  # (loaded when first tried)

    return heading_items.heading_item_sections(blocks)


def parse_labelled_parts(blocks: list[Any]) -> list[Any] | None:
    """Labelled priorities over "Achievements" / "Looking ahead" parts (:mod:`.labelled_parts`)."""
    from wlga_analysis.interpret.programme import labelled_parts  # (loaded when first tried)

    return labelled_parts.labelled_part_sections(blocks)


def parse_labelled_headings(blocks: list[Any]) -> list[Any] | None:
    """Labelled headings read as numbered section headings, when there are any."""
    out = sections.labelled_sections(blocks)
    return out if _numbers_a_paragraph(out) else None


def parse_nested_list(blocks: list[Any]) -> list[Any] | None:
    """A nested list's first level read as numbered section headings, when there is one."""
    return nested.nested_sections(blocks)


def parse_outline_numbers(blocks: list[Any]) -> list[Any] | None:
    """Outline numbers without full stops read as numbered sections, when the paper has them."""
    return outline.outline_sections(blocks)


def parse_theme_parts(blocks: list[Any]) -> list[Any] | None:
    """Theme headings over "said / did / next" parts read as numbered sections, when the
    paper prints such parts."""
    return themes.theme_sections(blocks)


def parse_period_headings(blocks: list[Any]) -> list[Any] | None:
    """Headings naming only a period, one section each (:mod:`.period_headings`)."""
    return period_headings.period_sections(blocks)


def parse_newsletter(blocks: list[Any]) -> list[Any] | None:
    """A newsletter's feature sections, one item a paragraph (:mod:`.newsletter`)."""
    return newsletter.newsletter_sections(blocks)


def parse_letter_leads(blocks: list[Any]) -> list[Any] | None:
    """A letter whose body's paragraphs open with run-in leads (:mod:`.letter_leads`)."""
    from wlga_analysis.interpret.programme import letter_leads  # (imported when needed)

    return letter_leads.letter_sections(blocks)


def parse_exception_report(blocks: list[Any]) -> list[Any] | None:
    """Entries opening with a ref under headings of what changed (:mod:`.exception_report`)."""
    from wlga_analysis.interpret.programme import exception_report  # (imported when needed)

    return exception_report.exception_sections(blocks)


def parse_statement_leads(blocks: list[Any]) -> list[Any] | None:
    """Theme sub-headings over name-and-dash paragraphs (:mod:`.statement_leads`)."""
    from wlga_analysis.interpret.programme import statement_leads  # (imported when needed)

    return statement_leads.lead_statement_sections(blocks)


def parse_statement_headings(blocks: list[Any]) -> list[Any] | None:
    """Un-numbered sub-headings over prose read as numbered sections, when there are two."""
    from wlga_analysis.interpret.programme import statement  # (imported when needed)

    return statement.statement_sections(blocks)


def section_blocks(blocks: list[Any]) -> list[Any]:
    """The blocks with the sections numbered by the first rule of :data:`SECTION_RULES`
    that accepts them (as they are when none does)."""
    return section_rule(blocks)[1]


def section_rule(blocks: list[Any]) -> tuple[str | None, list[Any]]:
    """The name of the first rule of :data:`SECTION_RULES` that accepts the blocks, and
    the blocks with their sections numbered by it ((None, the blocks) when none does)."""
    for name in SECTION_RULES:
        found = globals()[f"parse_{name}"](blocks)
        if found is not None:
            return name, found
    return None, blocks


# --------------------------------------------------------------------------- items
def parse_listed_items(selected: list[Any]) -> list[Any] | None:
    """The rows as they are when a section of them has bullets or table rows."""
    usable = any(r.kind in ("bullet", "table row") and r.paragraph is not None
                 for r in selected)
    return selected if usable else None


def parse_prose_sentences(selected: list[Any]) -> list[Any] | None:
    """Numbered paragraphs of prose split into one item a sentence."""
    return prose.prose_rows(selected)


def item_rows(selected: list[Any]) -> list[Any] | None:
    """The progress rows as the first rule of :data:`ITEM_RULES` that finds items reads
    them; None when no rule does."""
    for name in ITEM_RULES:
        found = globals()[f"parse_{name}"](selected)
        if found is not None:
            return found
    return None


# ------------------------------------------------------------------ progress heading
@lru_cache(maxsize=8)
def _progress_pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["progress heading"]
    return compile_regex("|".join(f"(?:{w})" for w in words) or "(?!)")


def is_progress_heading(normalised: str) -> bool:
    """Whether a heading (lower case, punctuation removed: ``_normalise``) names the
    progress section (list ``progress heading`` of ``programme_words.csv``, matched on
    the whole heading).

    Examples
    --------
    >>> [is_progress_heading(h) for h in ("progress update", "progress", "delivery update",
    ...                                   "purpose")]
    [True, True, True, False]
    """
    return _progress_pattern(file_identity(config.PROGRAMME_WORDS_FILE)).fullmatch(
        normalised.lower()) is not None
