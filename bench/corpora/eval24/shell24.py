"""Small shared bits of eval24's generators: a council / gov.wales CMS page around the content,
and Word list numbering written into numbering.xml (python-docx has no API for it)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OxmlElement, esc, qn  # noqa: E402


def cms_page(title: str, site: str, body: list[str], crumbs: list[str]) -> str:
    """A content-managed page: cookie banner, header nav, breadcrumb, content, footer."""
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
        f"<title>{esc(title)} | {esc(site)}</title>",
        '<link rel="stylesheet" href="/themes/site/css/main.css"></head><body>',
        '<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies">'
        f"<h2>Cookies on {esc(site)}</h2><p>We use some essential cookies to make this "
        "website work. We'd like to set additional cookies to understand how you use the "
        'site.</p><button class="accept">Accept additional cookies</button> '
        '<button class="reject">Reject additional cookies</button> <a href="/cookies">View '
        "cookies</a></div>",
        '<a class="skip-link" href="#main-content">Skip to main content</a>',
        f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
        '<a class="lang" href="/cy">Cymraeg</a><nav aria-label="Main"><ul>'
        '<li><a href="/services">Services</a></li><li><a href="/council">Council and '
        'democracy</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact'
        "</a></li></ul></nav></header>",
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol>'
        + "".join(f"<li>{esc(c)}</li>" for c in crumbs) + "</ol></nav>",
        '<main id="main-content"><div class="region-content"><article class="node">',
        *body,
        '</article></div><aside class="related"><h2>Related content</h2><ul><li><a href="#">'
        'Meetings, agendas and minutes</a></li><li><a href="#">Freedom of information</a>'
        "</li></ul></aside></main>",
        '<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility '
        'statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">'
        f"Cookies</a></li></ul><p>&copy; {esc(site)}</p></footer>", "</body></html>"]) + "\n"


def add_numbering(doc, fmt: str, text: str, indent: int = 720) -> int:
    """A new abstractNum (one level: fmt "decimal" / "lowerLetter", level text like "%1." )
    and its num in the document's numbering.xml; returns the numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent))
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def numbered(doc, text: str, num_id: int, bold_lead: str | None = None):
    """A paragraph in list num_id (style List Paragraph, numPr in its pPr)."""
    p = doc.add_paragraph(style="List Paragraph")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        numpr.append(el)
    ppr.append(numpr)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p
