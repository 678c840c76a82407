from quizgen.extract.orgs import extract_orgs
from tests.helpers import sentences_of


def orgs(text: str) -> list[tuple[str, str]]:
    return [(f.answer, f.slot("org_type")) for f in extract_orgs(sentences_of(text))]


def test_organisations_with_their_type():
    # politics_012 and politics_003 (bbc-politics-dev)
    assert orgs("In October 1989 the Court of Appeal quashed the sentences.") == [
        ("Court of Appeal", "court")
    ]
    assert orgs("Women earn less than men, according to the Equal Opportunities Commission (EOC).") == [
        ("Equal Opportunities Commission", "commission")
    ]
    assert orgs("It was debated in the House of Lords on Tuesday.") == [("House of Lords", "house")]


def test_does_not_fire_on_names_or_acts():
    assert orgs("Tony Blair met Gordon Brown in London.") == []
    assert orgs("The Freedom of Information Act comes into force.") == []
