"""Read the articles of a seeds folder into ``Source`` records.

This is the only stage that touches the article files. A file that cannot be
used is skipped with a one-line warning naming it, so one bad paste does not
stop a teacher's build.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from quizgen.clean import document_title
from quizgen.errors import SourceError
from quizgen.models import Source

SUFFIXES = (".txt", ".md", ".text")
MAX_BYTES = 20 * 1024 * 1024  # larger files are almost never articles

# A saved web page, not an article that quotes a tag: page structure at a line's start.
_HTML = re.compile(r"^\s*<(?:html|body|div|p|head|!doctype|meta|title)\b", re.I | re.M)


@dataclass(frozen=True)
class Loaded:
    """What ``load_sources`` found: usable sources and a warning per skipped or odd file."""

    sources: tuple[Source, ...]
    warnings: tuple[str, ...]


class UnusableFile(Exception):
    """A file that is not a readable article; the message says why."""


def decode_article(data: bytes) -> tuple[str, str]:
    """Decode an article's bytes, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) first, UTF-16 when it has a BOM, then cp1252, the
    encoding Word and older Windows tools save in. The BOM is never part of the
    text, so offsets count code points of what a reader sees.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UnusableFile(f"broken UTF-16 ({exc.reason})") from exc
    if b"\x00" in data[:8192] or data.startswith(b"%PDF"):
        raise UnusableFile("binary file, not text (save the article as plain text)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # errors="replace": cp1252 leaves five bytes undefined; keep going as a reader would
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_article(path: Path) -> Source:
    """Read one article file; raise ``UnusableFile`` when it cannot serve as a source."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UnusableFile(f"{size // (1024 * 1024)} MB is too large for an article")
    text, encoding = decode_article(path.read_bytes())
    if not text.strip():
        raise UnusableFile("empty file")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 8:
        raise UnusableFile("binary file, not text (save the article as plain text)")
    if _HTML.search(text[:4096]):
        raise UnusableFile("looks like HTML; save the article as plain text")
    title = document_title(text) or path.stem
    return Source(source_id=path.stem, file=path.name, title=title[:160], text=text, encoding=encoding)


def load_sources(folder: Path) -> Loaded:
    """Read every ``.txt``/``.md`` article of ``folder`` in name order.

    Raises ``SourceError`` when the folder is missing or holds no article at all;
    unusable files are skipped with a warning.
    """
    if not folder.is_dir():
        raise SourceError(f"{folder}: no such folder; put articles (.txt or .md) there")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not paths:
        raise SourceError(f"{folder}: no .txt or .md articles found; add some and build again")
    sources: list[Source] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if path.stem in seen:
            warnings.append(f"{path.name}: skipped, another file is also named {path.stem!r}")
            continue
        try:
            source = read_article(path)
        except UnusableFile as exc:
            warnings.append(f"{path.name}: skipped, {exc}")
            continue
        except OSError as exc:
            warnings.append(f"{path.name}: skipped, cannot read it ({exc.strerror})")
            continue
        if source.encoding == "cp1252":
            warnings.append(f"{path.name}: not UTF-8, read as Windows-1252 (cp1252)")
        seen.add(path.stem)
        sources.append(source)
    return Loaded(tuple(sources), tuple(warnings))
