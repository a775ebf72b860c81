"""Analysis tables built from the loaders' DataFrames.

The functions live in topic modules (owners, areas, quarters, funding, quality, crosswalk,
series); every name is importable from here.

Every function here is pure: it takes the tidy tables the loaders return (see
:data:`wlga_analysis.contracts.TABLES` for their columns), never changes them, and returns a
NEW DataFrame. Nothing is specific to the shipped documents: owners, themes, statuses,
quarters, grants and partners are all read from the data.

Examples
--------
>>> import pandas as pd
>>> recs = pd.DataFrame({"rec_id": [1, 2, 3], "owners": [["WLGA", "WG"], ["WG"], []]})
>>> recommendations_per_owner(recs)
  owner  sole  joint  total
0    WG     1      1      2
1  WLGA     0      1      1
"""

# ruff: noqa: F401  (private helpers are re-exported for the charts)
from __future__ import annotations

from wlga_analysis.analysis._common import (
    _SUBGROUP_PATTERN,
    CROSSWALK_COLUMNS,
    CROSSWALK_KINDS,
    NO_OWNER,
    NO_PRIORITY,
    NO_TIMING,
    NOT_STATED,
    _as_quarter,
    _first_seen,
    _long_owners,
    _owner_lists,
    _owner_order,
    _priority_of,
    _status_counts,
    _statuses,
)
from wlga_analysis.analysis.areas import (
    _activity_status,
    _area_frame,
    _status_column,
    area_summary,
    areas_handing_to_subgroup,
    theme_summary,
)
from wlga_analysis.analysis.crosswalk import (
    _norm,
    _status_text,
    _target_exists,
    load_crosswalk,
    recommendation_delivery,
    validate_crosswalk,
)
from wlga_analysis.analysis.funding import (
    _CURRENT_FUNDING,
    _FIGURE_PATTERN,
    _FUNDING_TALK,
    _OPTION_SPLIT,
    _OPTIONS_LEAD,
    _SENTENCE_END,
    figure_from_text,
    format_gbp,
    funding_options,
    funding_statements,
    grant_statements,
    grant_summary,
    parse_gbp,
    sentences,
)
from wlga_analysis.analysis.owners import (
    _owner_matrix,
    _partners_by,
    owner_by_area,
    owner_by_theme,
    owner_combinations,
    partners_by_priority,
    partners_by_status,
    recommendations_per_owner,
    recommendations_without_owner,
)
from wlga_analysis.analysis.quality import (
    quality_summary,
    report_quarter,
)
from wlga_analysis.analysis.quarters import (
    items_by_quarter,
    programme_timeline,
    status_by_priority,
)
from wlga_analysis.analysis.series import (
    STATUS_RANK,
    describe_changes,
    describe_series,
    example_title,
    grant_changes,
    milestone_trend,
    programme_changes,
    status_by_update,
)

__all__ = [
    "CROSSWALK_COLUMNS",
    "CROSSWALK_KINDS",
    "NOT_STATED",
    "NO_OWNER",
    "NO_PRIORITY",
    "NO_TIMING",
    "STATUS_RANK",
    "area_summary",
    "areas_handing_to_subgroup",
    "describe_changes",
    "describe_series",
    "example_title",
    "figure_from_text",
    "format_gbp",
    "funding_options",
    "funding_statements",
    "grant_changes",
    "grant_statements",
    "grant_summary",
    "items_by_quarter",
    "load_crosswalk",
    "milestone_trend",
    "owner_by_area",
    "owner_by_theme",
    "owner_combinations",
    "parse_gbp",
    "partners_by_priority",
    "partners_by_status",
    "programme_changes",
    "programme_timeline",
    "quality_summary",
    "recommendation_delivery",
    "recommendations_per_owner",
    "recommendations_without_owner",
    "report_quarter",
    "sentences",
    "status_by_priority",
    "status_by_update",
    "theme_summary",
    "validate_crosswalk",
]
