"""Cleaning whole articles of bbc-politics-dev: plain reports keep every paragraph, and readers'
comments pasted after one report are the only closing lines left out."""

from quizgen.clean import mark_blocks
from tests_corpus.conftest import DEV


def test_plain_news_copy_keeps_every_paragraph_after_the_headline():
    for path in sorted(DEV.glob("politics_00*.txt")):
        text = path.read_text(encoding="utf-8")
        blocks = mark_blocks(text)
        assert blocks[0].role == "title"
        assert [b.role for b in blocks[1:]].count("boilerplate") == 0, path.name


def _opinion_lines(text: str) -> list[str]:
    return [text[b.start : b.end] for b in mark_blocks(text) if b.why == "opinion, not reported"]


def test_readers_comments_after_an_article_are_not_cited():
    # bbc-politics-dev politics_111: the report, then readers' comments with no heading
    text = (DEV / "politics_111.txt").read_text(encoding="utf-8")
    comments = _opinion_lines(text)
    assert comments[0].startswith("This is just what the Europhiles pray for.")
    assert comments[-1].startswith("Veritas? The name will doom it.")
    body = [text[b.start : b.end] for b in mark_blocks(text) if b.role == "body"]
    assert body[-1].startswith("Mr Hockney also left UKIP")  # the report says who said what


def test_reports_that_end_on_quotations_keep_their_ending():
    # every other report of bbc-politics-dev, many ending on "I" and "we" in quotation marks
    flagged = [p.name for p in sorted(DEV.glob("*.txt")) if _opinion_lines(p.read_text(encoding="utf-8"))]
    assert flagged == ["politics_111.txt"]
