"""Merging facts across sources, and finding figures the sources dispute.

Real sentences from the seed articles (five reports of one visit) and sentences written in
the shape of short political news reports; tests_corpus/test_merge_corpus.py measures the
whole build against the cross-source gold file.
"""

from pathlib import Path

from quizgen.analysis import analyse_article, from_record
from quizgen.extract import extract_facts
from quizgen.merge import figure_value, merge_facts, normalize_answer
from quizgen.models import Fact, Sentence
from tests.conftest import SEEDS
from tests.helpers import sentences_of

# A few sentences that make the two reports about the same story.
STORY = (
    "President Isaac Herzog met Ilham Aliyev in Baku. "
    "Herzog said Azerbaijan and Israel were close partners against Iran. "
)


def facts_of(source_id: str, text: str) -> list[Fact]:
    return extract_facts(sentences_of(text, source_id))


def fact(kind: str, answer: str, text: str = "") -> Fact:
    text = text or f"It was {answer} in all."
    return Fact(kind, answer, text.index(answer), Sentence("s", 0, 0, len(text), text))


def test_figures_and_names_normalise_to_one_key():
    assert normalize_answer(fact("percent", "69 percent")) == normalize_answer(fact("percent", "69%"))
    assert normalize_answer(fact("number", "seven")) == normalize_answer(fact("number", "7"))
    assert figure_value("£1.4bn") == 1.4e9
    assert figure_value("seven million") == 7e6
    assert figure_value("pounds 1,400") == 1400
    assert normalize_answer(fact("place", "Britain")) == normalize_answer(fact("place", "UK"))
    assert normalize_answer(fact("date", "on Tuesday", "He left on Tuesday.")) == "tuesday"
    assert normalize_answer(fact("quantity", "670-kilometer")) != normalize_answer(
        fact("quantity", "670 miles")
    )


def test_same_figure_in_different_words_is_one_question_and_no_conflict():
    # seeds 000 and 001
    a = facts_of(
        "000",
        STORY + "The Stockholm International Peace Research Institute found that 69% of Azerbaijan’s "
        "arms imports in 2016-2020 came from Israel, which represented 17% of Israel’s arms exports.",
    )
    b = facts_of(
        "001",
        STORY + "According to the Stockholm International Peace Research Institute, Israel provided "
        "69 percent of Baku’s major arms imports in 2016-2020, "
        "accounting for 17% of Jerusalem’s arms exports.",
    )
    merged = merge_facts(a + b)
    assert merged.conflicts == []
    percents = [f for f in merged.facts if f.kind == "percent"]
    # Each source's wording is kept as a way to ask it; the two of a group are one fact.
    groups = {f.group: sorted(g.answer for g in percents if g.group == f.group) for f in percents}
    assert sorted(groups.values()) == [["17%", "17%"], ["69 percent", "69%"]]
    assert all({s.source_id for s in f.sentences} == {"000", "001"} for f in percents)


def test_different_figures_for_the_same_measure_are_a_conflict():
    # seeds 000 and 004: a 670-kilometer border against a 475-mile one
    a = facts_of("000", STORY + "Iran and Azerbaijan share a 670-kilometer border, speculation says.")
    b = facts_of("004", STORY + "The two countries share a 475-mile border.")
    merged = merge_facts(a + b)
    assert len(merged.conflicts) == 1
    conflict = merged.conflicts[0]
    assert conflict.about == "border"
    assert sorted(side.answer for side in conflict.sides) == ["475-mile", "670-kilometer"]
    disputed = [f for f in merged.facts if f.slot("disputed")]
    assert sorted(f.answer for f in disputed) == ["475-mile", "670-kilometer"]


def test_unrelated_stories_are_never_merged_or_disputed():
    # Different stories with "12 months" targets: with no people or places in common they must stay apart.
    a = facts_of("121", "No patient would wait more than 12 months for an appointment by March 2006.")
    b = facts_of("170", "The target is 18 months for patients, a hospital in Hereford said.")
    merged = merge_facts(a + b)
    assert merged.conflicts == []
    assert all(len({s.source_id for s in f.sentences}) == 1 for f in merged.facts)


# Two reports of UK politics: the same people and places, so the sources count as related.
UK_STORY = "Prime Minister Tony Blair met Gordon Brown in London. Charles Kennedy was in Manchester. "


def _merged_across_sources(answer: str, *reports: tuple[str, str]) -> list[Fact]:
    """Facts with ``answer`` that cite more than one report (source id, text after UK_STORY)."""
    facts = [f for source_id, text in reports for f in facts_of(source_id, UK_STORY + text)]
    merged = merge_facts(facts).facts
    return [f for f in merged if f.answer == answer and len({s.source_id for s in f.sentences}) > 1]


def test_a_person_with_the_same_office_in_another_story_is_another_fact():
    # "Tory leader Michael Howard" in two stories
    # Two stories of one campaign: some people in common, most not.
    a = (
        "009",
        "Health Secretary Alan Milburn spoke in Leeds. Deputy Prime Minister John Prescott "
        "was in Hull. Home Secretary Charles Clarke was in York. Foreign Secretary Jack Straw was in Paris. "
        "The images, including one of flying pigs and another of what critics claim depicted "
        "Tory leader Michael Howard as Fagin, prompted accusations of anti-Semitism.",
    )
    b = (
        "196",
        "Former spin doctor Alastair Campbell was in Bristol. European Commissioner Peter "
        "Mandelson was in Brussels. Chancellor Gordon Brown was in Cardiff. "
        "Labour has attracted media criticism for using new freedom of information laws "
        "to dig up information about Tory leader Michael Howard's past.",
    )
    assert not _merged_across_sources("Michael Howard", a, b)


def test_a_shared_office_alone_does_not_make_two_sentences_one_fact():
    # the same spokeswoman, saying different things
    a = (
        "141",
        "Green Party transport spokeswoman Ines Varga has branded the toll scheme a waste of money "
        'and "badly designed".',
    )
    b = (
        "081",
        'Green Party transport spokeswoman Ines Varga said: "This has all the signs of '
        "Tony Blair overruling colleagues' doubts over road tolls.\"",
    )
    assert not _merged_across_sources("Ines Varga", a, b)


def test_counts_of_other_things_are_not_a_dispute():
    # four harbours in one county, 140 across the country; eight men in one place, four in another
    a = facts_of(
        "137",
        UK_STORY + "Inspectors were out to check the four harbours operating in that part of Cornwall. "
        "In Devon, police arrested four men under the new law suspected of fishing with banned nets.",
    )
    b = facts_of(
        "152",
        UK_STORY + "Hundreds of fishermen turned out at 140 harbours across England and Wales. "
        "Five of the eight men held an impromptu news conference outside the harbour office.",
    )
    assert merge_facts(a + b).conflicts == []


def _facts_of_folder(folder: Path, limit: int) -> list[Fact]:
    facts: list[Fact] = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        data = path.read_bytes()
        facts += from_record(path.name, data, analyse_article(path.name, data)).facts
    return facts


def test_reports_of_one_story_have_no_home_place():
    # all five name Azerbaijan, Israel, Iran and Baku: none stands out
    assert not any(f.slot("home") for f in merge_facts(_facts_of_folder(SEEDS, 5)).facts)


def _cited_sources(answer: str, *reports: tuple[str, str]) -> set[tuple[str, ...]]:
    """For each fact with ``answer`` in the reports' own sentences (after the shared
    story), the sources it cites once merged."""
    facts = [f for source_id, text in reports for f in facts_of(source_id, STORY + text)]
    merged = merge_facts(facts).facts
    return {
        tuple(sorted({s.source_id for s in f.sentences}))
        for f in merged
        if f.answer == answer and f.sentence.text not in STORY
    }


def test_two_short_sentences_in_mostly_the_same_words_are_one_fact():
    # seeds 001 and 003
    cited = _cited_sources(
        "Israel",
        ("001", "Herzog invited Aliyev to visit Israel."),
        ("003", "Minutes later, Herzog invited him to visit Israel."),
    )
    assert cited == {("001", "003")}


def test_a_long_sentence_sharing_a_few_common_words_is_another_fact():
    # seeds 000, 002 and 003: 002's quotation shares "relations between the two nations"
    # with 003 and nothing more; it once joined its group through those common words
    quotation = (
        "“Israel considers Azerbaijan as a valuable strategic partner and an anchor for regional "
        "security,” he said in his account on the social network Twitter, before stressing that “the "
        "relations between the two nations are a model for other countries that choose the path of peace "
        "and cooperation, as well as an example of friendly relations between Muslims and Jews”."
    )
    cited = _cited_sources(
        "Israel",
        ("000", "Israel has had an embassy in Baku since 1993."),
        ("002", quotation),
        (
            "003",
            "Israel has had an embassy in Baku since 1993, a year after relations were established "
            "between the two nations.",
        ),
    )
    assert ("002",) in cited


def test_one_speakers_words_for_a_thing_merge_across_reports_and_nobody_elses_do():
    # seeds 001 and 003: Herzog's "a dream come true", told two ways
    a = facts_of(
        "a",
        STORY + "President Isaac Herzog landed in Baku.\n"
        "“Visiting Azerbaijan is a dream come true for me and for my "
        "nation,” said Herzog, speaking in English.",
    )
    b = facts_of(
        "b", STORY + "Isaac Herzog called his visit “a dream come true” for himself and the people of Israel."
    )
    c = facts_of("c", STORY + "Ilham Aliyev called the Israeli visit “a dream come true” for his country.")
    merged = merge_facts([*a, *b, *c]).facts
    dream = [f for f in merged if f.kind == "description"]
    assert [(f.slot("speaker"), f.sentence.source_id) for f in dream] == [
        ("Isaac Herzog", "a"),
        ("Isaac Herzog", "b"),
        ("Ilham Aliyev", "c"),
    ]
    assert dream[0].group and dream[0].group == dream[1].group and not dream[2].group


def test_one_person_doing_two_things_that_share_two_words_is_two_facts():
    # "back" and "plans" in both, nothing else
    story = (
        "Opposition leader Hana Novak met Interior Minister Tomas Berger and Chancellor Eva Lind in Vienna. "
    )
    a = facts_of(
        "a",
        story + 'Hana Novak said she would not back the Interior Minister\'s plans for "curfew orders" '
        "which include night detention.",
    )
    b = facts_of(
        "b",
        story + "Hana Novak has denied her party was split over its decision to back "
        "controversial government plans to introduce road tolls.",
    )
    doing = [f for f in merge_facts([*a, *b]).facts if f.kind == "person_role" and f.slot("predicate")]
    assert len(doing) == 2 and not any(f.group for f in doing)


def test_one_thing_signed_in_two_reports_of_a_story_is_one_fact_whatever_its_word_endings():
    # seeds 000 and 001: "an agreement on health cooperation" / "... on healthcare cooperation"
    a = facts_of(
        "000",
        STORY
        + "Israel and Azerbaijan are expected to sign an agreement on health cooperation during the visit.",
    )
    b = facts_of("001", STORY + "They also signed an agreement on healthcare cooperation.")
    events = [f for f in merge_facts(a + b).facts if f.kind == "event"]
    assert sorted(f.answer for f in events) == [
        "an agreement on health cooperation",
        "an agreement on healthcare cooperation",
    ]
    assert events[0].group and events[0].group == events[1].group
    # the same words in a report of another story are another agreement
    other = facts_of("c", "They also signed an agreement on healthcare cooperation.")
    events = [f for f in merge_facts(a + other).facts if f.kind == "event"]
    assert len(events) == 2 and not any(f.group for f in events)


# Ten short stories of British politics written for the tests: Britain (or the UK) in half of
# them, every other place in one.
BRITISH_STORIES = [
    "Britain will send 200 more troops to the region, the Defence Secretary told MPs on Monday.",
    "The UK economy grew by 0.4% in the last three months of the year, official figures show.",
    "Ministers in London have agreed a new funding deal for schools in Leeds and Bradford.",
    "Britain and France signed a treaty on border controls in Paris on Thursday.",
    "Unemployment in the UK fell to 1.4 million in the autumn, the Office for National Statistics said.",
    "The Welsh Assembly met in Cardiff to debate the budget for hospitals.",
    "Police in Glasgow arrested three men after the protest outside the Scottish Parliament.",
    "The Prime Minister said Britain would hold a referendum on the European constitution.",
    "Farmers in Devon said the ban on beef exports had cost them millions.",
    "The UK government will publish its plans for identity cards next month, the Home Office said.",
]


def test_written_stories_of_british_politics_are_set_in_britain():
    # tests_corpus checks the same on 80 stories of a news corpus
    facts = [f for i, text in enumerate(BRITISH_STORIES) for f in facts_of(f"s{i}", text)]
    places = {(f.answer, bool(f.slot("home"))) for f in merge_facts(facts).facts if f.kind == "place"}
    assert {answer for answer, home in places if home} == {"UK", "Britain"}
    assert ("London", False) in places and ("Paris", False) in places
    # in one story of five, Britain is no more the home than Paris or Cardiff
    fewer = [f for i in (2, 3, 5, 6, 8) for f in facts_of(f"s{i}", BRITISH_STORIES[i])]
    assert any(f.answer == "Britain" for f in fewer)
    assert not any(f.slot("home") for f in merge_facts(fewer).facts)
