"""The recommendations interpreter: a Working Group table into areas, activities,
recommendations, owners and notes.

Where each rule lives (to support something new, go to the one place):

- a new **column name** ("Area of work", "Progress to date"): ``COLUMN_RULES`` in
  :mod:`.columns`; any other column (Status, Lead officer) is kept in a column of its own;
- a new **owner name** ("Audit Wales" as a code): ``data/raw/owner_codes.csv`` (``name`` or
  ``aliases``), read by :mod:`.owners`;
- a new **status word** or **placeholder** ("TBC"): ``data/raw/recommendation_words.csv``;
- a new **owner marker form** ("(Lead: WG)"): :mod:`.owner_markers`;
- a new **list marker** ("(iv)"): ``MARKER_RULES`` in :mod:`wlga_analysis.read.markers`;
- a new **table form** (pipe rows, HTML cells): :mod:`wlga_analysis.read.text_table`;
- a new **card label** ("Next review" as progress): ``RECORD_ROLES`` in :mod:`.record_cards`;
- a new **exhibit header or ref shape** (an audit report's "Ref | Recommendation" exhibit
  and its boxes, "R1"): ``EXHIBIT_RULES`` in :mod:`.exhibit_boxes`.

Two readers feed the same item rules (:class:`.lines._Parser`: area leads, numbered items,
page-break joins, owners, checks): the classic tab-separated layout is read line by line
(:mod:`.lines`, the fast path); pipe tables and tables with other columns are read from the
document model (:mod:`.from_model`). A test checks both read the classic layout identically.

Examples
--------
>>> from wlga_analysis.interpret.recommendations.columns import map_columns
>>> map_columns(["Area", "Activity underway or achieved", "Recommendations", "Timescale"]).extras
((3, 'timescale'),)
"""
