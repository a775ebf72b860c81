"""Write readings/<doc>.json: the careful reader's reading of each document, written by hand
into the generators' data (status, quarter, owners, partners and grants are typed there, not
derived by code) and dumped here. One reading per document, shared by its forms, except
prog55a: its .txt form (Microsoft Project's tab-delimited export) prints no date, so it has a
reading of its own, `<doc>--txt.json` (date "")."""
import json
from pathlib import Path

import gen_prog55a, gen_prog55b, gen_rec55a, gen_rec55b

HERE = Path(__file__).resolve().parent
(HERE / "readings").mkdir(exist_ok=True)


def dump(name: str, reading: dict, forms: list[str], out: str) -> None:
    reading["document"] = name
    reading["forms"] = forms
    (HERE / "readings" / out).write_text(
        json.dumps(reading, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(out, len(forms), {k: len(v) for k, v in reading.items() if isinstance(v, list)})


for mod in (gen_prog55a, gen_prog55b, gen_rec55a, gen_rec55b):
    forms = sorted(p.name for p in (HERE / "docs").glob(mod.NAME + ".*"))
    if mod is gen_prog55a:
        txt = [f for f in forms if f.endswith(".txt")]
        dump(mod.NAME, mod.reading(txt=True), txt, f"{mod.NAME}--txt.json")
        forms = [f for f in forms if f not in txt]
    dump(mod.NAME, mod.reading(), forms, f"{mod.NAME}.json")
