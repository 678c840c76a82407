"""Founding documents: powers, requirements, rights and principles, on clauses written for
these tests in the shapes of many charters (a US state constitution, the Constitution of
India, the Universal Declaration of Human Rights, a declaration of grievances)."""

import random

from quizgen.distractors import pick_legal
from quizgen.extract import extract_facts
from quizgen.extract.legal import (
    concepts_of,
    extract_legal,
    is_legal,
    number_like,
    number_value,
    ordinal_words,
    part_name,
    parts_of,
    roman_value,
)
from quizgen.extract.numbers import extract_numbers
from quizgen.models import Fact
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

NEWS = """Minister set to decide on the bid

The minister shall decide on the bid next week, aides said on Monday.
Labour must win two thirds of the seats to change the rules, according to the party's own lawyers.
The council has the power to stop the plans, its leader said.
The party said all men and women should get the right to vote at 16 in council elections.
Voters aged eighteen years or older will be asked to choose a new mayor.
"""


def legal_facts(text: str) -> list[Fact]:
    return extract_legal(sentences_of(text), text)


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
    assert "Under Article I, in which body is the legislative power vested?" in q["General Assembly"]
    assert "Under Article I, which body has the sole power of impeachment?" in q["House of Delegates"]
    assert "Under Article II, who shall be Commander in Chief of the Militia?" in q["Governor"]
    assert (
        "Under Article II, in case of the death or resignation of the Governor, who shall become Governor?"
    ) in q["Lieutenant Governor"]
    enforce = [f for f in legal_facts(STATE_CONSTITUTION) if "enforce" in f.slot("ask")]
    assert enforce[0].slot("ask") == (
        "Under the Fourth Amendment, which body has the power to enforce the Fourth Amendment"
        " by appropriate legislation?"
    )


def test_requirements_terms_and_majorities():
    q = asked(STATE_CONSTITUTION)
    assert "Under Article I, how old must a Senator be?" in q["twenty five years"]
    assert "Under Article I, for how many years are Delegates elected?" in q["four years"]
    assert "Under Article I, how many members does each County have?" in q["two"]
    assert (
        "Under Article II, a quorum consists of what share of the whole number of its members?"
        in q["one third"]
    )


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
    assert "Under Article 1, what right does everyone have?" in q["to freedom of movement"]
    assert "Under Article 2, what right of the people shall not be infringed?" in q["to assemble in peace"]
    assert "Under Article 2, what may Parliament make no law abridging?" in q["the freedom of worship"]
    assert any("without {{c1::just compensation}}" in c for c in q["just compensation"])


def test_numbers_in_words_are_read_whole():
    text = "No person shall be a Representative who shall not have attained to the Age of twenty five Years."
    assert [f.answer for f in extract_numbers(sentences_of(text))] == ["twenty five Years"]
    assert number_value("twenty five") == 25 and number_value("Twenty-one") == 21 and number_value("35") == 35
    assert number_like(30, "twenty five") == "thirty" and number_like(21, "Twenty-five") == "Twenty-one"


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
    assert "General Assembly" in wrong or "the Senate" in wrong


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


def test_charges_of_a_declaration_say_whom_they_accuse():
    # (a document stating principles: its ideas are asked, see ``extract_legal``)
    text = (
        "A Declaration of Grievances\n\n"
        "We hold that all men are created equal, and that governments derive their powers "
        "from the consent of the people, and that among these are Peace and Trade.\n"
        "The history of the present Emperor of Ruritania is a history of repeated injuries "
        "against the towns.\n"
        "He has refused his Assent to the Laws of the towns, the most necessary for the public good.\n"
        "He has dissolved the Assembly of the towns repeatedly, for opposing his taxes.\n"
        "He has kept among us, in times of peace, Standing Armies without the Consent of the Assembly.\n"
        "The Laws of the towns are the first defence of their liberty, and the Assembly is their voice.\n"
    )
    clozes = [f.slot("clause_cloze") for f in legal_facts(text) if f.slot("class") == "concept"]
    assert any(c.startswith("He [the present Emperor of Ruritania] has") for c in clozes)


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
    assert [
        f.answer for f in legal_facts(text + "A commonwealth, by which I mean a state of equals, is rare.\n")
    ][:1] == ["commonwealth"]
    concepts = concepts_of(sentences_of(text))
    assert "faction" in concepts
    assert "different" not in concepts  # an adjective, never the head of its phrase


def _questions(text: str):
    from quizgen.distractors import build_pool
    from quizgen.gates import judge_draft
    from quizgen.models import Source
    from quizgen.rules import draft_questions, load_rules
    from tests.conftest import RULES

    sentences = sentences_of(text)
    facts = extract_facts(sentences, text)
    source = Source("t", "t.txt", "title", text)
    drafts = draft_questions(facts, load_rules(RULES), build_pool(facts), 1, {"t": source})
    return [d.question for d in drafts if not judge_draft(d)]


def test_founding_questions_are_asked_as_questions_with_options_of_their_kind():
    questions = {q.answer: q for q in _questions(STATE_CONSTITUTION)}
    q = questions["twenty five years"]
    assert q.type == "mcq" and q.prompt == "Under Article I, how old must a Senator be?"
    assert len(q.options) == 4 and all(o.endswith(" years") for o in q.options)
    q = questions["House of Delegates"]
    assert q.prompt == "Under Article I, which body has the sole power of impeachment?"
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
    # "one Vote" is asked as a count, with counts as options (never "six Vote")
    votes = by_answer["one"]
    assert votes.prompt == "Under Article I, how many votes does each Senator have?"
    assert len(votes.options) == 4 and all(o in ("one", "two", "four", "five", "six") for o in votes.options)
    # "three fourths" is read whole
    assert "three fourths" in by_answer
    assert not [q for q in questions if q.answer == "three" and "Concurrence" in q.sources[0].sentence]
    # the necessary and proper clause asks who holds the power, not the name in passing
    power = by_answer["Parliament"]
    assert power.prompt.startswith("Under Article I, which body has the power to make all Laws which")
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
