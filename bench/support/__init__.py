"""What tests and benchmarks share: real `docqa serve` processes on free loopback ports, a JSON client, and
documents written by real libraries (multi-page PDFs with a running header and footer, Word files).

Tests and benchmarks both import this package, never each other's files. Its modules hold what one benchmark
shares with its tests (`bench.support.rebuild` for `bench/rebuild.py` and `tests/test_rebuild.py`, and so on).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bench._common import scratch
from qa.config import BUNDLED_DOCUMENT, ROOT

PYTHON = sys.executable
BIN = Path(sys.executable).parent  # the environment's scripts: docqa, gunicorn, python
DOCQA = str(BIN / "docqa")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} not healthy after {timeout}s")


def bundled_documents_folder() -> Path:
    """A fresh folder holding a copy of the bundled document."""
    folder = scratch("docqa-documents-")
    shutil.copy(BUNDLED_DOCUMENT, folder)
    return folder


def index_or_built(index_dir: Path | None, prefix: str) -> Path:
    """The given index folder, or a new one that `build_index.py` fills with the bundled document."""
    if index_dir is not None:
        return index_dir
    built = scratch(prefix) / "index"
    subprocess.run([PYTHON, "build_index.py", "--index-dir", str(built)], cwd=ROOT, check=True, capture_output=True)
    return built


def start_server(index_dir: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """`docqa serve` as a real process on a free loopback port; returns (process, base URL)."""
    port = free_port()
    # `docqa serve` indexes its documents folder at start: by default one holding the bundled document alone.
    env = {"DOCQA_DOCUMENTS_DIR": str(bundled_documents_folder()), **(env or {})}
    # The log goes to a file: an unread pipe would fill up and block a busy server.
    log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(
        [DOCQA, "serve", "--index-dir", str(index_dir), "--host", "127.0.0.1", "--port", str(port), *extra],
        cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, text=True,
    )
    process.log = log  # type: ignore[attr-defined]
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
    except Exception:
        process.kill()
        print(server_log(process))
        raise
    return process, url


def server_log(process: subprocess.Popen) -> str:
    """Everything the server wrote so far."""
    process.log.seek(0)  # type: ignore[attr-defined]
    return process.log.read()  # type: ignore[attr-defined]


def stop_server(process: subprocess.Popen) -> str:
    """SIGTERM, wait, and return the server's log."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return server_log(process)


def post(url: str, body: object) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


# Documents written by real libraries, for the format and upload tests and benches.
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


def make_zip_bomb(unpacked: int = 100 * 1024 * 1024) -> bytes:
    """A .docx-shaped zip whose document part unpacks to `unpacked` bytes of zeros (about 0.1% of that packed)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            block = b"\0" * (1 << 20)
            for _ in range(unpacked >> 20):
                part.write(block)
    return out.getvalue()


def malformed_documents(max_bytes: int) -> list[tuple[str, bytes]]:
    """30 files that must be refused, as (name, bytes): truncated, encrypted, scanned, wrong type, zip bombs,
    empty, and two a megabyte over `max_bytes` (21 MB for the default 20 MB)."""
    import zipfile

    good = make_pdf([["Ketamine is an anaesthetic.", "It is also used for depression."]] * 40).data
    docx_bytes = make_docx([("Normal", "A Word paragraph about ketamine.")])
    no_document = io.BytesIO()
    with zipfile.ZipFile(no_document, "w") as archive:
        archive.writestr("hello.txt", "not a Word part")
    bad_xml = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as source, zipfile.ZipFile(bad_xml, "w") as archive:
        for item in source.infolist():
            archive.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else source.read(item))
    files = [(f"truncated-{n}.pdf", good[: len(good) * n // 6]) for n in range(1, 6)]
    files += [
        ("encrypted.pdf", make_pdf([["A secret sentence about ketamine."]], password="secret").data),
        ("encrypted-2.pdf", make_pdf([["Another secret sentence."]] * 30, password="pw").data),
        ("scanned.pdf", make_scanned_pdf()),
        ("scanned-2.pdf", make_scanned_pdf()),
        ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"),
        ("pdf-named.txt", good),
        ("text-named.pdf", b"Plain text pretending to be a PDF.\n"),
        ("docx-named.pdf", docx_bytes),
        ("pdf-named.docx", good),
        ("program.exe", b"MZ\x90\x00\x03"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        ("binary.txt", b"text\x00\x01\x02"),
        ("latin1.txt", "caf\u00e9 au lait".encode("latin-1")),
        ("bomb.docx", make_zip_bomb()),
        ("bomb-2.docx", make_zip_bomb(200 * 1024 * 1024)),
        ("not-a-zip.docx", b"PK\x03\x04 this is not really a zip archive"),
        ("text.docx", b"Just text with a .docx name.\n"),
        ("no-document.docx", no_document.getvalue()),
        ("bad-xml.docx", bad_xml.getvalue()),
        ("empty.txt", b""),
        ("empty.pdf", b""),
        ("empty.docx", b""),
        ("blank.md", b"  \n\n\t\n"),
        ("huge.txt", b"Ketamine. " * ((max_bytes + (1 << 20)) // 10)),
        ("huge.pdf", b"%PDF-1.4\n" + b"0" * (max_bytes + (1 << 20)) + b"\n%%EOF\n"),
    ]
    return files
