"""What a shown text leans on (``discourse.leans_on``), on articles written for the test in
several genres: news of several countries, an encyclopedia, a statute, a speech."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.discourse import (
    _QUOTE_OPENS,
    _QUOTE_OPENS_WORDS,
    _TITLED,
    _TITLED_WORDS,
    LEANS,
    Topic,
    article_topic,
    leans_on,
    named_description,
    names_topic,
    read_source,
    stands_alone,
    topic_references,
    with_topic,
)

NEWS_UK = (
    "Council tax to rise in Leeds\n\n"
    "Leeds City Council has approved a rise in council tax of 4.9% from April.\n"
    "The council said the rise would pay for adult social care.\n"
    "The decision was criticised by opposition councillors.\n"
)
NEWS_US = (
    "Senate passes water bill\n\n"
    "The US Senate passed a bill on Thursday giving Arizona a larger share of the Colorado River.\n"
    "Senator Maria Alvarez, who wrote the bill, said it would protect farms.\n"
    "Ms Alvarez said the vote showed both parties cared about water.\n"
)
NEWS_INDIA = (
    "Kerala votes in state election\n\n"
    "Voters in Kerala went to the polls on Tuesday to elect a new state assembly.\n"
    "Turnout was 71%, the state election commission said.\n"
    "The commission will count the votes on 2 May.\n"
)
ENCYCLOPEDIA = (
    "Parana River\n\n"
    "The Parana is the second longest river in South America.\n"
    "It rises in Brazil and flows south for 4,880 km.\n"
    "The river carries a fifth of the continent's water to the sea.\n"
)
STATUTE = (
    "Water Act 2024\n\n"
    "Section 1. The Minister for Water shall publish a national water plan every five years.\n"
    "Section 2. The plan shall set a limit on the water each state may take.\n"
)
SPEECH = (
    "President Amara Diallo: Address to the Nation, 4 June 2023\n\n"
    "My fellow citizens, tonight I speak to you about our rivers.\n"
    "We have let them run dry for too long.\n"
    "In the next ten years we will build forty new reservoirs across the country.\n"
)


def _at(article: str, sentence: str) -> tuple[str, int]:
    return sentence, article.index(sentence)


@pytest.mark.parametrize(
    ("article", "sentence", "kinds"),
    [
        # news (UK): a first mention stands alone; "the decision" stands for what was told before
        (NEWS_UK, "Leeds City Council has approved a rise in council tax of 4.9% from April.", set()),
        (NEWS_UK, "The decision was criticised by opposition councillors.", {"description"}),
        # "The council said": a sentence opening on what was named before
        (NEWS_UK, "The council said the rise would pay for adult social care.", {"description"}),
        # news (US): a person by title and surname alone, named in full before
        (NEWS_US, "Ms Alvarez said the vote showed both parties cared about water.", {"title", "ellipsis"}),
        (
            NEWS_US,
            "The US Senate passed a bill on Thursday giving Arizona a larger share of the Colorado River.",
            set(),
        ),
        # news (India): "the commission" was introduced by the sentence before
        (NEWS_INDIA, "The commission will count the votes on 2 May.", {"description"}),
        (NEWS_INDIA, "Turnout was 71%, the state election commission said.", set()),
        # encyclopedia: "It" is the river of the sentence before
        (ENCYCLOPEDIA, "It rises in Brazil and flows south for 4,880 km.", {"opening"}),
        (ENCYCLOPEDIA, "The Parana is the second longest river in South America.", set()),
        # statute: "The plan" is the one the section before made
        (STATUTE, "Section 2. The plan shall set a limit on the water each state may take.", {"description"}),
        (
            STATUTE,
            "Section 1. The Minister for Water shall publish a national water plan every five years.",
            set(),
        ),
        # speech: a promise counted from the day it was given stands alone (the gates ask who gave it)
        (SPEECH, "In the next ten years we will build forty new reservoirs across the country.", set()),
        (SPEECH, "My fellow citizens, tonight I speak to you about our rivers.", set()),
    ],
)
def test_what_a_sentence_leans_on_in_several_genres(article, sentence, kinds):
    reading = read_source(article, article.split("\n", 1)[0])
    shown, start = _at(article, sentence)
    found = {kind for kind, _ in leans_on(shown, reading, start)}
    assert kinds <= found and (found & LEANS) == (kinds & LEANS), found


@pytest.mark.parametrize(
    ("shown", "leans"),
    [
        # pronouns and openings that carry on
        ("He said the new rules would come into force in 2005.", True),
        ("However, it was not enough to win the vote in Ottawa.", True),
        ("In addition, the state will pay half of the cost.", True),
        ("It is clear that the dam will be finished in 2027.", False),
        # a person pronoun with nobody named before it, and one with somebody named
        ("Almost a quarter of voters said he should resign.", True),
        # a party of any country names nobody a "he" can stand for
        ("Elected for the BJP in 2014, he chaired the finance committee in Lucknow.", True),
        ("Elected for Likud in 2015, he chaired the finance committee of the Knesset.", True),
        ("Prime Minister Anthony Albanese said he would call an election in May.", False),
        # comparisons and ellipses whose other term was said before
        ("A similar law was passed in Quebec in 1977.", True),
        ("Such a move would cost the province $2bn.", True),
        ("The bank has since closed its branch in Cork.", True),
        ("So many of them are shown to be wrong - one in five appeals succeeds in Ontario.", True),
        ("Most of those who voted in Lagos backed the new water tax.", False),
        # counts and demonstratives
        ("The four were freed from the detention centre in March.", True),
        ("The four judges who heard the case in Delhi disagreed.", False),
        ("The two firms signed a deal to build cars in Coimbra.", True),
        ("The three schools focused on law, letters and logic in Coimbra.", True),
        ("Campaigners in Lagos tried to raise the 50,000 naira needed for an advert.", False),
        # near what was told before; a contrast with it
        ("A dinner theatre also opened nearby in 1962, with 300 seats.", True),
        ("Fans gathered in nearby Gateshead to watch the final in 1990.", False),
        ("Nonetheless, the ratio of men to women held until 1977 in Kessel.", True),
        # "with" and a figure say by how much, not which ("the team with the best defence" says which)
        ("Full-back Ana Lima led the team with 11 goals in the Copa do Brasil.", True),
        ("Ana Lima joined the team with the best defence in the Copa do Brasil.", False),
        ("The three judges named to the court in Coimbra are due to sit in May.", False),
        ("The three schools founded by the order in Coimbra taught law.", False),
        # one person named by many capitalised words is one, not four
        ("Police Commissioner Sir Ian Blair said the four were held in Cuba.", True),
        ("Spain, France, Italy and Greece voted no; the four were outvoted in Brussels.", False),
        ("This plan was rejected by the Knesset in 2019.", True),
        ("This year the Lok Sabha sat for 60 days.", False),
        # a shell noun alone leans; one the words after explain does not
        ("The move was welcomed by farmers in Punjab.", True),
        ("The ban on hunting with dogs came into force in 2005.", False),
        # ... a change a figure told before ("The advance ... was led by growth of 13.1%")
        ("The advance was led by growth of 13.1% in the factories of Penang.", True),
        # an act or a thing told of before, its verb after it ("the company floated in April")
        ("A second round followed and the company floated in April 1996 with 40 staff in Pune.", True),
        ("A trust set up a fund for students of Natal, the province where the events took place.", True),
        ("The company based in Mumbai reported a profit of 2bn rupees.", True),  # (which company?)
        # one of many, described but not said which ("the senior official"), an illness told before
        ("Investigators say the firm paid the senior official in Jakarta two years ago.", True),
        ("She slid down the rankings after contracting the illness in April in Nairobi.", True),
        # a quotation asked as whose it is, opening on a pronoun for what was said before it
        ('Who said: "It has the vision of what it could be, so Toronto will buy it"?', True),
        ('Who said: "It is important we do not confuse farmers in Punjab"?', False),
        ("He wrote this and three other hymns in Wittenberg in 1524.", True),
        # one of many things, which? ("the club", "the match")
        ("Turnover at the club dropped sharply to 42m in the same period.", True),
        ("The match lasted four hours and 28 minutes in Melbourne.", True),
        ("Accra Hearts is the club with most titles in Ghana.", False),
        # times counted from what was told before
        ("The following year the court moved to Canberra.", True),
        ("In 1901 the court moved to Melbourne.", False),
        # a pronoun subject after a phrase of when or how is still what came before
        ("In a survey of 500 councils, it found that fees varied by half.", True),
        ("On Monday, they voted to strike in Ontario.", True),
        ("In 2019, it is clear that the harvest failed in Kenya.", False),
        ("On Monday, Ireland's Dail voted for a new water charge.", False),
        # a role within an organisation opening a sentence, the organisation unsaid: of what?
        ("Chief executive Ana Souza said the bank would cut 300 jobs in Sao Paulo.", True),
        ("Director Rahul Mehta called on the state to publish the data.", True),
        ("The chief executive of Banco Norte, Ana Souza, said it would cut 300 jobs.", False),
        ("Head teacher Ann Lee retired after 30 years at the school in Cork.", False),
        # a quotation cut from its opening mark is no whole sentence
        ("It's a day I never thought would come.\"", True),
        # "Neither ... nor", "Both ... and" pair two things; alone, they point back
        ("Neither torture nor exile shall be used against any citizen of the Republic.", False),
        ("Both the Senate and the Assembly must approve a new tax in Victoria.", False),
        ("Neither would comment on the talks in Lagos.", True),
        # "both" of what? a weekday's report, a "fresh" delay: told of before
        ("The pilots of both aircraft were questioned by police in Lagos.", True),
        ("Tuesday's report found that 40% of rivers in Chile were polluted.", True),
        ("The fresh delay angered residents of the port city of Durban.", True),
        # a match's sides: which match?
        ("The visitors scored twice after the break in Montevideo.", True),
        ("The home side led 12-3 at half-time in Suva.", True),
        # a title, a cup: which? ("in 1992" says when, not which)
        ("Leeds last won the title in 1992 under their old manager.", True),
        ("The clubs agreed a new deal on television rights in Madrid.", True),
        ("The report published by the ministry on 4 May found 40% of rivers polluted.", False),
        # a contrast with what came before; a demonstrative with words after it; "it" after a
        # phrase that names nothing
        ("Meanwhile, exports of soya from Argentina rose by 5%.", True),
        ("Some 45,000 people descended on this small ski town with nothing but films in mind.", True),
        ("With debts of $200m and assets of $50m, it needs its creditors' backing in Jakarta.", True),
        ("With debts of $200m, Garuda needs its creditors' backing in Jakarta.", False),
        # "For its part" carries on; "this partnership" after a name and a comma is no apposition;
        # "the change" is an act told of before; "the most recent additions": to what?
        ("For its part, Petrobras was close to bankruptcy in 1999.", True),
        ("For his biographer Ana Lima, this partnership was the start of a new church in Recife.", True),
        ("The Green spokesman in Ottawa called the change pragmatic.", True),
        ("The most recent additions are centres in Delhi and Lagos, opened in 2014.", True),
        # a person described, not named ("the Texan-born singer"), unless the name follows
        ("The Texan-born singer has sold 20 million albums in Brazil.", True),
        # what was told before, as news or an outcome: which?
        ("Shares in Vale jumped 5% in Sao Paulo on the news.", True),
        ("Ana Lima told a radio station in Lisbon the latest success was amazing.", True),
        ("Ana Lima, star of the Oscar-nominated film The Quiet River, won in Lisbon.", False),
        # a country's word says where a firm is from, not which firm (unless its sentence named
        # one before); a country's one market or currency needs no more
        ("The US firm agreed to pay $2bn to leave its partnership with a Brazilian bank.", True),
        ("The Japanese carmaker will close its plant in Chennai in 2026.", True),
        (
            "Embraer is to supply 40 jets to Kenya Airways in a deal worth $2bn for the Brazilian giant.",
            False,
        ),
        ("The UK music industry recorded a 4% increase in album sales in 2004.", False),
        # an "it" with nothing before it to stand for (nor right after the phrase it opens)
        ("As of 2011, it had nearly regained the loss suffered in the 2008 recession.", True),
        ('"I felt I could have won it," said Ana Lima in Lisbon on Sunday.', True),
        ("In its ruling, the Supreme Federal Court said the land belonged to the Xokleng people.", False),
        ("Analysts said it was too early to tell whether growth in Chile would pick up in 2027.", False),
        ("When it comes to longevity, Japan appears to be doing very well.", False),
        ("The river rises in the Andes and it flows for 240 km to the Pacific.", False),
        ("Most countries have now banned it, but it remains lawful in Chile after a 1977 ruling.", True),
        # "Fellow lineman ...": of whom? (but "Fellow citizens, ..." is whom a speech addresses)
        ("Fellow lineman Ade Okafor added six sacks in the final against Lagos.", True),
        ("Fellow citizens, we meet here not as rivals but as partners in one republic.", False),
        # encyclopedia openings that say what they are of, or where, by what came before
        ("As such, two bodies of the Velora Church belong to the Coalition for Choice.", True),
        ("Among them, the old Tarn County Courthouse was demolished in 1966.", True),
        ("There, in October 1518, the reformer was questioned by a papal legate.", True),
        ("There are 40 museums in the city of Tarn, the largest in Ostland.", False),
        ("According to the Library Association, this makes it the largest library in Ostland.", True),
        # when, by what was told before
        ("Soon after, the reformer Ana Lima was elected mayor of Recife.", True),
        ("Later at a gala dinner in Oslo, Ana Lima was named an ambassador.", True),
        ("At the same time, the Central Bank of Chile raised rates to 5%.", True),
        ("Soon after taking office in Recife, Ana Lima cut taxes by 5%.", False),
        ("At the time, the Senate of Brazil was led by a coalition.", True),
        ("At the time of the 1991 census, Lagos had 5.2 million people.", False),
        ("At this time, the Velora Church had not yet broken away from the Crown.", True),
        ("By then, the Senate of Brazil had passed the water law.", True),
        ("That autumn, the envoy Ana Lima proclaimed the decree in Recife.", True),
        ("This year the Senate of Brazil passed the water law by 61 votes.", False),
        # an instance of what was said before
        ("For example, the largest chain runs 30 clinics in Kerala.", True),
        # a share with nothing it is a share of; one whose whole is said
        ("About 70% were using the new ticket app, the operator said.", True),
        ("About 70% of commuters in Nairobi were using the new ticket app.", False),
        # a reporting clause is no apposition: "..., the firm said" names no firm
        ("Sales of the app rose by 12% in Manila, the firm said.", True),
        ("Sales rose at Banco Norte, the largest lender in Chile.", False),
        # an "it" that points forward
        ("High fees are making it hard for farmers in Punjab to sell abroad.", False),
        # an outcome told before ("the breakthrough": which?)
        ("Ana Lima, touring Peru and Chile, praised the spirit that achieved the breakthrough.", True),
        # later than what? (unless the sentence says when before)
        ("The envoy Ana Lima visited the port of Recife later in 1804 with her staff.", True),
        ("Ana Lima founded the Recife Gazette in 1900 and later in 1920 moved to Lagos.", False),
        # "the same" thing, as what? (unless the words after or the clause say)
        ("Party founder Ade Okafor was arrested in Lagos on Sunday on the same charge.", True),
        ("Women in Chile won the same rights as men under the 1949 law.", False),
        ("No person shall be tried for the same offense twice in the courts of Ostland.", False),
        ("Rival parties in the Senate of Brazil share the same aim.", False),
        # one holder of an office many hold, unnamed: which one? (not one held by one at a time)
        ("The Recife MP earns up to 30,000 reais a year from a law firm.", True),
        ("An inquiry linked the ex-home secretary to a visa claim in Lagos.", True),
        ("The Labour MP Ana Lima earns up to 30,000 pounds a year from a law firm.", False),
        ("The Deputy Prime Minister visited Recife in May.", False),
        ("The Tory leader visited Recife in May.", False),
        ("Soon afterward, the Blue Network was bought by the Lowmoor company.", True),
        ("Jo Lee said the number of officials in Lima who had forgotten what happened was worrying.", True),
        ("Jo Lee asked in Lima what happened to the money for the dam.", False),
        # before what? which rules, which flotation?
        ("Previously, only Velora Mutual was allowed to sell insurance in Peru.", True),
        ("Velora Air plans to raise $1bn from the flotation.", True),
        ("Under the rules of the Senate of Brazil, a vote needs a quorum.", False),
        # since when?
        ("Velora Air shares have risen since but fell $2 on Tuesday in Lima.", True),
        ("The ban on fishing in Peru has since been lifted.", True),
        ("Ana Lima has lived in Recife since 1990.", False),
    ],
)
def test_a_sentence_stands_alone_or_needs_context(shown, leans):
    assert stands_alone(shown) is not leans, leans_on(shown)


@pytest.mark.parametrize(
    ("shown", "time"),
    [
        ("Box office takings in Canada are expected to break records this year.", "this year"),
        ("A second round of funding followed in the autumn in Bangalore.", "the autumn"),
        ("The firm was floated in the autumn of 1996 in Bangalore.", None),
        ("The firm was floated three years ago in Bangalore.", "three years ago"),
        # a month's own: the one before the article was written
        ("The deficit for goods was 4.6bn rupees, down from October's 5.1bn.", "October's"),
        ("The deficit for goods was 4.6bn rupees in October 2031.", None),
    ],
)
def test_a_time_counted_from_when_the_article_was_written_is_found(shown, time):
    times = [words for kind, words in leans_on(shown) if kind in ("time", "now")]
    assert times == ([time] if time else [])


def test_a_noun_the_article_used_before_leans():
    # "the vote" after "a vote" further back: which vote? (the gates drop it, unless the
    # article named it: ``named_description``)
    article = (
        "Vote on dam\n\nThe assembly held a vote on the dam on Monday.\n"
        "Farmers said the vote was unfair to them.\n"
    )
    shown = "Farmers said the vote was unfair to them."
    found = leans_on(shown, read_source(article, "Vote on dam"), article.index(shown))
    assert found == (("mention", "the vote"),) and "mention" in LEANS
    assert named_description(shown, read_source(article, "Vote on dam"), article.index(shown)) is None
    # "for at least 18 months" says how long, not which drug
    article = (
        "Drug withdrawn\n\nThe drug was withdrawn in 2004.\n"
        "Patients who took the drug for at least 18 months were at risk.\n"
    )
    shown = "Patients who took the drug for at least 18 months were at risk."
    assert leans_on(shown, read_source(article, "Drug withdrawn"), article.index(shown)) == (
        ("mention", "the drug"),
    )


FILM_NEWS = (
    "Velora film leads nominations\n\n"
    "Ana Ruiz's drama Velora, which won at Kessel, has eight nominations for the Norland awards.\n"
    "The firm sold its key Lowmoor unit last year, and the Yes campaign began.\n"
    "But the Kessel winner faces stiff competition from a comedy.\n"
    "Norland Steel bought the unit for dollars 9.3bn after the sale.\n"
    "The Yes campaign said the vote would be close.\n"
    "The festival, which honours the best films, will open in May.\n"
    "The demand - filed by the firm in 2031 - was rejected.\n"
    "All these sessions are small steps towards a return.\n"
    "However, the move still had its critics.\n"
    "The Velora captain, 24, was hurt in a challenge.\n"
)


@pytest.mark.parametrize(
    ("shown", "found"),
    [
        # who a name says only what it won or belongs to, opening the sentence (after "But")
        ("But the Kessel winner faces stiff competition from a comedy.", ("description", "the Kessel")),
        # a noun said before, whatever its price after "for" ("for dollars 9.3bn" says how much)
        ("Norland Steel bought the unit for dollars 9.3bn after the sale.", ("mention", "the unit")),
        # one of many opening the sentence, its verb after what the commas or dashes add
        ("The festival, which honours the best films, will open in May.", ("description", "The festival")),
        ("The demand - filed by the firm in 2031 - was rejected.", ("description", "The demand")),
        # "all" before a demonstrative points back as the demonstrative does
        ("All these sessions are small steps towards a return.", ("description", "All these")),
        # a comma after an opening "However" is no apposition ("Labour, the party that ...")
        ("However, the move still had its critics.", ("description", "the move")),
        # ... and its verb after an age the commas add
        ("The Velora captain, 24, was hurt in a challenge.", ("description", "The Velora")),
    ],
)
def test_a_description_leans_where_what_follows_says_not_which(shown, found):
    reading = read_source(FILM_NEWS, FILM_NEWS.split("\n", 1)[0])
    assert found in leans_on(shown, reading, FILM_NEWS.index(shown))


def test_a_name_before_a_thing_says_which():
    # ("the Yes campaign" is its name, not somebody described by what they belong to)
    shown = "The Yes campaign said the vote would be close."
    reading = read_source(FILM_NEWS, FILM_NEWS.split("\n", 1)[0])
    assert not [f for f in leans_on(shown, reading, FILM_NEWS.index(shown)) if f[0] != "now"]


def test_a_description_the_blank_names_right_after_leans_on_nothing():
    # "the official _____ website": the name asked says which official website
    article = "Aid site warning\n\nThe agency warned donors.\nThe fake site copies the official _____ logo.\n"
    reading, start = read_source(article, "Aid site warning"), article.index("The fake")
    assert leans_on("The fake site copies the official _____ logo.", reading, start) == ()
    # ... but not a blank after a comma: which official?
    found = leans_on("The fake site copies the logo of the official, _____ said.", reading, start)
    assert found == (("description", "the official"),)


@pytest.mark.parametrize(
    ("shown", "leans"),
    [
        # a "he said" after a name the clause speaks of: who said it?
        ("The changes proposed by Lord Ruiz were a complex undertaking, he said.", True),
        # ... but after the name of its subject, that one
        ("Chancellor Ana Ruiz was confident the budget would pass, she said.", False),
        # a "She" opening a second sentence after a quotation: who?
        ('"We need a free voice." She said the assembly was no judge of art in Norland.', True),
        # ... but not a capitalised "She" inside a title
        ("The She Hate Me director urged students at his old university to act.", False),
        # "Her Majesty" is a title, not a pronoun
        ("A spokesman for Her Majesty's Treasury said taxes would rise in Norland.", False),
    ],
)
def test_who_a_he_or_she_is_when_the_sentence_does_not_open_on_them(shown, leans):
    found = [kind for kind, _ in leans_on(shown) if kind == "person"]
    assert bool(found) is leans, leans_on(shown)


COURT_BRAZIL = (
    "Court backs indigenous land claims\n\n"
    "The Supreme Federal Court ruled on Thursday that the Xokleng people may keep their land.\n"
    "Vale, the Brazilian mining company, said it would respect the ruling.\n"
    "Chart-topping Brazilian band Os Mutantes played outside the building in Brasilia.\n"
    "The court said the decision would bind lower courts for more than 10 years.\n"
    "The company said it had no mines in the area, and the band thanked the judges.\n"
    "In Para, the new target is to title 40 territories; a minister flew to visit Para.\n"
    "The target was set by the ministry, and the visit lasted two days.\n"
)


@pytest.mark.parametrize(
    ("shown", "named"),
    [
        # a name ending on the noun ("Court"), the name before the noun in apposition ("Vale,
        # the ... company,"), the noun before the name ("band Os Mutantes")
        ("The court said the decision would bind lower courts", ("The court", "the Supreme Federal Court")),
        ("The company said it had no mines in the area", ("The company", "Vale")),
        ("and the band thanked the judges.", ("the band", "Os Mutantes")),
        # not where a preposition came first ("In Para, the new target"), nor a verb's object
        ("The target was set by the ministry", None),
        ("and the visit lasted two days.", None),
    ],
)
def test_a_description_is_named_by_what_the_article_introduced(shown, named):
    reading = read_source(COURT_BRAZIL, COURT_BRAZIL.split("\n", 1)[0])
    assert named_description(shown, reading, COURT_BRAZIL.index(shown)) == named


def test_a_description_saying_more_is_named_only_by_an_introduction_saying_it_too():
    article = (
        "Winery sold\n\nA bank bought 33% of Vinhos Sul, the largest wine maker in Chile.\n"
        "The Italian liqueur maker will buy the rest in May.\n"
    )
    shown = "The Italian liqueur maker will buy the rest in May."
    assert named_description(shown, read_source(article, "Winery sold"), article.index(shown)) is None


def test_the_sentence_shown_before_resolves_what_the_next_one_points_to():
    lead = "Farmers in Punjab protested against the new water law on Monday."
    assert not stands_alone("They blocked the main road to Chandigarh for six hours.")
    assert not any(k in LEANS for k, _ in leans_on("They blocked the main road for six hours.", lead=lead))
    # but a lead does not say what "In addition" adds to
    assert leans_on("In addition, the state will pay half of the cost.", lead=lead)


@pytest.mark.parametrize(
    ("first", "title", "name", "kinds"),
    [
        (
            "The Velora is the longest river in Ostland, flowing 1,240 km to the sea.",
            "Velora River",
            "the Velora",
            {"river"},
        ),
        (
            "The University of Kessel is a public research university in Kessel.",
            "University of Kessel",
            "the University of Kessel",
            {"university"},
        ),
        # a pronunciation and an appositive between the name and its definition
        (
            "Porto Alegre (/ˈpoʁtu aˈlɛɡɾi/), the capital of Rio Grande do Sul, is a city in Brazil.",
            "Porto Alegre",
            "Porto Alegre",
            {"city"},
        ),
        (
            "The Lok Sabha, also known as the House of the People, is the lower house of India's Parliament.",
            "Lok Sabha",
            "the Lok Sabha",
            {"house"},
        ),
        (
            "Founded by a charter of King Aldric in 1611, Kessel is the oldest university of Ostland.",
            "University of Kessel",
            "Kessel",
            {"university"},
        ),
        # a title that is a name, the first sentence opening on it: known by its name only
        (
            "The Great Frost is thought to have begun in the Baltic in 1709.",
            "Great Frost",
            "the Great Frost",
            set(),
        ),
        (
            "Okafor trained as an engineer in Lagos before moving to Accra.",
            "Ngozi Okafor",
            "Ngozi Okafor",
            set(),
        ),
        # a news report opens on an event, not a definition, and its title is a headline
        (
            "The US Senate passed a bill on Thursday giving Arizona more water.",
            "Senate passes water bill",
            None,
            None,
        ),
        (
            "Banco Norte is the largest shareholder of the exchange.",
            "Banco Norte concern at exchange bid",
            None,
            None,
        ),
    ],
)
def test_an_article_defining_its_subject_first_has_a_topic(first, title, name, kinds):
    topic = article_topic(first, title, first)
    assert (topic.name, set(topic.kinds)) == (name, kinds) if name else topic is None


def test_the_topic_is_named_where_a_sentence_calls_it_by_a_pronoun_or_its_noun():
    sentences = [
        "The Velora is the longest river in Ostland.",
        "It drains a basin of 210,000 square kilometres.",  # the subject of the sentence before
        "The river rises at a glacier near Mount Kessel.",
        "It then flows north through the plateau of Tarn.",
        "The Velora delta is a protected wetland.",
        "It covers 4,100 square kilometres.",  # the delta, not the river
        "Three dams were built on the river between 1961 and 1978.",
        "The Velora was the border between two kingdoms.",  # named: nothing to add
    ]
    topic = article_topic(sentences[0], "Velora River", " ".join(sentences))
    refs = topic_references(sentences, topic)
    assert refs == {1: "It", 2: "The river", 3: "It", 6: "the river"}
    assert with_topic(sentences[1], "It", topic.name).startswith("[The Velora] drains")
    named = with_topic(sentences[6], "the river", topic.name)
    assert named.endswith("on the river [the Velora] between 1961 and 1978.")
    # (a sentence naming it so reads alone)
    assert not stands_alone(sentences[3]) and stands_alone(with_topic(sentences[3], "It", topic.name))


def test_the_topic_is_named_by_a_word_of_its_own_not_by_its_kind():
    first = "The University of Kessel is a public research university in Ostland."
    topic = article_topic(first, "University of Kessel", first)
    assert names_topic("Kessel won the league in 1998.", topic)
    # "University President" names no university: "the university" is still the topic's
    later = "However, the university left the league in 1946 after University President Ana Berg quit."
    assert not names_topic(later, topic)
    assert topic_references([first, later], topic) == {1: "the university"}
    # ... and by the words around that word being its own: "Kessel Press" is another thing
    assert not names_topic("The University of Kessel Press was founded in 1900.", topic)
    assert names_topic("In Kessel, students won the league in 1998.", topic)
    # somebody is named by surname: "Ana Brecht" does not name Ana Kovac
    person = article_topic("Ana Kovac was a Croatian inventor and engineer.", "Ana Kovac", "")
    assert names_topic("In 1884 Kovac sailed to New York.", person)
    assert not names_topic("Biographer Ana Brecht writes that his belief was wrong.", person)


def test_the_topics_noun_after_other_things_of_that_noun_is_not_the_topic():
    sentences = [
        "Norvik Broadcasting is a television company in Ostland.",
        "In 1970 Norvik created two companies: Sundial as a distributor, and Norvik Films as a studio.",
        "The company has been sold several times since 1999.",  # Sundial, most likely
        "Norvik opened its news division in 1981.",
        "Its evening news was first shown in colour in 1984.",
        "The company moved its offices to Tarn in 1990.",  # Norvik again: no other company since
    ]
    topic = article_topic(sentences[0], "Norvik Broadcasting", " ".join(sentences))
    refs = topic_references(sentences, topic)
    assert 2 not in refs and refs.get(5) == "The company"
    # a word that only begins like the topic's name does not name it
    gallery = article_topic(
        "Victoria Hall is a museum in Ostland.", "Victoria Hall", "Victoria Hall is a museum."
    )
    assert not names_topic("Its Victorian galleries were redesigned in 1995.", gallery)


def test_a_numbered_topic_is_named_with_its_number():
    topic = Topic("Velora Cup 50", frozenset())
    assert names_topic("The Velora Cup 50 was played in Kessel.", topic)
    # (the cup of every year is not the fiftieth)
    assert not names_topic("Kessel won their third Velora Cup title.", topic)
    assert not names_topic("Kessel had reached Velora Cup XLVIII.", topic)


def test_a_title_after_the_noun_names_no_thing():
    # "university President Ana Lima": a person with her title, not the university's name
    from quizgen.discourse import antecedent

    assert antecedent("university", "The university President Ana Lima spoke in Recife.") == ""
    assert antecedent("university", "She studied at the Federal University of Recife.") == (
        "the Federal University of Recife"
    )
    named = antecedent("university", "She studied at the Recife Federal University.")
    assert named == "the Recife Federal University"


def test_the_year_after_a_year_in_the_same_sentence_is_that_year():
    from quizgen.discourse import leans_on

    assert leans_on("Ostland's economy grew 3.1% in 2031 after a rise in the last quarter of the year.") == ()
    assert leans_on("Ostland's economy grew 3.1% after a rise in the last quarter of the year.") == (
        ("description", "the year"),
    )


@pytest.mark.parametrize(
    ("shown", "names"),
    [
        # a figure of nothing named: where? whose?
        ("Unemployment remains high at about _____.", False),
        ("On Wednesday, the government revised growth figures from earlier in _____.", False),
        ("The sheriff serves a term of _____ and oversees a budget of $14 million.", False),
        # a name anywhere, a possessed or inner-capital name opening it, a place
        ("Unemployment in Lesotho remains high at about _____.", True),
        ("Petrobras's profits rose by _____ in the year to March.", True),
        ("TimeWarner said sales rose by _____.", True),
        ("Ethiopia produced _____ of crops in 2004.", True),
    ],
)
def test_a_stem_names_something_or_a_figure_in_it_is_of_nothing(shown, names):
    from quizgen.discourse import names_something

    assert names_something(shown) is names


def test_a_word_opening_the_stem_is_a_name_where_the_article_writes_it_so():
    from quizgen.discourse import names_something

    article = "Vale results\n\nShares in Vale rose on Monday.\nVale said output grew by 5% in May.\n"
    reading = read_source(article, "Vale results")
    assert names_something("Vale said output grew by _____ in May.", reading)
    assert not names_something("Output said it grew by _____ in May.", reading)


# --- the plain tests before the searches ----------------------------------------------------
# ``leans_on`` searches a pattern only where the shown text holds one of the words it cannot
# match without: a text the pattern matches must always hold one.
_PIECES = [*'Mr Mrs. Ms Miss Dr. Dr Smith said says words : " “ It They is has x .'.split(), " ", "  ", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_no_titled_or_quoted_opening_is_missed_by_the_plain_tests(text):
    if _TITLED.search(text):
        assert any(w in text for w in _TITLED_WORDS)
    if _QUOTE_OPENS.search(text):
        assert any(w in text for w in _QUOTE_OPENS_WORDS)


def test_the_plain_tests_keep_what_the_patterns_find():
    assert ("opening", "It") in leans_on('He said: "It has the vision we need."')
    assert ("title", "Mr Smith") in leans_on("Mr Smith was there.", read_source("Mr Smith spoke."), 20)
