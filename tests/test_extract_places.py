from quizgen.extract import extract_facts
from quizgen.extract.places import extract_places
from tests.helpers import sentences_of


def places(text: str) -> list[str]:
    return [f.answer for f in extract_places(sentences_of(text))]


def test_countries_cities_and_aliases():
    assert places("Ms Okafor said she had been in Kenya and Tanzania to study farming.") == [
        "Kenya",
        "Tanzania",
    ]
    assert places("Four county officials in Rosario were found running an unlicensed quarry.") == ["Rosario"]
    assert places("The UK and Brazil signed the treaty.") == ["UK", "Brazil"]


def test_demonyms_and_places_inside_organisations_are_not_places():
    assert places("The Iranian foreign minister spoke.") == []
    facts = extract_facts(sentences_of("The Bank of England raised rates, the University of London said."))
    assert [f.answer for f in facts if f.kind == "place"] == []


def test_a_place_inside_a_longer_name_is_not_a_place():
    # "Scotland Yard" is the police, not Scotland.
    text = "Scotland Yard said the policing operation had been reviewed in London."
    assert [f.answer for f in extract_places(sentences_of(text))] == ["London"]


def test_a_place_name_after_an_honorific_is_a_person():
    # a surname that is also a city in GeoNames ("Preston")
    text = 'Mr Preston said: "Across the region, we hope a second term will bring a fresh approach."'
    assert [f.answer for f in extract_places(sentences_of(text))] == []


def test_a_place_name_after_a_first_name_is_a_surname():
    # a party leader's surname, not a city
    assert places("Lib Dem leader Charles Kennedy visited Manchester and Leicester this week.") == [
        "Manchester",
        "Leicester",
    ]
    # but a place after a place is still a place ("Tel Aviv, Israel"); sentence starts too
    assert places("Britain and Ireland agreed.") == ["Britain", "Ireland"]


def test_a_place_after_of_belongs_to_the_name_before_it_unless_that_is_an_office():
    assert places("The Bank of England and the Church of Scotland both said it was too early.") == []
    assert places("Lula met the President of Brazil and the Prime Minister of Portugal in Lisbon.") == [
        "Brazil",
        "Portugal",
        "Lisbon",
    ]


def test_the_portfolio_of_a_title_is_not_a_place_fact():
    # "Africa" is what the director general's post is for
    text = "Nairobi is being represented by Kenya's director general for Africa, Amina Wekesa."
    assert places(text) == ["Nairobi"]
    # must not fire: campaigning for Europe is no title
    assert places("Mr Heath campaigned for Europe in the 1975 referendum.") == ["Europe"]


def test_the_surname_of_somebody_named_is_no_place_where_no_place_is_said():
    text = (
        "President John F. Kennedy spoke to Congress in 1961.\n"
        "Beyond military power, Kennedy used aerospace technology as a symbol of national prestige.\n"
        "Astronauts later trained in Kennedy, a district of Bogota."
    )
    places = [(f.answer, f.sentence.index) for f in extract_facts(sentences_of(text)) if f.kind == "place"]
    assert ("Kennedy", 1) not in places and ("Kennedy", 2) in places
