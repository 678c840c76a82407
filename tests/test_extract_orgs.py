from quizgen.extract import extract_facts
from quizgen.extract.orgs import extract_orgs, extract_parties
from tests.helpers import sentences_of


def orgs(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.answer, f.slot("org_type")) for f in extract_orgs(sentences_of(text))]


def test_organisations_with_their_type():
    # bbc-politics-dev: politics_012, politics_003, politics_195, politics_186
    assert orgs("In October 1989 the Court of Appeal quashed the sentences.") == [
        ("organization", "Court of Appeal", "court")
    ]
    assert orgs("Women earn less than men, according to the Equal Opportunities Commission (EOC).") == [
        ("organization", "Equal Opportunities Commission", "commission")
    ]
    # a "House of" sits in a parliament; "Clarence House" is a building (politics_120)
    assert orgs("It was debated in the House of Lords on Tuesday.") == [
        ("organization", "House of Lords", "chamber")
    ]
    assert orgs("Clarence House has issued a statement saying the prince has apologised.") == [
        ("organization", "Clarence House", "house")
    ]
    assert orgs(
        "He said the pounds 50 million originally allocated from the Department for International "
        "Development was now spent."
    ) == [("organization", "Department for International Development", "department")]
    assert orgs("Mr Blair was instrumental in returning Mr Livingstone to the Labour Party.") == [
        ("organization", "Labour Party", "party")
    ]


def test_acronyms_and_media():
    # bbc-politics-dev: politics_084, politics_195, politics_186, politics_120
    text = (
        "The Trades Union Congress met in Brighton.\n"
        "Plans to shed civil service jobs will prove a false economy, according to a TUC report."
    )
    assert orgs(text) == [
        ("organization", "Trades Union Congress", "congress"),
        ("organization", "TUC", "congress"),
    ]
    # initials the article never spells out give no fact: a student could not know them
    assert orgs("As Britain takes up its presidency of the G8 group of leading nations, he spoke.") == []
    assert orgs("Mr Livingstone had accused an Evening Standard journalist of being like a guard.") == [
        ("organization", "Evening Standard", "media")
    ]
    assert orgs("A photograph appears in Thursday's Sun newspaper under the headline.") == [
        ("organization", "Sun", "media")
    ]


def test_laws():
    # bbc-politics-dev politics_070; primary-docs-dev
    assert orgs("His party plans to move an amendment to the Serious Organised Crime and Police Bill.") == [
        ("law", "Serious Organised Crime and Police Bill", "bill")
    ]
    assert orgs("The Freedom of Information Act comes into force.") == [
        ("law", "Freedom of Information Act", "act")
    ]


def test_does_not_fire_on_names_codes_or_formats():
    assert orgs("Tony Blair met Gordon Brown in London.") == []
    # Country codes, offices and formats in capitals are not organisations (bbc-news-other).
    assert orgs("The UK and US sold more DVD players and MP3 devices, the MP said on TV.") == []
    assert orgs("Any change needs an Act of Parliament.") == []


def test_an_acronym_the_article_spells_out_takes_the_type_of_its_full_name():
    # politics_006 (bbc-politics-dev), first and later paragraphs
    text = (
        "The National Audit Office has criticised the sale of the Millennium Dome.\n"
        "The NAO report said that this sale went through because it avoided many of the problems."
    )
    facts = [f for f in extract_facts(sentences_of(text)) if f.kind == "organization"]
    nao = next(f for f in facts if f.answer == "NAO")
    assert (nao.slot("org_type"), nao.slot("form")) == ("office", "acronym")
    alone = extract_facts(sentences_of("The NAO report said that this sale went through in the end."))
    assert [f for f in alone if f.answer == "NAO"] == []


def test_media_names_are_titles_not_adjectives_or_possessives():
    # bbc-politics-dev
    assert orgs("In an article for the Times newspaper, Ms Dunwoody says slight increases matter.") == [
        ("organization", "Times", "media")
    ]
    assert orgs("Several Scottish newspapers carried the story on Monday morning.") == []
    assert orgs("He told BBC Wales' Maniffesto programme that he would stand again.") == []
    # politics_075: a faith is no newspaper
    assert orgs('He should not apologise for his "Nazi" comment to a Jewish reporter, Mr Johnson said.') == []


def test_two_organisations_joined_by_and_are_two_names():
    # bbc-politics-dev
    text = (
        "Three Welsh quangos, education and training body Elwa, the Wales Tourist Board and the "
        "Welsh Development Agency, would be brought under government control."
    )
    assert orgs(text) == [
        ("organization", "Wales Tourist Board", "board"),
        ("organization", "Welsh Development Agency", "agency"),
    ]
    assert orgs("The Department for Education and Skills said so on Monday.") == [
        ("organization", "Department for Education and Skills", "department")
    ]
    # bbc-politics-dev politics_090: the second body is named by its town alone
    text = (
        "Researchers from the University of the Highlands and Islands and Southampton have been "
        "looking at wave heights in the Atlantic over the last nine years."
    )
    assert orgs(text) == [("organization", "University of the Highlands and Islands", "university")]


def test_no_organisation_in_adjectives_kinds_of_body_or_a_former_title():
    # bbc-politics-dev: politics_122, a 'Former Cabinet minister', 'either House of Parliament'
    text = "Non-European Union citizens wanting to work in the UK will have to undergo tests."
    assert orgs(text) == []
    assert orgs("Former Cabinet minister Clare Short has criticised the US-led tsunami aid coalition.") == []
    text = "He said the lord chancellor should be the best person chosen from either House of Parliament."
    assert orgs(text) == []
    # politics_041: the seat an MP won, not a parliament of that name
    assert orgs("Mr Blunkett entered Parliament for Sheffield Brightside in 1987.") == []


def test_a_person_or_office_before_of_holds_a_post_in_the_organisation():
    # bbc-politics-dev politics_134, bbc-news-other entertainment_141
    assert orgs("But Simon Hart of the Countryside Alliance has questioned how police will ensure it.") == [
        ("organization", "Countryside Alliance", "alliance")
    ]
    assert orgs(
        "Detective Inspector Paul Miller of Thames Valley Police said it appeared a man used a ladder."
    ) == [("organization", "Thames Valley Police", "police")]
    # Must not fire: "of" inside one name, after its head word or after a single word.
    for text, name in (
        (
            "He told the annual meeting of the American Association for the Advancement of Science (AAAS).",
            "American Association for the Advancement of Science",
        ),
        ("The National Union of Teachers said the plans were unworkable.", "National Union of Teachers"),
        ("Requests under the Freedom of Information Act have doubled.", "Freedom of Information Act"),
    ):
        assert name in [answer for _, answer, _ in orgs(text)], text


def parties(text: str) -> list[tuple[str, str]]:
    return [(f.answer, f.slot("predicate")) for f in extract_parties(sentences_of(text))]


CONSERVATIVES = (  # bbc-politics-dev politics_070
    'The Conservatives have expressed "serious misgivings" about government plans for keeping UK and '
    "foreign terror suspects under house arrest."
)
REPUBLICANS = (  # bbc-news-other business_488
    "Republicans have blamed the size of the deficit on slow economic conditions after the 11 September "
    "attacks and ongoing military operations in Iraq and Afghanistan."
)
DEMOCRATS = (  # bbc-news-other business_024
    "Democrats claim the administration has not done enough to clamp down on unfair foreign trade practices."
)
IRAN = (  # bbc-news-other business_092: conservatives in Iran's parliament are no party
    "Conservatives in parliament say Turkcell's stake in Irancell, the new network, should be cut from "
    "70% to 49%."
)
TWO_PARTIES = (  # bbc-politics-dev politics_088: "Which party" asks for one
    "Labour and the Conservatives are still telephoning the millions of people who have signed up to "
    'make sure they do not get marketing "cold calls".'
)
TORY_LEADER = (  # bbc-politics-dev politics_002: the party's adjective before an office is a role
    "Tory leader Michael Howard has written to Tony Blair demanding an explanation of the new rules on "
    "e-mail retention."
)


def test_a_party_named_by_its_kind_is_the_subject_of_what_it_did():
    # the verb is worded for "Which party ...?"
    assert parties(CONSERVATIVES) == [("Conservatives", CONSERVATIVES[18:-1].replace("have", "has", 1))]
    assert parties(REPUBLICANS) == [("Republicans", REPUBLICANS[12:-1].replace("have", "has", 1))]
    assert parties(DEMOCRATS) == [("Democrats", "claims" + DEMOCRATS[15:-1])]


def test_party_words_that_are_not_a_party_doing_something_give_no_fact():
    assert parties(IRAN) == parties(TWO_PARTIES) == parties(TORY_LEADER) == []


def bodies(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.answer, f.slot("body"), f.slot("predicate"))
        for f in extract_orgs(sentences_of(text))
        if f.slot("body")
    ]


def test_a_body_that_is_the_subject_of_its_sentence_did_what_follows():
    # bbc-politics-dev politics_079, politics_042, politics_012: the verb is worded for "Which ...",
    # an opening date goes to the end of the question
    text = "The Electoral Commission says enabling people to register individually could cut some errors."
    assert bodies(text) == [("Electoral Commission", "commission", text[25:-1])]
    text = "The Fire Brigades Union said the government was planning to cut ill health retirement benefits."
    assert bodies(text) == [("Fire Brigades Union", "union", text[24:-1])]
    text = (
        "In October 1989 the Court of Appeal quashed the sentences of the Guildford Four, and in June "
        "1991 it overturned the sentences on the Maguire Seven."
    )
    assert bodies(text) == [
        ("Court of Appeal", "court", "quashed the sentences of the Guildford Four in October 1989")
    ]
    # "also" needs the sentence before; "it has been confirmed" is how the news came out
    # (bbc-politics-dev politics_004, politics_003)
    text = (
        "The Labour Party will hold its 2006 autumn conference in Manchester and not Blackpool, it has "
        "been confirmed."
    )
    assert bodies(text) == [("Labour Party", "party", text[17 : text.index(",")])]
    text = "The Department for Trade and Industry will also provide funding to help a new pay experts panel."
    assert bodies(text) == [
        (
            "Department for Trade and Industry",
            "department",
            "will provide funding to help a new pay experts panel",
        )
    ]


def test_a_body_that_is_not_the_subject_did_nothing_in_its_sentence():
    # bbc-politics-dev politics_061, politics_065; a "house" is no one kind of body
    assert (
        bodies("Officials at Darlington Council are now in a race against time to rectify the situation.")
        == []
    )
    assert bodies("A spokesman for the Home Office said the review would begin next year.") == []
    assert bodies("The House of Lords voted against the plans on Tuesday.") == []
    assert bodies("The Home Office spokesman said it was a matter for the police.") == []


def test_names_lose_an_owner_a_leading_verb_and_a_plural_apostrophe():
    # bbc-politics-dev politics_089, politics_040, politics_119
    text = "But a letter from Holyrood's Chamber Office chief Ken Hughes also made clear that he need not."
    assert orgs(text) == [("organization", "Chamber Office", "office")]
    text = "Launching the Department for Constitutional Affairs' plan, Lord Falconer said it was a priority."
    assert orgs(text) == [("organization", "Department for Constitutional Affairs", "department")]
    text = "His legacy from his decisions in the Lords and the Court of Appeal is substantial."
    assert orgs(text) == [("organization", "Court of Appeal", "court")]
    text = "It would be contrary to the Constitution for the European Union, he said."
    assert orgs(text) == [("law", "Constitution for the European Union", "constitution")]


def test_every_verb_of_what_a_party_did_agrees_with_which_party():
    # bbc-politics-dev politics_022
    text = "The Tories have promised pounds 4bn in tax cuts but have yet to say where they will fall."
    assert parties(text) == [
        ("Tories", "has promised pounds 4bn in tax cuts but has yet to say where they will fall")
    ]


def test_a_party_named_after_a_person_in_a_gibe_is_no_party():
    # bbc-politics-dev politics_111
    s = sentences_of(
        'Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk has said he wants to "change the '
        'face of British politics" as he launched his new party.\n'
        '"He has remarkable ability to influence people but, sadly, after the [European] election it became '
        "clear that he was more interested in the Robert Kilroy-Silk Party than the UK Independence Party so "
        "it was nice knowing him, now 'goodbye',\" he said."
    )
    assert "Robert Kilroy-Silk Party" not in {f.answer for f in extract_facts(s) if f.kind == "organization"}
    assert "UK Independence Party" in {f.answer for f in extract_facts(s) if f.kind == "organization"}


def test_an_organisation_of_states_is_of_a_kind_of_its_own():
    # bbc-politics-dev politics_161: by its head word the European Union would be a trade union
    # (bbc-news-other business_504: either spelling of "Organisation")
    text = "Only high-skilled workers are allowed into the UK from outside the European Union."
    assert orgs(text) == [("organization", "European Union", "international")]
    text = "The FAO has urged the World Trade Organisation to swiftly conclude negotiations."
    assert orgs(text) == [("organization", "World Trade Organisation", "international")]
    # a union of workers stays a union
    text = "The Fire Brigades Union said the government was planning to cut ill health retirement benefits."
    assert orgs(text) == [("organization", "Fire Brigades Union", "union")]


def test_an_organisation_of_states_that_did_something_is_asked_as_one():
    # bbc-news-other: "Which international organisation has called on ...?"
    text = "The European Union has called on the food industry to reduce the number of adverts."
    assert bodies(text) == [("European Union", "international organisation", text[19:-1])]
