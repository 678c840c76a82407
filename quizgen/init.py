"""``quizgen init``: give a teacher an editable copy of the built-in rules."""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import OutputError


def builtin_rules_dir() -> Path:
    """Where the built-in rules are: inside the installed package, or the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "question_bank", here.parent / "question_bank"):
        if candidate.is_dir():
            return candidate
    raise OutputError("the built-in rules are missing from this installation; reinstall quizgen")


def init_rules(target: Path) -> list[Path]:
    """Copy every built-in rule file into ``target``; refuse if any would be overwritten."""
    source = builtin_rules_dir()
    files = sorted(p for p in source.iterdir() if p.suffix in (".yaml", ".yml", ".md"))
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
