"""What a stem points back to, on sentences written for the test in several genres."""

import pytest

from quizgen.discourse import references_back

NEWS = "The Commission for Africa met in London. It wants more aid for the continent."
RIVER = "The Parana is the second longest river in South America. It rises in Brazil."
COURT = "The Supreme Federal Court heard the appeal in March. Justice Maria Costa wrote for the majority."


@pytest.mark.parametrize(
    ("shown", "earlier", "title", "found"),
    [
        # a description whose noun an earlier sentence used: which one?
        ("The commission is likely to demand action on ___.", NEWS, "Aid plan", ("The commission",)),
        ("The appeal was dismissed by ___ votes to four.", COURT, "Land ruling", ("The appeal",)),
        # ... unless words after it say which, or the headline says what it is about
        ("The commission on climate will report in ___.", NEWS, "Aid plan", ()),
        ("The river carries ___ of the basin's water.", RIVER, "Parana River", ()),
        # words that say it was named before, whatever the article said
        (
            "The aforementioned opening of the embassy in ___ was welcomed.",
            RIVER,
            "Embassy",
            ("The aforementioned",),
        ),
        # a thing everybody knows, or one the stem itself named first
        ("The government said ___ would pay for the dam.", NEWS, "Aid plan", ()),
        ("A new commission met in ___, and the commission will meet again.", NEWS, "Aid plan", ()),
        # a person by title and surname alone, whom an earlier sentence named
        ("Dr Costa said the ruling was final in ___.", "Dr Anna Costa spoke.", "Ruling", ("Dr Costa",)),
        ("Dr Anna Costa said the ruling was final in ___.", "Dr Anna Costa spoke.", "Ruling", ()),
        # a time counted from the writing or from what was told before
        ("The dam opened ___ last year.", RIVER, "Parana River", ("last year",)),
        ("The following year, ___ became the capital.", RIVER, "Parana River", ("The following year",)),
        ("The dam opened in ___ in 1984.", RIVER, "Parana River", ()),
    ],
)
def test_references_back(shown, earlier, title, found):
    assert references_back(shown, earlier, title) == found
