"""What a stem leans on as the student reads it (``standalone``): the headline it opens with
says what an "it" stands for only where the headline names it first, and never for a
speaker's "it"."""

import pytest

from quizgen.discourse import read_source
from quizgen.standalone import _it_quoted, _says_something

ARTICLE = (
    "Banco Norte is the largest lender in Chile.\n"
    "Shares in Banco Norte rose by 4% on Monday in Santiago.\n"
    "Steel output in Ostland fell by 12% last year.\n"
)


@pytest.mark.parametrize(
    ("headline", "says"),
    [
        ("Banco Norte shares rise in Santiago", True),  # written "in Banco Norte" in the text
        ("Steel output falls in Ostland", False),  # a plain word, capitalised only opening a sentence
        ("Banco Norte", False),  # a title: what the article is on, not what it says
    ],
)
def test_a_headline_says_what_an_it_stands_for_when_it_opens_on_a_name(headline, says):
    assert _says_something(headline, read_source(f"{headline}\n\n{ARTICLE}", headline)) is says


@pytest.mark.parametrize(
    ("stem", "quoted"),
    [
        ('Who said: "We think it is a matter for the courts"?', True),
        ("Who said: “Its time has come”?", True),
        ('Banco Norte said it would close 40 branches, "as planned".', False),
    ],
)
def test_an_it_inside_a_quotation_is_the_speakers(stem, quoted):
    assert _it_quoted(stem) is quoted
