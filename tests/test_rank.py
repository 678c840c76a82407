"""Ranking and selection: what the exports carry of each source."""

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import replace

import pytest

from quizgen.bank import exported
from quizgen.build import Settings, build
from quizgen.models import Fact, Question, Sentence, Source, SourceRef
from quizgen.rank import WEIGHTS, per_source_default, rank_questions, score
from quizgen.rules import Draft
from tests.conftest import RULES, SEEDS

ARTICLE = (
    "Senate passes water rights bill\n\n"
    "The Senate passed the water rights bill by 61 votes to 38 on Thursday.\n"
    "The bill gives each state a share of the river's water.\n"
    "Mr Okafor, who chairs the committee, said the vote was close.\n"
)


def _draft(answer: str, sentence: str, prompt: str, kind: str = "number") -> Draft:
    start = ARTICLE.index(sentence)
    s = Sentence("w", ARTICLE[:start].count("\n") - 1, start, start + len(sentence), sentence)
    ref = SourceRef("w", "w.txt", s.start, s.end, sentence)
    qid = hashlib.sha1(prompt.encode()).hexdigest()[:16]
    q = Question(qid, "cloze", prompt, answer, (ref,), kind, "cloze")
    return Draft(q, Fact(kind, answer, sentence.index(answer), s))


SOURCE = Source("w", "w.txt", "Senate passes water rights bill", ARTICLE)
CENTRAL = _draft(
    "61",
    "The Senate passed the water rights bill by 61 votes to 38 on Thursday.",
    "The Senate passed the water rights bill by {{c1::61}} votes to 38 on Thursday.",
)
SAME_ANSWER = _draft(
    "61",
    "The Senate passed the water rights bill by 61 votes to 38 on Thursday.",
    "The Senate passed the water rights bill by {{c1::61}} votes to 38.",
)
LEANING = _draft(
    "committee",
    "Mr Okafor, who chairs the committee, said the vote was close.",
    "Mr Okafor, who chairs the {{c1::committee}}, said the vote was close.",
    kind="organization",
)


def _cloze(
    text: str, sentence: str, answer: str, kind: str = "number", slots: tuple = (), index: int = 5
) -> Draft:
    """A cloze of ``answer`` in ``sentence`` (the ``index``th) of ``text`` (source "t"), as drafted."""
    start = text.index(sentence)
    s = Sentence("t", index, start, start + len(sentence), sentence)
    ref = SourceRef("t", "t.txt", s.start, s.end, sentence)
    prompt = sentence.replace(answer, "{{c1::" + answer + "}}")
    return Draft(
        Question(answer, "cloze", prompt, answer, (ref,), kind, "cloze"),
        Fact(kind, answer, sentence.index(answer), s, slots),
    )


def _first_source(q: dict) -> str:
    return q["sources"][0]["source_id"]


FILLER = "Other matters were discussed at length by the members of the body. "


def _long_article(title: str, opening: str, *lines: str, padding: str = FILLER * 200) -> tuple[str, Source]:
    """A long article: its ``opening``, ``padding``, then ``lines``; its text and its source."""
    text = f"{title}\n\n{opening}\n{padding}\n" + "".join(f"{line}\n" for line in lines)
    return text, Source("t", "t.txt", title, text)


INSTITUTE = ("The Velora Institute", "The Velora Institute is a college.")


def _long_with_and_without(
    weight: str, line: str, answer: str, kind: str, article: tuple[str, str] = INSTITUTE
) -> tuple[float, float]:
    """A cloze's score in a long article (its title and opening, then ``line``), and its score
    with ``weight`` set to nothing (``_with_and_without`` of a report)."""
    text, source = _long_article(*article, line)
    draft = _cloze(text, line, answer, kind)
    return score(draft, source), score(draft, source, replace(WEIGHTS, **{weight: 0.0}))


def test_a_central_figure_outranks_a_stem_that_leans_on_earlier_sentences():
    assert score(CENTRAL, SOURCE) > WEIGHTS.min_score > score(LEANING, SOURCE)
    ranked = rank_questions([LEANING, CENTRAL, SAME_ANSWER], {"w": SOURCE})
    assert ranked[0].rank == 3 and {ranked[1].rank, ranked[2].rank} == {1, 2}
    # the leaning one scores below the floor; of two that ask the same answer, one is exported
    assert not ranked[0].selected and ranked[1].selected != ranked[2].selected
    assert all(q.selected for q in rank_questions([LEANING, CENTRAL], {"w": SOURCE}, everything=True))


def test_ranks_run_from_one_within_each_source(seeds_bank):
    ranks = defaultdict(list)
    for q in seeds_bank["questions"]:
        ranks[_first_source(q)].append(q["rank"])
    for source, found in ranks.items():
        assert sorted(found) == list(range(1, len(found) + 1)), source


def test_each_source_exports_its_best_up_to_its_length_one_per_answer_and_sentence(seeds_bank):
    for source in seeds_bank["sources"]:
        chosen = [q for q in exported(seeds_bank) if _first_source(q) == source["source_id"]]
        assert len(chosen) <= per_source_default(source["words"])
        assert len({q["answer"].lower() for q in chosen}) == len(chosen)
        assert len({q["sources"][0]["start"] for q in chosen}) == len(chosen)
        # (its best first: what is exported ranks above what is not)
        ranks = sorted(q["rank"] for q in seeds_bank["questions"] if _first_source(q) == source["source_id"])
        assert sorted(q["rank"] for q in chosen) == ranks[: len(chosen)]
    # (a report with nothing above the bar exports nothing; most samples have something)
    assert len({_first_source(q) for q in exported(seeds_bank)}) > len(seeds_bank["sources"]) / 2


def test_one_sentence_is_asked_once_but_a_founding_document_s_may_be_asked_twice():
    # (a second question on a sentence shows the first's answer in its stem)
    sentence = "The Senate passed the water rights bill by 61 votes to 38 on Thursday."
    votes = _cloze(ARTICLE, sentence, "61")
    day = _cloze(ARTICLE, sentence, "Thursday", kind="date")
    source = replace(SOURCE, source_id="t")
    ranked = rank_questions([votes, day], {"t": source}, scores=[3.0, 2.9])
    assert [q.selected for q in ranked] == [True, False]
    # (a constitution's one sentence may grant two powers: each is asked)
    founding = [replace(d, fact=replace(d.fact, slots=(("founding", "yes"),))) for d in (votes, day)]
    assert all(q.selected for q in rank_questions(founding, {"t": source}, scores=[3.0, 2.9]))


def test_per_source_caps_and_all_exports_everything(tmp_path):
    def most_of_one_source(n: int) -> int:
        build(Settings(seeds=SEEDS, out=tmp_path / str(n), rules=RULES, per_source=n))
        bank = json.loads((tmp_path / str(n) / "bank.json").read_text(encoding="utf-8"))
        per_source = Counter(_first_source(q) for q in exported(bank))
        return max(per_source.values())

    # (at most N; one is what every seed's best clears, so that cap binds)
    assert most_of_one_source(3) <= 3 and most_of_one_source(1) == 1
    build(Settings(seeds=SEEDS, out=tmp_path / "all", rules=RULES, everything=True))
    bank = json.loads((tmp_path / "all" / "bank.json").read_text(encoding="utf-8"))
    assert all(q["selected"] for q in bank["questions"])


def test_a_long_document_gets_more_questions_up_to_a_cap():
    assert per_source_default(400) == 10
    assert per_source_default(1500) == 12
    assert per_source_default(2500) == per_source_default(100_000) == 15


def test_a_long_article_is_filled_up_to_a_lesson_from_questions_just_under_the_floor():
    lines = [f"The Velora had {n} mills in {1800 + n}." for n in range(11, 17)]
    text, long_source = _long_article("The Velora", "The Velora is a river.", *lines)
    drafts = [_cloze(text, line, line.split()[3]) for line in lines]
    scores = [3.0, 2.45, 2.4, 2.3, 2.2, 1.9]
    assert WEIGHTS.lesson_score <= 2.3 < 2.45 < WEIGHTS.min_score < 3.0 and WEIGHTS.lesson_score > 2.2
    ranked = rank_questions(drafts, {"t": long_source}, scores=scores)
    assert [q.selected for q in ranked] == [True, True, True, True, False, False]
    # (not a short report, whose questions under the floor are not what a lesson wants; nor where
    # the teacher says how many)
    short = Source("t", "t.txt", "The Velora", text[:2000])
    assert [q.selected for q in rank_questions(drafts, {"t": short}, scores=scores)] == [True] + [False] * 5
    told = rank_questions(drafts, {"t": long_source}, per_source=10, scores=scores)
    assert [q.selected for q in told] == [True] + [False] * 5


def test_a_founding_document_gets_one_question_per_70_words_up_to_its_own_cap():
    # (each article or section states a rule of its own: see rank.py's docstring)
    assert per_source_default(400, founding=True) == 10
    assert per_source_default(1500, founding=True) == 22
    assert per_source_default(2500, founding=True) == 36
    assert per_source_default(100_000, founding=True) == 45
    assert per_source_default(2500) == 15  # a news report or an article: its own cap


def test_a_question_the_review_drops_is_never_selected_and_the_next_best_takes_its_place():
    ranked = rank_questions([LEANING, CENTRAL, SAME_ANSWER], {"w": SOURCE})
    chosen = next(q for q in ranked if q.selected and q.answer == "61")
    again = rank_questions([LEANING, CENTRAL, SAME_ANSWER], {"w": SOURCE}, never={chosen.id})
    by_id = {q.id: q for q in again}
    assert not by_id[chosen.id].selected
    # the other question on the same answer is exported now; the one below the floor still is not
    assert [q.selected for q in again] == [False, *(q.id != chosen.id for q in again[1:])]
    drafts = [LEANING, CENTRAL, SAME_ANSWER]
    everything = rank_questions(drafts, {"w": SOURCE}, everything=True, never={chosen.id})
    assert [q.id for q in everything if not q.selected] == [chosen.id]


def test_a_figure_said_in_passing_in_a_speech_ranks_below_the_same_figure_in_a_report():
    from dataclasses import replace

    said = replace(CENTRAL, fact=replace(CENTRAL.fact, slots=(("speech", "Ana Ruiz's 2004 address"),)))
    # (a speech's opening sentences are no lead either: greetings, not news; nor is naming
    # the title's words a sign of its point: its lines are)
    opening = WEIGHTS.in_lead + WEIGHTS.in_opening  # (CENTRAL is the report's second sentence)
    expected = score(CENTRAL, SOURCE) + WEIGHTS.speech_detail - opening - WEIGHTS.on_subject
    assert score(said, SOURCE) == pytest.approx(expected)
    assert score(said, SOURCE) < WEIGHTS.min_score < score(CENTRAL, SOURCE)


def test_a_sentence_naming_the_title_s_subject_early_in_a_long_article_ranks_higher():
    text, source = _long_article(
        "The Rhine",
        "The Rhine is 1,230 km long.",
        "The Rhine carries 2,900 tonnes.",
        "A bridge was built in 1901.",
        padding=FILLER * 130,
    )

    early = _cloze(text, "The Rhine is 1,230 km long.", "1,230")
    late = _cloze(text, "The Rhine carries 2,900 tonnes.", "2,900")
    aside = _cloze(text, "A bridge was built in 1901.", "1901")
    # (the first in its first fifth and its first 750 words, the others in its last three fifths)
    moved = WEIGHTS.early_in_long_source - WEIGHTS.late_in_long_source - WEIGHTS.past_opening
    assert score(early, source) - score(late, source) == pytest.approx(moved)
    named = WEIGHTS.on_subject - WEIGHTS.aside_in_long_source
    assert score(late, source) - score(aside, source) == pytest.approx(named)


def test_a_long_article_s_sentence_that_only_is_about_its_subject_is_an_aside():
    # (the topic slot names the subject for the stem; only a reference before its bar, "It"
    # or "the river", says the sentence calls it)
    line = "A bridge was built at Kessel in 1901."
    text, source = _long_article("The Rhine", "The Rhine is 1,230 km long.", line, padding=FILLER * 130)
    aside = _cloze(text, line, "1901", "date", (("topic", "|the Rhine"),))
    called = _cloze(text, line, "1901", "date", (("topic", "It|the Rhine"),))
    named = WEIGHTS.on_subject - WEIGHTS.aside_in_long_source
    assert score(called, source) - score(aside, source) == pytest.approx(named)


def test_whoever_only_speaks_in_a_long_article_s_sentence_is_a_commentator():
    # (named again and holding an office, as a report's speaker would not be one)
    line = "League Commissioner Jo Mensah said that the final would be spectacular."
    padding = "Other matters were discussed at length by Jo Mensah and the members. " * 130
    text, source = _long_article(
        "The Velora Cup", "The Velora Cup is a football final.", line, padding=padding
    )
    draft = _cloze(text, line, "Jo Mensah", "person_role", (("role", "League Commissioner"),))
    unmarked = score(draft, source, replace(WEIGHTS, commentator=0.0))
    assert score(draft, source) == pytest.approx(unmarked + WEIGHTS.commentator)


def test_a_figure_said_once_in_a_long_article_is_no_figure_in_passing():
    # (where it lies in the article says what it is worth)
    line = "The Velora Institute was founded in 1636 by a vote of the assembly."
    marked, unmarked = _long_with_and_without("figure_in_passing", line, "1636", "date")
    assert marked == pytest.approx(unmarked)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("In 1879, his father went to Velora to beg his son to return home.", True),
        ("Ana Ruiz was the fourth of five children.", True),
        ("In 1879, the band Velora Sisters played in Kessel.", False),  # (a name)
    ],
)
def test_a_long_article_s_sentence_of_a_family_ranks_lower(line, family):
    answer = "1879" if "1879" in line else "five"
    kind = "date" if answer == "1879" else "number"
    person = ("Ana Ruiz", "Ana Ruiz was an engineer.")
    marked, unmarked = _long_with_and_without("family_in_long_source", line, answer, kind, person)
    assert marked == pytest.approx(unmarked + (WEIGHTS.family_in_long_source if family else 0.0))


@pytest.mark.parametrize(
    ("line", "answer", "weight"),
    [
        ("In the Velora awards of 2010, Kessel Street came 3rd in its category.", "2010", "ranking"),
        ("Kessel Street was voted the finest street in 2005 by a radio show.", "2005", "ranking"),
        ("The Velora Institute was ranked 12th in 1999 by a magazine.", "1999", "ranking"),
        ("In 1999, the Velora Institute voted to admit women.", "1999", ""),  # (a body's vote)
        ("The Velora Institute (renamed in 1957) runs a library.", "1957", "bracketed"),
        ("The Velora Institute (1957–66) ran a library.", "1957–66", ""),  # (after the subject's name)
        ("Kessel Hall (1957–66) was its library.", "1957–66", "bracketed"),
    ],
)
def test_a_long_article_s_ranking_or_bracketed_remark_ranks_lower(line, answer, weight):
    text, source = _long_article("The Velora Institute", "The Velora Institute is a college.", line)
    draft = _cloze(text, line, answer, "date")
    plain = replace(WEIGHTS, ranking_in_long_source=0.0, bracketed_in_long_source=0.0)
    marked = {
        "ranking": WEIGHTS.ranking_in_long_source,
        "bracketed": WEIGHTS.bracketed_in_long_source,
    }.get(weight, 0.0)
    assert score(draft, source) == pytest.approx(score(draft, source, plain) + marked)


def test_a_sentence_naming_its_subject_by_its_possessive_names_it():
    line = "Velora's endowment is $3 billion, the largest of any college."
    university = ("Velora University", "Velora University is a college.")
    marked, unmarked = _long_with_and_without("on_subject", line, "$3 billion", "money", university)
    assert marked == pytest.approx(unmarked + WEIGHTS.on_subject)


@pytest.mark.parametrize(
    ("line", "answer", "kind", "side"),
    [
        (
            "Its length is told in Velora-miles, a scale introduced in 1939 by engineers.",
            "1939",
            "date",
            True,
        ),
        ("The Velora Institute became an incorporated college in 1939.", "1939", "date", False),
        ("It is one of the 11 regions of Ostland and the largest.", "11", "number", True),
        ("It has 11 regions, the largest of them Lowmoor.", "11", "number", False),
        ("There he worked as a clerk for 60 florins a month.", "60", "number", True),
    ],
)
def test_a_long_article_s_side_thing_ranks_lower(line, answer, kind, side):
    marked, unmarked = _long_with_and_without("side_thing_in_long_source", line, answer, kind)
    assert marked == pytest.approx(unmarked + (WEIGHTS.side_thing_in_long_source if side else 0.0))


@pytest.mark.parametrize(
    ("line", "origin"),
    [
        ("The Velora Institute was founded in 1939 by a vote of the Assembly.", True),
        ("Velora became an incorporated college in 1939.", True),
        ("The Kessel Theatre in Velora was opened in 1939 on Mosley Street.", False),  # (another thing)
        ("Velora Hall, opened in 1939, is its oldest building.", False),
        ("The Velora Institute was founded in 1921 and moved in 1939.", False),  # (the other date)
    ],
)
def test_the_date_a_long_article_s_subject_began_ranks_higher(line, origin):
    marked, unmarked = _long_with_and_without("subject_origin", line, "1939", "date")
    assert marked == pytest.approx(unmarked + (WEIGHTS.subject_origin if origin else 0.0))


def test_an_article_on_an_award_is_no_ranking_in_every_line():
    line = "The Velora Awards of 2010 were given in Kessel."
    text, source = _long_article("Velora Awards", "The Velora Awards are a prize.", line)
    draft = _cloze(text, line, "2010", "date")
    assert score(draft, source) == score(draft, source, replace(WEIGHTS, ranking_in_long_source=-5.0))


def test_a_small_count_said_again_is_no_sign_it_matters():
    # ("five" said elsewhere is mostly of other things; "£3bn" said again is the story's)
    line = "The council has five members and spent 3bn rupees."
    text = f"News\n\n{line}\nFive schools and five roads were built. It spent 3bn rupees again.\n"
    source = Source("t", "t.txt", "News", text)
    for answer, counted in (("five", False), ("3bn", True)):
        draft = _cloze(text, line, answer, "number", index=0)
        unmarked = score(draft, source, replace(WEIGHTS, per_mention=0.0))
        assert (score(draft, source) > unmarked) is counted


def test_a_long_article_s_sentence_past_its_first_750_words_ranks_lower():
    # (both sentences lie in the article's first fifth: only how many words come before differs)
    text = (
        f"The Rhine\n\n{FILLER * 40}The Rhine is 1,230 km long.\n{FILLER * 30}"
        f"The Rhine carries 2,900 tonnes.\n{FILLER * 400}"
    )
    source = Source("t", "t.txt", "The Rhine", text)
    within = _cloze(text, "The Rhine is 1,230 km long.", "1,230")
    past = _cloze(text, "The Rhine carries 2,900 tonnes.", "2,900")
    assert score(within, source) - score(past, source) == pytest.approx(-WEIGHTS.past_opening)


@pytest.mark.parametrize(
    ("weight", "kind", "line", "answer", "fires"),
    [
        # who gave a figure (not a court or a firm that finds or reports: that is the story;
        # nor a year: no estimate)
        (
            "figure_source",
            "organization",
            "In 2031, Ostland Research estimated that 3.6% of adults vote.",
            "Ostland Research",
            True,
        ),
        (
            "figure_source",
            "organization",
            "Velora has 282,442 people, according to the Office for Statistics.",
            "Office for Statistics",
            True,
        ),
        (
            "figure_source",
            "organization",
            "The Ostland Treasury forecast growth of 2% this year.",
            "Ostland Treasury",
            True,
        ),
        (
            "figure_source",
            "organization",
            "In July 2031, the High Court found that the firm had broken the law.",
            "High Court",
            False,
        ),
        ("figure_source", "organization", "Velora Air reported a 22% fall in profits.", "Velora Air", False),
        (
            "figure_source",
            "organization",
            "In 1940, the Census Bureau reported Velora's population as 94.0% rural.",
            "Census Bureau",
            True,
        ),
        (
            "figure_source",
            "organization",
            "In 2031, Ostland Research estimated that attendance had fallen.",
            "Ostland Research",
            False,
        ),
        # the year a figure was counted
        (
            "date_of_a_figure",
            "date",
            "Velora is a city with a population of 1,345,596 in 2031.",
            "2031",
            True,
        ),
        ("date_of_a_figure", "date", "As of 2031, the church had about 12 million members.", "2031", True),
        (
            "date_of_a_figure",
            "date",
            "It is the largest broadcaster, with 11 million customers as of 2031.",
            "2031",
            True,
        ),
        (
            "date_of_a_figure",
            "date",
            "The landing was achieved on Apollo 11 in July 2031 by a crew of three.",
            "July 2031",
            False,
        ),
        ("date_of_a_figure", "date", "Velora became an incorporated city in 2031.", "2031", False),
        (
            "date_of_a_figure",
            "date",
            "Its length is hard to measure; it was cited as 1,232 km by the Ostland agency in 2031.",
            "2031",
            True,
        ),
        (
            "date_of_a_figure",
            "date",
            "It was cited by the agency for its work in 2031.",  # (no figure: the citation is the fact)
            "2031",
            False,
        ),
        # the period a figure is counted over
        (
            "date_of_a_figure",
            "quantity",
            "Ostland's economy grew by 0.1% in the three months to September.",
            "three months",
            True,
        ),
        (
            "date_of_a_figure",
            "quantity",
            "Ostland's growth picked up in the last three months of 2031, a report shows.",
            "three months",
            True,
        ),
        (
            "date_of_a_figure",
            "quantity",
            "Ostland's prime minister served for three months before the vote.",
            "three months",
            False,
        ),
        # a count among a list of counts
        (
            "crowded",
            "number",
            "Some 150 laureates, 18 medallists and 13 prize winners have taught at Velora.",
            "18",
            True,
        ),
        (
            "crowded",
            "number",
            "Velora has 18 medallists on its staff, and it is a college of the arts.",
            "18",
            False,
        ),
        # a count of a game's statistics
        (
            "game_statistic",
            "number",
            "Ostland's captain Ana Ruiz recorded five tackles and two sacks in the final.",
            "five",
            True,
        ),
        ("game_statistic", "number", "Velden scored 11 goals in Ostland's 2031 league season.", "11", True),
        (
            "game_statistic",
            "number",
            "The Senate of Ostland passed five bills on water rights on Tuesday.",
            "five",
            False,
        ),
        # whose government it is
        (
            "head_of_what_is_named",
            "person_role",
            "A former judge criticised the way Ana Ruiz's government works.",
            "Ana Ruiz",
            True,
        ),
        (
            "head_of_what_is_named",
            "person_role",
            "A former judge criticised the way Ana Ruiz ran the inquiry.",
            "Ana Ruiz",
            False,
        ),
    ],
)
def test_a_side_of_a_fact_ranks_below_the_fact(weight, kind, line, answer, fires):
    marked, unmarked = _with_and_without(weight, line, answer, kind)
    assert marked == pytest.approx(unmarked + (getattr(WEIGHTS, weight) if fires else 0.0))


def test_a_body_is_named_again_by_its_name_without_its_kind():
    from quizgen.rank import _mentions

    text = "Merger\n\nABC merged with Capital Cities Communications. Capital Cities/ABC grew.\n"
    source = Source("t", "t.txt", "Merger", text)
    assert _mentions("Capital Cities Communications", "organization", source) == 2
    # (not where one word is left: "Jet" of "Jet Airways" is said of other things)
    assert (
        _mentions("Jet Airways", "organization", Source("t", "t.txt", "J", "J\n\nJet Airways. A jet.")) == 1
    )


def test_a_report_s_headline_words_rank_higher():
    # (in a short report, a headline's words name what its story is about; a long article's
    # own subject is not asked at all: ``gates._given_by_title``)
    title = "Velora, Ostland"
    text = f"{title}\n\nThe station moved to Velora in 1931.\n"

    def scored(text: str, answer: str) -> float:
        sentence = f"The station moved to {answer} in 1931."
        return score(_cloze(text, sentence, answer, "place", index=1), Source("t", "t.txt", title, text))

    assert scored(text, "Velora") > scored(text.replace("Velora in", "Kessel in"), "Kessel")


REPORT = (
    "Port strike ends\n\n"
    "Dock workers in Velmar ended their strike on Monday after twelve days.\n"
    "The port handles most of Ostland's grain.\n"
    "Talks were held over the weekend.\n"
    "Pay rises were agreed.\n"
    "Ships waiting at sea were sent on to Velmar.\n"
    "Ships waiting at sea were sent on to Kessel.\n"
)


def test_a_report_s_first_two_sentences_rank_above_its_lead_s_others():
    source = Source("t", "t.txt", "Port strike ends", REPORT)
    first = _cloze(REPORT, "The port handles most of Ostland's grain.", "Ostland", "place", index=1)
    third = _cloze(REPORT, "The port handles most of Ostland's grain.", "Ostland", "place", index=2)
    assert score(first, source) - score(third, source) == pytest.approx(WEIGHTS.in_opening)


def test_a_report_s_detail_past_its_lead_ranks_lower_unless_its_opening_names_the_answer():
    source = Source("t", "t.txt", "Port strike ends", REPORT)
    told = _cloze(REPORT, "Ships waiting at sea were sent on to Velmar.", "Velmar", "place")
    aside = _cloze(REPORT, "Ships waiting at sea were sent on to Kessel.", "Kessel", "place")
    # (Velmar is said again, which counts as ever; Kessel is a detail)
    named = WEIGHTS.per_mention
    assert score(told, source) - score(aside, source) == pytest.approx(named - WEIGHTS.detail_after_opening)


@pytest.mark.parametrize(
    ("role", "side"),
    [
        ("", True),  # a witness
        ("union official", True),
        ("Ostland's transport minister", False),  # an office speaks through them
        ("Labour MP", False),  # ... or a party
    ],
)
def test_a_person_the_opening_does_not_name_ranks_lower_unless_an_office_speaks_through_them(role, side):
    text = (
        "Port strike ends\n\nDock workers in Velmar ended their strike on Monday.\n"
        "The union met again on Friday.\nTomas Velden praised the deal.\n"
    )
    line, slots = "Tomas Velden praised the deal.", (("role", role),) if role else ()

    def asked(text: str) -> float:
        return score(
            _cloze(text, line, "Tomas Velden", "person_role", slots, index=3), Source("t", "t.txt", "", text)
        )

    # (named in the opening, Velden is named twice: one mention more)
    opened = asked(text.replace("Dock workers", "Dock workers led by Tomas Velden")) - WEIGHTS.per_mention
    assert opened - asked(text) == pytest.approx(-WEIGHTS.side_person if side else 0.0)


def test_a_speech_line_on_a_word_the_speech_comes_back_to_ranks_above_a_flourish():
    text = (
        "Ana Ruiz: Address to the Assembly, 2004\n\n"
        "We choose freedom, and freedom chooses us.\nHistory is a ribbon, always unfurling.\n"
        "Our freedom is the work of every citizen.\n"
    )
    source = Source("t", "t.txt", "Ana Ruiz: Address to the Assembly, 2004", text)

    speech = (("speech", "Ana Ruiz's address"),)
    theme = _cloze(
        text, "We choose freedom, and freedom chooses us.", "freedom chooses us", "speech_line", speech
    )
    flourish = _cloze(text, "History is a ribbon, always unfurling.", "ribbon", "speech_line", speech)
    assert score(theme, source) > score(flourish, source)


def test_a_list_of_parallel_clauses_gives_a_few_questions_those_of_self_government_first():
    # twelve charges of one declaration: at most ``max_per_series`` are exported, and a charge
    # naming no word of self-government ranks below those that name some
    lines = [f"He has wronged the towns in manner {n} of the realm." for n in range(12)]
    text = "A Declaration\n\n" + "\n".join(lines) + "\n"
    source = Source("t", "t.txt", "A Declaration", text)
    drafts = [
        _cloze(text, line, f"manner {n}", "principle", (("series", "charges"), ("civic", "1" if n else "0")))
        for n, line in enumerate(lines)
    ]
    assert score(drafts[0], source) < score(drafts[1], source)
    # (each scored as a charge that clears the bar, in order)
    scores = [score(d, source) + WEIGHTS.min_score for d in drafts]
    ranked = rank_questions(drafts, {"t": source}, per_source=12, scores=scores)
    chosen = [q.answer for q in ranked if q.selected]
    assert len(chosen) == WEIGHTS.max_per_series and "manner 0" not in chosen


def test_a_place_in_a_founding_document_ranks_below_the_same_place_in_a_report():
    text = "A Declaration\n\nThe history of the present King of Norland is a history of wrongs.\n"
    source = Source("t", "t.txt", "A Declaration", text)
    line = "The history of the present King of Norland is a history of wrongs."
    founding = _cloze(text, line, "Norland", "place", (("founding", "yes"),))
    report = _cloze(text, line, "Norland", "place")
    assert score(founding, source) == score(report, source) + WEIGHTS.founding_detail


@pytest.mark.parametrize(
    ("answer", "sentence", "yearless"),
    [
        ("March", "Consumer borrowing rose at a near-record pace in March.", True),
        ("14 March", "The bill must pass into law by 14 March, when the old powers expire.", True),
        ("March 2004", "The bill passed into law in March 2004 after a long fight.", False),
        ("14 March", "The law of 2004 took effect on 14 March after a long fight.", False),
    ],
)
def test_a_month_or_day_of_no_named_year_scores_below_what_is_exported(answer, sentence, yearless):
    marked, unmarked = _with_and_without("yearless_date", sentence, answer, "date")
    assert marked == pytest.approx(unmarked + (WEIGHTS.yearless_date if yearless else 0.0))
    assert not yearless or marked < WEIGHTS.min_score


def _with_and_without(weight: str, sentence: str, answer: str, kind: str) -> tuple[float, float]:
    """A cloze's score in a one-sentence report, and its score with ``weight`` set to nothing."""
    text = f"News\n\n{sentence}\n"
    source = Source("t", "t.txt", "News", text)
    draft = _cloze(text, sentence, answer, kind)
    return score(draft, source), score(draft, source, replace(WEIGHTS, **{weight: 0.0}))


def test_a_sentence_calling_the_subject_by_its_noun_is_on_the_subject():
    line = "The river rises at a glacier near Mount Kessel, 2,900 metres up."
    text = f"Velora\n\nThe Velora is a river.\n{line}\n"
    source = Source("t", "t.txt", "Velora", text)
    plain = _cloze(text, line, "2,900", "quantity")
    called = _cloze(text, line, "2,900", "quantity", (("topic", "The river|the Velora"),))
    assert score(called, source) == pytest.approx(score(plain, source) + WEIGHTS.on_subject)


@pytest.mark.parametrize(
    ("sentence", "place", "in_passing"),
    [
        ("The premier spoke for the first time since returning from his holiday in Kenya.", "Kenya", True),
        ("Ana Souza, from Recife, and two others were held for three years.", "Recife", True),
        ("Nine men from Lagos and another man from Ibadan have been freed on bail.", "Ibadan", True),
        ("Speaking in Ottawa on Monday, the envoy said the talks had failed.", "Ottawa", True),
        ("The trade minister announced the decision in Lima on Thursday.", "Lima", True),
        ("The minister said the plant in Lima would close.", "Lima", False),
        ("The EU embargo on arms exports to Myanmar is likely to be lifted this year.", "Myanmar", False),
        ("The EU will start accession talks with Moldova in April.", "Moldova", False),
    ],
)
def test_a_place_somebody_went_to_or_came_from_ranks_below_one_a_policy_is_about(sentence, place, in_passing):
    marked, unmarked = _with_and_without("place_in_passing", sentence, place, "place")
    assert marked == pytest.approx(unmarked + (WEIGHTS.place_in_passing if in_passing else 0.0))


def test_this_year_matters_to_a_figure_asked_not_to_a_person():
    line = "Foreign Minister Ana Souza will visit 12 countries in Asia this year."
    text = f"Ministry news\n\nThe ministry set out its plans on Monday in Brasilia.\n{line}\n"
    source = Source("t", "t.txt", "Ministry news", text)
    figure = _cloze(text, line, "12", "number")
    person = _cloze(text, line, "Ana Souza", "person_role")
    no_year = replace(WEIGHTS, refers_back=0.0)
    assert score(figure, source) == pytest.approx(score(figure, source, no_year) + WEIGHTS.refers_back)
    assert score(person, source) == pytest.approx(score(person, source, no_year))


def test_a_count_of_what_the_sentence_lists_is_not_exported():
    line = "The federation is divided into four regions: Coastal, Highland, Lake and Desert."
    marked, unmarked = _with_and_without("counted_list", line, "four", "number")
    assert marked == pytest.approx(unmarked + WEIGHTS.counted_list) and marked < WEIGHTS.min_score
    line = "The federation is divided into four regions, each with its own parliament."
    marked, unmarked = _with_and_without("counted_list", line, "four", "number")
    assert marked == unmarked


def test_a_figure_said_once_in_a_reports_body_ranks_below_one_its_headline_names():
    line = "A survey found that 46% of farmers in Kenya would plant maize again."
    marked, unmarked = _with_and_without("figure_in_passing", line, "46%", "percent")
    assert marked == pytest.approx(unmarked + WEIGHTS.figure_in_passing)
    text = f"Maize up 46%\n\n{line}\n"
    draft = _cloze(text, line, "46%", "percent")
    source = Source("t", "t.txt", "Maize up 46%", text)
    assert score(draft, source) == pytest.approx(
        score(draft, source, replace(WEIGHTS, figure_in_passing=0.0))
    )


@pytest.mark.parametrize(
    ("role", "commenting"),
    [
        ("economist", True),
        ("bank analyst", True),
        ("Labour health spokesman", False),
        ("finance minister", False),
        # anybody who only speaks in the sentence asked, unless an office speaks through them
        ("chief executive of the Accra Traders' Union", True),
        ("", True),
    ],
)
def test_a_commentator_named_once_ranks_below_those_who_act(role, commenting):
    line = "Jo Mensah said the new levy would hurt small traders in Accra."
    text = f"News\n\n{line}\n"
    source = Source("t", "t.txt", "News", text)
    draft = _cloze(text, line, "Jo Mensah", "person_role", (("role", role),))
    unmarked = score(draft, source, replace(WEIGHTS, commentator=0.0))
    assert score(draft, source) == pytest.approx(unmarked + (WEIGHTS.commentator if commenting else 0.0))


@pytest.mark.parametrize(
    ("line", "speaks"),
    [
        ("Jo Mensah said the new levy would hurt small traders in Accra.", True),
        ('"It will hurt traders," Jo Mensah, head of the Accra Traders\' Union, told Radio Gold.', True),
        ("The levy will hurt small traders, said union leader Jo Mensah.", True),
        ("Jo Mensah won the seat in Accra by 312 votes in 2020.", False),
        ("Jo Mensah stated that the league would grow.", True),
        # said of them, not by them
        ("Jo Mensah was said to have found Accra of timber and left it in stone.", False),
    ],
)
def test_a_person_who_only_speaks_in_the_sentence_is_a_voice_on_the_story(line, speaks):
    from quizgen.rank import _only_speaks

    fact = Fact("person_role", "Jo Mensah", line.index("Jo Mensah"), Sentence("t", 1, 0, len(line), line))
    assert _only_speaks(fact) is speaks


def test_a_place_modifying_a_noun_ranks_below_the_same_place_said_as_where():
    text = (
        "Cup team named\n\nThe Ostland captain was named on Monday.\nThe team trained in Ostland on Monday.\n"
    )
    source = Source("t", "t.txt", "Cup team named", text)
    modifier = _cloze(text, "The Ostland captain was named on Monday.", "Ostland", "place")
    where = _cloze(text, "The team trained in Ostland on Monday.", "Ostland", "place")
    assert score(where, source) - score(modifier, source) == pytest.approx(-WEIGHTS.place_as_modifier)


def test_a_year_later_than_every_other_option_ranks_lower():
    text = "Sales record\n\nThe band sold the most albums of 2031 so far.\n"
    source = Source("t", "t.txt", "Sales record", text)
    draft = _cloze(text, "The band sold the most albums of 2031 so far.", "2031", "date", index=0)
    latest = replace(
        draft, question=replace(draft.question, type="mcq", options=("2028", "2029", "2030", "2031"))
    )
    among = replace(
        draft, question=replace(draft.question, type="mcq", options=("2029", "2030", "2031", "2033"))
    )
    assert score(among, source) - score(latest, source) == pytest.approx(-WEIGHTS.latest_of_options)
    # a long article tells of many years, none its own: the latest of four is no sign there
    _, long_source = _long_article("Sales record", "The band sold the most albums of 2031 so far.")
    in_article = [
        replace(d, fact=replace(d.fact, sentence=replace(d.fact.sentence, start=14))) for d in (latest, among)
    ]
    assert score(in_article[0], long_source) == pytest.approx(score(in_article[1], long_source))


def test_a_date_in_a_report_ranks_below_a_figure_said_alike():
    line = "The dam was approved in 2031 by the council."
    text = f"Dam approved\n\n{line}\n"
    source = Source("t", "t.txt", "Dam approved", text)
    date, number = (score(_cloze(text, line, "2031", kind, index=1), source) for kind in ("date", "number"))
    assert WEIGHTS.kinds["date"] == WEIGHTS.kinds["number"]
    assert date - number == pytest.approx(WEIGHTS.report_date)


def test_a_country_ranks_below_a_city_said_alike():
    def asked(place: str, kind: str) -> float:
        line = f"The court in {place} approved the dam."
        text = f"Dam approved\n\n{line}\n"
        draft = _cloze(text, line, place, "place", (("place_kind", kind),))
        return score(draft, Source("t", "t.txt", "Dam approved", text))

    assert asked("Norland", "country") - asked("Norland", "city") == pytest.approx(WEIGHTS.country)
    assert asked("Norland", "continent") - asked("Norland", "city") == pytest.approx(WEIGHTS.country)


@pytest.mark.parametrize(
    ("line", "answer", "litany"),
    [
        ("We have much to do: much to repair, much to heal, much to build, and much to gain.", "gain", True),
        (
            "Its cost: in toil patiently sustained, in help given, in sacrifice calmly borne.",
            "sacrifice",
            True,
        ),
        ("We the people, in order to form a more perfect union, establish justice.", "justice", False),
    ],
)
def test_a_word_of_one_item_of_a_litany_ranks_lower(line, answer, litany):
    text = f"Inaugural address\n\n{line}\n"
    source = Source("t", "t.txt", "Inaugural address", text)
    draft = _cloze(text, line, answer, "speech_line", (("speech", "yes"),))
    gap = score(draft, source) - score(draft, source, replace(WEIGHTS, litany_item=0.0))
    assert gap == pytest.approx(WEIGHTS.litany_item if litany else 0.0)


@pytest.mark.parametrize(
    ("line", "modifies"),
    [
        ("Ostland captain Ana Ruiz scored twice on Sunday.", True),
        ("Ostland retail giant Velo Stores bought the chain.", True),
        ("Ostland beat Norland twice on Sunday.", False),
        ("Trade with Ostland rose in March.", False),
    ],
)
def test_a_place_in_a_title_before_a_name_ranks_as_a_modifier(line, modifies):
    text = f"Report\n\n{line}\n"
    source = Source("t", "t.txt", "Report", text)
    draft = _cloze(text, line, "Ostland", "place", (("place_kind", "city"),))
    gap = score(draft, source) - score(draft, source, replace(WEIGHTS, place_as_modifier=0.0))
    assert gap == pytest.approx(WEIGHTS.place_as_modifier if modifies else 0.0)
