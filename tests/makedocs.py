"""Test documents written by real libraries: multi-page PDFs (fpdf2) with a running header and footer, Word files."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADER = "Ketamine-assisted psychotherapy: a review"


@dataclass
class MadePdf:
    """The PDF's bytes and the page on which each sentence given to the writer starts."""

    data: bytes
    pages: int
    sentence_pages: list[tuple[str, int]] = field(default_factory=list)


def make_pdf(paragraphs: list[list[str]], header: str = HEADER, font_size: int = 11,
             password: str | None = None) -> MadePdf:
    """A PDF of paragraphs (lists of sentences) with a header and "Page n of N" footer on every page."""
    from fpdf import FPDF

    class Pdf(FPDF):
        def header(self) -> None:
            self.set_font("dejavu", size=9)
            self.cell(0, 8, header, align="C")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("dejavu", size=9)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Pdf()
    pdf.add_font("dejavu", fname=FONT)
    pdf.add_page()
    pdf.set_font("dejavu", size=font_size)
    made = MadePdf(b"", 0)
    height = font_size * 0.5
    for sentences in paragraphs:
        for n, sentence in enumerate(sentences):
            first, _, rest = sentence.partition(" ")
            pdf.write(height, ("" if n == 0 else " ") + first)
            made.sentence_pages.append((sentence, pdf.page_no()))  # the page its first word landed on
            if rest:
                pdf.write(height, " " + rest)
        pdf.ln(height * 2)
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    made.data, made.pages = bytes(pdf.output()), pdf.page_no()
    return made


def make_scanned_pdf() -> bytes:
    """A PDF whose only page is an image: no text layer."""
    from fpdf import FPDF
    from PIL import Image

    image = Image.new("RGB", (200, 100), "white")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=100)
    return bytes(pdf.output())


def make_docx(blocks: list[tuple[str, str]]) -> bytes:
    """A Word file of (style, text) blocks: "Heading 1", "Normal", or "table" with tab-separated cells."""
    import docx

    document = docx.Document()
    for style, text in blocks:
        if style == "table":
            cells = text.split("\t")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells):
                cell.text = value
        else:
            document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
