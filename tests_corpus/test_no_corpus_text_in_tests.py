"""BBC News stories are the BBC's, shared with the project for research use only: the
self-contained suite is to carry sentences written for it, not the corpora's text.

Written before this suite existed, many tests in tests/ still quote sentences of
bbc-politics-dev (and about 30 more of bbc-news-other, not counted here: reading its 1,808
stories takes longer than the rest of this suite). This check counts the quotes of
bbc-politics-dev and fails when the count grows; lower BBC_QUOTES_LEFT as they are rewritten."""

import ast
from functools import cache
from pathlib import Path

from tests_corpus.conftest import DEV, ROOT

BBC_QUOTES_LEFT = 13  # string literals in tests/ that open with 60 characters of a story


@cache
def _stories() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))


def _bbc_quotes(folder: Path) -> list[tuple[str, str]]:
    """(file, opening) of each string literal of 40 characters or more in ``folder``'s Python
    files whose first 60 characters are in a story of bbc-politics-dev."""
    found = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = node.value if isinstance(node, ast.Constant) else None
            if isinstance(literal, str) and len(literal) >= 40 and literal.strip()[:60] in _stories():
                found.append((path.name, literal[:60]))
    return found


def test_the_self_contained_suite_quotes_no_more_bbc_text_than_before():
    found = _bbc_quotes(ROOT / "tests")
    assert len(found) <= BBC_QUOTES_LEFT, f"{len(found) - BBC_QUOTES_LEFT} more: write your own sentences"


def test_a_quoted_sentence_is_found_and_a_written_one_is_not(tmp_path: Path):
    story = sorted(DEV.glob("*.txt"))[0].read_text(encoding="utf-8")
    quoted = max(story.split("\n"), key=len)[:70]
    written = "The county council will close its 14 libraries on Sundays from June."
    (tmp_path / "test_x.py").write_text(f"A = {quoted!r}\nB = {written!r}\nC = 'short'\n", encoding="utf-8")
    assert _bbc_quotes(tmp_path) == [("test_x.py", quoted[:60])]
