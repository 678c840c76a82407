import json
import shutil
from pathlib import Path

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from quizgen.bank import bank_schema, dumps
from quizgen.build import Settings, build
from tests.conftest import RULES, SEEDS
from tests.helpers import WRITTEN_REPORT


def test_bank_of_the_samples_validates_and_has_enough_questions(seeds_bank):
    jsonschema.validate(seeds_bank, bank_schema())
    assert len(seeds_bank["questions"]) >= 40
    assert {q["type"] for q in seeds_bank["questions"]} == {"mcq", "cloze"}


def test_every_citation_is_an_exact_slice_of_its_source(seeds_bank):
    texts = {p.stem: p.read_bytes().decode("utf-8-sig") for p in SEEDS.glob("*.txt")}
    for q in seeds_bank["questions"]:
        for r in q["sources"]:
            assert texts[r["source_id"]][r["start"] : r["end"]] == r["sentence"]


def test_same_seed_gives_identical_bank_and_worksheet(tmp_path: Path, seeds_build):
    build(Settings(seeds=SEEDS, out=tmp_path / "again", rules=RULES, seed=1))
    for name in ("bank.json", "worksheet.html"):
        assert (tmp_path / "again" / name).read_bytes() == (seeds_build / name).read_bytes()


def test_adding_an_article_keeps_every_earlier_id(tmp_path: Path, seeds_bank):
    more = tmp_path / "seeds"
    shutil.copytree(SEEDS, more)
    (more / "council_report.txt").write_text(WRITTEN_REPORT, encoding="utf-8")
    build(Settings(seeds=more, out=tmp_path / "out", rules=RULES, seed=1))
    after = json.loads((tmp_path / "out" / "bank.json").read_text(encoding="utf-8"))
    before_ids = {q["id"] for q in seeds_bank["questions"]}
    after_ids = {q["id"] for q in after["questions"]}
    assert before_ids <= after_ids
    assert any(r["source_id"] == "council_report" for q in after["questions"] for r in q["sources"])


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), _json, max_size=5))
def test_the_bank_text_reads_back_as_the_same_data(document: dict):
    assert json.loads(dumps(document)) == document


def test_each_field_of_a_question_is_on_a_line_of_its_own(seeds_build: Path):
    text = (seeds_build / "bank.json").read_text(encoding="utf-8")
    first = json.loads(text)["questions"][0]
    lines = text[text.index('"questions": [') :].splitlines()[2 : 2 + len(first)]
    assert [line.split('"')[1] for line in lines] == list(first)
    assert all(line.startswith('      "') for line in lines)
