from pathlib import Path

import pytest

from quizgen.errors import RuleError
from quizgen.extract import extract_facts
from quizgen.models import Fact, Sentence
from quizgen.rules import (
    _compiled,
    applies,
    article_for,
    as_read,
    draft_questions,
    load_rules,
    make_environment,
    render_stem,
    template_context,
)
from tests.conftest import RULES
from tests.helpers import sentences_of

GOOD = """
id: good
kind: place
type: mcq
stem: "Which place completes the sentence? {{ blanked }}"
distractors: places
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_shipped_rules_load_highest_priority_first():
    rules = load_rules(RULES)
    assert len(rules) >= 7
    assert [r.priority for r in rules] == sorted((r.priority for r in rules), reverse=True)
    cloze = next(r for r in rules if r.id == "cloze")
    assert cloze.type == "cloze" and cloze.priority == 0
    # a name, a body, a place or a law is asked as a cloze first: their multiple choice comes after
    assert {r.id for r in rules if r.priority < cloze.priority} >= {
        "person-mcq",
        "organization-mcq",
        "place-mcq",
        "law-mcq",
    }
    assert applies(cloze, Fact("place", "Wales", 0, Sentence("s", 0, 0, 10, "Wales won.")))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kind: place\ntype: mcq\nstem: [unclosed\n", "bad.yaml: line 4: YAML syntax error"),
        ("kind: weather\ntype: mcq\nstem: x\ndistractors: places\n", "unknown fact kind 'weather'"),
        ("kind: place\ntype: essay\nstem: x\n", "unknown type 'essay'"),
        ("kind: place\ntype: mcq\nstem: x\ndistractors: magic\n", "unknown distractors 'magic'"),
        ("kind: place\ntype: mcq\nstem: '{{ blanked '\ndistractors: places\n", "template error"),
        ("kind: place\ntype: mcq\nstem: '{{ nonsense }}'\ndistractors: places\n", "'nonsense' is undefined"),
        (
            "kind: place\ntype: mcq\nstem: \"{{ ''.__class__.__mro__ }}\"\ndistractors: places\n",
            "template error",
        ),
        ("- just\n- a list\n", "must be a mapping"),
    ],
)
def test_broken_rules_are_reported_with_file_and_problem(tmp_path: Path, text, message):
    folder = write(tmp_path / "rules", "bad.yaml", text)
    write(folder, "good.yaml", GOOD)
    with pytest.raises(RuleError) as info:
        load_rules(folder)
    assert "bad.yaml" in info.value.message and message in info.value.message
    assert "good.yaml" not in info.value.message


def test_every_broken_file_is_listed_at_once(tmp_path: Path):
    folder = write(tmp_path / "rules", "a.yaml", "kind: x\ntype: mcq\nstem: s\n")
    write(folder, "b.yaml", "kind: place\ntype: y\nstem: s\n")
    with pytest.raises(RuleError) as info:
        load_rules(folder)
    assert len(info.value.problems) >= 2


def test_article_text_is_data_not_template():
    text = "The {{ config }} party won 40% of the vote in {% raw %} the election."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("percent", "40%", text.index("40%"), sentence)
    rule = next(r for r in load_rules(RULES) if r.id == "figure-mcq")
    assert applies(rule, fact)
    stem = render_stem(make_environment(), rule, template_context(fact, "T"))
    assert "{{ config }}" in stem and "{% raw %}" in stem and "_____" in stem


def test_a_stem_that_only_joins_text_and_names_reads_as_jinja_renders_it():
    # (such a stem is rendered by joining its pieces, without Jinja: the text must be the same)
    env = make_environment()
    text = "The {{ config }}  party\nwon 40% of the vote in {% raw %} the election."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("percent", "40%", text.index("40%"), sentence, (("speech", " a {{ x }}\tspeech "),))
    context = template_context(fact, "T")
    joined = 0
    for rule in load_rules(RULES):
        compiled = _compiled(rule.stem)
        joined += compiled.joined is not None
        by_jinja = " ".join(env.from_string(rule.stem).render(context).split())
        assert render_stem(env, rule, context) == by_jinja
    assert joined >= 10  # (most stems only join text and names)


def test_a_stem_does_not_open_with_but_from_a_sentence_the_student_has_not_seen():
    # bbc-politics-dev politics_023
    text = "But virtually no market research was carried out and just pounds 4.2m was spent on sales."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("money", "pounds 4.2m", text.index("pounds 4.2m"), sentence)
    context = template_context(fact, "T")
    assert context["blanked"].startswith("Virtually no market research was carried out and just _____ was")
    # the sentence as read keeps the words of the source, a currency sign written out shown as one
    assert context["sentence"] == text.replace("pounds ", "£")


def test_a_or_an_before_the_blank_does_not_hint_at_the_answer():
    # bbc-politics-dev politics_117: "an ___" would point at "80%" among 60%, 70%, 90%
    text = (
        "Mr Johnson said his department had a long-term aspiration of moving towards an 80% employment rate."
    )
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("percent", "80%", text.index("80%"), sentence)
    options = ("60%", "70%", "80%", "90%")
    assert "towards a(n) _____ employment rate" in template_context(fact, "T", options)["blanked"]
    # a figure before one noun goes after it, as a teacher would write it
    text = "The brewer bought an 18.8% stake in the winemaker on 13 January."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("percent", "18.8%", text.index("18.8%"), sentence)
    blanked = template_context(fact, "T", ("16.0%", "18.8%", "24.4%", "15.0%"))["blanked"]
    assert "bought a stake of _____ in the winemaker" in blanked
    # ... and so is one before the figure's currency, sign or word ("an £8m bid": eight)
    for written in ("£", "pounds "):
        text = f"The club may launch an {written}8m January bid for the striker."
        sentence = Sentence("t", 0, 0, len(text), text)
        fact = Fact("money", "8m", text.index("8m"), sentence)
        blanked = template_context(fact, "T", ("4m", "7m", "8m", "14m"))["blanked"]
        assert "launch a(n) £_____ January bid" in blanked
    # ... but a cloze keeps its own: read back with its answer, "a(n) Election Court" is no English
    text = "The MP was unseated by an Election Court in Lima after a vote-rigging trial."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("organization", "Election Court", text.index("Election Court"), sentence)
    assert "unseated by an {{c1::Election Court}} in Lima" in template_context(fact, "T")["cloze"]


@pytest.mark.parametrize(
    ("text", "answer", "cloze"),
    [
        (
            "Leaders will listen to Ostland Prime Minister Ana Ruiz in Kessel.",
            "Ana Ruiz",
            "Leaders will listen to {{c1::Ana Ruiz}} in Kessel.",
        ),
        ("President Tomas Velden flew to Kessel.", "Tomas Velden", "{{c1::Tomas Velden}} flew to Kessel."),
        (
            "Ana Ruiz met the Ostland President Tomas Velden.",
            "Tomas Velden",
            "Ana Ruiz met {{c1::Tomas Velden}}.",
        ),
        # (one of many: a deputy, a former holder, another office)
        (
            "Vice President Tomas Velden flew to Kessel.",
            "Tomas Velden",
            "Vice President {{c1::Tomas Velden}} flew to Kessel.",
        ),
        (
            "The former President Tomas Velden flew to Kessel.",
            "Tomas Velden",
            "The former President {{c1::Tomas Velden}} flew to Kessel.",
        ),
        (
            "Home Secretary Tomas Velden flew to Kessel.",
            "Tomas Velden",
            "Home Secretary {{c1::Tomas Velden}} flew to Kessel.",
        ),
    ],
)
def test_a_cloze_leaves_out_the_title_of_a_country_s_head_before_the_blank(text, answer, cloze):
    # ("Prime Minister ___" names whom everybody of that time knows)
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("person_role", answer, text.index(answer), sentence)
    assert template_context(fact, "T")["cloze"] == cloze


def test_the_article_before_the_blank_stays_when_every_option_takes_it():
    # bbc-politics-dev politics_140
    text = "Britain is to give a pounds 4m grant to help women survivors of the Rwandan genocide."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("money", "pounds 4m", text.index("pounds 4m"), sentence)
    options = ("pounds 2m", "pounds 4m", "pounds 5m", "pounds 3m")
    assert "give a _____ grant" in template_context(fact, "T", options)["blanked"]


@pytest.mark.parametrize(
    ("phrase", "article"),
    [
        ("80% employment rate", "an"),
        ("8 million", "an"),
        ("11,000", "an"),
        ("18-month", "an"),
        ("110", "a"),
        ("1.5 million", "a"),
        ("pounds 4m", "a"),
        ("MP", "an"),
        ("SNP", "an"),
        ("BBC", "a"),
        ("honest broker", "an"),
        ("union", "a"),
        ("European", "a"),
        ("opposition", "an"),
        ("independent", "an"),
        ("hospital", "a"),
    ],
)
def test_article_for_follows_the_spoken_sound(phrase: str, article: str):
    assert article_for(phrase) == article


def test_html_entities_in_an_article_are_shown_as_the_characters_they_stand_for():
    # bbc-politics-dev politics_174 keeps "fianc&#233;e" from its web page
    text = "Ferguson had been out to see his fianc&#233;e Annabella Holmes, whom he met in 1994."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("date", "1994", text.index("1994"), sentence)
    context = template_context(fact, "T")
    assert "fiancée Annabella" in context["blanked"] and "fiancée Annabella" in context["cloze"]
    assert context["cloze"].endswith("{{c1::1994}}.")


def test_an_encyclopedias_editorial_markup_is_not_shown_in_a_stem():
    text = "As of 2011[update], the river's delta held 1,200 islands.[citation needed]"
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact("number", "1,200", text.index("1,200"), sentence)
    context = template_context(fact, "T")
    assert context["blanked"] == "As of 2011, the river's delta held _____ islands."
    assert context["cloze"] == "As of 2011, the river's delta held {{c1::1,200}} islands."


def test_a_quotation_question_names_the_speakers_office_when_the_article_gives_it():
    # bbc-politics-dev politics_018
    text = 'Shadow Foreign Secretary Michael Ancram said: "I am glad the foreign secretary has been shamed."'
    sentence = Sentence("t", 0, 0, len(text), text)
    rule = next(r for r in load_rules(RULES) if r.id == "quote-speaker-mcq")
    slots = (("quote", "I am glad the foreign secretary has been shamed."), ("full_utterance", "yes"))
    for extra, opening in (
        ((("role", "shadow foreign secretary"),), "Which shadow foreign secretary said"),
        ((), "Who said"),
    ):
        fact = Fact("quote_speaker", "Michael Ancram", text.index("Michael"), sentence, (*slots, *extra))
        stem = render_stem(make_environment(), rule, template_context(fact, "T"))
        assert stem == f"{opening}: “I am glad the foreign secretary has been shamed”?"


def test_a_knight_named_by_first_name_is_named_in_full():
    # bbc-politics-dev politics_156: "Sir John" was introduced as "Sir John Gieve" paragraphs before
    s = sentences_of(
        "Sir John Gieve was Home Office permanent secretary during the saga which ended with Mr Blunkett "
        "quitting.\n"
        "Sir John was made permanent secretary in April 2001 following a Civil Service career which dates "
        "back to 1974."
    )
    fact = next(f for f in extract_facts(s) if f.answer == "April 2001")
    assert template_context(fact, "T")["blanked"].startswith(
        "Sir John [Gieve] was made permanent secretary in _____"
    )
    assert template_context(fact, "T")["sentence"] == s[1].text  # the citation keeps the words of the source


def test_a_currency_sign_written_out_is_shown_as_the_sign():
    from quizgen.rules import as_read

    assert as_read("Fares will rise by pounds ") == "Fares will rise by £"
    assert as_read("a loan of dollars 3.2m and euros 5bn") == "a loan of $3.2m and €5bn"
    assert (
        as_read("He paid 300 pounds for the pounds of sugar.")
        == "He paid 300 pounds for the pounds of sugar."
    )


def test_an_article_defining_its_subject_names_it_where_a_sentence_does_not():
    from tests.helpers import asked_alone_and_led

    article = (
        "Velora River\n\n"
        "The Velora is the longest river in Ostland, flowing 1,240 kilometres to the Amber Sea.\n"
        "The river rises at a glacier near Mount Kessel, at an altitude of 2,900 metres.\n"
        "Three large dams were built between 1961 and 1978 by the Ostland Power Board.\n"
    )
    _, asked = asked_alone_and_led("velora.txt", article.encode())
    # "the river" says which river; a sentence that names nothing says what it is about
    assert "The river [the Velora] rises" in asked["2,900 metres"].prompt
    assert "About the Velora: Three large dams were built" in asked["Ostland Power Board"].prompt


def test_a_currency_written_out_after_a_countrys_letters_is_a_sign():
    assert as_read("a grant of USdollars 13 million a year") == "a grant of US$13 million a year"
    assert as_read("Pay will rise by pounds 1,400.") == "Pay will rise by £1,400."


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "Velden Aero is spending $100m (£52m) over three years.",
            "Velden Aero is spending $100m over three years.",
        ),
        ("about 10 million euros (USdollars 13 million) a year", "about 10 million euros a year"),
        ("ticket sales worth 211bn yen (£1.08bn).", "ticket sales worth 211bn yen."),
        ("a march of 300 miles (480 km) to the coast", "a march of 300 miles to the coast"),
        ("250 yuan (dollars 30; pounds 16) a month", "250 yuan a month"),
        ("spent 8.2 million euros (about US$10.6 million) in 2003", "spent 8.2 million euros in 2003"),
        # an aside in words, a year, an age, a bracket after no figure: shown as written
        ("won 3 games (2 at home)", "won 3 games (2 at home)"),
        ("the Water Act (1998) says", "the Water Act (1998) says"),
        ("Ana Ruiz (54) said", "Ana Ruiz (54) said"),
        ("the party (SNP) won 6 seats (up from 4)", "the party (SNP) won 6 seats (up from 4)"),
    ],
)
def test_a_figure_s_conversion_in_brackets_is_not_shown(written, read):
    assert as_read(written) == read


def test_a_figure_asked_is_shown_without_its_conversion_and_its_conversion_is_not_asked():
    from tests.helpers import asked_alone_and_led

    article = (
        "Velden Aero fined for bribery\n\n"
        "The Ostland aircraft maker Velden Aero has agreed to pay a $1.5m (£799,000) fine "
        "for bribing an official.\n"
    )
    _, asked = asked_alone_and_led("fine.txt", article.encode())
    assert "agreed to pay a _____ fine for bribing" in asked["$1.5m"].prompt
    assert not any("799,000" in a for a in asked)  # (asking the conversion gives the figure away)


def test_a_description_the_article_named_before_is_named_in_brackets():
    from tests.helpers import asked_alone_and_led

    article = (
        "Court backs land claims\n\n"
        "The Supreme Federal Court ruled on Thursday that the Xokleng people may keep their land in Brazil.\n"
        "The court said 1.2 million hectares would be returned to indigenous peoples by 2030.\n"
    )
    _, asked = asked_alone_and_led("court.txt", article.encode())
    said = "From “Court backs land claims”: The court [the Supreme Federal Court] said {{c1::1.2 million}}"
    assert asked["1.2 million"].prompt.startswith(said)


def test_what_a_question_is_about_opens_it_before_the_sentence_shown_first():
    from dataclasses import replace

    s = sentences_of("The dams hold back the spring floods. They store 4,000 cubic metres of water a year.")
    fact = next(f for f in extract_facts(s) if f.answer.startswith("4,000"))
    fact = replace(fact, slots=(*fact.slots, ("topic", "|the Velora"), ("lead", s[0].text)))
    assert template_context(fact, "T")["blanked"].startswith(
        "About the Velora: The dams hold back the spring floods. They store _____"
    )


def test_a_reports_question_says_which_story_it_is_from_unless_the_headline_gives_it_away():
    from tests.helpers import asked_alone_and_led

    article = (
        "Chile senate backs water reform\n\n"
        "The Chilean Senate voted on Tuesday to approve a bill that returns water rights to small farmers.\n"
        "The measure passed by 31 votes to 12 after a debate lasting nine hours in Valparaiso.\n"
        "Farmers in the Maule region said the reform would save about 4,000 jobs in the first year.\n"
    )
    asked, _ = asked_alone_and_led("water.txt", article.encode())
    story = "From “Chile senate backs water reform”: "
    assert asked["31 votes"].prompt == (
        f"Which figure completes the sentence? {story}The measure passed by _____ to 12 after a debate "
        "lasting nine hours in Valparaiso."
    )
    assert asked["4,000"].prompt.startswith(story)
    # the headline says "senate": shown, it would answer the question, so its words of the
    # answer are blanked ("Chile" is "Chilean" said shorter)
    assert asked["Chilean Senate"].prompt.startswith("From “_____ backs water reform”: ")


@pytest.mark.parametrize(
    "headline, answer, options, role, shown",
    [
        # the words of the answer and of the options blanked, a name's words as one blank
        ("Ana Ruiz leads Velora prize race", "Ana Ruiz", (), "", "_____ leads Velora prize race"),
        # ... but not with two blanks, which read as two answers ("_____ in EU tariff chaos _____
        # row" was failed by a blind reader)
        ("Ruiz and Velden clash over port", "Ana Ruiz", ("Tomas Velden",), "", ""),
        ("Chile senate backs water reform", "Chilean Senate", (), "", "_____ backs water reform"),
        ("O'Neill out of Velora game", "Ana O'Neill", (), "", "_____ out of Velora game"),
        # not shown where too little is left, where a short form or an office would still say
        # it, nor for a figure (written in pieces a word's blank would split)
        ("Ana Ruiz wins", "Ana Ruiz", (), "", ""),
        ("Vel Utd stroll to Cup win", "Velora United", (), "", ""),
        ("PM backs Ruiz on ports", "Ana Ruiz", (), "Prime Minister", ""),
        ("Velora seals $1.8bn deal", "1.8bn", ("2.1bn", "1.2bn"), "", ""),
        # nor where the word blanked is a common word akin to a word of the name, which the
        # answer cannot fill ("Giving gifts to _____" above "the Child Savings Fund")
        ("Giving gifts to children in Velora", "Child Savings Fund", (), "", ""),
        # nor where the answer's title is blanked before somebody else's name ("_____ Velden")
        ("Lord Velden dies at 93", "Lord Kessel", (), "", ""),
        ("Lord Kessel backs port plan", "Lord Kessel", (), "", "_____ backs port plan"),
    ],
)
def test_a_headline_naming_the_answer_is_shown_with_its_words_blanked(headline, answer, options, role, shown):
    from quizgen.rules import masked_story

    assert masked_story(headline, answer, options, role) == shown


def test_a_figure_s_headline_naming_an_option_is_left_off_not_blanked():
    # ("Velora four free in weeks" with "four" blanked reads as a second blank)
    text = "The men have been held for three years without charge in Velora."
    sentence = Sentence("t", 0, 0, len(text), text)
    fact = Fact(
        "quantity",
        "three years",
        text.index("three years"),
        sentence,
        (("story", "Velora four free in weeks"),),
    )
    options = ("three years", "four years", "two years", "five years")
    assert not template_context(fact, "T", options)["blanked"].startswith("From")


@pytest.mark.parametrize(
    "headline, answer, options, gives_away",
    [
        ("Kenyan judges halt rail deal", "Kenya", ("Uganda", "Tanzania"), True),  # its demonym
        ("Budget talks collapse in Lima", "Peru", ("Chile", "Bolivia"), True),  # its capital
        ("Budget talks collapse", "Peru", ("Chile", "Bolivia"), False),
        ("Budget talks collapse in Lima", "Ecuador", ("Peru", "Bolivia"), True),  # names an option
        ("Recessions loom for exporters", "recession", (), True),  # said longer
        ("Court of the people rules", "the Union of the South", (), False),  # function words only
        ("Citizenship ceremony for 18s", "18th", (), True),  # a figure however it ends
        ("Protests spread to Guadalajara", "Mexico", ("Chile", "Peru"), True),  # a city inside it
        ("Protests spread to Guadalajara", "Tijuana", ("Monterrey", "Puebla"), False),
        ("Floods to hit Kerala rice growers", "KRGA", ("NFU", "AIKS"), True),  # an acronym its words spell
        ("Floods to hit rice growers", "KRGA", ("NFU", "AIKS"), False),
        ("Police probe VLP leaflet", "Velora Liberty Party", (), True),  # the answer's acronym
        ("Tory backing for ID cards", "Tories", (), True),  # another name of a party
        ("Police probe leaflet", "Velora Liberty Party", (), False),
        ("Vel Utd stroll to Cup win", "Velora United", (), True),  # a short form of each word
        ("Velora stroll to Cup win", "Velora United", (), True),
        ("Lowmoor stroll to Cup win", "Velora United", (), False),
        (
            "Protests spread to Guadalajara",
            "Chile",
            ("Peru", "Mexico"),
            True,
        ),  # (an option's, not only the first)
    ],
)
def test_a_headline_shown_says_no_word_of_the_answer_or_an_option(headline, answer, options, gives_away):
    from quizgen.rules import _gives_away

    assert _gives_away(headline, answer, options) is gives_away


@pytest.mark.parametrize(
    ("headline", "gives_away"),
    [
        ("School sport 'is back', says PM", True),  # the office's acronym
        ("Prime Minister backs school sport", True),  # the office
        ("School sport 'is back', says minister", False),
    ],
)
def test_a_headline_naming_the_office_of_the_person_asked_gives_them_away(headline, gives_away):
    from quizgen.rules import _gives_away

    assert _gives_away(headline, "Ana Ruiz", (), "Prime Minister") is gives_away


def test_a_headline_that_says_something_names_what_an_it_stands_for_a_title_does_not():
    from tests.helpers import asked_alone_and_led

    body = (
        "Corporal punishment was common in schools until the 1960s.\n"
        "Most countries have now banned it, but it remains lawful in Chile after a ruling in 1977.\n"
    )
    said, _ = asked_alone_and_led("news.txt", f"Chile court keeps school paddling\n\n{body}".encode())
    assert said["1977"].prompt.startswith("Which date completes the sentence? From “Chile court keeps")
    titled, _ = asked_alone_and_led("topic.txt", f"School discipline\n\n{body}".encode())
    assert "1977" not in titled  # "From “School discipline”": banned what?
    # ... nor one whose first word is no name ("Court" is nowhere else written so): kept what?
    plain, _ = asked_alone_and_led("news.txt", f"Court keeps school paddling in Chile\n\n{body}".encode())
    assert "1977" not in plain


def test_an_it_with_nothing_to_stand_for_is_not_the_person_an_article_or_a_blank_is_about():
    from tests.helpers import asked_alone_and_led

    article = (
        "Ana Vidal\n\n"
        "Ana Vidal was a Chilean professor of law and a judge of the Supreme Court of Chile.\n"
        "Vidal gave her last lecture in Valparaiso in 1988.\n"
        "The historian Pablo Ortega writes that it ended with a call to reform the courts.\n"
    )
    asked, _ = asked_alone_and_led("vidal.txt", article.encode())
    assert "Supreme Court of Chile" in asked
    assert "Pablo Ortega" not in asked  # "The historian ___ writes that it ended": what ended?
    said = article.replace("that it ended", "that her lecture ended")
    assert "Pablo Ortega" in asked_alone_and_led("vidal.txt", said.encode())[0]


def test_markup_around_the_answer_is_taken_out_whole():
    text = "Ana Vidal (/ˈænə/; Spanish: [ˈana βiˈðal]; 3 May 1950 – 1 June 2001) was a judge in Chile."
    s = Sentence("t", 0, 0, len(text), text)
    context = template_context(Fact("date", "3 May", text.index("3 May"), s), "Ana Vidal")
    assert context["blanked"] == "Ana Vidal (_____ 1950 – 1 June 2001) was a judge in Chile."


def test_a_headline_naming_an_option_is_not_shown():
    from quizgen.analysis import analyse_article, from_record
    from quizgen.distractors import Pool

    article = (
        b"Okafor beats young rival in Lagos\n\n"
        b"Top seed Ngozi Okafor beat Amara Bello 6-2 6-1 in the second round of the Lagos Open on Tuesday.\n"
        b"Second seed Funmi Adeyemi received a free ride into the last 16 after seed Kemi Lawal "
        b"was forced to withdraw.\n"
    )
    read = from_record("x.txt", article, analyse_article("x.txt", article))
    seeds = ("Ngozi Okafor", "Zainab Musa", "Chioma Obi", "Ada Eze", "Kemi Lawal", "Funmi Adeyemi")
    pool = Pool(tuple((p, "seed") for p in seeds), (), (), people_by_source=(("x", seeds),))
    mcq = tuple(r for r in load_rules(RULES) if r.type == "mcq")  # (the shipped rules ask a name as a cloze)
    drafts = draft_questions(read.facts, mcq, pool, 1, {read.source.source_id: read.source})
    asked = [d.question for d in drafts if d.question.type == "mcq" and d.fact.kind == "person_role"]
    with_okafor = [q for q in asked if "Ngozi Okafor" in q.options]
    assert with_okafor and not any("Okafor beats" in q.prompt for q in with_okafor)
    assert any("From “Okafor beats" in q.prompt for q in asked if "Ngozi Okafor" not in q.options)


def test_an_encyclopedia_article_or_a_speech_names_no_story():
    from tests.helpers import asked_alone_and_led

    article = (
        "Velora River\n\n"
        "The Velora is a river in southern Chile that flows for 240 kilometres to the Pacific Ocean.\n"
        "The river was dammed in 1968 to supply water to the city of Temuco.\n"
    )
    speech = (
        "Amara Diallo: Inaugural Address, 1994\n\n"
        "Fellow citizens, today we open a new chapter in the history of our republic.\n"
        "In 1960 our fathers won independence, and in 1994 we have won our freedom at the ballot box.\n"
        "We will build 12,000 schools in the next five years so that every child can learn to read.\n"
    )
    for name, text in (("velora.txt", article), ("diallo.txt", speech)):
        asked, _ = asked_alone_and_led(name, text.encode())
        assert asked and not any("From “" in q.prompt for q in asked.values()), name


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ('Ana Ruiz, the mayor of Recife, said: "We will appeal the ruling in 2025.', '"'),
        ("Ana Ruiz, the mayor of Recife, said: “We will appeal the ruling in 2025.", "”"),
        ('"We will appeal," Ana Ruiz, the mayor of Recife, said in 2025.', ""),
        ('The "Velora" plan was approved by the council of Recife in 2025.', ""),
    ],
)
def test_a_quotation_the_next_sentence_goes_on_with_is_closed_where_it_is_cut(text, mark):
    from quizgen.rules import template_context

    f = Fact("date", "2025", text.index("2025"), Sentence("t", 0, 0, len(text), text))
    context = template_context(f, "Recife")
    assert context["blanked"].endswith(f".{mark}") and context["sentence"].endswith(f".{mark}")
