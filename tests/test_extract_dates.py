from quizgen.extract.dates import extract_dates
from tests.helpers import sentences_of


def dates(text: str) -> list[str]:
    return [f.answer for f in extract_dates(sentences_of(text))]


def test_dates_of_each_form():
    # politics_012 and politics_002 (bbc-politics-dev)
    assert dates(
        "In October 1989 the Court of Appeal quashed the sentences, and in June 1991 "
        "it overturned the others."
    ) == ["October 1989", "June 1991"]
    assert dates("The laws come into force on 1 January.") == ["1 January"]
    assert dates("The wrongful jailing of 11 people for attacks in 1974.") == ["1974"]
    assert dates("Azerbaijan opened an embassy in Israel for the first time this March.") == ["March"]
    assert dates("He will visit on May 30-31, his office said.") == ["May 30-31"]


def test_weekdays_relative_dates_and_modal_may_are_not_dates():
    assert dates("The prime minister spoke on Tuesday about last year's figures.") == []
    assert dates("Ministers may decide to delay the vote until next week.") == []
    assert dates("Some 1974 members voted for it.") == []


def test_a_month_that_opens_a_sentence_or_names_an_occasion():
    # politics_058 and politics_ (bbc-politics-dev), business (bbc-news-other)
    assert dates("In December, the EU pledged to work towards lifting the ban.") == ["December"]
    assert dates("Minutes of the December meeting which pushed rates up were published.") == ["December"]
    # "the March of ..." is no date, nor is a month that is a name
    assert dates("The March of the Women was sung at the rally.") == []
    assert dates("Theresa May spoke to the Commons.") == []


def test_a_time_of_day_is_no_year():
    assert dates("Listen to the interview on the station's website from 1900 GMT.") == []
    assert dates("The curfew runs from 2000 hours until dawn.") == []
    assert dates("The house was lived in from 1900 until the war.") == ["1900"]


def test_the_day_and_month_of_an_early_year_are_not_asked_without_it():
    # a year before those ``YEAR`` reads is no date of its own: its day and month alone would
    # ask a birthday's day with the year beside the blank ("Ana Velden (___ 1483 – ...)")
    assert dates("Ana Velden (10 November 1483 – 18 February 1546) was a jurist.") == ["18 February 1546"]
    assert dates("She was born on November 10, 1483 in Lowmoor.") == []
    assert dates("The laws come into force on 1 January, and 2,000 people are affected.") == ["1 January"]
