"""wlga-analysis: tidy tables from WLGA Working Group recommendations and Improvement
Programme updates.

The loaders take an optional ``source`` (a path to a document of that kind; default: the
shipped raw file, checked against its sha256) and return a new pandas DataFrame.

Examples
--------
>>> import wlga_analysis as wa
>>> recs = wa.load_recommendations()
>>> recs.loc[recs["rec_id"] == 7, "owners"].item()
['LG', 'WLGA', 'WG']
>>> wa.load_grants()["amount_gbp"].tolist()
[800000, 530000]
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING

from wlga_analysis.errors import ChecksumError, DataQualityWarning, ParseError

# A library logs; the application (the command line) decides where the log goes.
logging.getLogger("wlga_analysis").addHandler(logging.NullHandler())

# In IPython/Jupyter: charts carry their alt text into the display (see interactive.py).
import_module("wlga_analysis.interactive").setup()

__version__ = "0.1.0"

# Public name -> module that defines it. Imported on first use, so that
# `import wlga_analysis` stays cheap (matplotlib and openpyxl load only when used).
_LAZY: dict[str, str] = {
    "load_areas": "recommendations",
    "load_activities": "recommendations",
    "load_recommendations": "recommendations",
    "load_recommendation_owners": "recommendations",
    "load_recommendations_notes": "recommendations",
    "load_programme": "programme",
    "load_priorities": "programme",
    "load_grants": "programme",
    "load_paragraphs": "programme",
    "load_metadata": "metadata",
    "load_documents": "metadata",
    "quarter_label": "quarters",
    "financial_year_label": "quarters",
    "data_quality_report": "validate",
    "load_provenance": "documents",
    "load_programme_series": "series",
    "load_grants_series": "series",
}

__all__ = [  # noqa: RUF022 (grouped: errors, then the lazily imported API)
    "ChecksumError", "DataQualityWarning", "ParseError",
    "load_areas", "load_activities", "load_recommendations", "load_recommendation_owners",
    "load_recommendations_notes", "load_programme", "load_priorities", "load_grants",
    "load_paragraphs", "load_metadata", "load_documents", "quarter_label", "financial_year_label",
    "data_quality_report", "load_provenance", "load_programme_series", "load_grants_series",
]
assert set(__all__[3:]) == set(_LAZY)


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(f"wlga_analysis.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'wlga_analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import load_provenance
    from wlga_analysis.metadata import load_documents, load_metadata
    from wlga_analysis.programme import (
        load_grants,
        load_paragraphs,
        load_priorities,
        load_programme,
    )
    from wlga_analysis.quarters import financial_year_label, quarter_label
    from wlga_analysis.recommendations import (
        load_activities,
        load_areas,
        load_recommendation_owners,
        load_recommendations,
        load_recommendations_notes,
    )
    from wlga_analysis.series import load_grants_series, load_programme_series
    from wlga_analysis.validate import data_quality_report
