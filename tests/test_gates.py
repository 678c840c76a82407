from dataclasses import replace

import pytest

from quizgen import gates
from quizgen.discourse import leans_on
from quizgen.gates import apply_gates, combine, screen_drafts, select_drafts
from quizgen.models import Fact, Question, Sentence, SourceRef
from quizgen.rules import BLANK, Draft
from tests.helpers import asked_alone_and_led


def draft(text: str, answer: str, prompt: str, qtype: str = "cloze", kind: str = "date") -> Draft:
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact(kind, answer, text.index(answer), sentence)
    ref = SourceRef("t", "t.txt", 0, len(text), text)
    q = Question(
        f"{abs(hash((text, answer, prompt))):016x}"[:16],
        qtype,
        prompt,
        answer,
        (ref,),
        kind,
        "r",
        ("a", "b", "c", answer) if qtype == "mcq" else (),
        3 if qtype == "mcq" else None,
    )
    return Draft(q, fact)


def _check(check, d: Draft) -> str:
    """One check's verdict on a draft read alone, with the packaged settings (its function,
    then its records in data/surroundings.yaml)."""
    name = next(n for n, f in gates.GATES if f is check)
    return gates.surrounded(name, d) or check(d, gates.Screen().reading(d), gates.DEFAULT_SETTINGS)


def reasons(*drafts: Draft) -> dict[str, int]:
    return apply_gates(list(drafts)).dropped


def test_a_good_question_passes():
    text = "In March 1994 the Supreme Court of India limited the dismissal of state governments."
    assert apply_gates([draft(text, "1994", text.replace("1994", "{{c1::1994}}"))]).kept


def test_pronoun_openings_need_context():
    text = "He said the new rules would come into force in 2005 across the country."
    assert reasons(draft(text, "2005", text.replace("2005", "{{c1::2005}}"))) == {"needs context": 1}


def test_identical_to_what_needs_context():
    # written in the shape of bbc-politics-dev politics_065: identical to what?
    text = "An identical complaint has been lodged by Adaeze Okonkwo, the traders' lawyer says."
    assert reasons(blank_mcq(text, "Adaeze Okonkwo", "person_role")) == {"needs context": 1}


def test_all_or_some_of_a_group_named_before_need_context():
    # (the shape of bbc-politics-dev politics_012) all of whom?
    text = "All were questioned because of a business link to Rafael Moreira."
    assert reasons(blank_mcq(text, "Rafael Moreira", "person_role")) == {"needs context": 1}
    # "All five men", like "the five men", are some the article introduced before; "all parties" is
    # every one
    text = "All five men were wooing older voters with pledges of higher pensions."
    assert reasons(blank_mcq(text, "older", "term")) == {"needs context": 1}
    text = "All parties have been wooing older voters with pledges of higher pensions."
    assert "needs context" not in reasons(blank_mcq(text, "older", "term"))


def test_names_that_begin_like_pronouns_do_not_need_context():
    # seeds 003 and bbc-politics-dev politics_121: "Herzog" and "Theresa" are not "He"/"The",
    # and "There are ..." leans on no earlier sentence.
    for text, answer in (
        ("Herzog is also scheduled to celebrate Israel's 75th birthday before heading home.", "75th"),
        ("There are 412,880 households on a housing register in Wales, up from last year.", "412,880"),
    ):
        assert apply_gates([draft(text, answer, text.replace(answer, "{{c1::" + answer + "}}"))]).kept


def test_figures_sharing_a_unit_are_not_leaks():
    text = (
        "Ontario Health Minister Carla Dumont said no patient would wait more than 6 months for a"
        " hip replacement by April 2027, against a current target of 9 months."
    )
    d = draft(text, "9 months", text.replace("9 months", "_____"), "mcq", "quantity")
    assert apply_gates([d]).kept


def test_answer_in_stem_is_a_leak():
    text = "Tony Blair met the families of the Guildford Four in London on Monday."
    d = draft(text, "Tony Blair", "Who did Mr Blair meet in London?", "mcq", "person_role")
    assert reasons(d) == {"answer in stem": 1}


def test_a_body_s_initials_without_its_country_give_it_away():
    text = "The US Office of Water Safety is warning of e-mails that claim to come from the OWS."
    d = cloze(text, "US Office of Water Safety", "organization")
    assert _check(gates.gate_split_name, d) == "acronym gives it away"


def test_an_acronym_beside_the_words_it_stands_for_is_a_leak():
    text = "The VPA was set up in 1993 to assess and enforce water pricing in Velora."
    d = cloze(text, "VPA", "organization")
    d = replace(d, fact=replace(d.fact, slots=(("form", "acronym"), ("spelled", "Water Pricing Authority"))))
    assert _check(gates.gate_leak, d) == "answer in stem"
    plain = "The VPA was set up in 1993 to enforce the law in Velora."
    d = cloze(plain, "VPA", "organization")
    d = replace(d, fact=replace(d.fact, slots=(("form", "acronym"), ("spelled", "Water Pricing Authority"))))
    assert _check(gates.gate_leak, d) == ""


@pytest.mark.parametrize(
    ("text", "answer", "leak"),
    [
        # every word of the name but its kind is read around the blank, in any case
        (
            '"Access to rare film is restricted across Velora," said the head of the Velora Film Board.',
            "Velora Film Board",
            True,
        ),
        (
            '"Access to rare film is restricted," said the head of the Velora Film Board.',
            "Velora Film Board",
            False,
        ),  # (only "film": where it is, is what is asked)
        ("The levels of water fell, the Velora Water Board said.", "Velora Water Board", False),
    ],
)
def test_a_body_s_name_made_of_words_around_its_blank_is_a_leak(text, answer, leak):
    d = cloze(text, answer, "organization")
    assert (_check(gates.gate_leak, d) == "answer in stem") is leak


def test_a_country_whose_capital_is_in_the_stem_is_a_leak():
    # (the shape of bbc-politics-dev politics_149) "Abuja" gives Nigeria away; "Ghana" does not
    text = "Before visiting Ghana, Mr Lula made a surprise visit to Nigeria, where he met leaders in Abuja."
    d = draft(text, "Nigeria", text.replace("Nigeria", "_____"), "mcq", "place")
    d = replace(d, fact=replace(d.fact, slots=(("place_kind", "country"),)))
    assert reasons(d) == {"answer in stem": 1}
    d = draft(text, "Ghana", text.replace("Ghana", "_____"), "mcq", "place")
    d = replace(d, fact=replace(d.fact, slots=(("place_kind", "country"),)))
    assert apply_gates([d]).kept


def test_blank_inside_a_quotation_is_an_opinion():
    text = 'Mr Reid said: "We will raise pay by 2007 for every nurse in the country."'
    assert reasons(draft(text, "2007", "x {{c1::2007}}")) == {"inside a quotation": 1}
    # (the shape of bbc-politics-dev politics_027) the last sentence of a quotation has only its
    # closing mark
    text = (
        "The purpose of the leaflet was to show Canadians why the government thought "
        'Quebec was a very special case."'
    )
    assert reasons(draft(text, "Quebec", text.replace("Quebec", "_____"), "mcq", "place")) == {
        "inside a quotation": 1
    }
    # a sentence from the middle of a quotation may have no mark at all: its "We" says so
    text = (
        "We raided a number of universities, including Kyoto University in Osaka, and found that "
        "several of the people involved were employed by major computer corporations."
    )
    assert reasons(draft(text, "Osaka", text.replace("Osaka", "_____"), "mcq", "place")) == {
        "inside a quotation": 1
    }
    said = text.replace("We raided", "Police raided")  # (the same sentence, reported)
    assert apply_gates([draft(said, "Osaka", said.replace("Osaka", "_____"), "mcq", "place")]).kept
    # a quotation that opens and closes in the sentence leaves the rest of it a fact (bbc-news-other)
    text = (
        "Blanchett, who won a Bafta in 1999 for her leading role in Elizabeth, said: "
        '"Winning a Bafta means an enormous amount to me."'
    )
    assert apply_gates([draft(text, "1999", text.replace("1999", "_____"), "mcq", "date")]).kept


def test_duplicates_are_dropped():
    text = "In March 1994 the Supreme Court of India limited the dismissal of state governments."
    d = draft(text, "1994", text.replace("1994", "{{c1::1994}}"))
    assert reasons(d, d) == {"duplicate": 1}


def test_a_blank_that_cuts_a_name_in_two_is_dropped():
    # "ABC" is an organisation, but "___ Radio National" gives it away
    text = (
        "During an interview with ABC Radio National's Breakfast programme, Ms Wong said she was sure of it."
    )
    cut = draft(text, "ABC", text.replace("ABC", "{{c1::ABC}}"), kind="organization")
    assert reasons(cut) == {"part of a longer name": 1}
    # an office before a name is a title, not part of the name
    text = (
        "Ministers would not rule out closing the National Disability Insurance Agency if it failed to "
        "improve, Social Services Minister Karen Whitlam has warned."
    )
    assert apply_gates([cloze(text, "Karen Whitlam", "person_role")]).kept
    # a peer's title goes on after the name
    text = (
        'Lord Patel of Bradford, in his report, said: "Care that cannot be reached in time is no care at '
        'all for the families who need it most."'
    )
    assert reasons(cloze(text, "Lord Patel", "person_role")) == {"part of a longer name": 1}
    # the rest of the name gives the answer away
    text = (
        "Federal lawyers in Brasilia lodged an appeal arguing that the test to be applied in cases "
        "alleging a breach of the American Convention on Human Rights by the police should be "
        '"read narrowly".'
    )
    assert reasons(cloze(text, "American Convention", "organization")) == {"part of a longer name": 1}
    # a place's name goes on with its river
    text = "The Philosophical Society of Kingston upon Derwent keeps the largest library of the county."
    cut = cloze(text, "Philosophical Society of Kingston", "organization")
    assert reasons(cut) == {"part of a longer name": 1}
    # a day's possessive before a name is not the name's first word
    text = (
        "A picture of the transport minister asleep on the front bench during the budget debate "
        "appears in Monday's Tribune newspaper under the headline."
    )
    assert reasons(cloze(text, "Tribune", "organization")) == {}
    # but "the People's ___" is one name
    text = (
        "In 2018 the People's Transport Union caused chaos by blocking highways with parked lorries "
        "after the government in Brasilia raised diesel prices."
    )
    assert reasons(cloze(text, "Transport Union", "organization")) == {"part of a longer name": 1}
    # ... and "&" joins two names into one
    text = "Engineers of the Kessel Electric & Manufacturing Company reported a working motor in 1888."
    assert reasons(cloze(text, "Manufacturing Company", "organization")) == {"part of a longer name": 1}
    assert reasons(cloze(text, "Kessel Electric", "organization")) == {"part of a longer name": 1}


def test_an_acronym_or_another_name_of_the_answer_in_the_stem_gives_it_away():
    text = 'The Australian Securities and Investments Commission (ASIC) has told banks not to "cut corners".'
    answer = "Australian Securities and Investments Commission"
    cut = draft(text, answer, text.replace(answer, "{{c1::" + answer + "}}"), kind="organization")
    assert reasons(cut) == {"acronym gives it away": 1}
    text = (
        "Ms Reyes said once America had signed up to trade rules it could not back out, leaving the US bound."
    )
    blank = text.replace("America", "_____")
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("place", "America", text.index("America"), sentence, (("place_kind", "country"),))
    leak = Draft(draft(text, "America", blank, qtype="mcq", kind="place").question, fact)
    assert reasons(leak) == {"answer in stem": 1}


@pytest.mark.parametrize(
    "text, answer, given",
    [
        (
            "The Velora Anti-Doping Agency (Vada) will appeal against the ruling.",
            "Velora Anti-Doping Agency",
            1,
        ),
        (
            "The rise was reported by the Ostland Federal Trade Commission (FTC) on Monday.",
            "Ostland Federal Trade Commission",
            1,
        ),
        (
            "Industrial and Commercial Bank (ICBO), Ostland's biggest lender, made more money.",
            "Industrial and Commercial Bank",
            1,
        ),
        (
            "The agency, OTRA (Ostland Transport Regulatory Authority), opened an inquiry.",
            "Ostland Transport Regulatory Authority",
            1,
        ),
        # (a place in brackets is no short form of the club)
        ("Defender Ana Ruiz joined Real Velora (Ostland) for a record fee in May.", "Real Velora", 0),
    ],
)
def test_a_short_form_in_brackets_beside_a_name_gives_it_away(text, answer, given):
    found = _check(gates.gate_split_name, cloze(text, answer, "organization"))
    assert found == ("acronym gives it away" if given else "")


def test_a_sentence_opening_with_but_he_needs_context():
    text = "But he pledged that Africa would not be neglected by the government this year."
    assert reasons(draft(text, "Africa", text.replace("Africa", "{{c1::Africa}}"), kind="place")) == {
        "needs context": 1
    }


def cloze(text: str, answer: str, kind: str) -> Draft:
    return draft(text, answer, text.replace(answer, "{{c1::" + answer + "}}", 1), "cloze", kind)


def test_an_acronym_elsewhere_in_the_sentence_gives_the_name_away():
    # bbc-politics-dev politics_157
    text = (
        "Mr Kilroy-Silk resigned the UK Independence Party whip in the European Parliament in October, "
        "after criticising UKIP and stating his ambition to be leader."
    )
    assert reasons(cloze(text, "UK Independence Party", "organization")) == {"acronym gives it away": 1}
    text = "The National Audit Office said the new hospital had cost more than planned."
    assert apply_gates([cloze(text, "National Audit Office", "organization")]).kept


def test_a_person_blanked_out_of_a_list_of_names_is_dropped():
    # (the shapes of bbc-politics-dev politics_148, _020 and _151); an apposition is not a list
    text = "The case against Chinedu Eze, Bola Adeyemi and Musa Danjuma is being brought by residents."
    assert reasons(cloze(text, "Bola Adeyemi", "person_role")) == {"one of a list of names": 1}
    assert reasons(cloze(text, "Chinedu Eze", "person_role")) == {"one of a list of names": 1}
    # the first of a list separated by commas
    text = (
        "Ana Souza, Pedro Lima, Carla Ribeiro and Joao Alves were held for two weeks, accused of "
        "forging ballots."
    )
    assert reasons(cloze(text, "Ana Souza", "person_role")) == {"one of a list of names": 1}
    # ... of one-word names, with two more after it
    text = "Ada Obi, a singer from Lagos, beat Tunde Bello, Asa, Wande and The Pilots to the prize."
    assert reasons(cloze(text, "Tunde Bello", "person_role")) == {"one of a list of names": 1}
    # ... between two others (one word each)
    text = "The counties of Lowmoor, Kessel, Ana Vale, and Norden make up the region."
    assert reasons(cloze(text, "Ana Vale", "person_role")) == {"one of a list of names": 1}
    # ... and a body between two others of a list
    text = "Based in the region are Velora Films, Lowmoor Studios, Ostfilm Pictures, and Lumo Media."
    assert reasons(cloze(text, "Lowmoor Studios", "organization")) == {"one of a list of names": 1}
    # ... with where the first is from between
    text = "Ada Obi, from Lagos, and Tunde Bello, Femi Ade and Ngozi Eze, from Abuja, were freed in May."
    assert reasons(cloze(text, "Ada Obi", "person_role")) == {"one of a list of names": 1}
    # ... or one of the examples a list gives
    text = "A campaign against singers such as Ada Obi and Asa has been waged over their lyrics."
    assert reasons(cloze(text, "Ada Obi", "person_role")) == {"one of a list of names": 1}
    text = "Some are worried, as Tony Blair and Ruth Kelly have suggested, that the exams will stay."
    assert reasons(cloze(text, "Ruth Kelly", "person_role")) == {"one of a list of names": 1}
    text = (
        "However, one of the so-called Harbour Three, Tom Nakamura - who was wrongly convicted - "
        "said the families were delighted with the pardon."
    )
    assert apply_gates([cloze(text, "Tom Nakamura", "person_role")]).kept


def test_this_or_these_with_a_noun_points_at_an_earlier_sentence():
    # (the shapes of bbc-politics-dev politics_110, politics_061)
    text = 'Ms Tremblay said: "It would be more fitting for this notice to go out on 1 July, not 1 March."'
    assert reasons(
        draft(
            text,
            "Tremblay",
            "Who said: “It would be more fitting for this notice to go out on 1 July, not 1 March”?",
            "mcq",
            "quote_speaker",
        )
    ) == {"needs context": 1}
    text = (
        "A spokeswoman for the Electoral Commission said letters were being sent out to those homes affected."
    )
    assert apply_gates([cloze(text, "Electoral Commission", "organization")]).kept
    text = "The agency's former chairman Vikram Rao quit last winter, saying he was disappointed."
    assert reasons(cloze(text, "Vikram Rao", "person_role")) == {"needs context": 1}
    # once the party is blanked, nobody is named for "he" to stand for
    text = (
        "In the Liberal Party she has been regarded as a loyal colleague, a conciliator who avoids "
        "factions, and a woman whose warmth and patience make her widely liked."
    )
    assert reasons(cloze(text, "Liberal Party", "organization")) == {"needs context": 1}


def test_a_fact_several_sources_state_is_asked_once_from_the_first_good_sentence():
    # three sources report the 140 rallies (as bbc-politics-dev politics_137 and politics_152 did
    # 270 hunts); the first wording leans on an earlier sentence, so the second source's is asked.
    first = "It is believed more than 140 rallies took place on Sunday, just one day after the ruling."
    second = "Thousands of farmers turned out at 140 rallies across Punjab and Haryana on Sunday."
    third = "Some 140 rallies were held peacefully on Sunday, with a total of 91 arrests in Punjab."
    a, b, c = (
        replace(d, fact=replace(d.fact, group="140 rallies"))
        for d in (
            draft("They said " + first[0].lower() + first[1:], "140", "q1"),
            draft(second, "140", "q2"),
            draft(third, "140", "q3"),
        )
    )
    gated = apply_gates([a, b, c])
    assert [d.question.prompt for d in gated.kept] == ["q2"]
    assert gated.dropped == {"needs context": 1, "asked from another source": 1}


def test_a_place_blanked_out_of_a_list_is_a_guess():
    # (the shapes of bbc-politics-dev politics_032, politics_007 and politics_093)
    law = "A bid to overturn the law banning handguns in Ontario and Manitoba has begun."
    tour = "Ms Nguyen is campaigning this week as she visits Perth, Adelaide, Darwin and Hobart."
    troops = "Mr Mensah pointed out that the Gambia, Senegal and the Ivory Coast have troops in Mali."
    cases = ((law, "Ontario"), (law, "Manitoba"), (tour, "Adelaide"), (tour, "Hobart"), (troops, "Senegal"))
    for text, answer in cases:
        cloze = draft(text, answer, text.replace(answer, "{{c1::" + answer + "}}"), kind="place")
        assert reasons(cloze) == {"one of a list of names": 1}, answer
    # an apposition or a place that opens a clause is no list (politics_081, politics_058 had the same shapes)
    for text, answer in (
        (
            "The new chairman of the Law Society, Priya Menon SC warned there was a real risk.",
            "Law Society",
        ),
        ("In Brussels, the EU pledged to work towards lifting the ban on arms sales.", "Brussels"),
    ):
        cloze = draft(text, answer, text.replace(answer, "{{c1::" + answer + "}}"), kind="organization")
        assert apply_gates([cloze]).kept, answer


def test_list_items_anaphoric_openings_and_reporters_are_dropped():
    # (the shapes of bbc-politics-dev politics_087, politics_091, politics_123, politics_174)
    item = (
        "- Fingerprint visitors without visas so people whose identity was not known were not "
        'able to move freely around Australia - a worry for "border security"'
    )
    party = "The party says the scheme could save the average farmer 5,000 rupees every year."
    devices = "The badges gained new attention this month after Joe Okafor wore his."
    for text, answer in ((item, "Australia"), (party, "5,000 rupees"), (devices, "Joe Okafor")):
        assert reasons(draft(text, answer, text.replace(answer, "{{c1::" + answer + "}}"))) == {
            "needs context": 1
        }, text
    text = "CBC Manitoba political correspondent Rhea Gill said the health minister ordered a review."
    d = draft(text, "Rhea Gill", text.replace("Rhea Gill", "_____"), "mcq", "person_role")
    d = replace(d, fact=replace(d.fact, slots=(("role", "CBC Manitoba political correspondent"),)))
    assert reasons(d) == {"a reporter, not the story": 1}


def test_a_quotation_cut_short_by_unbalanced_marks_is_dropped():
    # (the shape of bbc-politics-dev politics_048) the closing mark is missing, so the quote ends on "that"
    text = (
        "But Ms Adeyemi said the charter \"very much had the look of a 'first draft', and urged the "
        'ministry to promise that "a duty to consult will be written into law".'
    )
    d = draft(text, "Adeyemi", "Who used the words ...?", "mcq", "quote_speaker")
    quote = "very much had the look of a 'first draft', and urged the ministry to promise that"
    d = replace(d, fact=replace(d.fact, slots=(("quote", quote),)))
    assert reasons(d) == {"quotation cut short": 1}


def test_parts_screened_apart_and_combined_select_as_if_screened_together():
    # The build screens runs of drafts in separate processes, then selects once.
    texts = [
        "In March 1994 the Supreme Court of India limited the dismissal of state governments.",
        "In March 1994 the Supreme Court of India limited the dismissal of state governments.",  # a duplicate
        "He said the ban would come into force in February 2005 across England.",  # needs context
        "The government announced in March 2004 that the inquiry into the Dome would be held in public.",
    ]
    drafts = [
        draft(t, a, t.replace(a, "{{c1::" + a + "}}"))
        for t, a in zip(texts, ["1994"] * 2 + ["2005", "2004"], strict=True)
    ]
    whole = apply_gates(drafts)
    for cut in range(len(drafts) + 1):
        parts = combine([screen_drafts(drafts[:cut]), screen_drafts(drafts[cut:])])
        assert select_drafts(parts) == whole
    assert whole.dropped == {"duplicate": 1, "needs context": 1}


def blank_mcq(text: str, answer: str, kind: str, **slots: str) -> Draft:
    d = draft(
        text, answer, "Which one completes the sentence? " + text.replace(answer, BLANK, 1), "mcq", kind
    )
    return replace(d, fact=replace(d.fact, slots=tuple(slots.items())))


def test_a_reporter_named_right_after_the_word_correspondent():
    # (the shape of bbc-politics-dev politics_097)
    text = (
        "The ABC's immigration correspondent, Megan Ford, said it appeared Ms Bowen was putting "
        "more emphasis on removals."
    )
    assert reasons(blank_mcq(text, "Megan Ford", "person_role")) == {"a reporter, not the story": 1}
    # ... and named alone later, once the article has said so (the fact's slot "reporter")
    text = "Megan Ford said officials may try to bring forward other options in the next few weeks."
    assert reasons(blank_mcq(text, "Megan Ford", "person_role")) == {}
    d = blank_mcq(text, "Megan Ford", "person_role", reporter="yes")
    assert reasons(d) == {"a reporter, not the story": 1}


def test_a_country_in_the_stem_gives_its_capital_away():
    # (the shape of bbc-politics-dev politics_015) the capital stands for the government of the country named
    text = "Ottawa is being represented by Canada's deputy minister for trade, Helene Roy."
    assert reasons(blank_mcq(text, "Ottawa", "place", place_kind="city")) == {"answer in stem": 1}
    # the seat of a government gives its capital away
    text = "On Monday the Kenyan president addressed the Lok Sabha, on his first official visit to New Delhi."
    assert reasons(blank_mcq(text, "New Delhi", "place", place_kind="city")) == {"answer in stem": 1}
    text = "Ms Dube's brother Sipho was detained when travelling to Pretoria from Durban to help his sister."
    assert apply_gates([blank_mcq(text, "Durban", "place", place_kind="city")]).kept


def test_a_place_on_the_continent_gives_the_continent_away():
    # only one continent has Ghana or the EU in it
    for text in (
        "Trade Minister Lucia Ferraz has visited Ghana's biggest port as she opened a week-long visit "
        "to Africa.",
        "The opposition spokesman also criticised the government for claiming the EU treaty would make "
        "Europe easier to govern.",
    ):
        answer = "Africa" if "Africa" in text else "Europe"
        assert reasons(blank_mcq(text, answer, "place", place_kind="continent")) == {"answer in stem": 1}, (
            text
        )
    # nothing on the continent is named
    text = (
        "Ms Okonjo has vowed to put Africa at the top of her agenda during her time at the helm of the G20."
    )
    assert apply_gates([blank_mcq(text, "Africa", "place", place_kind="continent")]).kept


def who_said(sentence: str, quote: str, speaker: str) -> Draft:
    d = draft(sentence, quote, f"Who said: “{quote}”?", "mcq", "quote_speaker")
    fact = replace(
        d.fact, answer=speaker, answer_start=-1, slots=(("quote", quote), ("full_utterance", "yes"))
    )
    return replace(d, fact=fact, question=replace(d.question, answer=speaker))


def test_a_quotation_that_answers_what_came_before_needs_context():
    # "That is why ..." (as in bbc-politics-dev politics_127); an "it is" that stands alone (politics_180)
    that = who_said(
        '"That is why next year will decide so much," she said.',
        "That is why next year will decide so much",
        "Nirmala Rao",
    )
    assert reasons(that) == {"needs context": 1}
    however = "However, we have not crossed the river yet and much hard work remains"  # as politics_109
    assert reasons(who_said(f'"{however}," he said.', however, "Kwame Boateng")) == {"needs context": 1}
    important = "It is important we don't end up in the situation where farmers are unsure about the rules"
    assert apply_gates([who_said(f'"{important}," she said.', important, "Julia Mendes")]).kept
    # on the contrary to what?
    contrary = (
        "On the contrary, if it keeps to the same rules of fair trade, then farmer and grocer can "
        "prosper together."
    )
    assert reasons(who_said(f'"{contrary}"', contrary, "Joao Silva")) == {"needs context": 1}


# Sentences that point back to an earlier sentence (True), and look alike but say what they mean
# themselves (False): written in the shapes of bbc-politics-dev politics_NNN (the ids say which);
# those marked business_, tech_, entertainment_ still quote bbc-news-other.
POINTS_BACK = [
    # "on Monday" says when, not which plans; "the government plans" are "the plans"
    (
        "141",
        "The Greens announced their support for the government plans on Tuesday morning.",
        "Greens",
        "organization",
        True,
    ),
    (
        "014",
        "Senators begin four days of detailed debate on the bill on Wednesday.",
        "four days",
        "quantity",
        True,
    ),
    # a time counted from one said before: after what? (but "in the next few weeks" is from now)
    (
        "119",
        (
            "During the following five days of protests that spread to Recife, Salvador, Belem and "
            "Manaus, nearly 300 people were arrested and buses and shops were set alight."
        ),
        "300",
        "number",
        True,
    ),
    (
        "124",
        (
            "In the same month waiting times in Ontario were at their shortest for 12 years, with "
            "204,300 people waiting for surgery."
        ),
        "12 years",
        "quantity",
        True,
    ),
    (
        "087",
        (
            "Kevin Marsh said Labor would set out workable plans for cutting hospital queues in the "
            "next few weeks and attacked the Liberal plans."
        ),
        "Labor",
        "organization",
        False,
    ),
    # "he" or "she" with no one named before it: who? ("his" after "Herzog" is Herzog)
    (
        "189",
        ("Almost a third (31%) of those surveyed said she should return to the cabinet after the election."),
        "31%",
        "percent",
        True,
    ),
    (
        "seeds 000",
        "During the two-day visit, Herzog plans to meet with his Azeri counterpart, Ilham Aliyev.",
        "two-day",
        "quantity",
        False,
    ),
    # a closing "he said" with no full name before it: "UK" and "EU" are not the "he" who argued
    (
        "013",
        "ECOWAS cooperation would help Nigeria get better border controls, he argued.",
        "Nigeria",
        "place",
        True,
    ),
    (
        "013",
        (
            "Asked about Maria Santos's plans, a G20 deal would save poor countries 200m dollars a "
            "year, he said."
        ),
        "200m dollars",
        "money",
        False,
    ),
    # "both countries", "that year", "___'s comment": which?
    (
        "139",
        (
            "The rail link was one of several announcements made after a meeting of trade ministers "
            "of both countries in Nairobi on Friday."
        ),
        "Nairobi",
        "place",
        True,
    ),
    (
        "158",
        (
            "The chancellor did not raise the levy that year, but despite threats of more strikes in "
            "2019, he added 2 cents per litre."
        ),
        "2019",
        "date",
        True,
    ),
    (
        "019",
        'Ruth Adeyemi, director of Clean Air Lagos, said Femi Oduya\'s comment was "ill-judged".',
        "Femi Oduya",
        "person_role",
        True,
    ),
    (
        "194",
        "Mrs Okafor's remarks are said to have been made in a speech to medical students in Ontario.",
        "Ontario",
        "place",
        False,
    ),
    # "similar claims": similar to what?
    (
        "173",
        (
            "The executive faces more than 2,000 similar claims for compensation from tenants and "
            "former residents."
        ),
        "2,000",
        "number",
        True,
    ),
    # "this would", "such a move", "the men": what, which?
    (
        "181",
        (
            "The proportion was currently at 48%, and the ministry was hoping this would rise to 70% "
            "by 2026 and 90% by 2030."
        ),
        "2026",
        "date",
        True,
    ),
    (
        "115",
        (
            "An earlier study, published in a 2011 Ministry of Health paper, suggested such a change "
            "could save 80 lives a year."
        ),
        "80",
        "number",
        True,
    ),
    (
        "151",
        ("The Indian Medical Association urged that the men should receive counselling and legal help."),
        "Indian Medical Association",
        "organization",
        True,
    ),
    (
        "008",
        (
            "Former Green senator Ruth Ellery recalled a stream of remarks from a senior minister on "
            "topics such as women's clothes or their accents."
        ),
        "Ruth Ellery",
        "person_role",
        False,
    ),
    # "went there": where? ("There were ..." points nowhere)
    (
        "entertainment_123",
        "St Fintian's High School says it is clearly identified in the video, "
        "while McFadden never went there.",
        "St Fintian's High School",
        "organization",
        True,
    ),
    (
        "059",
        (
            "There were almost 90m dollars in reported donations to Canada's parties in 2019, 2020 "
            "and 2021, with nearly 15m dollars of them from single gifts worth more than 1m dollars."
        ),
        "90m dollars",
        "money",
        False,
    ),
    # "the figure", "the situation", "the question": which one?
    (
        "021",
        (
            "Many believe the figure is more likely to be under 2% - and fear job losses or price "
            "rises, saying exports have been overestimated."
        ),
        "2%",
        "percent",
        True,
    ),
    (
        "061",
        (
            "Officials at Halifax Regional Council are now in a race against time to try and fix the "
            "situation."
        ),
        "Halifax Regional Council",
        "organization",
        True,
    ),
    (
        "061",
        (
            "Canada Post says it is investigating the situation, which has meant about 400 homes in "
            "Nova Scotia are not receiving ballot papers."
        ),
        "about 400",
        "number",
        True,  # which situation? (a shell noun a clause after it does not pin down)
    ),
    # "the ban", "the bill" ... with nothing saying which
    (
        "058",
        (
            "In November, the African Union promised to work towards ending the ban but said the time "
            "was not right."
        ),
        "November",
        "date",
        True,
    ),
    (
        "187",
        "Opposition health critic Marie Gagnon said the way ministers handled the bill was a mess.",
        "Marie Gagnon",
        "person_role",
        True,
    ),
    (
        "066",
        "The Farmers' Union said 600 markets would open after the ban on plastic bags began.",
        "600",
        "number",
        False,
    ),
    (
        "032",
        "A bid to overturn the law banning street trading has begun in the Federal High Court.",
        "Federal High Court",
        "organization",
        False,
    ),
    (
        "175",
        "The treasurer said the cuts proposed by shadow treasurer Anna Whitfield were reckless.",
        "Anna Whitfield",
        "person_role",
        False,
    ),
    # "those reports", "the couple"; but "those being balloted", "those homes affected"
    (
        "024",
        "Opposition leader Grace Mwangi is expected to seize on those reports at question time.",
        "Grace Mwangi",
        "person_role",
        True,
    ),
    (
        "104",
        ('Premier Dan Hollis said he was "thrilled" for the couple and offered his best wishes to them.'),
        "Dan Hollis",
        "person_role",
        True,
    ),
    (
        "069",
        "Unifor's 300,000 members are among those being balloted about a 4 June strike.",
        "300,000",
        "number",
        False,
    ),
    (
        "061",
        "The Electoral Commission said letters were being sent out to those homes affected.",
        "Electoral Commission",
        "organization",
        False,
    ),
    # a count or sum after "the"; but "the four Britons freed ...", "the 20 biggest projects"
    (
        "040",
        "New Interior Minister Paulo Rocha vowed the six men would remain in custody for now.",
        "six",
        "number",
        True,
    ),
    (
        "148",
        (
            'Amaka Obi, counsel for the claimants, accused the four men of being "closely involved" '
            "in illegal dumping."
        ),
        "four",
        "number",
        True,
    ),
    (
        "101",
        'The 2.1bn rand settlement includes the "full" 9.5m rand from the national treasury.',
        "2.1bn rand",
        "money",
        True,
    ),
    (
        "151",
        "The three Canadians freed from custody in Tehran are expected to be allowed home.",
        "three",
        "number",
        False,
    ),
    (
        "076",
        ("An Auditor General report on the 15 biggest projects says costs have risen by 2.3bn dollars."),
        "15",
        "number",
        False,
    ),
    # a month is no person "he" could stand for
    (
        "041",
        (
            "Yet in March of this year she courted further controversy over her seemingly lenient "
            "rewriting of the rules, from a Class A to a Class B offence."
        ),
        "March",
        "date",
        True,
    ),
    # "since the closure": of what? "The MPs launched their inquiry": which MPs?
    (
        "038",
        "In 2015, Kitimat Council said the town's economy had suffered since the closure.",
        "2015",
        "date",
        True,
    ),
    (
        "116",
        (
            "The MPs launched their inquiry into the NDIA's performance after it became clear that, "
            "despite the introduction of a simpler way of assessing support plans for new applicants "
            "in 2019, a backlog of claims was building up."
        ),
        "2019",
        "date",
        True,
    ),
    # "held" with an object is what the men did, not which men they are; "all ___ men"
    (
        "066",
        (
            "Four of the seven men held an impromptu news conference outside Ikeja Police Station on "
            "Tuesday evening, after the charges were formally put to them."
        ),
        "seven",
        "number",
        True,
    ),
    (
        "178",
        "All six men, along with two others, are also accused of breaches of building safety laws.",
        "six",
        "number",
        True,
    ),
    # "the charity" was named before (the shape of politics_103)
    (
        "103",
        "The charity recommends a monthly payment of 950 dollars for caring for an elderly parent.",
        "950 dollars",
        "money",
        True,
    ),
    # a sentence that carries on: "In addition, ...", "the issue"; but "Instead of X, ..."
    (
        "101",
        "In addition, 8.2m dollars will come from the regional growth fund for rural councils.",
        "8.2m dollars",
        "money",
        True,
    ),
    (
        "070",
        "Controversy over the issue continues after a jailed journalist was released in August 2019.",
        "August 2019",
        "date",
        True,
    ),
    # "by 2006" says when, not which programme; "by the council" would say which
    (
        "080",
        "Some 4.5bn reais will be spent on carrying out the programme by 2026.",
        "4.5bn reais",
        "money",
        True,
    ),
    # a paper named after "the" is nobody "his" could stand for
    (
        "112",
        (
            "Some 58% of respondents in the Toronto Star poll thought his former aide - Laura "
            "Picard - acted unfairly and 55% that he had been right to resign."
        ),
        "58%",
        "percent",
        True,
    ),
    (
        "157",
        (
            "A One Nation spokesman said that would be impossible under the party's rules, which "
            "require 45 days before any leadership vote can take place."
        ),
        "45 days",
        "quantity",
        True,
    ),
    (
        "119",
        (
            "The peer enjoyed a celebrated legal career, serving as Law Reform Commission chairman in "
            "its first five years."
        ),
        "Law Reform Commission",
        "organization",
        True,
    ),
    (
        "tech_211",
        "Britons will miss out on a wide range of essential services such as education and medical "
        "information, predicts the report by telecoms giant BT.",
        "BT",
        "organization",
        False,
    ),
    (
        "173",
        "Mensah's lawyer Abena Owusu believes the case will soon be followed by others.",
        "Abena Owusu",
        "person_role",
        True,
    ),
    (
        "business_426",
        "Instead of focusing on headline growth figures, Russia needed to focus on better institutions.",
        "Russia",
        "place",
        False,
    ),
]


# An "it" the sentence never says, against an "it" that points at what follows.
POINTS_BACK += [
    (
        "politics_096",
        "In Quebec it was just over 88,000, in Alberta just over 95,000 and in Manitoba 71,000.",
        "71,000",
        "number",
        True,
    ),
    (
        "politics_101",
        'Finance Minister Tendai Moyo said it was a "fair deal" for rural councils.',
        "Tendai Moyo",
        "person_role",
        True,
    ),
    (
        "politics_184",
        (
            "Mr Adler's memoir suggests it was actually written by Treasury Secretary Hal Brooks and "
            "White House adviser Dana Liu."
        ),
        "Dana Liu",
        "person_role",
        True,
    ),
    (
        "business_115",
        'Chief executive Jean-Pierre Garnier said it had been a "difficult year".',
        "Jean-Pierre Garnier",
        "person_role",
        True,
    ),
    (
        "politics_136",
        (
            "Ms Okoro said it was wrong to put Ghana under the same sanctions as countries such as "
            "Sudan and Eritrea."
        ),
        "Ghana",
        "place",
        False,
    ),
    (
        "politics_083",
        (
            'Priya Nair, the opposition health spokeswoman, said last week it would be a "big boost" '
            "to the party if Mr Varma returned to the front bench."
        ),
        "Priya Nair",
        "person_role",
        False,
    ),
    (
        "politics_042",
        (
            "In a statement on Friday, the Treasury Board said it was reviewing the Public Service "
            "Pension Plan, and hoped to announce changes soon."
        ),
        "Treasury Board",
        "organization",
        False,
    ),
    # a party or a nation names nobody for "his" to stand for (but an office does)
    (
        "politics_037",
        (
            "Elected in a safe Conservative seat in 2014 his previous job was rural development minister "
            "- a role he won in May 2016."
        ),
        "2014",
        "date",
        True,
    ),
    # "such shortlists": such as which? ("such countries as ..." would say)
    (
        "politics_143",
        ("Human rights commission chief Amara Diallo argued on Monday the time had come for such quotas."),
        "Amara Diallo",
        "person_role",
        True,
    ),
    # "it said" with no body named before it (politics_016)
    (
        "politics_016",
        (
            '"Serious shortages" are expected over the next 15 years as the nursing workforce '
            "continues to age, it said."
        ),
        "15 years",
        "quantity",
        True,
    ),
    # "he said" mid-sentence with nobody named before it; a quotation's opening capital is nobody
    (
        "politics_118",
        (
            "The person in charge of the court system should not also sit in the Rajya Sabha, he "
            "said, and should be the best judge chosen from either house of Parliament."
        ),
        "Rajya Sabha",
        "organization",
        True,
    ),
    (
        "politics_007",
        (
            '"We pay our debts when they fall due but do not comment on private business matters," he '
            'said, insisting he had a "close and friendly" relationship with Obi Okeke.'
        ),
        "Obi Okeke",
        "person_role",
        True,
    ),
    (
        "business_183",
        "In Lesotho today the unemployment rate is 12%, in some areas it is 15%.",
        "15%",
        "percent",
        False,
    ),
    # a thing opened on by "the" and straight on to its verb was named before: which e-mail?
    # which cardinal? (politics_009, politics_060)
    (
        "politics_009",
        (
            "The e-mail was revealed the day after Helena Cruz, a former health minister and now a UN "
            'envoy, warned Globo to steer away from "demonising" Mr Barros.'
        ),
        "Helena Cruz",
        "person_role",
        True,
    ),
    (
        "politics_060",
        ('The archbishop used an Easter sermon to denounce the war in Yemen as a "shameful" waste of lives.'),
        "Yemen",
        "place",
        True,
    ),
    # ... but not an office everybody knows, nor a thing the words after say (politics_012, _084)
    (
        "politics_012",
        (
            "The prime minister was speaking about the wrongful jailing of 14 students for a bomb "
            "attack on a bus in Lahore in 1983."
        ),
        "1983",
        "date",
        False,
    ),
    (
        "politics_084",
        "The number of public servants in Australia rose to more than 180,000 in June.",
        "180,000",
        "number",
        False,
    ),
    # "before that general election": which? (politics_079)
    (
        "politics_079",
        ("But any digital voting system would not be introduced in Brazil before that general election."),
        "Brazil",
        "place",
        True,
    ),
    # "has since": since what? (politics_150), but not since what the sentence said (tech_102)
    (
        "politics_150",
        "Helpline Trust has since closed down all its clinics in Somalia.",
        "Somalia",
        "place",
        True,
    ),
    (
        "tech_102",
        "Ms Simonetti was suspended on 25 September pending an investigation and has since lodged a "
        "complaint with the US Equal Employment Opportunity Commission (EEOC).",
        "25 September",
        "date",
        False,
    ),
]


@pytest.mark.parametrize(("source", "text", "answer", "kind", "points_back"), POINTS_BACK)
def test_a_sentence_that_points_back_needs_its_context(source, text, answer, kind, points_back):
    gated = apply_gates([cloze(text, answer, kind)])
    assert (gated.dropped == {"needs context": 1}) is points_back, source
    assert bool(gated.kept) is not points_back, source


@pytest.mark.parametrize(
    ("text", "answer", "kind", "dropped"),
    [
        # who employs the speaker, not what happened (the shape of politics_170)
        (
            (
                'Nomsa Khumalo, chief executive of Gauteng Health Trust, had said it was "a wholly '
                'unacceptable way to treat patients".'
            ),
            "Gauteng Health Trust",
            "organization",
            True,
        ),
        # bbc-news-other business_151: the same, with "at" and an economist
        (
            "Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised that a "
            "dissenting vote had been made so soon.",
            "Royal Bank of Scotland",
            "organization",
            True,
        ),
        # "The ___ spokesman added" says who speaks (the shape of politics_061)
        (
            (
                'The Halifax Regional Council spokesman added: "At first we had calls from a few '
                "residents in Dartmouth to say they thought they should have had their ballot papers by "
                "now."
            ),
            "Halifax Regional Council",
            "organization",
            True,
        ),
        # the organisation is what the sentence is about (the shape of politics_040)
        (
            (
                "The detainees took their case to the Supreme Court after the Federal Court backed the "
                "Interior Ministry's powers to hold them without limit or charge."
            ),
            "Supreme Court",
            "organization",
            False,
        ),
        # the kind of body after the name (the shape of politics_042)
        (
            (
                "Lerato Dube, from the National Education and Health Workers union said there would be a "
                "national two-day strike unless the government changed course."
            ),
            "National Education and Health Workers",
            "organization",
            True,
        ),
        # the body whose committee the speaker chairs; an aside (the shape of politics_062)
        (
            (
                "The chairman of the NFU's rural affairs committee, Owen Pryce, said the drought would be "
                'a "major factor" affecting farmers\' voting intentions.'
            ),
            "NFU",
            "organization",
            True,
        ),
        (
            (
                "However, Professor Ama Boateng, of the University of Ghana, is doubtful about how much "
                "difference the new ballot rules could make."
            ),
            "University of Ghana",
            "organization",
            True,
        ),
        # a body between commas that is what the sentence is about (the shape of politics_012)
        (
            (
                "In March 1994 the Supreme Court of India limited the dismissal of state governments, and "
                "in May 1997 it widened the rights of prisoners."
            ),
            "Supreme Court of India",
            "organization",
            False,
        ),
        # where somebody comes from, or whose mayor (the shape of politics_164, politics_186)
        (
            (
                "Cork nurse, Aoife Brennan, became the first Irish citizen to be confirmed as a victim "
                "of the mountain landslide."
            ),
            "Cork",
            "place",
            True,
        ),
        (
            "Toronto mayor Dan Kowalski has again refused to withdraw a remark about cyclists.",
            "Toronto",
            "place",
            True,
        ),
        # a place followed by words that are no person's trade, then a name
        (
            (
                "The treasurer has already set out plans for a Pacific recovery fund which she has "
                "compared to the Colombo Plan drawn up to help Asia after World War Two."
            ),
            "Asia",
            "place",
            False,
        ),
    ],
)
def test_who_employs_a_speaker_or_where_a_person_comes_from_is_not_asked(
    text: str, answer: str, kind: str, dropped: bool
):
    gated = apply_gates([cloze(text, answer, kind)])
    reason = "a speaker's organisation" if kind == "organization" else "where a person comes from"
    assert (gated.dropped == {reason: 1}) is dropped


def test_a_sentence_cut_off_mid_clause_is_not_asked():
    # (the shape of bbc-politics-dev politics_174) the telephone number after "on" is not in the text
    text = "Victoria Police asked anyone who sees Mr Hale to contact Senior Constable Amy Tran on"
    assert reasons(cloze(text, "Victoria Police", "organization")) == {"sentence cut short": 1}


@pytest.mark.parametrize(
    ("source", "text", "answer", "kind", "reason"),
    [
        # written for the test: a peer's nephew speaks of him
        (
            "written",
            "Lord Alton's nephew George Ritchie spoke at the memorial service in Liverpool on Wednesday.",
            "George Ritchie",
            "person_role",
            "a relative, not the story",
        ),
        # bbc-news-other entertainment_319: "X's daughter ___"
        (
            "entertainment_319",
            "Presley's daughter Lisa Marie retains possession of Graceland and many of her father's "
            '"personal effects".',
            "Lisa Marie",
            "person_role",
            "a relative, not the story",
        ),
        # the word is written with an HTML entity (the shape of politics_174)
        (
            "174",
            (
                "Okoro, who robbed a bank in Kano in 2009, had been out to see his fianc&#233;e Halima "
                "Bello, 31, whom he met when she was a prison visitor."
            ),
            "Halima Bello",
            "person_role",
            "a relative, not the story",
        ),
        # the politician is asked, not his wife (the shape of politics_011)
        (
            "011",
            (
                "Rahul Mehta's film-star wife, Anjali, is to play a leading role in the Congress election "
                "campaign."
            ),
            "Rahul Mehta",
            "person_role",
            "",
        ),
        # the paper of a journalist who comments (the shape of politics_019)
        (
            "019",
            'Vanguard journalist Tolu Ajayi said he believed the wider picture had been "lost" in the din.',
            "Vanguard",
            "organization",
            "a reporter, not the story",
        ),
        # the journalist is what the row is about (the shape of politics_075)
        (
            "075",
            (
                'Sydney mayor Ms Collins says she is "standing by" her remarks which likened a Daily '
                'Telegraph journalist to a "schoolyard bully".'
            ),
            "Daily Telegraph",
            "organization",
            "",
        ),
    ],
)
def test_relatives_and_the_papers_of_commenting_journalists_are_not_asked(source, text, answer, kind, reason):
    gated = screen_drafts([blank_mcq(text, answer, kind)])
    assert gated.dropped == ({reason: 1} if reason else {}), source


@pytest.mark.parametrize(
    ("source", "text", "answer", "points_back"),
    [
        # more than what? (the shape of politics_080)
        ("080", 'But a goal of 2 million more by 2030 needed "bold" thinking.', "2030", True),
        # bbc-news-other business_061: the noun after says more of what
        (
            "business_061",
            "The number out of work in Britain rose 32,000 to 1.41 million in the last three months of 2004, "
            "even as 90,000 more people were in employment.",
            "2004",
            False,
        ),
    ],
)
def test_a_figure_more_than_something_unsaid_needs_context(source, text, answer, points_back):
    gated = apply_gates([cloze(text, answer, "date")])
    assert (gated.dropped == {"needs context": 1}) is points_back, source


def test_a_quotation_that_names_a_body_by_the_agency_needs_context():
    # which agency? (as in bbc-politics-dev politics_116)
    d = who_said(
        'Chairwoman Dame Ruth Mason said: "If the agency cannot be reformed, then it must be shut down.',
        "If the agency cannot be reformed, then it must be shut down.",
        "Ruth Mason",
    )
    assert reasons(d) == {"needs context": 1}


@pytest.mark.parametrize(
    ("answer", "trivial"),
    [("10", True), ("nine", False)],
)
def test_the_ten_of_nine_out_of_ten_is_trivial(answer: str, trivial: bool):
    # (the shape of bbc-politics-dev politics_067)
    text = (
        "Between 3,000 and 4,000 farmers in Chile go to tribunals over water each year, although in "
        "nine out of 10 cases there is no hearing."
    )
    assert (reasons(blank_mcq(text, answer, "number")) == {"trivial answer": 1}) is trivial


@pytest.mark.parametrize(
    ("source", "text", "answer", "kind", "method"),
    [
        (
            "written for the test",
            (
                "An Angus Reid poll of 1,208 people suggests two-thirds of Canadians support the new "
                "housing law."
            ),
            "1,208",
            "number",
            True,
        ),
        (
            "112",
            ("Ipsos Kenya interviewed 502 people before Joseph Kamau's resignation and 708 afterwards."),
            "708",
            "number",
            True,
        ),
        # what the poll found is the news
        (
            "112",
            ("A total of 62% of those surveyed said they backed Mr Kamau, with 30% saying they did not."),
            "62%",
            "percent",
            False,
        ),
    ],
)
def test_the_size_of_a_polls_sample_is_method_not_news(source, text, answer, kind, method):
    assert (reasons(blank_mcq(text, answer, kind)) == {"size of a poll's sample": 1}) is method, source


def test_a_few_quoted_words_do_not_point_to_one_speaker():
    # (the shape of bbc-politics-dev politics_163) "quite a long time" could be anybody's words
    sentence = (
        'Ms Achebe said she weighed the offer for "quite a long time" because she had long had doubts '
        "about the Senate."
    )
    d = who_said(sentence, "quite a long time", "Ngozi Achebe")
    d = replace(d, fact=replace(d.fact, slots=(("quote", "quite a long time"),)))
    assert reasons(d) == {"quotation too short to place": 1}
    # ... and so could a whole utterance of few words ("I am quite confident," said Claxton)
    d = who_said(sentence, "quite a long time", "Ngozi Achebe")
    d = replace(d, fact=replace(d.fact, slots=(("quote", "I am quite confident"), ("full_utterance", "yes"))))
    assert reasons(d) == {"quotation too short to place": 1}
    # five or six words read as anybody's ("Who used the words ...?")
    sentence = 'She said Labor plans to cut 20bn dollars of spending would "cut deep into public health".'
    d = who_said(sentence, "cut deep into public health", "Helen Carr")
    d = replace(d, fact=replace(d.fact, slots=(("quote", "cut deep into public health"),)))
    assert reasons(d) == {"quotation too short to place": 1}


def which_body(text: str, answer: str, body: str, predicate: str) -> Draft:
    d = draft(text, answer, f"Which {body} {predicate}?", "mcq", "organization")
    return replace(d, fact=replace(d.fact, slots=(("body", body), ("predicate", predicate))))


def test_a_body_that_only_declined_to_comment_or_points_back_is_not_asked():
    # (the shapes of bbc-politics-dev politics_065, politics_166, politics_079)
    text = "The Interior Ministry said it could not comment on individual cases."
    assert reasons(which_body(text, "Interior Ministry", "ministry", text[22:-1])) == {"says nothing": 1}
    text = (
        "The Interior Ministry has said it would be up to Sir Colin's review to decide if any such meeting "
        "was relevant."
    )
    assert reasons(which_body(text, "Interior Ministry", "ministry", text[22:-1])) == {"needs context": 1}
    text = (
        "The Independent Electoral Commission says letting voters register by phone could cut queues at "
        "polling stations."
    )
    assert reasons(which_body(text, "Independent Electoral Commission", "commission", text[37:-1])) == {}
    # nobody was there to say anything
    text = "Likud officials were not available for comment."
    assert reasons(which_body(text, "Likud", "party", "officials were not available for comment")) == {
        "says nothing": 1
    }


@pytest.mark.parametrize(
    ("source", "text", "answer", "body", "predicate", "too_little"),
    [
        # said of what? which tests, which deal? (politics_122, politics_006)
        (
            "politics_122",
            "Congress said many checks were already done.",
            "Congress",
            "party",
            "said many checks were already done",
            True,
        ),
        (
            "politics_006",
            "Deputy Premier Sarah Tan said a fair deal had been reached.",
            "Sarah Tan",
            "deputy premier",
            "said a fair deal had been reached",
            True,
        ),
        # a report that names what it is about says enough (politics_079)
        (
            "politics_079",
            (
                "The Independent Electoral Commission says letting voters register by phone could cut "
                "queues at polling stations."
            ),
            "Independent Electoral Commission",
            "commission",
            "says letting voters register by phone could cut queues at polling stations",
            False,
        ),
    ],
)
def test_a_report_too_short_to_say_what_it_is_about_is_not_asked(
    source, text, answer, body, predicate, too_little
):
    assert (reasons(which_body(text, answer, body, predicate)) == {"says too little": 1}) is too_little, (
        source
    )


def test_a_place_named_by_its_people_or_its_parliament_is_given_away():
    # (the shapes of bbc-politics-dev politics_090, politics_010, politics_140)
    for text, answer in (
        (
            'Ecologists are warning the Knesset that Israel may have to accept "serious damage" from new '
            "gas rigs.",
            "Israel",
        ),
        (
            "Welsh ministers insist they will still have the final say on whether a nuclear plant will be "
            "built in Wales.",
            "Wales",
        ),
    ):
        assert reasons(cloze(text, answer, "place")) == {"answer in stem": 1}, text
        assert reasons(blank_mcq(text, answer, "place")) == {"answer in stem": 1}, text
    # nothing in the rest of the sentence names Australia
    text = (
        "A rise has been recorded in the number of students from across the Tasman applying to "
        "universities in Australia."
    )
    assert reasons(cloze(text, "Australia", "place")) == {}
    # a city's people by the first letters of its name, in the sentence shown before (as politics_075)
    lead = "The column in the magazine suggested that Torontonians were obsessed with their own traffic."
    text = "It also blamed rowdy Toronto hockey fans for the 1993 riot in which 40 people were hurt."
    assert reasons(led(lead, text, "Toronto", "place")) == {"answer in stem": 1}
    assert reasons(led(lead, text, "Toronto", "place", blank_mcq)) == {"answer in stem": 1}
    text = (
        'Ms Grant apologised last March for repeating an "outdated stereotype" of Toronto in the '
        "leader article on the death of Mr Ford."
    )
    assert reasons(blank_mcq(text, "Toronto", "place")) == {}


def test_a_count_of_the_names_listed_after_it_is_given_away():
    # bbc-politics-dev politics_160: the student can count the five names
    text = (
        "His resignation is expected to be followed by those of five other barristers - Nicholas Blake QC, "
        "Andrew Nicol QC, Manjit Singh Gill QC, Rick Scannell and Tom de la Mare."
    )
    assert reasons(blank_mcq(text, "five", "number")) == {"answer in stem": 1}
    # bbc-news-other business_056: three named, three counted
    text = (
        "The luxury carmaker saw strong sales of its three marques - BMW, Mini and Rolls-Royce - in Asia "
        "last year after the launch of three new models."
    )
    assert reasons(blank_mcq(text, "three", "number")) == {"answer in stem": 1}
    # entertainment_122: what follows the dash is no list of what was counted
    text = (
        "Although his album sales in the UK are down - Palookaville stayed in the UK top 75 for just three "
        "weeks - Cook has achieved recent global success with his beach parties."
    )
    assert _check(gates.gate_leak, blank_mcq(text, "three", "number")) == ""


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a list after a colon, of things that are no names (the last may run on)
        (
            "The delta is made of three channels: the Old Arm (a canal), the Reed Arm, and a wide "
            "stretch of the river, called the Mouth.",
            "three",
        ),
        # figures after the count that add up to it
        ("Recife has four public libraries, three in the old town and one by the port.", "four"),
        ("The jury of 12, seven women and five men, heard the case.", "12"),
    ],
)
def test_a_count_the_sentence_tells_after_it_is_given_away(text, answer):
    assert reasons(blank_mcq(text, answer, "number")) == {"answer in stem": 1}
    assert _check(gates.gate_leak, cloze(text, answer, "number")) == "answer in stem"


@pytest.mark.parametrize(
    ("text", "answer", "computed"),
    [
        ("Each flat had two or three rooms.", "three", True),
        ("Each flat had three or four rooms.", "three", True),
        ("Each flat had three rooms, or a kitchen and a hall.", "three", False),
    ],
)
def test_one_of_a_pair_of_neighbouring_counts_is_given_away_by_the_other(text, answer, computed):
    gated = apply_gates([cloze(text, answer, "number")])
    assert (gated.dropped == {"computable from the stem": 1}) is computed


@pytest.mark.parametrize(
    ("text", "answer", "given"),
    [
        ("The census counted the town as 81.5% Catholic, 12.1% Protestant and 6.4% other.", "81.5%", True),
        ("The census counted the town as 81.5% Catholic, 12.1% Protestant and 6.4% other.", "6.4%", True),
        ("In the vote 52% backed the plan and 48 per cent opposed it.", "48 per cent", True),
        ("Support for the plan rose from 40% to 60% in a year.", "60%", False),
        ("The census counted the town as 81.5% Catholic and 12.1% Protestant.", "81.5%", False),
    ],
)
def test_a_share_the_sentence_s_other_shares_leave_of_a_whole_is_given_away(text, answer, given):
    expected = "answer in stem" if given else ""
    assert _check(gates.gate_leak, cloze(text, answer, "percent")) == expected
    assert _check(gates.gate_leak, blank_mcq(text, answer, "percent")) == expected


@pytest.mark.parametrize(
    ("text", "answer", "kind", "part"),
    [
        ("Ana Ruiz has left the music show CD:UK after six years.", "UK", "place", True),
        ("The 5,000m title went to Ana Ruiz.", "5,000", "number", True),
        ("The music show in the UK lost its host after six years.", "UK", "place", False),
        ("The UK-based firm lost its host.", "UK", "place", False),
        ("For depriving us of Trial by Jury: For abolishing it", "Trial by Jury", "right", False),
    ],
)
def test_a_piece_of_a_longer_name_is_not_asked(text, answer, kind, part):
    assert (_check(gates.gate_trivial, cloze(text, answer, kind)) == "part of a name") is part


def test_a_count_followed_by_one_part_of_it_is_asked():
    text = "The council has five members, two of them elected in 2019."
    assert _check(gates.gate_leak, blank_mcq(text, "five", "number")) == ""


@pytest.mark.parametrize(
    ("predicate", "leans"),
    [
        # bbc-politics-dev politics_014: what will they vote against?
        ("says they will vote against it unless changes they want are agreed", True),
        # bbc-politics-dev politics_070: nothing is left unsaid
        ("wants judicial oversight of all control orders, not just house arrest", False),
        # "it" as the subject of what the body said is the body itself
        ("said it was investigating the situation in the area", False),
    ],
)
def test_it_as_the_object_of_what_a_body_did_needs_context(predicate: str, leans: bool):
    d = which_body(f"The Tories {predicate}.", "Tories", "party", predicate)
    assert (reasons(d) == {"needs context": 1}) is leans


def test_a_word_of_an_organisations_own_name_elsewhere_in_the_stem_gives_it_away():
    # "wool markets" gives away the Wool Council (the shape of bbc-politics-dev politics_129)
    text = (
        "Ms Fraser branded the existence of the 40-employee Wool Council, set up in 2001 to research "
        'and promote overseas wool markets, "puzzling".'
    )
    blanked = text.replace("Wool Council", BLANK)
    stem = f"Which organisation completes the sentence? {blanked}"
    d = draft(text, "Wool Council", stem, "mcq", "organization")
    d = replace(d, fact=replace(d.fact, slots=(("org_type", "council"),)))
    assert reasons(d) == {"answer in stem": 1}
    # "council", the kind, gives nothing away
    home = "Ministers told the city council that the Refugee Council would be consulted on asylum policy."
    stem = f"Which organisation completes the sentence? {home.replace('Refugee Council', BLANK)}"
    d = draft(home, "Refugee Council", stem, "mcq", "organization")
    assert reasons(replace(d, fact=replace(d.fact, slots=(("org_type", "council"),)))) == {}


def test_a_quotation_ending_on_it_or_this_needs_what_it_is():
    # (as in bbc-politics-dev politics_085, politics_017) "it" and "this" were said before the quotation
    into_it = "I'm not ordering a separate inquiry into it"
    d = who_said(f'Interior Minister Amina Yusuf said: "{into_it}."', into_it, "Amina Yusuf")
    assert reasons(d) == {"needs context": 1}
    on_with = "The sooner we deal with this, the better"
    d = who_said(f'Mr Mendes said: "{on_with}."', on_with, "Paulo Mendes")
    assert reasons(d) == {"needs context": 1}
    # an "it" with its noun inside the quotation stands alone (but "We will fund it from the
    # savings": fund what?)
    whole = "The new hospital in Kano will open in 2027 and we will fund it from the savings we make"
    assert apply_gates([who_said(f'Mr Bello said: "{whole}."', whole, "Musa Bello")]).kept
    bare = "We will fund it from the savings we make on the asylum budget"
    assert reasons(who_said(f'Mr Bello said: "{bare}."', bare, "Musa Bello")) == {"needs context": 1}


def test_a_blank_before_a_plural_apostrophe_is_a_name_cut_short():
    # "Launching the ___' plan" (as in bbc-politics-dev politics_135)
    text = (
        "Launching the Department of Veterans Affairs' plan, Secretary Hal Brooks said veterans come first."
    )
    d = cloze(text, "Department of Veterans Affairs", "organization")
    assert reasons(d) == {"part of a longer name": 1}


def test_a_knight_by_first_name_alone_needs_the_sentence_that_said_which():
    # which Sir Geoffrey? (the shape of bbc-politics-dev politics_183) (where the article names him in
    # full, the stem says: see test_rules)
    text = (
        "Sir Geoffrey was replaced as the member for Wellington Central by the outspoken Mark Doyle, "
        "after being deselected by his local party in March 1999."
    )
    assert reasons(blank_mcq(text, "March 1999", "date")) == {"needs context": 1}
    # a nickname inside quotation marks is nobody to look for
    text = 'Karen Doyle, for the Greens, attacked government waste and debt, dubbing Mr Hunt "Sir Spendalot".'
    assert apply_gates([blank_mcq(text, "Karen Doyle", "person_role")]).kept


def led(lead: str, text: str, answer: str, kind: str, make=cloze) -> Draft:
    """A question on ``text`` (a cloze unless ``make`` says) shown after ``lead``, the sentence before it."""
    d = make(text, answer, kind)
    before = Sentence("t", 0, 0, len(lead), lead)
    fact = replace(d.fact, before=before, slots=(("lead", lead),))
    return Draft(replace(d.question, prompt=f"{lead} {d.question.prompt}"), fact)


@pytest.mark.parametrize(
    ("source", "lead", "text", "answer", "kind", "kept"),
    [
        # the sentence before would say what "the situation" is, but leans itself: which situation?
        # (bbc-politics-dev politics_061)
        (
            "politics_061",
            (
                "Canada Post says it is investigating the situation, which has meant about 400 homes in "
                "Nova Scotia are not receiving ballot papers."
            ),
            (
                "Officials at Halifax Regional Council are now in a race against time to try and fix the "
                "situation."
            ),
            "Halifax Regional Council",
            "organization",
            False,
        ),
        # ... and what "it" was (politics_096)
        (
            "politics_096",
            "The average size of a riding in Ontario was 110,000 people, Ms Leblanc said.",
            "In Quebec it was just over 88,000, in Alberta just over 95,000 and in Manitoba 71,000.",
            "71,000",
            "number",
            True,
        ),
        # it does not say which case (politics_177)
        (
            "politics_177",
            "Former police minister Sipho Ndlovu denied security services were involved.",
            (
                "In May this year, KwaZulu-Natal Police reopened the case, saying samples kept during "
                "their investigations would be examined to find whether it would yield DNA evidence."
            ),
            "KwaZulu-Natal Police",
            "organization",
            False,
        ),
        # the end of a quotation is no sentence to read alone (politics_012)
        (
            "politics_012",
            "It's a day I never thought I would see.\"",
            (
                "The move followed a long campaign in Kenya for a public apology after nine people were "
                "wrongly convicted of planting the bombs which killed four people."
            ),
            "Kenya",
            "place",
            False,
        ),
        # the sentence before leans on its own one: who is "he"? (politics_037)
        (
            "politics_037",
            (
                "Before the last election she was a key figure in the party as the head of the premier's "
                "policy office where she was a key member of the platform writing team."
            ),
            (
                "Seen as one of the more thoughtful figures in the cabinet, she was also working for Jean "
                "Tremblay in his policy office when he was leader of the opposition."
            ),
            "Jean Tremblay",
            "person_role",
            False,
        ),
        # the sentence before names what "The alliance" is (politics_066) ...
        (
            "politics_066",
            (
                "Last week, the Farmers' Alliance said more than 300 markets would open legally the day "
                "after the ban on plastic bags comes into force."
            ),
            (
                'The alliance said the 1 July markets would show the new law was "impossibly hard to '
                'enforce" and open to differing readings.'
            ),
            "1 July",
            "date",
            True,
        ),
        # ... but not what "The e-mail" is (politics_009)
        (
            "politics_009",
            "Mr Barros has recently rejoined the Workers' Party election campaign.",
            (
                "The e-mail was revealed the day after Helena Cruz, a former health minister and now a UN "
                'envoy, warned Globo to steer away from "demonising" Mr Barros.'
            ),
            "Helena Cruz",
            "person_role",
            False,
        ),
        # "In addition" to what was said further back (politics_101)
        (
            "politics_101",
            "But opposition parties said the new property levy would mean steep rises.",
            (
                "In addition, 8.2m dollars will come from the regional growth fund - a scheme which lets "
                "rural councils keep part of business rates."
            ),
            "8.2m dollars",
            "money",
            False,
        ),
    ],
)
def test_the_sentence_before_shown_first_answers_what_the_question_leans_on(
    source, lead, text, answer, kind, kept
):
    assert _check(gates.gate_context, cloze(text, answer, kind)) == "needs context", source
    assert (_check(gates.gate_context, led(lead, text, answer, kind)) == "") is kept, source


LEANING_REPORT = """\
Commission would cut the number of council wards
The number of council wards in the county would fall by about a quarter under plans published by the \
Boundary Commission on Monday.

The commission said the changes would take effect at the local elections in May 2027, if councillors \
approve them in the autumn.

Its chairman, Helen Marsh, said the plan would end the "plain unfairness" of rural wards having far fewer \
voters than those in the towns. The average ward in the county has 9,000 voters, Ms Marsh said. In the \
northern hill districts it is just 5,400.

The county council's leader, David Quinn, said he would study the proposals before the full council meets \
on 3 October.
"""


def test_a_draft_that_leans_on_the_sentence_before_is_drafted_again_showing_it():
    # a report written in the shape of bbc-politics-dev politics_096 (tests_corpus checks that
    # article), through extraction, drafting and the gates
    name = "ward_review.txt"
    data = LEANING_REPORT.encode("utf-8")
    alone, shown = asked_alone_and_led(name, data)
    assert "5,400" not in alone and len(alone) >= 2
    q = shown["5,400"]
    lead = "The average ward in the county has 9,000 voters, Ms Marsh said."
    assert q.context is not None and q.context.sentence == lead
    assert q.prompt.index(lead) < q.prompt.index(BLANK)
    assert [r.sentence[:30] for r in q.sources] == ["In the northern hill districts"]
    # the citation of what was shown slices the article, like every citation
    text = data.decode("utf-8")
    assert text[q.context.start : q.context.end] == lead
    # questions that stand alone are the same either way, in the same order
    assert [a for a in shown if a in alone] == list(alone)


def test_in_that_as_a_conjunction_points_nowhere():
    # encyclopedia-dev Private_school: "in that" = "in so far as", not "in that (thing)"
    text = (
        "This caused an uproar among the Chinese and a compromise was achieved in that the schools would "
        'instead become "National Type" schools.'
    )
    assert leans_on(text) == (("opening", "This"),)
    war = text.replace("in that the schools", "in that six-week war")
    assert ("description", "in that six") in leans_on(war)


NATO_NAME = "North Atlantic Treaty Organization"


@pytest.mark.parametrize(
    ("text", "answer", "kind", "computable"),
    [
        # the same figure in another unit, after it or before it
        # (a conversion after the answer is not shown: ``rules.as_read``; one holding it gives it away)
        ("The river runs for 1,802 miles (2,900 km) from the hills to the sea.", "1,802", "quantity", False),
        ("The river is 2,900 km (1,802 mi) long from its source in the hills.", "1,802", "quantity", True),
        ("The river runs for 1,802 miles from the hills to the delta.", "1,802", "quantity", False),
        ("The firm lost pounds 4.6bn (dollars 8.6bn) in the year to March.", "pounds 4.6bn", "money", False),
        ("The firm lost 4.6bn euros (US$5.9bn) in the year to March.", "4.6bn euros", "money", False),
        ("The firm lost 4.6bn euros (US$5.9bn) in the year to March.", "5.9bn", "money", True),
        # ... after a unit of words ("86.7bn Swiss francs ($___; ...)")
        ("Revenue fell to 86.7bn Swiss francs ($74.6bn; £39.1bn) in 2004.", "74.6bn", "money", True),
        # ... the second of two ("(dollars 48; pounds 26)")
        ("Fees are up to 400 yuan (dollars 48; pounds 26) a month in Beijing.", "26", "money", True),
        (
            "The unit sold for 260.75bn roubles (dollars 9.37bn: pounds 5.1bn) at auction.",
            "5.1bn",
            "money",
            True,
        ),
        ("Fees are up to 400 yuan a month in Beijing; a bus ticket costs 26 yuan.", "26", "money", False),
        # ... after a figure in words ("one trillion won ($960m; £___)", "two million euros (£___)")
        (
            "The bank averted liquidation with a one trillion won (dollars 960m; pounds 499m) bail-out.",
            "499m",
            "money",
            True,
        ),
        ("The club paid two million euros (pounds 1.4m) for the striker on Friday.", "1.4m", "money", True),
        ("The club paid two million euros for the striker, and pounds 1.4m in fees.", "1.4m", "money", False),
        # a figure the sentence states next to it, the answer all but given
        ("Crude rose to $53.09 a barrel in Lagos before closing at $53.03.", "53.03", "money", True),
        ("Crude rose to $61.20 a barrel in Lagos before closing at $53.03.", "53.03", "money", False),
        # two sums the stem states whose total or difference is asked
        ("Velora Air made $434m, up from $300m, after it sold $134m of planes.", "134m", "money", True),
        ("Velora Air made $434m, compared to the previously reported $732m.", "732m", "money", False),
        # two years whose difference is asked
        ("It became a republic in 1889, 67 years after the empire began in 1822.", "67", "number", True),
        ("It became a republic in 1889, 67 years after the first railway opened.", "67", "number", False),
        # the century of a year the stem states
        ("Its charter, signed in 1891, was the first such in the 19th century.", "19th", "number", True),
        ("Its charter was the first such in the 19th century.", "19th", "number", False),
        # a share of change whose ends the sentence states
        ("The firm said sales rose 2% to $11.1bn from $10.9bn.", "2%", "percent", True),
        ("Membership grew by 25% from 120 to 150 this year.", "25%", "percent", True),
        ("Revenues rose 4.7% to dollars 51.2bn from dollars 48.8bn a year earlier.", "4.7%", "percent", True),
        ("The firm said sales rose 9% to $11.1bn from $10.9bn.", "9%", "percent", False),
        ("The firm said sales rose 2% to $11.1bn, a record.", "2%", "percent", False),
        # a name beside its own acronym
        (f"Delegates of NATO, the {NATO_NAME}, met in Brussels on Friday.", "NATO", "organization", True),
        ("Delegates of NATO met the ministers in Brussels on Friday.", "NATO", "organization", False),
    ],
)
def test_an_answer_the_stem_computes_is_not_asked(text, answer, kind, computable):
    d = draft(text, answer, text.replace(answer, BLANK, 1), qtype="mcq", kind=kind)
    assert (_check(gates.gate_computable, d) == "computable from the stem") == computable


def test_a_blank_that_cuts_a_name_in_two_is_read_as_the_student_reads_it():
    # an HTML entity in the name's first word does not hide that the blank cuts the name in two
    for first in ("Ren&#233;", "René", "Rene"):
        text = f"The committee chair, {first} Okafor Lindqvist, opened the hearing on Monday."
        prompt = text.replace("Okafor Lindqvist", "{{c1::Okafor Lindqvist}}")
        d = draft(text, "Okafor Lindqvist", prompt, kind="person_role")
        assert _check(gates.gate_split_name, d) == "part of a longer name", first
    # a title before the blank is no part of the name
    text = "The committee heard from Minister Okafor Lindqvist on Monday about the plans."
    prompt = text.replace("Okafor Lindqvist", "{{c1::Okafor Lindqvist}}")
    assert _check(gates.gate_split_name, draft(text, "Okafor Lindqvist", prompt, kind="person_role")) == ""


@pytest.mark.parametrize(
    ("text", "answer", "kept"),
    [
        ("The club fined its striker two weeks' wages after the row in Lagos.", "two weeks", False),
        ("The club fined its striker for two weeks after the row in Lagos.", "two weeks", True),
        ("The club's fine was two weeks's wages, its chairman Ade Okafor said.", "two weeks", True),
    ],
)
def test_a_figure_is_not_cut_from_its_possessive(text: str, answer: str, kept: bool):
    # ("_____' wages": the blank would leave the apostrophe behind)
    d = draft(text, answer, text.replace(answer, BLANK, 1), qtype="mcq", kind="quantity")
    assert (_check(gates.gate_split_name, d) == "") is kept


@pytest.mark.parametrize(
    ("text", "answer", "dropped"),
    [
        # a paper or a programme named only as where somebody spoke
        ('"Taxes will rise," Ana Lima told the Morning Edition programme in Rio.', "Morning Edition", True),
        ("The minister told the Sydney Herald that the dam would open in May.", "Sydney Herald", True),
        # ... but a body told something is asked
        ("The Reserve Bank of India raised its main rate to 6% on Tuesday.", "Reserve Bank of India", False),
    ],
)
def test_where_somebody_spoke_is_not_asked(text: str, answer: str, dropped: bool):
    gated = apply_gates([cloze(text, answer, "organization")])
    assert (gated.dropped == {"where something was said": 1}) is dropped, gated.dropped


@pytest.mark.parametrize(
    "text, answer",
    [
        # a team's line-up, a tournament's draw, a cast list: names, not a statement
        ("Mendes, Okafor, Lindqvist, Petrov (Ruiz 71), Tanaka, Duarte, Kowalski, Ibarra.", "Tanaka"),
        ("Group B: Kenya (2), Peru (7), Norway, Vietnam, Ghana, Canada.", "Norway"),
    ],
)
def test_a_list_of_names_is_not_a_statement(text, answer):
    assert reasons(blank_mcq(text, answer, "person_role")) == {"a list, not a statement": 1}


def test_a_short_statement_with_two_plain_words_is_one():
    text = "Justice Amara Okonkwo died on 7 January 1998 in Lagos, Nigeria."
    assert "a list, not a statement" not in reasons(blank_mcq(text, "1998", "date"))


def test_a_sum_the_headline_shown_and_the_stem_add_up_to_is_computable():
    # ("Nortel in $300m profit revision" over "made $434m, compared to the reported $___")
    from dataclasses import replace as with_

    from quizgen.rules import from_story

    text = "Velora Air said it had made $434m, compared to the previously reported $732m."
    story = "Velora Air in $300m profit revision"
    plain = draft(text, "732m", text.replace("732m", BLANK), qtype="mcq", kind="money")
    fact = with_(plain.fact, slots=(("story", story),))
    shown = with_(
        plain, fact=fact, question=with_(plain.question, prompt=from_story(story) + plain.question.prompt)
    )
    assert _check(gates.gate_computable, shown) == "computable from the stem"
    assert _check(gates.gate_computable, with_(plain, fact=fact)) == ""  # (the headline not shown)


def test_a_date_beside_the_same_day_in_another_calendar_is_computable():
    text = "Ana Kovac was born on 10 July [O.S. 28 June] 1856 in the village of Lika."
    assert reasons(draft(text, "10 July", text.replace("10 July", BLANK), qtype="mcq")) == {
        "computable from the stem": 1
    }
    plain = "Ana Kovac was born on 10 July 1856 in the village of Lika, in the Military Frontier."
    led = draft(plain, "10 July", plain.replace("10 July", BLANK), "mcq")
    assert "computable from the stem" not in reasons(led)


def test_a_cloze_whose_answer_its_sentence_says_again_gives_it_away():
    text = "Talks between Ostland and Norland broke down, and Norland recalled its envoy."
    prompt = text.replace("Norland broke", "{{c1::Norland}} broke")
    assert _check(gates.gate_leak, draft(text, "Norland", prompt, kind="place")) == "answer in stem"
    once = "Talks between Ostland and Norland broke down."
    prompt = once.replace("Norland", "{{c1::Norland}}")
    assert _check(gates.gate_leak, draft(once, "Norland", prompt, kind="place")) == ""


@pytest.mark.parametrize(
    ("text", "answer", "given"),
    [
        ("Let us pursue the right, without self-righteousness, in every land.", "right", True),
        ("A defenceless people needs a strong defence.", "defence", True),
        ("The national guard serves the nation in time of need.", "nation", True),
        # a short word opens too many others to be read so: "part" and "party"
        ("Only part of the party came to the talks.", "part", False),
        ("May we pursue the right, without self-righteousness.", "self-righteousness", True),
        # ... a name's word too
        ("Under the Children Act, councils must protect a child in their care.", "Children Act", True),
        ("The Crossrail Link Bill would give a fast cross-city rail link.", "Crossrail Link Bill", True),
        # ... but not a phrase asked for its wording, nor a body's kind ("committees")
        (
            "Seats are shared according to their respective numbers, counting the number of persons.",
            "according to their respective numbers",
            False,
        ),
        ("The Ostland Water Committee oversees the other committees.", "Ostland Water Committee", False),
        ("Let us pursue what is right in every land.", "right", False),
        # a name's words run together open a word around ("VeloraBank card" of "Bank of Velora")
        ("In 2031, the Bank of Velora launched a new card called BankVeloracard.", "Bank of Velora", True),
        ("In 2031, the Bank of Velora launched a new card called Lumocard.", "Bank of Velora", False),
        # (a figure's unit is one word: "9 months" beside "6 months" is no name run together)
        ("No patient would wait 6 months, against a target of 9 months.", "9 months", False),
    ],
)
def test_a_cloze_beside_a_word_of_its_answer_s_making_gives_it_away(text, answer, given):
    prompt = text.replace(answer, "{{c1::" + answer + "}}", 1)
    verdict = _check(gates.gate_leak, draft(text, answer, prompt, kind="term"))
    assert (verdict == "answer in stem") is given


def test_a_gloss_in_brackets_after_a_blanked_name_gives_it_away():
    # ("(which also owns ...)": what it is known for, to whoever knows the world)
    text = "Based in the region are the Velora Company (which also owns ABN), Ostfilm and Lumo."
    d = cloze(text, "Velora Company", "organization")
    assert _check(gates.gate_leak, d) == "answer in stem"
    plain = "Based in the region are the Velora Company, Ostfilm and Lumo, the council said."
    assert _check(gates.gate_leak, cloze(plain, "Velora Company", "organization")) == ""


def test_a_multiple_choice_stem_beside_a_word_of_its_answer_s_making_gives_it_away():
    text = "The church accepts the Velorian Creed of the Council of Veloria, its bishops said."
    d = draft(text, "Council of Veloria", text.replace("Council of Veloria", BLANK), "mcq", "organization")
    assert _check(gates.gate_leak, d) == "answer in stem"
    text = "The church accepts the creed of the Council of Veloria, its bishops said."
    d = draft(text, "Council of Veloria", text.replace("Council of Veloria", BLANK), "mcq", "organization")
    assert _check(gates.gate_leak, d) == ""


@pytest.mark.parametrize(
    ("text", "answer", "given"),
    [
        # a word of a body's name said as a name elsewhere in its sentence
        ("United Velora Theatres split from Velora Pictures in 1951.", "Velora Pictures", True),
        # ... not its kind's word, nor a word said lowercase
        ("The Ostland Union met the Norland Union in March.", "Norland Union", False),
        ("The scandal at Bank of China worried China's other banks.", "Bank of China", False),
        ("A European Parliament committee rewrote the European Union rules.", "European Parliament", False),
        ("The National Teachers Union called a national strike.", "National Teachers Union", False),
    ],
)
def test_a_body_s_cloze_beside_a_word_of_its_name_said_as_a_name_gives_it_away(text, answer, given):
    verdict = _check(gates.gate_leak, cloze(text, answer, "organization"))
    assert (verdict == "answer in stem") is given


@pytest.mark.parametrize(
    ("text", "answer", "place_kind", "given"),
    [
        # a capital by its country, a country by its capital, in a cloze as in multiple choice
        ("The lifts whisk passengers to the top of the tower in Taipei, Taiwan.", "Taipei", "city", True),
        ("Ministers met in Lima to sign the deal, the first of its kind in Peru.", "Peru", "country", True),
        # ... a country by a large city or a region of it, as the gazetteer knows them
        ("Ministers met in Cusco to sign the deal, the first of its kind in Peru.", "Peru", "country", True),
        ("Fresno is a city in the U.S. state of California.", "U.S.", "country", True),
        ("The biggest city on the river is Köln, Germany.", "Germany", "country", True),
        ("Ministers met in Pisac to sign the deal, the first of its kind in Peru.", "Peru", "country", False),
    ],
)
def test_a_place_cloze_is_given_away_by_its_capital_or_its_country(text, answer, place_kind, given):
    d = cloze(text, answer, "place")
    d = replace(d, fact=replace(d.fact, slots=(("place_kind", place_kind),)))
    assert (_check(gates.gate_leak, d) == "answer in stem") is given


def test_the_title_gives_away_a_report_s_own_place_and_a_long_article_s_subject():
    from quizgen.discourse import read_source

    line = "Ostland have not won in Kessel since 2002."
    headline = "Ostland seek first win in Kessel"
    report = read_source(f"{headline}\n\n{line}\n", headline)
    place = draft(line, "Ostland", line.replace("Ostland", "{{c1::Ostland}}", 1), kind="place")
    assert gates.gate_leak(place, report, gates.DEFAULT_SETTINGS) == "answer in the title"
    elsewhere = read_source(f"Cup draw made\n\n{line}\n", "Cup draw made")
    assert gates.gate_leak(place, elsewhere, gates.DEFAULT_SETTINGS) == ""
    # (a title's word before its comma or bracket is one of its words)
    titled = read_source(f"Ostland, Norland\n\n{line}\n", "Ostland, Norland")
    assert gates.gate_leak(place, titled, gates.DEFAULT_SETTINGS) == "answer in the title"
    # a long article's subject, or a name sharing its word, is known: not a report's person
    line = "Hans Luther wanted his son to become a lawyer."
    person = draft(
        line, "Hans Luther", line.replace("Hans Luther", "{{c1::Hans Luther}}"), kind="person_role"
    )
    filler = "Other matters were discussed at length by the members of the body. " * 130
    article = read_source(f"Martin Luther\n\n{line}\n{filler}\n", "Martin Luther")
    assert gates.gate_leak(person, article, gates.DEFAULT_SETTINGS) == "answer in the title"
    story = read_source(f"Luther family feud\n\n{line}\n", "Luther family feud")
    assert gates.gate_leak(person, story, gates.DEFAULT_SETTINGS) == ""


@pytest.mark.parametrize(
    "answer, kind, title",
    [
        ("Velora", "place", "Velora, Ostland"),  # the subject itself
        ("Ostland", "place", "Velora, Ostland"),  # a word of its title
        ("NRB", "organization", "National Radio Board"),  # its name's acronym
        ("Velora Radio Building", "organization", "Velora, Ostland"),  # a name holding the subject's
        ("50", "number", "Velora Cup 50"),  # a figure of its title
    ],
)
def test_a_long_article_s_own_subject_is_not_asked(answer, kind, title):
    from quizgen.discourse import read_source

    line = f"The station moved to {answer} in 1931."
    d = draft(line, answer, line.replace(answer, "{{c1::" + answer + "}}"), kind=kind)
    filler = "Other matters were discussed at length by the members of the body. " * 130
    article = read_source(f"{title}\n\n{line}\n{filler}\n", title)
    assert gates.gate_leak(d, article, gates.DEFAULT_SETTINGS) == "answer in the title"
    other = read_source(f"Kessel Port\n\n{line}\n{filler}\n", "Kessel Port")
    assert gates.gate_leak(d, other, gates.DEFAULT_SETTINGS) == ""


def test_what_a_sentence_reads_as_whatever_is_asked_of_it():
    """``_how_it_reads`` and ``_quoting``: what gate_length and gate_quote_fact read of a
    sentence once, for every draft of its facts."""
    from quizgen.gates import _how_it_reads, _quoting

    assert _how_it_reads("The council met on Monday to discuss the plan.") == (7, False)
    assert _how_it_reads("Ruiz, Berg, Okafor, Lima and") == (1, True)
    unquoted, quoting, first_person = _quoting('She said "we will win" on Monday.')
    assert (unquoted, quoting, first_person) == ("She said   on Monday.", False, False)
    assert _quoting("We will appeal the ruling, she said.")[2]
    assert _quoting('It was the end of it."')[1]  # (closes a quotation it never opened)
