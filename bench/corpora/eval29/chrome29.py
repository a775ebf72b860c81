"""Page chrome of eval29's web pages (a CMS's cookie banner, navigation, breadcrumb and footer
around the content) and the import of eval28's block renderer (`../eval28/blocks28.py`,
imported, not copied) and `../gen_common.py`."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))             # gen_common
sys.path.insert(0, str(HERE.parent / "eval28"))  # blocks28

import blocks28 as B  # noqa: E402,F401
from gen_common import esc  # noqa: E402


def page(title: str, site: str, crumbs: list[str], body: list[str], nav: list[str],
         footer: str, extra_head: str = "") -> str:
    """A CMS page: cookie banner, skip link, header navigation, breadcrumb, the article, a
    "related" aside and a footer."""
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(title)} | {esc(site)}</title>",
         '<meta name="viewport" content="width=device-width, initial-scale=1">', extra_head,
         "</head><body>",
         '<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies">'
         "<p>We use some essential cookies to make this website work. We'd like to set "
         "additional cookies to understand how you use the site.</p>"
         '<button type="button">Accept additional cookies</button> '
         '<button type="button">Reject additional cookies</button> '
         '<a href="/cookies">View cookies</a></div>',
         '<a class="skip-link" href="#main">Skip to main content</a>',
         f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
         '<a class="lang" href="/cy">Cymraeg</a><nav aria-label="Main"><ul>'
         + "".join(f'<li><a href="#">{esc(n)}</a></li>' for n in nav)
         + '</ul></nav><form class="search" role="search"><label for="q">Search</label>'
         '<input id="q" name="q"><button>Search</button></form></header>',
         '<nav class="breadcrumb" aria-label="Breadcrumb"><ol>'
         + "".join(f'<li><a href="#">{esc(c)}</a></li>' for c in crumbs) + "</ol></nav>",
         '<main id="main"><article class="node node--type-document">']
    h += body
    h += ["</article>",
          '<aside class="related"><h2>Related</h2><ul><li><a href="#">Download this '
          'document (PDF)</a></li><li><a href="#">Previous update</a></li></ul></aside>',
          '<div class="page-feedback"><p>Was this page useful?</p><button>Yes</button>'
          "<button>No</button></div></main>",
          f'<footer class="site-footer"><p>{esc(footer)}</p><ul><li><a href="#">Accessibility'
          '</a></li><li><a href="#">Privacy notice</a></li><li><a href="#">Contact us</a></li>'
          "</ul><p>© Copyright 2026</p></footer></body></html>"]
    return "\n".join(h) + "\n"
