"""The ``quizgen`` command: parses options and calls the library, nothing more."""

from __future__ import annotations

import atexit
import gc
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

import click

from quizgen import __version__
from quizgen.init import RULES_FOLDER, init_rules, rules_to_read
from quizgen.lexicon import start_gazetteer
from quizgen.parallel import default_jobs
from quizgen.review import question_lines

# The modules of the build's stages (extraction, drafting, exports) are imported by the
# commands that run them, not here: ``build`` first starts reading the gazetteer on another
# core (``lexicon.start_gazetteer``), and their imports (0.3 s, compiling hundreds of
# patterns) then overlap it.

T = TypeVar("T")
PROGRESS_MIN = 50  # articles: fewer are read in a moment, without a bar


@click.group()
@click.version_option(__version__, prog_name="quizgen")
def main() -> None:
    """Turn civics articles into quiz questions: Anki deck, worksheet, JSON bank."""


@main.command("build")
@click.option(
    "--seeds",
    type=click.Path(path_type=Path),
    default=Path("seeds"),
    show_default=True,
    help="Folder of articles (.txt, .md), or one article file.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("dist"),
    show_default=True,
    help="Folder the outputs replace.",
)
@click.option(
    "--rules",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of question rules (YAML) and the teacher's review.yaml "
    "[default: question_bank/ if there is one, else the built-in rules].",
)
@click.option(
    "--seed",
    type=int,
    default=1,
    show_default=True,
    help="Seed for distractors and shuffling; same seed, same outputs.",
)
@click.option(
    "--deck-name",
    default=None,
    help="Anki deck name [default: --title if given, else as the title without a count of articles].",
)
@click.option(
    "--title",
    default=None,
    help="Worksheet title [default: one article's headline; for several, the folder's name, "
    "or the first headline and how many more when the folder is called seeds, articles ...].",
)
@click.option(
    "--versions",
    type=click.IntRange(1, 26),
    default=1,
    show_default=True,
    help="Shuffled worksheet versions (A, B, ...), each with its own key.",
)
@click.option(
    "--per-source",
    type=click.IntRange(1, None),
    default=None,
    help="Questions the deck, worksheet and other exports carry per source, best ranked first "
    "[default: 10, one more per 125 words of a long document, up to 15].",
)
@click.option(
    "--all", "everything", is_flag=True, help="Export every question, not only the best of each source."
)
@click.option(
    "--lessons",
    is_flag=True,
    help="Also write a worksheet per article, lessons/<source id>.html, titled by its headline.",
)
@click.option("--pdf", is_flag=True, help="Also print each worksheet to PDF (needs Chromium).")
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    default=None,
    help="Processes that read articles in parallel [default: number of cores].",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Where analysed articles are kept between builds [default: ~/.cache/quizgen].",
)
@click.option("--no-cache", is_flag=True, help="Analyse every article again; keep nothing.")
@click.option("--quiet", is_flag=True, help="Print only warnings and errors.")
def build_command(
    seeds: Path,
    out: Path,
    rules: Path | None,
    seed: int,
    deck_name: str | None,
    title: str | None,
    versions: int,
    per_source: int | None,
    everything: bool,
    lessons: bool,
    pdf: bool,
    jobs: int | None,
    cache_dir: Path | None,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Build the question bank, worksheet and Anki deck from the articles."""
    jobs = jobs or default_jobs()
    if jobs > 1:  # (one core: the child would only slow the imports it is meant to overlap)
        start_gazetteer()
    from quizgen.analysis import default_cache_dir
    from quizgen.build import Settings, build

    rules, built_in = rules_to_read(rules)
    if built_in and not quiet:
        click.echo(f"No {RULES_FOLDER}/ here: using the built-in rules ('quizgen init' copies them to edit).")
    settings = Settings(
        seeds=seeds,
        out=out,
        rules=rules,
        seed=seed,
        deck_name=deck_name,
        title=title,
        versions=versions,
        per_source=per_source,
        everything=everything,
        lessons=lessons,
        pdf=pdf,
        jobs=jobs,
        cache=None if no_cache else cache_dir or default_cache_dir(),
    )
    show_bar = not quiet and sys.stderr.isatty()

    def progress(items: Iterable[T], length: int, label: str) -> Iterable[T]:
        if not show_bar or length < PROGRESS_MIN:
            yield from items
            return
        with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
            yield from bar

    report = build(settings, progress)
    # When the process ends, Python's last collections would walk every object the
    # build left in its caches (0.15 s after a large build) only to free them.
    atexit.register(gc.freeze)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if quiet:
        return
    skipped = len(report.warnings)
    facts = sum(report.facts_by_kind.values())
    by_type = ", ".join(f"{n} {t}" for t, n in report.questions_by_type.items()) or "none"
    click.echo(f"Read {report.sources} sources ({skipped} warnings); {facts} facts.")
    click.echo(
        f"Questions: {sum(report.questions_by_type.values())} ({by_type}); "
        f"{report.selected} selected for the exports."
    )
    if report.unexported_sources:
        click.echo(
            f"{report.unexported_sources} of {report.sources} sources had no question strong enough to "
            "export (bank.json keeps them, ranked; --all exports every question)."
        )
    if report.up_to_date:
        click.echo(f"{out}/ is up to date: its articles, rules and options have not changed.")
    else:
        click.echo(f"Wrote {', '.join(report.outputs)} to {out}/")
    stages = ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in report.seconds.items())
    click.echo(f"Built in {sum(report.seconds.values()):.2f} s ({stages}).")


@main.command("init")
@click.option(
    "--rules",
    type=click.Path(path_type=Path),
    default=Path("question_bank"),
    show_default=True,
    help="Folder to create with the built-in rules.",
)
def init_command(rules: Path) -> None:
    """Copy the built-in question rules into a folder you can edit (never overwrites)."""
    written = init_rules(rules)
    click.echo(f"Wrote {len(written)} rule files to {rules}/")


@main.command("list")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("dist"),
    show_default=True,
    help="Output folder of the build whose bank.json to list.",
)
def list_command(out: Path) -> None:
    """List the questions of the last build, to pick the ids review.yaml drops or edits.

    One line per question, each source's best ranked first: id, mark (* exported,
    - not exported, x dropped by the review; e: edited), source, rank, stem and answer.
    """
    from quizgen.bank import read_bank

    for line in question_lines(read_bank(out)):
        click.echo(line)
