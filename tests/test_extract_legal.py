"""Founding documents: powers, requirements, rights and principles, on clauses written for
these tests in the shapes of many charters (a US state constitution, the Constitution of
India, the Universal Declaration of Human Rights, a declaration of grievances)."""

import random

from quizgen.distractors import Pool, pick_legal
from quizgen.extract import extract_facts
from quizgen.extract.legal import (
    concepts_of,
    extract_legal,
    is_legal,
    named_in_a_stem,
    number_like,
    number_value,
    ordinal_words,
    part_name,
    parts_of,
    roman_value,
)
from quizgen.extract.numbers import extract_numbers
from quizgen.models import Fact, Sentence
from tests.helpers import sentences_of

STATE_CONSTITUTION = """The Constitution of the State of Westland

Article I

Section 1. The legislative power of this State shall be vested in a General Assembly of two Houses.
Section 2. The Senate shall consist of two members from each County, elected by the people thereof.
Section 3. No person shall be a Senator who shall not have attained the age of twenty five years.
Section 4. The Delegates shall be elected for a term of four years.
Section 5. The House of Delegates shall have the sole power of impeachment.

Article II

Section 1. The Governor shall be Commander in Chief of the Militia of this State.
Section 2. In case of the death or resignation of the Governor, the Lieutenant Governor shall become Governor.
Section 3. A quorum of either House shall consist of one third of the whole number of its members.

Amendment IV

The right of citizens to vote shall not be denied by the State on account of religion, caste, or sex.
The General Assembly shall have power to enforce this article by appropriate legislation.
"""

CHARTER = """A Charter of Rights

Article 1

All human beings are born free and equal in dignity and rights.
Everyone has the right to freedom of movement.

Article 2

The right of the people to assemble in peace shall not be infringed.
No one shall be jailed at will, nor shall private property be taken for public use, without just compensation.
Parliament shall make no law abridging the freedom of worship.
"""

# how a stem names a part known by its number: with its document
UNDER_I = "Under Article I of the Constitution of the State of Westland, "
UNDER_II = "Under Article II of the Constitution of the State of Westland, "
UNDER_1 = "Under Article 1 of the Charter of Rights, "
UNDER_2 = "Under Article 2 of the Charter of Rights, "

NEWS = """Minister set to decide on the bid

The minister shall decide on the bid next week, aides said on Monday.
Labour must win two thirds of the seats to change the rules, according to the party's own lawyers.
The council has the power to stop the plans, its leader said.
The party said all men and women should get the right to vote at 16 in council elections.
Voters aged eighteen years or older will be asked to choose a new mayor.
"""


def legal_facts(text: str) -> list[Fact]:
    return extract_legal(sentences_of(text), text)


def clozes(text: str, cls: str) -> dict[str, str]:
    """answer -> its clause as a cloze, for the facts of one class ("charge", "share")."""
    return {f.answer: f.slot("clause_cloze") for f in legal_facts(text) if f.slot("class") == cls}


def asked(text: str) -> dict[str, set[str]]:
    """answer -> the questions its clauses answer (or the clozes of its clauses)."""
    out: dict[str, set[str]] = {}
    for f in legal_facts(text):
        out.setdefault(f.answer, set()).add(f.slot("ask") or f.slot("clause_cloze"))
    return out


def test_parts_are_named_as_a_class_says_them():
    assert roman_value("XIX") == 19 and roman_value("XIV") == 14 and roman_value("ABC") == 0
    assert ordinal_words(19) == "Nineteenth" and ordinal_words(21) == "Twenty-first"
    assert part_name("Amendment", "XXVI") == "the Twenty-sixth Amendment"
    assert part_name("ARTICLE", "21") == "Article 21"
    assert [n for _, n in parts_of(STATE_CONSTITUTION)] == ["Article I", "Article II", "the Fourth Amendment"]


def test_who_holds_a_power():
    q = asked(STATE_CONSTITUTION)
    assert f"{UNDER_I}in which body is the legislative power vested?" in q["General Assembly"]
    assert f"{UNDER_I}who has the sole power of impeachment?" in q["House of Delegates"]
    assert f"{UNDER_II}who shall be Commander in Chief of the Militia?" in q["Governor"]
    # ("in case of the death ... of the Governor, who shall become Governor?": the clause names
    # the office asked for again, and "Lieutenant Governor" is read off it)
    assert "Lieutenant Governor" not in q
    enforce = [f for f in legal_facts(STATE_CONSTITUTION) if "enforce" in f.slot("ask")]
    assert enforce[0].slot("ask") == (
        "Under the Fourth Amendment, who has the power to enforce the Fourth Amendment"
        " by appropriate legislation?"
    )


def test_requirements_terms_and_majorities():
    q = asked(STATE_CONSTITUTION)
    assert f"{UNDER_I}how old must a Senator be?" in q["twenty five years"]
    assert f"{UNDER_I}for how many years are Delegates elected?" in q["four years"]
    assert f"{UNDER_I}how many members does each County have?" in q["two"]
    assert f"{UNDER_II}a quorum consists of what share of the whole number of its members?" in q["one third"]


def test_grounds_on_which_a_right_may_not_be_denied():
    facts = [f for f in legal_facts(STATE_CONSTITUTION) if f.slot("class") == "ground"]
    assert [f.answer for f in facts] == ["religion"]
    f = facts[0]
    assert f.slot("ask") == "Under the Fourth Amendment, on what grounds may the right to vote not be denied?"
    # the other grounds of its own list are true too: never offered as wrong options
    wrong = pick_legal(f, None, random.Random(1))  # type: ignore[arg-type]
    assert len(wrong) == 3 and not {"caste", "sex"} & set(wrong)


def test_rights_freedoms_and_principles_of_a_charter():
    q = asked(CHARTER)
    assert any("are {{c1::born free and equal}} in dignity" in c for c in q["born free and equal"])
    assert f"{UNDER_1}what right does everyone have?" in q["to freedom of movement"]
    assert f"{UNDER_2}what right of the people shall not be infringed?" in q["to assemble in peace"]
    assert f"{UNDER_2}what may Parliament make no law abridging?" in q["the freedom of worship"]
    assert any("without {{c1::just compensation}}" in c for c in q["just compensation"])


def test_numbers_in_words_are_read_whole():
    text = "No person shall be a Representative who shall not have attained to the Age of twenty five Years."
    assert [f.answer for f in extract_numbers(sentences_of(text))] == ["twenty five Years"]
    assert number_value("twenty five") == 25 and number_value("Twenty-one") == 21 and number_value("35") == 35
    assert number_like(30, "twenty five") == "thirty" and number_like(21, "Twenty-five") == "Twenty-one"
    # compound numbers are hyphened as English writes them, unless the document spaces its own
    assert number_like(25, "eighteen years") == "twenty-five"
    assert number_like(25, "twenty one Years") == "twenty five"


def test_wrong_figures_are_written_as_the_answer_is():
    (age,) = [f for f in legal_facts(STATE_CONSTITUTION) if f.slot("class") == "age"]
    wrong = pick_legal(age, None, random.Random(3))  # type: ignore[arg-type]
    assert len(wrong) == 3
    assert all(w.endswith(" years") and w.split()[0].isalpha() for w in wrong)
    assert "twenty five years" not in wrong


def test_bodies_get_other_bodies_of_the_document_not_its_own_clause():
    (impeach,) = [f for f in legal_facts(STATE_CONSTITUTION) if "impeachment" in f.slot("ask")]
    wrong = pick_legal(impeach, None, random.Random(2))  # type: ignore[arg-type]
    assert len(wrong) == 3
    assert "House of Delegates" not in wrong and not any("Delegates" in w for w in wrong)
    assert "Senate" in wrong or "the Senate" in wrong  # another chamber
    assert "General Assembly" not in wrong  # (the whole the House of Delegates is a chamber of)


def test_a_news_report_is_not_read_as_law():
    sentences = sentences_of(NEWS)
    assert not is_legal(sentences, NEWS)
    kinds = {f.kind for f in extract_legal(sentences, NEWS)}
    assert kinds <= {"principle"}
    assert not {f for f in extract_facts(sentences, NEWS) if f.slot("founding")}


def test_a_clause_that_points_back_is_not_a_power():
    text = (
        STATE_CONSTITUTION
        + "\nThe Senate shall choose their other Officers, and also a President pro tempore.\n"
    )
    assert not [f for f in legal_facts(text) if "their other Officers" in f.slot("ask")]


def test_declarations_remembered_clauses():
    text = (
        "A Declaration\n\n"
        "We hold these truths to be self-evident, that all men are created equal, that among these are "
        "Life, Liberty and the pursuit of Happiness.\n"
        "It is for us to resolve that government of the workers, by the workers, for the workers "
        "shall endure.\n"
    )
    answers = {f.answer for f in legal_facts(text) if f.kind == "principle"}
    assert {"created equal", "Life, Liberty and the pursuit of Happiness"} <= answers
    assert "of the workers, by the workers, for the workers" in answers
    # a clause pairing two kinds of people is remembered for the pairing
    paired = text.replace("all men are", "all men and women are")
    answers = {f.answer for f in legal_facts(paired) if f.kind == "principle"}
    assert "men and women" in answers and "created equal" not in answers


# A declaration of charges written for these tests: {0} holds a further charge
EMPEROR_CHARGES = (
    "A Declaration of Grievances\n\n"
    "We hold that all men are created equal, and that governments derive their powers "
    "from the consent of the people, and that among these are Peace and Trade.\n"
    "The history of the present Emperor of Ruritania is a history of repeated injuries "
    "against the towns.\n{0}"
    "He has refused his Assent to the Laws of the towns, the most necessary for the public good.\n"
    "He has dissolved the Assembly of the towns repeatedly, for opposing his taxes.\n"
    "The Laws of the towns are the first defence of their liberty, and the Assembly is their voice.\n"
)


def test_charges_of_a_declaration_say_whom_they_accuse():
    # (a document stating principles: its ideas are asked, see ``extract_legal``)
    text = EMPEROR_CHARGES.format(
        "He has kept among us, in times of peace, Standing Armies without the Consent of the Assembly.\n"
    )
    charges = clozes(text, "charge")
    # each charge asked by the act it charges, its "He" saying whom it accuses, shown up to
    # the act (what follows a comma may say what was deleted), unless that leaves too few
    # words for only one charge of the list to fit ("He has ___ repeatedly.")
    assert charges == {
        "refused his Assent": "He [the Emperor of Ruritania] has {{c1::refused his Assent}} "
        "to the Laws of the towns.",
        "dissolved the Assembly of the towns": "He [the Emperor of Ruritania] has "
        "{{c1::dissolved the Assembly of the towns}} repeatedly, for opposing his taxes.",
        # (what was kept comes after the asides of where and when)
        "Standing Armies": "He [the Emperor of Ruritania] has kept among us, in times of peace, "
        "{{c1::Standing Armies}} without the Consent of the Assembly.",
    }


def test_an_essays_ideas_are_its_repeated_nouns():
    # (concepts_of alone: the essay's clozes are asked only where it states principles)
    text = (
        "An Essay\n\n"
        "A faction is a number of citizens united by a common passion.\n"
        "The causes of faction are sown in the nature of man.\n"
        "Liberty is to faction what air is to fire.\n"
        "The cure for faction is worse than the disease.\n"
        "Different opinions will be formed, and different opinions make different parties.\n"
    )
    # (a definition asks what it says of its term: see the test below)
    defined = "A commonwealth, by which I mean a state in which the rule of equals holds, is rare.\n"
    assert [f.answer for f in legal_facts(text + defined)][:1] == ["the rule of equals"]
    concepts = concepts_of(sentences_of(text))
    assert "faction" in concepts
    assert "different" not in concepts  # an adjective, never the head of its phrase


def _questions(text: str):
    from quizgen.distractors import build_pool
    from quizgen.gates import judge
    from quizgen.models import Source
    from quizgen.rules import draft_questions, load_rules
    from tests.conftest import RULES

    sentences = sentences_of(text)
    facts = extract_facts(sentences, text)
    source = Source("t", "t.txt", "title", text)
    drafts = draft_questions(facts, load_rules(RULES), build_pool(facts), 1, {"t": source})
    return [d.question for d in drafts if not judge(d)[1]]


def test_founding_questions_are_asked_as_questions_with_options_of_their_kind():
    questions = {q.answer: q for q in _questions(STATE_CONSTITUTION)}
    q = questions["twenty five years"]
    assert q.type == "mcq" and q.prompt == f"{UNDER_I}how old must a Senator be?"
    assert len(q.options) == 4 and all(o.endswith(" years") for o in q.options)
    q = questions["House of Delegates"]
    assert q.prompt == f"{UNDER_I}who has the sole power of impeachment?"
    # the other chamber and the document's own offices, never a body of another country
    assert "Senate" in q.options and "Governor" in q.options
    assert "Which figure completes" not in " ".join(x.prompt for x in questions.values())


def test_a_place_in_a_founding_document_is_a_cloze_not_todays_countries():
    text = (
        STATE_CONSTITUTION + "\nSection 4. The Governor shall not receive any title from the King of Spain.\n"
    )
    (q,) = [q for q in _questions(text) if q.answer == "Spain"]
    assert q.type == "cloze" and q.options == ()
    assert q.prompt.startswith("From the Constitution of the State of Westland (the Fourth Amendment): ")


ARTICLE_ONE = """The Charter of the Commonwealth of Westland

Article I

Section 1. The Senate shall have three Senators from each Province; and each Senator shall have one Vote.
Section 2. No Person shall be convicted without the Concurrence of three fourths of the Members present.
Section 3. The Parliament shall have Power To make all Laws which shall be necessary and proper \
for the foregoing Powers, and all other Powers vested by this Charter in the Government of Westland.
Section 4. No Province shall, without the Consent of the Parliament, lay any Duties on Imports or Exports.
"""


def test_faults_of_the_generic_rules_in_a_clause_of_law():
    questions = _questions(ARTICLE_ONE)
    by_answer = {q.answer: q for q in questions}
    # "one Vote" each is no question (never "six Vote" among its options, nor "how many votes
    # does each Senator have?", which everyone answers)
    assert "one" not in by_answer and not [q for q in questions if "six Vote" in q.options]
    # "three fourths" is read whole
    assert "three fourths" in by_answer
    assert not [q for q in questions if q.answer == "three" and "Concurrence" in q.sources[0].sentence]
    # the necessary and proper clause asks who holds the power, not the name in passing
    power = by_answer["Parliament"]
    assert power.prompt.startswith(
        "Under Article I of the Charter of the Commonwealth of Westland, who has the power to make all Laws"
    )
    assert not {"Government of Westland", "Consent of the Parliament"} & set(by_answer)
    assert not [q for q in questions if q.prompt.startswith("Which organisation completes")]


def test_a_speakers_promises_are_not_clauses_of_law():
    text = (
        "Inaugural Address\n\n"
        "I shall keep steadily in view the limitations of the executive power.\n"
        "We shall do our duty to the nation, as our fathers did.\n"
        "I shall never forget the trust you have placed in me.\n"
        "The Congress meets in a month and the people expect much of it.\n"
    )
    assert not is_legal(sentences_of(text), text)
    assert is_legal(sentences_of(STATE_CONSTITUTION), STATE_CONSTITUTION)


# Clauses written for these tests in the shapes of many charters: a republic's constitution
# with amendments (a prohibition, its repeal, the day terms end, a pay rise that waits for an
# election, a bill of rights in the shape of many), and a declaration of grievances.
AMENDED = (
    "The Constitution of the Republic of Westland\n"
    "\n"
    "Amendment I\n"
    "\n"
    "Excessive fines shall not be imposed, nor excessive bail required, nor cruel and degrading"
    " punishments inflicted.\n"
    "\n"
    "Amendment II\n"
    "\n"
    "The right of the people to be secure in their homes and letters, against unreasonable "
    "searches and seizures, shall not be violated.\n"
    "\n"
    "Amendment III\n"
    "\n"
    "No person shall be held without trial; nor shall any Province deprive any person of "
    "liberty, without due process of law; nor shall private land be taken for public use, "
    "without fair compensation.\n"
    "\n"
    "Amendment IV\n"
    "\n"
    "In all criminal trials, the accused shall enjoy the right to a prompt and public trial; to"
    " be told the charge; and to have the Assistance of Counsel for his defence.\n"
    "\n"
    "Amendment V\n"
    "\n"
    "In civil suits, where the sum in dispute shall exceed one hundred crowns, the right of "
    "trial by jury shall be preserved, and no fact tried by a jury shall be tried again.\n"
    "\n"
    "Amendment VI\n"
    "\n"
    "No person shall be compelled in any criminal trial to be a witness against himself, nor "
    "shall any person be subject for the same offence to be twice put in jeopardy of life or "
    "limb.\n"
    "\n"
    "Amendment VII\n"
    "\n"
    "Section 1. Neither serfdom nor forced labour, except as a punishment for crime whereof the"
    " party shall have been duly convicted, shall exist within the Republic of Westland.\n"
    "Section 2. The manufacture, sale, or import of opium within the Republic for any purpose "
    "is hereby prohibited.\n"
    "\n"
    "Amendment VIII\n"
    "\n"
    "Section 1. The seventh article of amendment to the Constitution of the Republic of "
    "Westland is hereby repealed.\n"
    "Section 2. The terms of the Governor and Deputy Governor shall end at noon on the 1st day "
    "of March.\n"
    "Section 3. If, at the time fixed for the beginning of the term of the Governor, the "
    "Governor elect shall have died, the Deputy Governor elect shall become Governor.\n"
    "\n"
    "Amendment IX\n"
    "\n"
    "No law, varying the pay of the members of the Assembly, shall take effect, until an "
    "election of the Assembly shall have intervened.\n"
)


def test_what_a_clause_prohibits_repeals_or_sets_a_day_for_is_asked():
    facts = {f.answer: f for f in legal_facts(AMENDED)}
    assert (
        facts["opium"].slot("ask")
        == "Under the Seventh Amendment, the manufacture, sale, or import of what is prohibited?"
    )
    repeal = facts["the seventh article of amendment"]
    assert repeal.slot("ask") == "Which article of amendment does the Eighth Amendment repeal?"
    assert not repeal.slot("clause_cloze")  # (the answer as the stem words it: no cloze of it)
    wrong = pick_legal(repeal, None, random.Random(1))  # type: ignore[arg-type]
    # only articles made before the one that repeals: never "the eighth"
    assert len(wrong) == 3 and all(w.endswith("article of amendment") for w in wrong)
    assert "the eighth article of amendment" not in wrong and "the ninth article of amendment" not in wrong
    day = facts["the 1st day of March"]
    assert day.slot("ask") == "Under the Eighth Amendment, on what day shall the term of the Governor end?"
    assert all(w.startswith("the 1st day of ") for w in pick_legal(day, None, random.Random(1)))  # type: ignore[arg-type]
    assert "Deputy Governor" not in day.slot("ask")  # (another question asks who becomes Governor)
    assert (
        facts["an election of the Assembly shall have intervened"]
        .slot("clause_cloze")
        .startswith("No law, varying the pay of the members of the Assembly, shall take effect, until {{c1::")
    )
    # ("the Governor elect shall have died, who shall become Governor?": read off the clause)
    assert "Deputy Governor elect" not in facts
    serfdom = facts["serfdom"]
    # (not "what, like forced labour, ...": the other thing the clause names points at the answer)
    assert serfdom.slot("ask") == (
        "Under the Seventh Amendment, what shall not exist within the Republic of "
        "Westland, except as a punishment for crime?"
    )


def test_a_bill_of_rights_in_other_words_is_asked_clause_by_clause():
    facts = {f.answer: f for f in legal_facts(AMENDED)}
    assert facts["cruel and degrading"].slot("clause_cloze") == (
        "Excessive fines shall not be imposed, nor excessive bail required, nor {{c1::cruel and degrading}} "
        "punishments inflicted."
    )
    assert facts["unreasonable searches and seizures"].slot("ask") == (
        "Under the Second Amendment, the people have the right to be secure in their homes and letters "
        "against what?"
    )
    # a clause that goes on from the one before is said whole, with the subject of the first
    assert facts["due process of law"].slot("clause_cloze") == (
        "No Province shall deprive any person of liberty, without {{c1::due process of law}}."
    )
    assert facts["fair compensation"].slot("clause_cloze") == (
        "Private land shall not be taken for public use, without {{c1::fair compensation}}."
    )
    assert facts["Assistance of Counsel"].slot("clause_cloze") == (
        "In all criminal trials, the accused shall enjoy the right to have the "
        "{{c1::Assistance of Counsel}} for his defence."
    )
    # (shown up to its own provision: "and no fact tried by a jury" would give the answer away)
    assert facts["trial by jury"].slot("clause_cloze") == (
        "In civil suits, where the sum in dispute shall exceed one hundred crowns, the right of "
        "{{c1::trial by jury}} shall be preserved."
    )
    assert facts["a witness against himself"].slot("clause_cloze") == (
        "No person shall be compelled in any criminal trial to be {{c1::a witness against himself}}."
    )
    assert facts["twice put in jeopardy"].slot("clause_cloze") == (
        "No person shall be subject for the same offence to be {{c1::twice put in jeopardy}} of life or limb."
    )


def test_shapes_of_law_are_not_read_in_a_news_report():
    news = (
        "Ban on opium imports\n\n"
        "The manufacture, sale, or import of opium within the country is hereby prohibited, "
        "the minister said.\n"
        "The terms of the Governor and Deputy Governor shall end at noon on the 1st day of March, "
        "aides said.\n"
        "Excessive fines shall not be imposed, nor cruel and degrading punishments inflicted, "
        "the report said.\n"
        "Ministers met on Monday to discuss the plans.\n"
        "The opposition said the plans were rushed.\n"
        "Farmers in the north said they had not been asked.\n"
        "Police said seizures of the drug had doubled since 2019.\n"
        "The bill now goes to the upper house, where it faces a close vote.\n"
        "A spokesman for the governor declined to comment.\n"
        "Campaigners welcomed the news but called for more treatment centres.\n"
    )
    assert not is_legal(sentences_of(news), news)
    assert legal_facts(news) == []


def test_a_chamber_is_not_offered_against_its_legislature():
    text = (
        "The Constitution of Westland\n\nArticle I\n\n"
        "The Parliament shall assemble at least once in every year.\n"
        "The Senate shall choose its Speaker.\n"
        "The House of Commons shall have the sole power of impeachment.\n\n"
        "Article II\n\n"
        "The Supreme Court shall judge all cases arising under this Constitution.\n"
        "The Cabinet shall advise the Governor.\n"
    )
    facts = {f.answer: f for f in legal_facts(text) if f.slot("class") == "body"}
    wrong = pick_legal(facts["Parliament"], None, random.Random(3))  # type: ignore[arg-type]
    assert wrong and not {"Senate", "House of Commons", "Parliament"} & set(wrong)
    wrong = pick_legal(facts["House of Commons"], None, random.Random(3))  # type: ignore[arg-type]
    assert "Parliament" not in wrong  # (the whole it is a chamber of; another chamber may be offered)


def test_grounds_are_offered_among_grounds_of_their_own_length():
    text = STATE_CONSTITUTION.replace(
        "on account of religion, caste, or sex.",
        "on account of religion, caste, or sex.\n\nAmendment V\n\n"
        "The right of citizens to vote shall not be denied by the State by reason of failure to pay any "
        "poll tax or other tax.",
    )
    grounds = {f.answer: f for f in legal_facts(text) if f.slot("class") == "ground"}
    tax = grounds["failure to pay any poll tax"]  # (", or other tax": the tax it names)
    wrong = pick_legal(tax, None, random.Random(1))  # type: ignore[arg-type]
    assert len(wrong) == 3 and all(w.startswith("failure to ") for w in wrong)
    wrong = pick_legal(grounds["religion"], None, random.Random(1))  # type: ignore[arg-type]
    assert wrong and not any(w.startswith("failure") for w in wrong)


GRIEVANCES = (
    "A Declaration of the Rights of Tenants\n"
    "\n"
    "We hold these truths to be self-evident: that all tenants and landlords are created equal;"
    " that among these are shelter, safety, and the pursuit of happiness.\n"
    "Whenever any landlord becomes destructive of these ends, it is the right of those who "
    "suffer from it to refuse the rent.\n"
    "The history of this estate is a history of repeated injuries and usurpations on the part "
    "of landlord toward tenant.\n"
    "He has never permitted her to exercise her inalienable right to a secure tenancy.\n"
    "He has taken from her all right in property, even to the fences she builds.\n"
    "He has compelled her to submit to rules, in the making of which she had no voice.\n"
    "He has denied her the means for obtaining a fair hearing, all courts being closed against "
    "her.\n"
    "He has withheld from her rent which is paid to the landlords of the town.\n"
    "He has made her, if widowed, in the books of the estate, a mere lodger.\n"
    "For raising rents on us without our consent:\n"
    "For cutting off our water in all seasons.\n"
    "For closing our common land and enclosing it for his own use.\n"
)


def test_a_declarations_charges_say_whom_they_accuse_and_whom_they_wrong():
    charges = clozes(GRIEVANCES, "charge")
    assert charges["a secure tenancy"] == (
        "He [landlord] has never permitted her [tenant] to exercise her inalienable right to "
        "{{c1::a secure tenancy}}."
    )
    assert charges["all right in property"].startswith(
        "He [landlord] has taken from her [tenant] {{c1::all right"
    )
    assert charges["to submit to rules"].startswith(
        "He [landlord] has compelled her [tenant] {{c1::to submit to rules}}"
    )
    assert "the means for obtaining a fair hearing" in charges
    # (what she was made comes after the asides of when and where)
    assert charges["a mere lodger"] == (
        "He [landlord] has made her [tenant], if widowed, in the books of the estate, {{c1::a mere lodger}}."
    )
    assert "rent" not in charges  # ("withheld from her {rent}": one bare noun says too little of the act)
    # the items of a list of charges name whom they are against
    assert charges["cutting off our water"] == (
        "Among the charges against landlord: For {{c1::cutting off our water}} in all seasons."
    )


def test_an_idea_in_capitals_against_another_is_not_deleted():
    text = (
        "An Essay on Parties\n\n"
        "By a party, I understand a number of citizens united by a common passion.\n"
        "We hold that all men are created equal, and that among these are peace and trade.\n"
        "Liberty is to a party what air is to fire.\n"
        "There are two methods of curing the mischiefs of party: the one, by removing its causes; the other, "
        "by controlling its effects.\n"
        "The effects of a party are felt in every town.\n"
        "The effects of a party can be controlled by the law.\n"
        "The nature of man sows the seeds of party, and relief is only to be sought in controlling its "
        "EFFECTS.\n"
    )
    answers = {f.answer for f in legal_facts(text)}
    assert "EFFECTS" not in answers  # (the capitals answer it, not the essay)
    assert "party" in answers


def test_the_second_of_two_methods_is_asked_without_the_first():
    text = (
        "An Essay on Parties\n\n"
        "By a party, I understand a number of citizens united by a common passion.\n"
        "We hold that all men are created equal, and that among these are peace and trade.\n"
        "Liberty is to a party what air is to fire.\n"
        "There are two methods of curing the mischiefs of party: the one, by removing its causes; the other, "
        "by controlling its effects.\n"
        "The causes of party are sown in the nature of man, and a party is a natural thing.\n"
    )
    facts = {f.answer: f for f in legal_facts(text)}
    # (the first is shown: either would fit a blank after "the one, …")
    assert facts["by controlling its effects"].slot("clause_cloze") == (
        "There are two methods of curing the mischiefs of party: the one, by removing its causes; the other, "
        "{{c1::by controlling its effects}}."
    )


# A declaration in the shape of one that opens on self-evident truths, written for these tests
DECLARATION = (
    "The Declaration of the Free Provinces of Norland\n\n"
    "We take these principles to be beyond dispute, that every person is born free and equal in "
    "dignity, that they are given by nature certain rights which no ruler may take away, that among "
    "these are Life, Security of the Person and the free pursuit of Learning. — That to protect these "
    "rights, Assemblies are instituted among the people, deriving their lawful powers from the consent "
    "of the governed, — That whenever any Crown becomes hostile to these purposes, it is the Right of the "
    "People to alter or to abolish it.\n"
)


def test_a_clause_of_a_series_of_truths_is_shown_as_a_sentence_saying_what_it_points_at():
    by_answer = {f.answer: f for f in extract_legal(sentences_of(DECLARATION), DECLARATION)}
    shown = by_answer["the consent of the governed"].slot("clause")
    # no dangling "That ...": the clause is a sentence, and "these rights" says which
    assert shown.startswith("To protect these rights [Life, Security of the Person and the free pursuit")
    listed = by_answer["Life, Security of the Person and the free pursuit of Learning"].slot("clause")
    assert listed.startswith("They [every person] are given by nature certain rights")
    assert "; among these are _____" in listed
    # "these purposes" are what the rights listed before are protected for: it says which
    revolution = by_answer["alter or to abolish it"].slot("clause")
    assert (
        "hostile to these purposes [Life, Security of the Person and the free pursuit of Learning]"
        in revolution
    )


def test_parts_named_by_their_ordinal_first_and_titles_said_with_the():
    text = (
        "Constitution of the Republic of Ostland\n\nFirst Amendment\nThe Assembly shall make no law "
        "abridging the freedom of speech.\n\nTwenty-first Amendment\nThe sale of wine is permitted.\n"
    )
    assert [name for _, name in parts_of(text)] == ["the First Amendment", "the Twenty-first Amendment"]
    assert (
        named_in_a_stem("Constitution of the Republic of Ostland")
        == "the Constitution of the Republic of Ostland"
    )
    assert named_in_a_stem("The Federalist No. 10") == "the Federalist No. 10"
    assert named_in_a_stem("Gettysburg Address") == "Gettysburg Address"
    # (a title said in a stem: "Under Article 3 of the Universal Declaration of ...")
    assert named_in_a_stem("Universal Declaration of the Rights of Citizens") == (
        "the Universal Declaration of the Rights of Citizens"
    )
    assert named_in_a_stem("A Charter of Rights") == "the Charter of Rights"


def test_a_pronoun_of_a_clause_stands_for_the_person_it_names():
    text = STATE_CONSTITUTION + (
        "\nSection 9. In all criminal trials, the accused shall enjoy the right to a speedy trial, and "
        "to have the Assistance of Counsel for his defence.\n"
    )
    (q,) = [q for q in _questions(text) if q.answer == "Assistance of Counsel"]
    assert q.prompt.endswith("the right to have the {{c1::Assistance of Counsel}} for his defence.")


def test_what_a_body_may_make_no_law_abridging_is_offered_among_freedoms():
    text = STATE_CONSTITUTION + (
        "\nAmendment I\nThe General Court shall make no law respecting an establishment of religion, or "
        "abridging the freedom of speech.\n"
    )
    (q,) = [q for q in _questions(text) if q.answer == "the freedom of speech" and q.type == "mcq"]
    assert q.prompt == "Under the First Amendment, what may the General Court make no law abridging?"
    assert all(o.startswith("the freedom of ") for o in q.options)


def test_what_alone_a_warrant_issues_upon_is_asked():
    text = STATE_CONSTITUTION + (
        "\nAmendment IV\nThe people shall be secure in their homes, and no Licences shall be granted, "
        "but upon public notice, given in writing.\n"
    )
    (q,) = [q for q in _questions(text) if q.answer == "public notice" and q.type == "mcq"]
    assert q.prompt == "Under the Fourth Amendment, upon what may licences be granted?"
    assert len(q.options) == 4


def test_each_of_two_ways_an_essay_names_is_shown_with_the_other():
    text = (
        "The Essayist No. 4\n\nThere are two ways of ending the quarrels of cliques: the one, by removing "
        "their causes; the other, by controlling their effects.\nThe causes of cliques are sown in the "
        "nature of man.\nThe most common source of cliques has been the unequal distribution of wealth.\n"
    )
    shown = {f.answer: f.slot("clause_cloze") for f in extract_legal(sentences_of(text), text)}
    assert shown["by removing their causes"] == (
        "There are two ways of ending the quarrels of cliques: the one, {{c1::by removing their causes}}; "
        "the other, by controlling their effects."
    )
    assert shown["by controlling their effects"].endswith(
        "the one, by removing their causes; the other, {{c1::by controlling their effects}}."
    )


def test_a_right_of_the_accused_is_offered_among_rights_at_trial():
    text = STATE_CONSTITUTION + (
        "\nAmendment VI\nIn all criminal trials, the accused shall enjoy the right to a speedy and "
        "public trial.\n"
    )
    (q,) = [q for q in _questions(text) if q.type == "mcq" and "accused" in q.prompt]
    assert q.answer == "to a speedy and public trial"
    assert not {"to own property", "to petition the government", "to a fair trial"} & set(q.options)


def test_a_declarations_own_named_things_and_its_truths_stand_alone_and_rank_high():
    from quizgen.distractors import build_pool
    from quizgen.gates import judge
    from quizgen.models import Source
    from quizgen.rank import WEIGHTS, score
    from quizgen.rules import draft_questions, load_rules
    from tests.conftest import RULES

    text = DECLARATION + (
        "\nWe, therefore, the Delegates of the Provinces, do solemnly publish and declare, That these "
        "United Provinces are, and of Right ought to be Free and Sovereign States; that they owe no "
        "Allegiance to the Crown.\n"
    )
    facts = extract_facts(sentences_of(text), text)
    source = Source("t", "t.txt", "The Declaration of the Free Provinces of Norland", text)
    drafts = draft_questions(facts, load_rules(RULES), build_pool(facts), 1, {"t": source})
    kept = {d.question.answer: d for d in drafts if not judge(d)[1]}
    # "These United Provinces are ...": the document's own provinces, no pointer back
    assert "Free and Sovereign States" in kept
    for answer in ("Free and Sovereign States", "the consent of the governed"):
        assert score(kept[answer], source) > WEIGHTS.min_score, answer


def test_a_charge_shown_too_short_for_one_answer_is_not_asked():
    text = EMPEROR_CHARGES.format("He has taxed our grain.\n")
    assert "taxed our grain" in {f.answer for f in legal_facts(text)}
    asked = {q.answer for q in _questions(text)}
    # "He [the Emperor of Ruritania] has _____.": any charge of the list fits
    assert "taxed our grain" not in asked and "refused his Assent" in asked


def test_a_body_or_office_the_clause_names_again_in_another_form_is_not_asked():
    text = (
        "Article 1\nThe Senate of Ostland shall be composed of three Senators from each Province.\n"
        "The Senate shall have the sole Power to try all Impeachments.\n"
    )
    asked = {f.answer for f in legal_facts(text)}
    assert "Senate of Ostland" not in asked  # "... of three Senators": read off the clause
    assert "Senate" in asked
    # (nor asked as a body the general readers find)
    found = {f.answer for f in extract_facts(sentences_of(text), text) if f.kind == "organization"}
    assert "Senate of Ostland" not in found


def test_a_right_no_one_of_an_age_may_be_denied_is_asked_as_such():
    text = (
        "Amendment XXX\nThe right of citizens of the Republic, who are sixteen years of age or older, to "
        "vote shall not be denied or abridged by the Republic on account of age.\n"
        "Amendment XXXI\nNo person shall be a Senator who shall not have attained to the Age of forty"
        " Years.\n"
    )
    q = asked(text)
    # (no minimum age: only that those of sixteen or older may not be denied it)
    assert q["sixteen years"] == {
        "Under the Thirtieth Amendment, citizens of what age or older may not be denied the right to vote"
        " on account of age?"
    }
    assert q["forty Years"] == {"Under the Thirty-first Amendment, how old must a Senator be?"}


def test_a_clause_about_the_documents_own_text_is_not_asked():
    text = (
        "Amendment XX\nSection 1. The Assembly shall meet at least once in every year.\n"
        "Section 2. This article shall be inoperative unless it shall have been ratified by the "
        "legislatures of three-fourths of the Provinces within seven years.\n"
    )
    answers = {f.answer for f in legal_facts(text)}
    assert "three-fourths" not in answers and not any("seven" in a for a in answers)


def test_who_chooses_the_holders_of_an_office_is_asked():
    text = (
        "Article 1\nThe Senate of Ostland shall be composed of three Senators from each Province, "
        "elected by the people thereof, for six years.\n"
        "Article 2\nThe Judges shall be appointed by the Governor, with the consent of the Senate.\n"
    )
    chosen = clozes(text, "chosen_by")
    assert chosen["the people"].endswith("elected by {{c1::the people}} thereof, for six years.")
    assert chosen["the Governor"] == (
        "The Judges shall be appointed by {{c1::the Governor}}, with the consent of the Senate."
    )


def test_the_first_freedom_of_a_list_is_asked_alone():
    text = (
        "Article 1\nThe Assembly shall make no law respecting an established church; or abridging the"
        " freedom of worship, or of the press.\nArticle 2\nThe Governor shall be Commander in Chief.\n"
    )
    freedoms = {f.answer: f for f in legal_facts(text) if f.slot("class") == "freedom"}
    assert set(freedoms) == {"the freedom of worship", "the press"}
    assert freedoms["the freedom of worship"].slot("ask")  # a question, its options freedoms of one
    assert not freedoms["the press"].slot("ask")  # the further freedom: a cloze
    # (shown with who may make no law abridging it: "… or abridging" alone has no subject)
    assert freedoms["the press"].slot("clause_cloze") == (
        "The Assembly shall make no law … abridging the freedom of worship, or of {{c1::the press}}."
    )


def test_a_charge_is_shown_with_the_condition_that_is_its_point():
    text = EMPEROR_CHARGES.format(
        "He has refused to pass other Laws for the market towns, unless those towns would give up "
        "their seats in the Assembly.\n"
    )
    charges = clozes(text, "charge")
    shown = charges["refused to pass other Laws"]
    assert shown.endswith("unless those towns would give up their seats in the Assembly.")


def test_a_charge_of_several_acts_is_not_asked_by_one_of_them():
    # "He has ___, burnt our mills, and ...": every act of the list fits the blank
    text = EMPEROR_CHARGES.format("He has seized our ships, burnt our mills, and driven out our traders.\n")
    charges = {f.answer for f in legal_facts(text) if f.slot("class") == "charge"}
    assert "seized our ships" not in charges and "refused his Assent" in charges


def test_an_item_of_a_list_of_charges_is_asked_by_what_it_names():
    text = EMPEROR_CHARGES.format(
        "He has joined with others to rule us by laws foreign to our own:\n"
        "For Quartering his soldiers in our houses:\n"
        "For depriving us in many cases, of the benefits of Trial by Jury:\n"
        "For closing our ports, burning our mills, and taking our ships:\n"
    )
    charges = clozes(text, "charge")
    assert charges["Quartering his soldiers"].endswith("For {{c1::Quartering his soldiers}} in our houses.")
    # (what they were deprived of, after the asides; a name's own "by" does not end it)
    assert charges["the benefits of Trial by Jury"].endswith("of {{c1::the benefits of Trial by Jury}}.")
    assert not [a for a in charges if a.startswith("closing our ports")]  # an act of a list of acts


def test_a_purpose_is_shown_with_what_it_is():
    text = (
        "Amendment XX\n\n"
        "But in choosing the Governor, the votes shall be taken by counties; a quorum for this "
        "purpose shall consist of a member or members from two-thirds of the states.\n"
        "The Senate shall choose the Treasurer; a quorum for the purpose shall consist of "
        "two-thirds of the whole number of Senators.\n"
    )
    asks = {f.slot("ask") for f in legal_facts(text) if f.slot("class") == "share"}
    # "for this purpose": what the sentence opens on; "for the purpose" of an unsaid choice: no question
    assert asks == {
        "Under the Twentieth Amendment, in choosing the Governor, a quorum consists of members "
        "from what share of the states?",
        "",
    }


def test_a_right_is_shown_up_to_the_next_it_lists():
    text = DECLARATION.replace(
        "to alter or to abolish it.", "to alter or to abolish it, and to institute a new Crown."
    )
    cloze = {f.answer: f.slot("clause_cloze") for f in legal_facts(text)}["alter or to abolish it"]
    assert cloze.endswith("{{c1::alter or to abolish it}}.")


def test_an_answer_of_a_word_akin_to_the_documents_title_is_not_asked_under_that_title():
    text = EMPEROR_CHARGES.replace("A Declaration of Grievances", "A Declaration of Sovereignty").format(
        "We declare, That these Towns are, and of Right ought to be Free and Sovereign Provinces.\n"
    )
    answers = {q.answer for q in _questions(text)}
    assert "created equal" in answers  # (asked under the title)
    assert not [a for a in answers if "Sovereign" in a]  # "Sovereign" under "... of Sovereignty"


def test_a_definition_asks_what_it_says_not_the_term_it_gives_away():
    text = (
        "An Essay on Leagues\n\n"
        "A league, by which I mean a union in which the pooling of armies takes place, offers "
        "a different hope.\n"
        "A federation, by which I mean a state consisting of a few provinces, who share one "
        "treasury, can admit of no cure for the quarrels of faction.\n"
        "The causes of faction are sown in the nature of man, and faction is the mischief of leagues.\n"
    )
    shown = {f.answer: f.slot("clause") for f in legal_facts(text) if f.slot("shape") == "defines"}
    assert shown == {
        "the pooling of armies": "By a league, the author means a union in which _____ takes place.",
        "a few provinces": (
            "By a federation, the author means a state consisting of _____, who share one treasury."
        ),
    }


def test_a_charge_explained_after_its_act_is_not_asked():
    # (the means or how things stood give the act away; without them any charge fits)
    text = EMPEROR_CHARGES.format(
        "He has denied her the use of the courts, all judges being chosen by him.\n"
        "He has ruined the harbour trade, by closing the ports to the ships of the towns.\n"
    )
    asked = {answer for answer, cloze in clozes(text, "charge").items() if cloze}
    assert "refused his Assent" in asked
    assert not {"the use of the courts", "ruined the harbour trade"} & asked


def test_a_long_clause_cut_after_its_subject_is_shown_with_its_opening():
    text = (
        "Amendment V\n\n"
        "If the Assembly, within ten days after receipt of the report, or, if the Assembly is not "
        "sitting, within ten days after it is required to meet, determines by three fourths vote "
        "of its members that the Governor is unable to serve, the Treasurer shall act as Governor.\n\n"
        "Amendment VI\n\n"
        "The Treasurer shall hold office for four years.\n"
    )
    cloze = {f.answer: f.slot("clause_cloze") for f in legal_facts(text)}["three fourths"]
    assert cloze.startswith("If the Assembly … determines by {{c1::three fourths}} vote")


def test_a_charge_counts_the_words_of_self_government_it_names():
    text = EMPEROR_CHARGES.format("He has plundered the harbour towns of the coast in winter.\n")
    civic = {f.answer: f.slot("civic") for f in legal_facts(text) if f.slot("class") == "charge"}
    assert civic["plundered the harbour towns of the coast"] == "0"
    assert civic["refused his Assent"] == "2"  # Assent, Laws
    assert all(f.slot("series") == "charges" for f in legal_facts(text) if f.slot("class") == "charge")


def test_a_limit_of_another_form_than_its_options_gets_none():
    text = (
        "No person shall be elected to the office of the President more than twice, and no person "
        "shall serve more than once as Regent."
    )
    f = Fact(
        "requirement",
        "twice",
        text.index("twice"),
        Sentence("t", 0, 0, len(text), text),
        (("class", "times"),),
    )
    # "twice" among "three times", "four times", "five times" stands out by its form
    assert pick_legal(f, Pool((), (), ()), random.Random(1)) == []


def test_goods_of_two_words_get_options_of_two_words():
    text = (
        "Amendment XVIII\nSection 1. The manufacture, sale, or import of intoxicating liquors within "
        "the Republic for any purpose is hereby prohibited.\n"
        "Amendment XIX\nSection 1. The Assembly shall meet once a year.\n"
    )
    (goods,) = [f for f in legal_facts(text) if f.slot("class") == "goods"]
    for seed in range(5):
        wrong = pick_legal(goods, None, random.Random(seed))[:3]  # type: ignore[arg-type]
        assert all(len(w.split()) == 2 for w in wrong), wrong


def test_a_share_of_a_vote_is_asked():
    text = (
        "Article 4\nWhenever the office of Deputy Governor is vacant, the Governor shall nominate a "
        "Deputy Governor who shall take office upon confirmation by a majority vote of the Assembly.\n"
        "Article 5\nThe Assembly shall meet once a year.\n"
    )
    shares = clozes(text, "share")
    assert "upon confirmation by {{c1::a majority}} vote of the Assembly" in shares["a majority"]


DECLARATION_OF_RIGHTS = (
    "Constitution of the State of Ostland, Article 3: Declaration of Rights\n\n"
    "Section 1. The right of remonstrance, and of the people to meet in peace for the common good, "
    "shall never be abridged.\n"
    "Section 2. The privilege of the writ of habeas corpus shall not be suspended by the authorities "
    "of the state.\n"
    "Section 3. Heavy bail shall not be required, nor heavy fines imposed, nor cruel and unusual "
    "punishment inflicted.\n"
    "Section 4. There shall be no imprisonment for debt, except in cases of fraud.\n"
    "Section 5. The militia shall be in strict subordination to the civil power.\n"
    "Section 6. The right of trial by jury shall remain inviolate.\n"
    "Section 7. No person shall be compelled in any criminal case to give evidence against himself, "
    "or be twice put in jeopardy for the same offense.\n"
    "Section 8. All elections shall be free and equal.\n"
    "Section 9. No one shall be subjected to arbitrary arrest, exile or detention.\n"
    "Section 10. The right of the citizen to bear arms in defense of himself shall not be impaired.\n"
    "Section 11. Serfdom is hereby abolished.\n"
)


def test_a_states_declaration_of_rights_is_asked_clause_by_clause():
    """The shapes a state constitution or a declaration of human rights words its guarantees
    in, each asked as the cloze of what it guarantees."""
    facts = {f.answer: f for f in legal_facts(DECLARATION_OF_RIGHTS)}
    cloze = {answer: f.slot("clause_cloze") for answer, f in facts.items()}
    assert cloze["remonstrance"].startswith("The right of {{c1::remonstrance}}, and of the people to meet")
    assert cloze["habeas corpus"].startswith("The privilege of the writ of {{c1::habeas corpus}} shall not")
    assert "nor {{c1::cruel and unusual}} punishment inflicted" in cloze["cruel and unusual"]
    assert (
        cloze["imprisonment for debt"]
        == "There shall be no {{c1::imprisonment for debt}}, except in cases of fraud."
    )
    assert cloze["the civil power"].endswith("in strict subordination to {{c1::the civil power}}.")
    assert cloze["trial by jury"] == "The right of {{c1::trial by jury}} shall remain inviolate."
    assert "to {{c1::give evidence against himself}}" in cloze["give evidence against himself"]
    assert "be {{c1::twice put in jeopardy}}" in cloze["twice put in jeopardy"]
    assert cloze["free and equal"] == "All elections shall be {{c1::free and equal}}."
    assert cloze["arbitrary arrest"].startswith(
        "No one shall be subjected to {{c1::arbitrary arrest}}, exile"
    )
    assert cloze["Serfdom"] == "{{c1::Serfdom}} is hereby abolished."
    right = facts["to bear arms in defense of himself"]
    assert right.slot("ask") == "What right of the citizen shall not be impaired?"


def test_a_right_not_guaranteed_is_not_read_as_one():
    text = (
        "Constitution of the State of Ostland\n\nArticle 1\n\n"
        "The right of citizens of Ostland to vote shall be exercised in person.\n"
        "There shall be no more than five judges on the court of appeal in any year.\n"
        "No one shall be subjected to arbitrary interference with his privacy.\n"
        "The Governor shall be chosen for a term of four years.\n"
    )
    answers = {f.answer for f in legal_facts(text)}
    assert not {"citizens", "more", "arbitrary", "arbitrary interference"} & answers
