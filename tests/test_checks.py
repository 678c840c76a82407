"""The checks' settings (packaged data a teacher overrides in question_bank/checks.yaml),
the report that names each check, and the next rule tried when a check drops a draft."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quizgen.build import Settings, build
from quizgen.check_settings import CHECKS_FILE, ChecksError, load_check_settings
from quizgen.gates import CHECK_NAMES, DEFAULT_SETTINGS, SKIPPABLE
from quizgen.rules import from_story
from tests.conftest import RULES
from tests.own_articles import write_articles


def _rules(tmp_path: Path, settings: str | None = None, **extra: str) -> Path:
    folder = tmp_path / "question_bank"
    shutil.copytree(RULES, folder)
    if settings is not None:
        (folder / CHECKS_FILE).write_text(settings, encoding="utf-8")
    for name, text in extra.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def _build(tmp_path: Path, rules: Path, name: str = "dist") -> tuple[dict, str]:
    seeds = write_articles(tmp_path / "seeds", "library", "election")
    out = tmp_path / name
    build(Settings(seeds=seeds, out=out, rules=rules, seed=1))
    return json.loads((out / "bank.json").read_text("utf-8")), (out / "report.md").read_text("utf-8")


def test_the_packaged_settings_load_and_a_teachers_file_overrides_only_its_keys(tmp_path: Path):
    assert DEFAULT_SETTINGS.max_sentence_words == 55 and DEFAULT_SETTINGS.skip == frozenset()
    folder = _rules(tmp_path, "max_stem_words: 12\nskip: [home, crowding]\n")
    got = load_check_settings(folder, SKIPPABLE)
    assert got.max_stem_words == 12 and got.skip == {"home", "crowding"}
    assert got.max_sentence_words == DEFAULT_SETTINGS.max_sentence_words


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("max_stem_words: long\n", "max_stem_words: must be a whole number from 1 to 1000, not 'long'"),
        ("max_stem_words: 0\n", "max_stem_words: must be a whole number from 1 to 1000, not 0"),
        ("max_per_answer: true\n", "max_per_answer: must be a whole number"),
        ("max_words: 3\n", "max_words: no such setting"),
        ("skip: [gossip]\n", "skip: must list check names"),
        ("skip: home\n", "skip: must list check names"),
        ("- 3\n", "must be a mapping"),
        ("max_stem_words: [\n", "line 2: not valid YAML"),
    ],
)
def test_a_bad_setting_stops_the_build_with_one_line_naming_file_and_key(tmp_path: Path, text, key):
    rules = _rules(tmp_path, text)
    before = sorted((p.name, p.read_bytes()) for p in rules.iterdir())
    with pytest.raises(ChecksError) as err:
        _build(tmp_path, rules)
    assert err.value.message.startswith(f"{rules / CHECKS_FILE}: ") and key in err.value.message
    assert "\n" not in err.value.message
    assert sorted((p.name, p.read_bytes()) for p in rules.iterdir()) == before  # never written


def test_a_stricter_setting_drops_more_and_the_report_names_every_check(tmp_path: Path):
    bank, report = _build(tmp_path, _rules(tmp_path / "a"), "plain")
    strict, strict_report = _build(tmp_path, _rules(tmp_path / "b", "max_stem_words: 14\n"), "strict")
    assert len(strict["questions"]) < len(bank["questions"])
    # (a sentence shown before the question's own is not counted, nor the story it is from)
    titles = {s["source_id"]: s["title"] for s in strict["sources"]}
    for q in strict["questions"]:
        lead = len(q["context"]["sentence"].split()) if q.get("context") else 0
        prompt = q["prompt"].replace(from_story(titles[q["sources"][0]["source_id"]]), "")
        assert len(prompt.split()) - lead <= 14
    section = strict_report.split("## Drafts dropped by each check", 1)[1].split("##", 1)[0]
    counts = dict(line[2:].rsplit(": ", 1) for line in section.strip().splitlines())
    assert list(counts) == list(CHECK_NAMES)
    assert int(counts["length"]) > int(report.split("- length: ", 1)[1].split()[0])


def test_a_skipped_check_drops_nothing(tmp_path: Path):
    _, report = _build(tmp_path, _rules(tmp_path, "skip: [length, crowding]\nmax_stem_words: 5\n"))
    assert "- length: 0" in report and "- crowding: 0" in report


# A rule tried before all others whose stem shows the answer: the leak check drops every draft of it.
LEAKY = """id: leaky
kind: [date, percent, money, place, person_role, organization]
type: mcq
priority: 99
stem: "Which completes it: {{ sentence }}?"
distractors: none
"""


def test_when_the_checks_drop_a_draft_the_next_rule_that_fits_is_tried(tmp_path: Path):
    plain, _ = _build(tmp_path, _rules(tmp_path / "a"), "plain")
    leaky, report = _build(tmp_path, _rules(tmp_path / "b", leaky=LEAKY.replace("none", "dates")), "leaky")
    assert int(report.split("- leak: ", 1)[1].split()[0]) > 0
    assert not [q for q in leaky["questions"] if q["rule_id"] == "leaky"]
    # every fact the leaking rule drafted is asked by the rule that asked it before
    assert {q["id"] for q in leaky["questions"]} == {q["id"] for q in plain["questions"]}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("- check: gossip\n  reason: x\n  after: 'a'\n", "checks[0]: needs a known check"),
        ("- check: list\n  after: 'a'\n", "checks[0]: needs a known check and a reason"),
        ("- check: list\n  reason: x\n  colour: red\n", "only the keys documented"),
        ("- check: list\n  reason: x\n  after: '(a'\n", "checks[0]: after: missing )"),
        ("- check: list\n  reason: x\n  before: '{no_such_list}$'\n", "checks[0]: before: 'no_such_list'"),
        ("- check: home\n  reason: x\n  slot: home\n  value: '(a'\n", "checks[0]: value: missing )"),
    ],
)
def test_a_broken_surroundings_record_is_named_by_its_place_and_key(tmp_path, monkeypatch, record, message):
    from quizgen import surroundings

    path = tmp_path / "surroundings.yaml"
    indented = record.replace("- ", "  - ", 1).replace("\n  ", "\n    ")
    path.write_text("words:\n  says: said\nchecks:\n" + indented)
    monkeypatch.setattr(surroundings, "SURROUNDINGS_FILE", path)
    with pytest.raises(ChecksError) as err:
        surroundings.load_surroundings(CHECK_NAMES)
    assert message in err.value.message


def test_every_surroundings_record_names_a_check_and_loads():
    from quizgen.surroundings import SURROUNDINGS

    assert {r.check for r in SURROUNDINGS.records} <= set(CHECK_NAMES)
    assert {"relative", "list", "affiliation", "addressed"} <= {r.check for r in SURROUNDINGS.records}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("patterns:\n  cut: '(a'\n", "patterns: cut: missing )"),
        ("patterns:\n  cut: '{no_such_list}'\n", "patterns: cut: 'no_such_list'"),
        ("words:\n  odd: {a: b}\n", "words: odd: must be words"),
    ],
)
def test_a_broken_word_list_or_pattern_is_named(tmp_path, text, message):
    from quizgen import surroundings

    path = tmp_path / "surroundings.yaml"
    path.write_text(text)
    with pytest.raises(ChecksError) as err:
        surroundings.load_surroundings(CHECK_NAMES, path)
    assert message in err.value.message


def test_a_pattern_names_a_word_list_of_its_own_or_of_the_lexicon(tmp_path):
    from quizgen import surroundings
    from quizgen.lexicon import MONTHS

    path = tmp_path / "surroundings.yaml"
    path.write_text("words:\n  odd: [one two, three]\npatterns:\n  p: '^(?:{odd}|{months})$'\n")
    loaded = surroundings.load_surroundings(CHECK_NAMES, path)
    assert loaded.words["odd"] == {"one two", "three"}
    assert all(loaded.patterns["p"].match(w) for w in ("one two", "three", *MONTHS))
    assert not loaded.patterns["p"].match("one")
