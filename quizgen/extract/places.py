"""Countries, regions and large cities, recognised with the GeoNames gazetteer.

A place inside an organisation's name ("Bank of England", "University of
London") is not a place fact; demonyms ("Iranian") are adjectives, not answers.
"""

from __future__ import annotations

from functools import cache

from quizgen.extract.tokens import capitalised, is_name_word, tokenize
from quizgen.lexicon import HONORIFICS, NOT_NAMES, OFFICE_WORDS, ORG_HEADS, gazetteer
from quizgen.models import Fact, Sentence

MAX_PLACE_WORDS = 4


@cache
def first_place_tokens() -> frozenset[str]:
    """The first token of every place name ("U." of "U.S."): most words start none."""
    return frozenset(tokens[0].text for name in gazetteer().places if (tokens := tokenize(name)))


def extract_places(sentences: list[Sentence]) -> list[Fact]:
    """A fact per country, region or city named in a sentence."""
    places, first_words = gazetteer().places, first_place_tokens()
    facts = []
    for sentence in sentences:
        text = sentence.text
        tokens = tokenize(text)
        after = 0  # the first token after the last place found
        for i in capitalised(text):  # (a place's name opens with a capital: most words do not)
            if i < after or (tokens[i].text not in first_words and tokens[i].bare not in first_words):
                continue
            found = 0
            for n in range(MAX_PLACE_WORDS, 0, -1):
                if i + n > len(tokens):
                    continue
                span = text[tokens[i].start : tokens[i + n - 1].start + len(tokens[i + n - 1].bare)]
                if span in places and span[0].isupper():
                    found = n
                    break
            if not found:
                continue
            last = tokens[i + found - 1]
            s, e = tokens[i].start, last.start + len(last.bare)
            name = text[s:e]
            before = text[max(0, s - 3) : s]
            nxt = tokens[i + found].text if i + found < len(tokens) else ""
            # "Bank of England", "Prince of Wales"; but "the President of Brazil" names the country
            owner = tokens[i - 2].text if i >= 2 else ""
            inside_org = before == "of " and owner[:1].isupper() and owner.lower() not in OFFICE_WORDS
            # "director general for Asia", "Minister for Wales": the portfolio of a title
            inside_org = inside_org or (text[max(0, s - 4) : s] == "for " and owner.lower() in OFFICE_WORDS)
            # "Mr Jordan", "Lord Lincoln": a person, whatever GeoNames says
            inside_org = inside_org or (i >= 1 and tokens[i - 1].text in HONORIFICS)
            # "Ruth Jordan", "George Washington": a surname after a first name
            prev = tokens[i - 1] if i >= 1 else None
            surname = (
                prev is not None
                and is_name_word(prev)
                and not prev.possessive
                and text[prev.end : s] == " "
                and prev.bare not in places
            )
            inside_org = inside_org or surname
            inside_org = inside_org or nxt.lower() in ORG_HEADS and nxt[:1].isupper()
            # "Scotland Yard", "Downing Street": a place followed by a capitalised word names something else.
            gap = text[last.start + len(last.bare) : tokens[i + found].start] if nxt else ""
            inside_org = inside_org or (gap == " " and nxt[:1].isupper() and nxt not in NOT_NAMES)
            if not inside_org and not last.possessive:
                place = places[name]
                facts.append(Fact("place", name, s, sentence, (("place_kind", place.kind),)))
            after = i + found
    return facts
