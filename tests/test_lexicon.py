"""The word lists: loaded from the package's data files, checked, general across countries."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from quizgen import lexicon
from quizgen.check_settings import CHECKS_FILE
from quizgen.lexicon import (
    DATA,
    PARTIES,
    LexiconError,
    load_data,
    office_countries,
    parties_in,
    parties_named,
    party_forms,
    party_of,
)
from quizgen.parallel import can_fork, in_child
from quizgen.surroundings import SURROUNDINGS_FILE

COUNTRIES = ("United Kingdom", "United States", "Canada", "Australia", "India", "Ireland", "Israel")


def test_the_package_data_loads_and_every_file_is_shipped_inside_the_package():
    data = load_data()
    # (the checks' settings are loaded apart, as a teacher's file overrides them: check_settings.py)
    assert set(data) | {CHECKS_FILE, SURROUNDINGS_FILE.name} == {p.name for p in DATA.glob("*.yaml")}
    assert DATA.parent.name == "quizgen"  # the wheel ships the package folder whole


def test_parties_and_offices_cover_several_countries():
    for country in COUNTRIES:
        assert sum(p.country == country for p in PARTIES) >= 2, country
    assert office_countries("the chief minister of the state") == {"India"}
    assert office_countries("Taoiseach") == {"Ireland"}
    assert office_countries("prime minister") == frozenset()  # many countries have one


def test_an_alias_is_the_same_party_and_one_name_may_be_parties_of_several_countries():
    (gop,) = parties_named("GOP")
    assert gop in parties_named("Republicans") and gop.country == "United States"
    conservatives = {p.country for p in parties_named("Conservatives")}
    assert {"United Kingdom", "Canada"} <= conservatives
    assert len({p.id for p in parties_named("Conservatives")}) == len(conservatives)
    assert parties_named("the Bharatiya Janata Party") == parties_named("BJP")
    assert parties_named("Rotary Club") == ()


def test_party_names_are_found_with_their_case():
    assert [p[0].id for p in parties_in("a Tory MP and the BJP")] == ["gb-conservative", "in-bjp"]
    assert parties_in("the labour market and green belts") == ()


def test_the_parties_named_by_kind_keep_their_meaning():
    assert party_of("Tories") == party_of("the Conservative Party") == "Conservatives"
    assert {"Tory", "Tories", "Conservative"} <= party_forms("Conservatives")


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def test_every_problem_is_named_with_its_file_entry_and_fault(data_copy: Path):
    titles = data_copy / "titles.yaml"
    titles.write_text(titles.read_text().replace("honorifics: >-\n  Mr ", "honorifics: >-\n  Mr Mr "))
    parties = data_copy / "parties.yaml"
    text = parties.read_text().replace("country: Israel, short: Likud", "country: Atlantis, short: Likud")
    text = text.replace("{id: in-aap, country: India,", "{id: in-bjp, country: India,")
    text = text.replace("name: Shas, aliases: [],", "name: Shas, aliases: [], colour: blue,")
    parties.write_text(text)
    (data_copy / "media.yaml").write_text("media_words: newspaper\n")
    with pytest.raises(LexiconError) as caught:
        load_data(data_copy)
    problems = "\n".join(caught.value.problems)
    assert "titles.yaml: honorifics: 'Mr' is listed twice" in problems
    assert "country 'Atlantis' is not a country" in problems and "(il-likud)" in problems
    assert "id 'in-bjp' is used twice" in problems
    assert "(il-shas): unknown field 'colour'" in problems
    assert "media.yaml: media_words: expected a list of phrases" in problems
    assert "media.yaml: missing entry 'journalist_words'" in problems


def test_a_file_that_is_not_yaml_is_named(data_copy: Path):
    (data_copy / "words.yaml").write_text("months: [January\n  weekdays: {")
    with pytest.raises(LexiconError, match=r"words.yaml: not valid YAML"):
        load_data(data_copy)


def test_the_founding_document_lists_are_data_and_checked(data_copy: Path):
    from quizgen.lexicon import LEGAL_OPTIONS, NUMBER_CHOICES

    assert "Supreme Court" in LEGAL_OPTIONS["body"] and 18 in NUMBER_CHOICES["age"]
    legal = data_copy / "legal.yaml"
    legal.write_text(legal.read_text().replace("age: [16,", "age: [sixteen,"))
    with pytest.raises(
        LexiconError, match=r"legal.yaml: number_choices: 'age' maps to .* not a list of whole numbers"
    ):
        load_data(data_copy)


def test_every_place_of_a_run_of_capitalised_words_is_read():
    from quizgen.lexicon import countries_of_places

    assert countries_of_places("Japan China row deepens") == {"JP", "CN"}
    assert countries_of_places("Peru Mexico", inside=False) == {"PE", "MX"}


def test_a_gazetteer_begun_early_is_collected_by_the_process_that_began_it(monkeypatch):
    if not can_fork():
        pytest.skip("this platform cannot fork: the gazetteer is read when first asked")
    monkeypatch.setattr(lexicon, "_loading", None)
    lexicon.gazetteer.cache_clear()
    lexicon.start_gazetteer()
    assert lexicon._loading is not None and lexicon._loading[0] == os.getpid()
    early = lexicon.gazetteer()
    assert early == in_child(lexicon._load_gazetteer)
    assert early.places["Tokyo"].kind == "city"
