"""Reading documents: HTML reduced to prose with headings, folders read as one corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import DocumentError, document_title, read_document, read_documents
from index._html import html_to_text

PAGE = """<html><head><title>json</title><script>var x = "<p>no</p>";</script></head><body>
<div class="related" role="navigation"><a href="#">previous</a> | <a href="#">next</a></div>
<div role="main"><h1>The json module<a class="headerlink" href="#">¶</a></h1>
<p>JSON is a <em>lightweight</em> data
interchange format.</p><div class="highlight"><pre>import json</pre></div>
<h2>Basic usage</h2><ul><li>Call <code>dumps</code> to serialise.</li></ul></div>
<div class="footer">© Copyright</div></body></html>"""


def test_html_keeps_headings_prose_and_code_as_markdown_writes_them() -> None:
    # A short code block's lines are fenced, so none runs on into the next; a code span keeps its backticks.
    assert html_to_text(PAGE) == (
        "# The json module\nJSON is a lightweight data interchange format.\n```\nimport json\n```\n## Basic usage\n"
        "Call `dumps` to serialise.\n"
    )
    # A listing longer than a command or two is an example to read whole, not lines to quote.
    listing = "<p>An example:</p><pre>import json\nwith open('data.json') as f:\n    data = json.load(f)\nprint(data)</pre>"
    assert html_to_text(listing) == "An example:\n"


def test_an_html_tables_row_is_one_line_as_in_word() -> None:
    table = ("<table><tr><th>Animal</th><th>Best months</th></tr><tr><td>Elephant seal</td><td>December to\tMarch"
             "</td></tr></table>")
    assert html_to_text(table) == "Animal\tBest months\nElephant seal\tDecember to March\n"


def test_a_saved_wikipedia_page_keeps_its_article_and_infobox_only() -> None:
    page = ('<div id="mw-navigation"><ul><li>Main page</li></ul></div><h1>Sea otter</h1>'
            '<div id="siteSub">From Wikipedia, the free encyclopedia</div>'
            '<table class="infobox"><tr><th colspan="2">Sea otter</th></tr><tr><th>Status</th><td>Endangered</td></tr>'
            '</table>'
            '<p>The sea otter is a marine mammal.<sup class="reference">[1]</sup></p>'
            '<div id="toc"><h2>Contents</h2><ul><li>1 Diet</li></ul></div>'
            '<h2><span class="mw-headline">Diet</span><span class="mw-editsection">[<a>edit</a>]</span></h2>'
            '<p>Sea otters eat sea urchins.</p><div class="reflist"><ol><li>Kenyon (1969).</li></ol></div>'
            '<div class="navbox">Mustelidae · Badger</div><div id="footer">Last edited on 1 December.</div>')
    # The infobox's row of one header cell is its title: the context of its rows, not a line to quote.
    assert html_to_text(page) == ("# Sea otter\n###### Sea otter\nStatus\tEndangered\nThe sea otter is a marine "
                                  "mammal.[1]\n## Diet\nSea otters eat sea urchins.\n")


def test_html_document_and_folder_naming(tmp_path: Path) -> None:
    (tmp_path / "library").mkdir()
    (tmp_path / "library" / "json.html").write_text(PAGE)
    (tmp_path / "notes.md").write_text("# Notes\nA note.\n")
    (tmp_path / "_sources").mkdir()
    (tmp_path / "_sources" / "json.txt").write_text("reST source, not a document")
    documents = read_documents([tmp_path])
    assert [d.name for d in documents] == ["library/json.html", "notes.md"]
    assert read_document(tmp_path / "library" / "json.html").text.startswith("# The json module\n")


def test_empty_folder_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no .txt"):
        read_documents([tmp_path])


@pytest.mark.parametrize(("name", "text", "title"), [
    ("guide.md", "# Dosing guide\n\nText.", "Dosing guide"),
    ("guide.md", "---\ntitle: \"From front matter\"\n---\n# Heading\n", "From front matter"),
    ("guide.md", "Setext title\n============\n\nText.", "Setext title"),
    ("guide.md", "Intro line.\n\n## Section ##\nText.", "Section"),
    ("page.html", html_to_text("<title>Ignored</title><h1>The page</h1><p>Prose.</p>"), "The page"),
    ("notes.txt", "# not a heading in plain text\n", None),
    ("guide.md", "No heading at all.\n", None),
])
def test_document_title_from_its_own_heading(name: str, text: str, title: str | None) -> None:
    assert document_title(name, text) == title
