"""``quizgen init``: give a teacher an editable copy of the built-in rules."""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import OutputError
from quizgen.review import REVIEW_FILE

RULES_FOLDER = Path("question_bank")  # where a teacher's own rules are looked for


def builtin_rules_dir() -> Path:
    """Where the built-in rules are: inside the installed package (the wheel force-includes
    them as ``quizgen/question_bank``), or beside the package in a source checkout, which
    is where an editable install finds them."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "question_bank", here.parent / "question_bank"):
        if candidate.is_dir():
            return candidate
    raise OutputError("the built-in rules are missing from this installation; reinstall quizgen")


def rules_to_read(given: Path | None) -> tuple[Path, bool]:
    """The rules folder a build reads, and whether it is the built-in one.

    ``--rules DIR`` when given; else ``question_bank/`` in the working folder when
    there is one; else the rules shipped with quizgen, so a first build works
    in a folder holding nothing but articles.
    """
    if given is not None:
        return given, False
    if RULES_FOLDER.is_dir():
        return RULES_FOLDER, False
    return builtin_rules_dir(), True


def init_rules(target: Path) -> list[Path]:
    """Copy every built-in rule file into ``target``; refuse if any would be overwritten."""
    source = builtin_rules_dir()
    files = sorted(
        p for p in source.iterdir() if p.suffix in (".yaml", ".yml", ".md") and p.name != REVIEW_FILE
    )
    if target.resolve() == source.resolve():
        raise OutputError(f"{target}: this is the built-in rules folder itself; nothing to do")
    clashes = [p.name for p in files if (target / p.name).exists()]
    if clashes:
        raise OutputError(
            f"{target}: would overwrite {', '.join(clashes)}; move them away or pick another --rules"
        )
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for p in files:
        dest = target / p.name
        with open(dest, "xb") as fh:  # "x": never replace a file that appeared meanwhile
            fh.write(p.read_bytes())
        written.append(dest)
    return written
