"""``quizgen build``: load the rules, run the stages, write every output at once.

Everything is gathered in memory before anything is written, so the outputs of
one build always agree with each other (the way ``mkdocs build`` works).

With a cache, a build first hashes what the outputs are made from (the article
and rule files' bytes, quizgen's code, the options that change an output). When
``dist/`` was written from the same hash and is intact, there is nothing to do.
"""

from __future__ import annotations

import gc
import hashlib
import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from quizgen.analysis import Cache, Progress, analyse_articles, code_fingerprint
from quizgen.bank import bank_document, conflict_record, dumps
from quizgen.check_settings import CHECKS_FILE, CheckSettings, load_check_settings, settings_bytes
from quizgen.distractors import Pool, build_pool
from quizgen.export.gift import write_gift
from quizgen.export.moodle import write_moodle
from quizgen.export.qti import write_qti
from quizgen.export.worksheet import print_to_pdf, render_lessons, render_worksheets
from quizgen.gates import (
    CHECK_NAMES,
    SKIPPABLE,
    Gated,
    Screen,
    combine,
    first_drafts,
    screen_drafts,
    select_drafts,
)
from quizgen.merge import merge_facts
from quizgen.models import Fact, Question, Source
from quizgen.output import Staging, check_output_folder, previous_build
from quizgen.parallel import Background, Helper, fork_map, split
from quizgen.rank import rank_questions, score
from quizgen.review import (
    REVIEW_FILE,
    Entry,
    apply_review,
    dropped_ids,
    load_review,
    review_bytes,
    unknown_warnings,
)
from quizgen.rules import Draft, Hopeless, Rule, draft_questions, load_rules, rule_files
from quizgen.sources import ArticleFile, default_names, read_article_files

T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """What a build reads and writes; the CLI fills it from its options."""

    seeds: Path = Path("seeds")
    out: Path = Path("dist")
    rules: Path = Path("question_bank")
    seed: int = 1
    deck_name: str | None = None
    title: str | None = None
    versions: int = 1
    pdf: bool = False
    jobs: int = 1  # processes for the per-article stages; outputs never depend on it
    cache: Path | None = None  # folder of cached article analyses; None: no cache
    per_source: int | None = None  # questions the exports carry per source; None: by its length
    everything: bool = False  # the exports carry every question, not only the selected
    lessons: bool = False  # also a worksheet per source, lessons/<source_id>.html


@dataclass(frozen=True)
class Report:
    """What a build did, for the summary and ``dist/report.md``."""

    sources: int  # articles read
    warnings: tuple[str, ...]
    facts_by_kind: dict[str, int]
    questions_by_type: dict[str, int]
    questions_by_rule: dict[str, int]
    dropped: dict[str, int]
    merged: int = 0  # facts folded into the same fact from another source
    conflicts: int = 0
    led: int = 0  # questions shown after the sentence before their own, which they lean on
    selected: int = 0  # questions the exports carry
    unexported_sources: int = 0  # sources none of whose questions reached the bar
    review_dropped: int = 0  # questions the teacher's review.yaml dropped
    review_edited: int = 0  # ... and rewrote
    outputs: tuple[str, ...] = field(default=())
    dropped_by_check: dict[str, int] = field(default_factory=dict)  # drafts each check dropped
    up_to_date: bool = False  # True: the outputs were already built from the same inputs
    # Wall-clock seconds per stage, for benchmarks; never written into an output.
    seconds: dict[str, float] = field(default_factory=dict, compare=False)

    def summary(self) -> dict[str, Any]:
        """The report as plain data, kept beside the outputs for an up-to-date rebuild."""
        return {k: v for k, v in asdict(self).items() if k not in ("up_to_date", "seconds")}

    @classmethod
    def from_summary(cls, summary: dict[str, Any], seconds: dict[str, float]) -> Report:
        """The report of the build that wrote the outputs, told again."""
        fields = {**summary, "warnings": tuple(summary["warnings"]), "outputs": tuple(summary["outputs"])}
        return cls(**fields, up_to_date=True, seconds=seconds)

    def markdown(self) -> str:
        """The report as a short Markdown page a teacher can read."""
        lines = ["# quizgen build report", "", f"Sources read: {self.sources}"]
        lines += [f"- skipped or odd: {w}" for w in self.warnings]
        lines += [
            f"Facts told by several sources, merged into one: {self.merged}",
            f"Figures the sources disagree on: {self.conflicts}",
            f"Questions shown after the sentence before their own (which they lean on): {self.led}",
            f"Questions the exports carry (the best ranked of each source): {self.selected}",
            f"Sources with no question strong enough to export: {self.unexported_sources}",
            f"Questions the teacher's review dropped: {self.review_dropped}; edited: {self.review_edited}",
        ]
        for title, table in (
            ("Facts by kind", self.facts_by_kind),
            ("Questions by type", self.questions_by_type),
            ("Questions by rule", self.questions_by_rule),
            ("Drafts dropped by each check", {c: self.dropped_by_check.get(c, 0) for c in CHECK_NAMES}),
            ("Drafts dropped by the checks, by reason", self.dropped),
        ):
            lines += ["", f"## {title}", ""]
            lines += [f"- {k}: {v}" for k, v in table.items()] or ["- none"]
        return "\n".join(lines) + "\n"


def _no_progress(items: Iterable[T], length: int, label: str) -> Iterable[T]:
    return items


class _Stopwatch:
    """Times the stages of a build, one ``with watch("stage"):`` block each."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start


def inputs_key(settings: Settings, articles: list[ArticleFile], options: list[Any]) -> str:
    """A hash of everything the outputs are made from, so equal keys mean equal outputs.

    File times are left out on purpose: touching a file changes nothing.
    """
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(json.dumps(options, ensure_ascii=False).encode("utf-8"))
    inputs = [(p.name, p.read_bytes()) for p in rule_files(settings.rules)]
    inputs.append((REVIEW_FILE, review_bytes(settings.rules)))  # an edit of the review rebuilds
    inputs.append((CHECKS_FILE, settings_bytes(settings.rules)))  # ... and of the checks' settings
    for name, data in [("rules", b""), *inputs, ("articles", b""), *((a.name, a.data) for a in articles)]:
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector: a build holds millions of long-lived objects
    and makes almost no reference cycles, so each full collection rescans everything
    for nothing (a third of a large build's time), and in forked workers it touches
    every shared page. Memory is still freed by reference counting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(settings: Settings, progress: Progress = _no_progress) -> Report:
    """Run a whole build and write its outputs into ``settings.out``.

    With a cache, a build whose inputs equal those of the outputs already in
    ``settings.out`` writes nothing and tells the report of that build again.
    """
    with _no_cycle_collection():
        return _build(settings, progress)


RUNS_PER_JOB = 8  # runs of facts each drafting process is dealt (``_draft_and_screen``)


def _draft_and_screen(
    facts: Sequence[Fact],
    rules: tuple[Rule, ...],
    pool: Pool,
    settings: Settings,
    sources: dict[str, Source],
    checks: CheckSettings,
) -> tuple[Gated, dict[int, float]]:
    """Draft and screen the questions of ``facts``, in ``settings.jobs`` processes; with
    each kept draft's rank score (``rank.score``), by ``id`` of the draft.

    A fact's drafts depend on that fact alone, so the facts are cut into runs, several
    per process, dealt out in turn (``RUNS_PER_JOB``): a build's articles of one genre
    cost more to draft than another's, and each process gets its share of each. Only
    questions travel back from a worker (facts are big): each names its fact by
    position in the run.
    """
    runs = split(facts, settings.jobs * RUNS_PER_JOB if settings.jobs > 1 else 1)
    screen = Screen(checks, sources)
    if settings.jobs > 1:
        pool = pool.index_all()  # (once, shared by the forked processes, not built in each)

    def draft_run(
        run: Sequence[Fact],
    ) -> tuple[list[tuple[int, Question, int, float]], dict[str, int], dict[str, int]]:
        def draft(
            facts: Sequence[Fact], starts: Sequence[int] | None = None, hopeless: Hopeless | None = None
        ) -> list[Draft]:
            return draft_questions(facts, rules, pool, settings.seed, sources, starts, hopeless)

        screened = screen_drafts(first_drafts(run, draft, screen), draft, screen)
        position = {id(f): i for i, f in enumerate(run)}
        kept = [
            (position[id(d.fact)], d.question, d.priority, score(d, sources[d.question.sources[0].source_id]))
            for d in screened.kept
        ]
        return kept, screened.dropped, screened.by_check

    parts: list[Gated] = []
    scores: dict[int, float] = {}
    results = fork_map(draft_run, runs, settings.jobs, dealt=True)
    for run, (kept, dropped, by_check) in zip(runs, results, strict=True):
        drafts = []
        for i, question, priority, value in kept:
            drafts.append(Draft(question, run[i], priority))
            scores[id(drafts[-1])] = value
        parts.append(Gated(tuple(drafts), dropped, by_check))
    return combine(parts), scores


def _make_bank(
    settings: Settings,
    rules: tuple[Rule, ...],
    articles: list[ArticleFile],
    watch: _Stopwatch,
    progress: Progress,
    review: dict[str, Entry] | None = None,
    checks: CheckSettings | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The stages from articles to the bank document, and the report's figures.

    A function of its own so that facts and drafts are freed before the exports
    start (and fork) with only the document in hand.
    """
    with watch("extract"):
        analyses = analyse_articles(articles, settings.jobs, Cache(settings.cache), progress)
    sources = [a.source for a in analyses if a.source is not None]
    facts = [f for a in analyses for f in a.facts]
    by_id = {s.source_id: s for s in sources}
    # The distractor pool is built on the other core while this one merges (it reads the
    # facts as extracted, not as merged): 0.5 s of a 2,000-article build no longer waited for.
    # (It comes back without its indexes, built here: they would double what is pickled, and
    # pickling them took longer than building them.)
    with Background(lambda: build_pool(facts), enabled=settings.jobs > 1) as pool:
        with watch("merge"):
            merged = merge_facts(facts)
        with watch("draft"):
            checks = checks or load_check_settings(settings.rules, SKIPPABLE)
            screened, scores = _draft_and_screen(merged.facts, rules, pool.result(), settings, by_id, checks)
    with watch("gates"):
        gated = select_drafts(screened, checks)
    with watch("rank"):
        questions: list[Question] = rank_questions(
            gated.kept,
            by_id,
            settings.per_source,
            settings.everything,
            dropped_ids(review or {}),
            [scores[id(d)] for d in gated.kept],
        )
        reviewed = apply_review(questions, review or {}, str(settings.rules / REVIEW_FILE))
        questions = reviewed.questions
    with watch("bank"):
        conflicts = [conflict_record(c, by_id) for c in merged.conflicts]
        document = bank_document(questions, sources, settings.seed, [r.id for r in rules], conflicts)
    figures = {
        "sources": len(sources),
        "warnings": [w for a in analyses for w in a.warnings]
        + unknown_warnings(reviewed.unknown, str(settings.rules / REVIEW_FILE)),
        "facts_by_kind": dict(sorted(Counter(f.kind for f in facts).items())),
        "merged": merged.folded,
        "conflicts": len(conflicts),
        "led": sum(q.context is not None for q in questions),
        "selected": sum(q.selected for q in questions),
        "unexported_sources": len(sources) - len({q.sources[0].source_id for q in questions if q.selected}),
        "review_dropped": reviewed.dropped,
        "review_edited": reviewed.edited,
        "questions_by_type": dict(sorted(Counter(q.type for q in questions).items())),
        "questions_by_rule": dict(sorted(Counter(q.rule_id for q in questions).items())),
        "dropped": gated.dropped,
        "dropped_by_check": gated.by_check,
    }
    return document, figures


def _write_apart(
    stage: Staging, document: dict[str, Any], deck_name: str, timestamp: float, title: str
) -> dict[str, str]:
    """Write the deck and the QTI package (the two slowest exports, written by the helper
    process while this one writes the rest) into ``stage``; return their names and digests."""
    # imported here: only the process that writes the deck needs genanki (0.03 s to import)
    from quizgen.export.anki import deck_file_name, write_deck

    name = deck_file_name(deck_name)
    return {
        name: stage.write(name, write_deck(document, deck_name, timestamp)),
        "qti.zip": stage.write("qti.zip", write_qti(document, title)),
    }


def _build(settings: Settings, progress: Progress) -> Report:
    watch = _Stopwatch()
    with watch("load"):
        check_output_folder(settings.out, [settings.seeds, settings.rules])
        rules = load_rules(settings.rules)
        review = load_review(settings.rules)
        checks = load_check_settings(settings.rules, SKIPPABLE)
        articles, warnings = read_article_files(settings.seeds)
        auto_title, auto_deck = default_names(settings.seeds, articles)
        title = settings.title or auto_title
        deck_name = settings.deck_name or settings.title or auto_deck
        options = [
            settings.seed,
            settings.versions,
            settings.pdf,
            title,
            deck_name,
            warnings,
            settings.per_source,
            settings.everything,
            settings.lessons,
        ]
        key = inputs_key(settings, articles, options)
        summary = previous_build(settings.out, key) if settings.cache is not None else None
        if summary is not None:
            return Report.from_summary(summary, watch.seconds)
        # The deck's notes are stamped with the newest input, so a rebuild stamps
        # them newer only when an article or rule changed, and repeats its bytes otherwise.
        newest = max(
            [a.mtime for a in articles]
            + [(settings.rules / r.file).stat().st_mtime for r in rules]
            + [p.stat().st_mtime for p in [settings.rules / REVIEW_FILE] if p.is_file()],
            default=0.0,
        )
    # The helper is forked now, while this process is small: it writes the deck and the QTI
    # package at the end.
    with Staging(settings.out) as stage, Helper(enabled=settings.jobs > 1) as writer:
        document, figures = _make_bank(settings, rules, articles, watch, progress, review, checks)
        warnings += figures.pop("warnings")
        with watch("export"):
            writer.submit(_write_apart, stage, document, deck_name, newest, title)
            files = render_worksheets(document, title, settings.seed, settings.versions)
            if settings.lessons:
                files |= render_lessons(document, settings.seed)
            if settings.pdf:
                files |= {n.removesuffix(".html") + ".pdf": print_to_pdf(html) for n, html in files.items()}
            digests = {name: stage.write(name, data) for name, data in files.items()}
            del files
            # Each written as soon as it is made and then let go: together they are the size
            # of the bank several times over.
            digests["bank.json"] = stage.write("bank.json", dumps(document).encode("utf-8"))
            digests["moodle.xml"] = stage.write("moodle.xml", write_moodle(document))
            digests["questions.gift"] = stage.write("questions.gift", write_gift(document))
            digests |= writer.result()
        report = Report(
            warnings=tuple(warnings),
            outputs=tuple(sorted([*digests, "report.md"])),
            seconds=watch.seconds,
            **figures,
        )
        with watch("write"):
            digests["report.md"] = stage.write("report.md", report.markdown().encode("utf-8"))
            stage.commit(digests, key, report.summary())
    return report
