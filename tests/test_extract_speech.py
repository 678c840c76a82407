"""Speeches: who gave one and when (from its title), and the lines it is remembered for.

Every title and sentence here is written for the test in the shapes real ones take;
none is read from a corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.build import Settings, build
from quizgen.clean import mark_blocks
from quizgen.extract import extract_facts
from quizgen.extract.speech import memorable_lines, parse_speech_title
from quizgen.gates import judge
from quizgen.models import Fact, Question, Sentence, SourceRef
from quizgen.rules import Draft
from tests.conftest import RULES
from tests.helpers import sentences_of


def why_dropped(d) -> str:
    """Why the checks drop a draft read alone, or ''."""
    return judge(d)[1]


def _title(text: str) -> Sentence:
    return Sentence("t", -1, 0, len(text), text, "title")


@pytest.mark.parametrize(
    ("title", "speaker", "occasion", "date", "label"),
    [
        (
            "Maria Sousa: Inaugural Address, 1999",
            "Maria Sousa",
            "inaugural address",
            "1999",
            "Maria Sousa’s 1999 inaugural address",
        ),
        (
            "Speech by Arthur Penhaligon at the Harbour Workers Conference, 12 May 2004",
            "Arthur Penhaligon",
            "speech at the Harbour Workers Conference",
            "12 May 2004",
            "Arthur Penhaligon’s speech at the Harbour Workers Conference (12 May 2004)",
        ),
        (
            "Edmund Harrow's address to the nation (1940)",
            "Edmund Harrow",
            "address to the nation",
            "1940",
            "Edmund Harrow’s 1940 address to the nation",
        ),
        (
            "President Ana Beatriz dos Santos: Address to the National Congress, 1 January 2003",
            "Ana Beatriz dos Santos",
            "address to the National Congress",
            "1 January 2003",
            "President Ana Beatriz dos Santos’ address to the National Congress (1 January 2003)",
        ),
        (
            "King Olaf IV: Speech from the Throne, 7 November 2023",
            "Olaf IV",
            "speech from the Throne",
            "7 November 2023",
            "King Olaf IV’s speech from the Throne (7 November 2023)",
        ),
    ],
)
def test_a_speech_title_says_who_and_when(
    title: str, speaker: str, occasion: str, date: str, label: str
) -> None:
    info = parse_speech_title(title)
    assert info is not None
    assert (info.speaker, info.occasion, info.date, info.label) == (speaker, occasion, date, label)


@pytest.mark.parametrize(
    "title",
    [
        "Minister defends school budget in speech",  # a headline about a speech: no date, no "Name:"
        "Labour: manifesto launch, 2005",  # no speech word
        "Andrew Jackson",  # an encyclopedia article
        "Maria Sousa: Inaugural Address",  # who, but not when
        "Parliament: the Speaker's role, 2001",  # a speech word only inside an office
    ],
)
def test_other_titles_are_no_speech(title: str) -> None:
    assert parse_speech_title(title) is None


def _keys(text: str) -> dict[str, str]:
    """figure -> key of each memorable line of ``text``."""
    return {ln.key: ln.figure for ln in memorable_lines(sentences_of(text)) if ln.key}


def test_an_antithesis_is_asked_for_its_contrasted_term() -> None:
    text = (
        "We meet here not as rivals, but as partners.\n"
        "Our strength rests not on the number of our ships but on the rule of law.\n"
        "This nation offers the world not a threat but a promise."
    )
    assert _keys(text) == {
        "partners": "antithesis",
        "the rule of law": "antithesis",
        "a promise": "antithesis",
    }


def test_a_denied_then_granted_question_is_asked_for_its_last_phrase() -> None:
    lines = memorable_lines(
        sentences_of("Ask not what the harbour owes to you, but what we all owe to the sea.")
    )
    assert [ln.key for ln in lines] == ["the sea"]
    lines = memorable_lines(
        sentences_of("Ask not what the harbour can do for you -- ask what you can do for the harbour.")
    )
    assert [(ln.figure, ln.key) for ln in lines] == [("antithesis", "")]  # "harbour" twice: no blank


def test_parallel_phrases_are_asked_for_the_last_term() -> None:
    text = (
        "The work ahead is long: much to mend, much to plant, much to harvest.\n"
        "We are all farmers, we are all fishermen.\n"
        "May we seek strength--without cruelty."
    )
    assert _keys(text) == {"harvest": "tricolon", "fishermen": "parallel", "cruelty": "antithesis"}


def test_phrases_that_share_their_opening_words_are_asked_for_the_term_they_vary() -> None:
    # ("--" is a dash: it opens no phrase of its own; the object all three act on closes the line)
    text = "But, in truth, we can not buy -- we can not sell -- we can not borrow -- this harbour."
    (line,) = memorable_lines(sentences_of(text))
    assert (line.figure, line.key) == ("tricolon", "borrow")
    assert text[line.start : line.end].endswith("we can not borrow -- this harbour")


def test_this_place_and_this_day_are_the_speechs_own_but_this_idea_points_back() -> None:
    title = _title("The Harbour Address")
    spoken = "We can not buy -- we can not sell -- we can not borrow -- this {}."
    assert [f.answer for f in extract_facts(sentences_of(spoken.format("ground")), title=title)] == ["borrow"]
    assert not extract_facts(sentences_of(spoken.format("idea")), title=title)


def test_a_line_cut_from_its_main_clause_is_no_cloze() -> None:
    title = _title("Maria Sousa: Inaugural Address, 1999")
    text = "We have the duty to mend this harbour -- not as strangers, but as neighbours."
    assert not [f for f in extract_facts(sentences_of(text), title=title) if f.kind == "speech_line"]
    whole = "Not as strangers, but as neighbours, we will mend the harbour."
    assert [f.answer for f in extract_facts(sentences_of(whole), title=title) if f.kind == "speech_line"]


def test_the_only_thing_is_asked_for_what_it_is() -> None:
    assert _keys("The only thing we must guard against is despair.") == {"despair": "only"}


def test_a_key_the_line_repeats_is_no_blank() -> None:
    # "power" and "example" are both read in the line: the blank would be guessed
    lines = memorable_lines(
        sentences_of("We will lead not by the example of our power but by the power of our example.")
    )
    assert [(ln.figure, ln.key) for ln in lines] == [("antithesis", "")]


def test_prose_is_no_memorable_line() -> None:
    text = (
        # news: "not ... but" whose halves are not parallel
        "The minister said the plan was not dead but needed more work.\n"
        "Ministers did not comment, but officials said talks would go on.\n"
        "Voters backed the plan not because it was cheap but because it was quick.\n"
        # encyclopedia: a list of places and a list of long items
        "The river flows through the towns of Ashford, Brent, Calder and Dunmore.\n"
        "The duties of the council are to set the budget of the county, to keep the roads in repair, "
        "to license the markets of the towns and to run the schools.\n"
        "The empire was divided into provinces, the provinces into districts, the districts into villages."
    )
    assert _keys(text) == {}


def test_only_a_speech_has_speech_facts() -> None:
    text = "We meet here not as rivals, but as partners.\nWe are all farmers, we are all fishermen."
    as_news = extract_facts(sentences_of(text), title=_title("Farm leaders meet in capital"))
    assert not [f for f in as_news if f.kind in ("speech_line", "line_speaker", "line_date")]
    assert not [f for f in as_news if f.slot("speech")]
    as_speech = extract_facts(sentences_of(text), title=_title("Maria Sousa: Inaugural Address, 1999"))
    lines = {f.answer: f for f in as_speech if f.kind == "speech_line"}
    assert set(lines) == {"partners", "fishermen"}
    assert lines["partners"].slot("line_cloze") == "We meet here not as rivals, but as {{c1::partners}}"
    assert lines["partners"].slot("speech") == "Maria Sousa’s 1999 inaugural address"
    who = next(f for f in as_speech if f.kind == "line_speaker")
    assert who.answer == "Maria Sousa"
    assert who.sentences[-1].role == "title"  # it cites the title, which says who


def test_a_speech_its_title_names_without_its_speaker_is_asked_by_its_lines() -> None:
    text = "We meet here not as rivals, but as partners.\nWe are all farmers, we are all fishermen."
    facts = extract_facts(sentences_of(text), title=_title("The Harbour Address"))
    lines = {f.answer: f for f in facts if f.kind == "speech_line"}
    assert set(lines) == {"partners", "fishermen"}
    assert lines["partners"].slot("speech") == "the Harbour Address"
    assert not [f for f in facts if f.kind in ("line_speaker", "line_date")]  # (who and when: unsaid)


def test_a_line_that_points_back_is_not_asked() -> None:
    text = "She is free and she is equal, not in the eyes of the law alone, but in our own."
    facts = extract_facts(sentences_of(text), title=_title("Maria Sousa: Inaugural Address, 1999"))
    assert not [f for f in facts if f.kind in ("speech_line", "line_speaker")]


def test_a_speech_ends_without_readers_comments() -> None:
    # A closing run of first-person paragraphs is readers' comments after a news story ...
    body = "\n\n".join(
        [
            "The council met on Monday and voted to close the old harbour to ships next year.",
            "We are tired of waiting for you to act on this.",
            "I think our town deserves better than this, frankly.",
            "You should all be ashamed of what you have done to us.",
        ]
    )
    news = mark_blocks("Council closes harbour\n\n" + body)
    assert [b.role for b in news][-1] == "boilerplate"
    # ... but the speech itself in a speech
    speech = mark_blocks("Maria Sousa: Inaugural Address, 1999\n\n" + body)
    assert all(b.role == "body" for b in speech[1:])


SPEECHES = {
    "sousa": (
        "Maria Sousa: Inaugural Address, 1999",
        "Today, before the assembly and the people, I take the oath of this office with a grateful heart.\n\n"
        "Fellow citizens, we meet here not as rivals, but as partners in one republic.\n\n"
        "Our strength rests not on the number of our ships but on the justice of our laws.\n\n"
        "Let us build schools. Let us build roads for every village.",
    ),
    "harrow": (
        "Edmund Harrow: Inaugural Address, 1977",
        "Friends, the long winter of the war is over, and the fields of our country wait for us.\n\n"
        "We are all farmers, we are all fishermen of the coast.\n\n"
        "The work ahead is long: much to mend, much to plant, much to harvest.",
    ),
    "okoro": (
        "Grace Okoro: Inaugural Address, 2009",
        "I stand here humbled by the trust you have placed in me and mindful of the years ahead.\n\n"
        "We seek the world's friendship, not through fear but through trust.\n\n"
        "Our republic was founded in hardship, and it endures in hope.",
    ),
    "lind": (
        "Per Lind: Inaugural Address, 1961",
        "For the second time I have taken the oath of office before the judges of the high court.\n\n"
        "May we know courage--without recklessness.\n\n"
        "We offer our neighbours not a warning but an open hand.",
    ),
}


def _build(tmp_path: Path, names: list[str]) -> list[dict]:
    seeds = tmp_path / "speeches"
    seeds.mkdir()
    for name in names:
        title, body = SPEECHES[name]
        (seeds / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    build(Settings(seeds=seeds, out=tmp_path / "out", rules=RULES, seed=1))
    return json.loads((tmp_path / "out" / "bank.json").read_text(encoding="utf-8"))["questions"]


def test_who_said_offers_the_other_speakers(tmp_path: Path) -> None:
    questions = _build(tmp_path, list(SPEECHES))
    who = [q for q in questions if q["rule_id"] == "speech-speaker-mcq"]
    assert {q["answer"] for q in who} == {"Maria Sousa", "Edmund Harrow", "Grace Okoro", "Per Lind"}
    for q in who:
        assert q["selected"], "the title saying who does not keep 'Who said ...?' out of the exports"
        assert q["prompt"].startswith("Who said, in an inaugural address: “")
        assert set(q["options"]) == {"Maria Sousa", "Edmund Harrow", "Grace Okoro", "Per Lind"}
        assert q["sources"][-1]["sentence"].endswith(
            "Inaugural Address, " + q["sources"][-1]["sentence"][-4:]
        )
    cloze = [q for q in questions if q["rule_id"] == "speech-line-cloze"]
    assert cloze, "lines not asked as whose they are are asked as a cloze"
    assert all(q["prompt"].startswith("Complete the line from ") for q in cloze)
    # a line asked as whose it is is not asked again as a cloze
    whose = {q["sources"][0]["sentence"] for q in who}
    assert not whose & {q["sources"][0]["sentence"] for q in cloze}


def test_who_said_offers_speakers_of_the_answers_era(tmp_path: Path) -> None:
    SPEECHES["quist"] = (
        "Ada Quist: Inaugural Address, 1881",
        "The republic asks of every citizen a patient industry and a sober judgment.\n\n"
        "Let us bind the provinces together with iron roads and common schools.",
    )
    try:
        questions = _build(tmp_path, list(SPEECHES))
    finally:
        del SPEECHES["quist"]
    who = [q for q in questions if q["rule_id"] == "speech-speaker-mcq"]
    # (80 years and more from the rest: neither offered with them, nor asked among them)
    assert who and all("Ada Quist" not in q["options"] for q in who)
    assert not any(q["answer"] == "Ada Quist" for q in who)


def test_with_too_few_speakers_a_line_is_a_cloze(tmp_path: Path) -> None:
    questions = _build(tmp_path, ["sousa", "harrow"])
    assert not [q for q in questions if q["rule_id"] in ("speech-speaker-mcq", "speech-year-mcq")]
    answers = {q["answer"] for q in questions if q["rule_id"] == "speech-line-cloze"}
    assert {"partners", "fishermen"} <= answers


SPOKEN = "Maria Sousa’s 1999 inaugural address"


def _speech_draft(text: str, answer: str, kind: str, named: bool = True) -> Draft:
    """A cloze of ``answer`` in a sentence of a speech, its stem naming the speech or not."""
    sentence = Sentence("t", 5, 0, len(text), text)
    fact = Fact(kind, answer, text.index(answer), sentence, (("speech", SPOKEN),))
    s = text.index(answer)
    cloze = text[:s] + "{{c1::" + answer + "}}" + text[s + len(answer) :]
    prompt = f"From {SPOKEN}: {cloze}" if named else cloze
    q = Question("0" * 16, "cloze", prompt, answer, (SourceRef("t", "t.txt", 0, len(text), text),), kind, "r")
    return Draft(q, fact)


def test_a_first_person_sentence_is_asked_only_naming_the_speech() -> None:
    text = "We yielded to the National Council powers that belonged to our provinces."
    assert why_dropped(_speech_draft(text, "National Council", "organization")) == ""
    assert (
        why_dropped(_speech_draft(text, "National Council", "organization", named=False))
        == "inside a quotation"
    )


def test_what_a_speech_cannot_resolve_is_not_asked() -> None:
    they = "In 1826, on the anniversary of the Charter of Rights, they both died in their homes."
    assert why_dropped(_speech_draft(they, "Charter of Rights", "law")) == "needs context"
    elided = "For more than 200 years, across every war and famine, we have."
    assert why_dropped(_speech_draft(elided, "200 years", "quantity")) == "needs context"
    ago = "We meet again, as upon a like moment four years ago, to renew our oath of service."
    assert why_dropped(_speech_draft(ago, "four years", "quantity")) == "time counted from when it was said"


def test_an_aside_to_the_audience_is_not_asked() -> None:
    aside = "Look, folks, all my friends from the National Council up there in the gallery."
    assert why_dropped(_speech_draft(aside, "National Council", "organization")) == "an aside to the audience"
    told = "We yielded to the National Council powers that belonged to our provinces."
    assert why_dropped(_speech_draft(told, "National Council", "organization")) == ""


def test_a_person_spoken_to_is_not_asked() -> None:
    text = "Senator Ruth Adeyemi, God bless you and welcome back to the Senate."
    assert why_dropped(_speech_draft(text, "Ruth Adeyemi", "person_role")) == "spoken to, not told about"
    told = "Senator Ruth Adeyemi wrote the water law that you and I now live by."
    assert why_dropped(_speech_draft(told, "Ruth Adeyemi", "person_role")) != "spoken to, not told about"


def test_a_title_naming_the_speaker_after_a_comma_is_a_speech_title():
    title = parse_speech_title(
        "Address at the Harbour of Kestrel, by President Amara Lindqvist, 14 June 1962"
    )
    assert title is not None and title.speaker == "Amara Lindqvist" and title.office == "president"
    assert title.occasion == "address at the Harbour of Kestrel" and title.year == "1962"
