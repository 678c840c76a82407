"""Read the articles of a seeds folder into ``Source`` records.

This is the only stage that touches the article files. A file that cannot be
used is skipped with a one-line warning naming it, so one bad paste does not
stop a teacher's build.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.clean import document_title
from quizgen.errors import SourceError
from quizgen.models import Source

SUFFIXES = (".txt", ".md", ".text")
# Files that say what a folder holds (a collection's README, its licence), not articles.
FOLDER_NOTES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"})
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


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but tab, newlines and form feed


def parse_article(name: str, data: bytes) -> Source:
    """Make a ``Source`` of one file's bytes; raise ``UnusableFile`` when it cannot serve."""
    text, encoding = decode_article(data)
    if not text.strip():
        raise UnusableFile("empty file")
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > 8:
        raise UnusableFile("binary file, not text (save the article as plain text)")
    head = text[:4096]
    if "<" in head and _HTML.search(head):  # (the pattern, tried at every line, needs a "<")
        raise UnusableFile("looks like HTML; save the article as plain text")
    stem = Path(name).stem
    title = document_title(text) or stem
    return Source(source_id=stem, file=name, title=title[:160], text=text, encoding=encoding)


def encoding_warning(source: Source) -> str:
    """A warning for a source that was not UTF-8, or ''."""
    if source.encoding == "cp1252":
        return f"{source.file}: not UTF-8, read as Windows-1252 (cp1252)"
    return ""


@dataclass(frozen=True)
class ArticleFile:
    """An article file's name and bytes, as read from the seeds folder."""

    name: str
    data: bytes
    mtime: float = 0.0  # when the file was last changed: the deck's notes carry the newest


def read_article_files(folder: Path) -> tuple[list[ArticleFile], list[str]]:
    """The bytes of every ``.txt``/``.md`` article of ``folder``, in name order, or of
    ``folder`` alone when it is an article file (a build of one article).

    Raises ``SourceError`` when the folder is missing or holds no article at all;
    files that cannot be read (too large, unreadable, a second file with the same
    stem) are skipped with a warning.
    """
    if folder.is_file():
        if folder.suffix.lower() not in SUFFIXES:
            raise SourceError(f"{folder}: not a .txt or .md article; save it as plain text and pass that")
        paths = [folder]
    elif not folder.is_dir():
        raise SourceError(
            f"{folder}: no such folder; put articles (.txt or .md) there, or pass --seeds FILE or FOLDER"
        )
    else:
        paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not paths:
        raise SourceError(f"{folder}: no .txt or .md articles found; add some and build again")
    files: list[ArticleFile] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if path.stem.upper() in FOLDER_NOTES:
            warnings.append(f"{path.name}: skipped, it describes the folder and is no article")
            continue
        if path.stem in seen:
            warnings.append(f"{path.name}: skipped, another file is also named {path.stem!r}")
            continue
        try:
            stat = path.stat()
            size = stat.st_size
            if size > MAX_BYTES:
                warnings.append(
                    f"{path.name}: skipped, {size // (1024 * 1024)} MB is too large for an article"
                )
                continue
            data = path.read_bytes()
        except OSError as exc:
            warnings.append(f"{path.name}: skipped, cannot read it ({exc.strerror})")
            continue
        seen.add(path.stem)
        files.append(ArticleFile(path.name, data, stat.st_mtime))
    return files, warnings


# Folder names that say nothing about what is in them: a title is made from the headlines instead.
GENERIC_FOLDERS = frozenset(
    "seeds articles article texts text sources source input inputs docs documents readings files "
    "downloads desktop tmp temp".split()
)


def _readable_word(word: str) -> str:
    """A word of a folder's name as a title writes it: capitalised, a word of no vowel in
    capitals ("bbc" -> "BBC"), one the teacher wrote with capitals as written ("EU")."""
    if word != word.lower():
        return word
    return word.upper() if not set(word) & set("aeiouy") else word.capitalize()


def default_names(seeds: Path, articles: Sequence[ArticleFile]) -> tuple[str, str]:
    """The worksheet title and the deck name when none is given, from what is being built.

    One article: its headline. Several: the folder's name when it says something
    ("civil_rights" -> "Civil Rights"); under a generic name ("seeds", "articles")
    the first headline and how many more ("<headline> and 4 more"). The deck's name
    leaves the count out ("<headline> and more"): a student's Anki keeps a deck by
    name, so adding an article must not start a new deck.
    """
    name = seeds.resolve().name if seeds.is_dir() else ""
    readable = " ".join(map(_readable_word, name.replace("_", " ").replace("-", " ").split()))
    if len(articles) > 1 and name and name.lower() not in GENERIC_FOLDERS:
        return readable, readable
    # The first usable article's headline (read lazily: a corpus has thousands).
    first = next((h for h in map(_headline, articles) if h), "")
    if not first:
        return (readable or "quizgen",) * 2
    if len(articles) == 1:
        return first, first
    return f"{first} and {len(articles) - 1} more", f"{first} and more"


def _headline(article: ArticleFile) -> str:
    """The headline of an article file, or '' when it is not a usable article."""
    try:
        return parse_article(article.name, article.data).title.strip()
    except UnusableFile:
        return ""


def load_sources(folder: Path) -> Loaded:
    """Read every article of ``folder`` in name order, skipping unusable files with a warning."""
    files, warnings = read_article_files(folder)
    sources: list[Source] = []
    for f in files:
        try:
            source = parse_article(f.name, f.data)
        except UnusableFile as exc:
            warnings.append(f"{f.name}: skipped, {exc}")
            continue
        warnings += [w for w in (encoding_warning(source),) if w]
        sources.append(source)
    return Loaded(tuple(sources), tuple(warnings))
