"""The gates on a whole article of bbc-politics-dev, through extraction, drafting and screening."""

from quizgen.rules import BLANK
from tests.helpers import asked_alone_and_led
from tests_corpus.conftest import DEV


def test_a_draft_that_leans_on_the_sentence_before_is_drafted_again_showing_it():
    # bbc-politics-dev politics_096, through extraction, drafting and the gates
    name = "politics_096.txt"
    data = (DEV / name).read_bytes()
    alone, shown = asked_alone_and_led(name, data)
    assert "53,000" not in alone
    q = shown["53,000"]
    lead = "The average size of an English constituency was 70,000 people, Mr Howard said."
    assert q.context is not None and q.context.sentence == lead
    assert q.prompt.index(lead) < q.prompt.index(BLANK)
    assert [r.sentence[:30] for r in q.sources] == ["In Northern Ireland it was jus"]
    # the citation of what was shown slices the article, like every citation
    text = data.decode("utf-8")
    assert text[q.context.start : q.context.end] == lead
    # questions that stand alone are the same either way, in the same order
    assert [a for a in shown if a in alone] == list(alone)
