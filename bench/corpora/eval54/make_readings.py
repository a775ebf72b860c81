"""Write readings/<doc>.json: the careful reader's reading of each document, written by hand
into the generators' data (status, quarter, owners, partners and grants are typed there, not
derived by code) and dumped here. One reading per document, shared by its four forms."""
import json
from pathlib import Path

import gen_prog54a, gen_prog54b, gen_rec54a, gen_rec54b

HERE = Path(__file__).resolve().parent
(HERE / "readings").mkdir(exist_ok=True)
for mod in (gen_prog54a, gen_prog54b, gen_rec54a, gen_rec54b):
    reading = mod.reading()
    reading["document"] = mod.NAME
    forms = sorted(p.name for p in (HERE / "docs").glob(mod.NAME + ".*"))
    reading["forms"] = forms
    (HERE / "readings" / f"{mod.NAME}.json").write_text(
        json.dumps(reading, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(mod.NAME, len(forms), {k: len(v) for k, v in reading.items() if isinstance(v, list)})
