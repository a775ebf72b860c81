"""Project paths, all derived from the package location (never the working directory).

Examples
--------
>>> from wlga_analysis import config
>>> config.RAW_DIR.relative_to(config.PROJ_ROOT).as_posix()
'data/raw'
"""

from __future__ import annotations

from pathlib import Path

PROJ_ROOT: Path = Path(__file__).resolve().parents[1]

DATA_DIR: Path = PROJ_ROOT / "data"
RAW_DIR: Path = DATA_DIR / "raw"
PROCESSED_DIR: Path = DATA_DIR / "processed"
REPORTS_DIR: Path = PROJ_ROOT / "reports"
FIGURES_DIR: Path = REPORTS_DIR / "figures"
NOTEBOOKS_DIR: Path = PROJ_ROOT / "notebooks"
#: Run logs of the command line (what was read, written and warned about).
LOG_FILE: Path = PROJ_ROOT / "logs" / "wlga_analysis.log"

#: The shipped Improvement Programme update (the first of the example series).
SHIPPED_PROGRAMME: Path = RAW_DIR / "improvement-programme-2021-22-update.txt"

#: Machine-readable provenance of every raw document (title, publisher, date, sha256).
PROVENANCE_FILE: Path = RAW_DIR / "provenance.json"

#: Analyst-editable reference lists kept beside the raw documents.
ORGANISATIONS_FILE: Path = RAW_DIR / "organisations.csv"
OWNER_CODES_FILE: Path = RAW_DIR / "owner_codes.csv"
STATUS_RULES_FILE: Path = RAW_DIR / "status_rules.csv"
CROSSWALK_FILE: Path = RAW_DIR / "crosswalk.csv"
#: Analyst's matches of programme items across a series of updates (update, item_id, item_key).
ITEM_MATCHES_FILE: Path = RAW_DIR / "item_matches.csv"

#: Largest document a loader will read (bytes). Real documents are a few tens of kB.
MAX_DOCUMENT_BYTES: int = 50_000_000
#: Largest Word file or PDF a loader will read (bytes): published files carry images, so
#: they may be larger than any text; a PDF is read page by page, never whole into text.
MAX_BINARY_DOCUMENT_BYTES: int = 200_000_000
#: Most pages a PDF may have (a document of either kind has tens).
MAX_PDF_PAGES: int = 2_000
#: Most objects (text runs, lines, shapes) one PDF page may hold, and a whole PDF: a dense
#: page of a real paper holds a few thousand; a few hundred kB of compressed content can
#: hold millions, which PDFium parses for many seconds and Python would read for minutes.
MAX_PDF_PAGE_OBJECTS: int = 100_000
MAX_PDF_OBJECTS: int = 2_000_000
#: Most bytes one compressed stream of a PDF (a page's content, a form, a font; not an
#: image) may inflate to, and all of them together: a dense page's content is tens of kB,
#: a font a few MB; 1 MB of deflated spaces inflates to 1 GB, which PDFium parses for
#: seconds (checked before PDFium reads the file: :mod:`wlga_analysis.read.pdf_streams`).
MAX_PDF_STREAM_BYTES: int = 50_000_000
MAX_PDF_INFLATED_BYTES: int = 200_000_000
#: Most bytes the XML parts of a Word file may unpack to, together: the XML is the text and
#: its markup, held to the limit of a text document (a zip bomb unpacks a small file into
#: gigabytes; python-docx would parse all of it).
MAX_WORD_XML_BYTES: int = MAX_DOCUMENT_BYTES
#: Most times a part of a Word file over 1 MB may be compressed (unpacked / packed bytes).
#: Word's own parts are 3-35 times (styles.xml about 30); a zip bomb's, hundreds.
MAX_WORD_PART_RATIO: int = 100
#: Most entries a Word file's zip archive may hold: Word's own files hold tens (a picture
#: each, a few hundred at most); tens of thousands take seconds to list and copy.
MAX_WORD_PARTS: int = 5_000
#: Most paragraphs (table cells' included) a Word document may hold: a long report holds a
#: few thousand; each takes the reader time, and a small zip can hold hundreds of thousands.
MAX_WORD_BLOCKS: int = 60_000
#: Most cells one row of a Word table may hold (Word's own tables: at most 63 columns).
MAX_WORD_ROW_CELLS: int = 1_000

#: Programme-side vocabularies (analyst-editable, beside status_rules.csv).
STATUS_TAGS_FILE: Path = RAW_DIR / "status_tags.csv"
STATUS_SYMBOLS_FILE: Path = RAW_DIR / "status_symbols.csv"
PROGRAMME_COLUMNS_FILE: Path = RAW_DIR / "programme_columns.csv"
PROGRAMME_WORDS_FILE: Path = RAW_DIR / "programme_words.csv"
#: Recommendations-side vocabularies (status words, owner-column headers, labels ...).
RECOMMENDATION_WORDS_FILE: Path = RAW_DIR / "recommendation_words.csv"
#: The 22 principal councils of Wales (a table of figures by council is an allocation).
COUNCILS_FILE: Path = RAW_DIR / "councils.csv"
