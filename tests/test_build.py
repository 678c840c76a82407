"""Whole builds over arbitrary text: never a crash, always a valid bank."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.bank import bank_schema
from quizgen.build import Settings, build
from quizgen.errors import QuizgenError
from tests.conftest import RULES
from tests.helpers import WRAPPED_CHARTER

# Article-like text: words, names, figures, quotes and newlines, plus any Unicode at all.
_pieces = st.sampled_from(
    [
        "The",
        "Prime Minister",
        "Tony Blair",
        "said",
        "“We will win.”",
        "in March 2005",
        "69%",
        "£1.4bn",
        "of",
        "Brazil",
        "Supreme Court",
        ".",
        ",",
        "\n\n",
        " ",
        '"',
        "Mr",
        "he",
        "{{",
        "<b>",
    ]
)
article_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=120).map(" ".join),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_text, min_size=1, max_size=3))
def test_any_text_builds_into_a_valid_bank(texts: list[str]):
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for i, text in enumerate(texts):
            (seeds / f"a{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        out = Path(tmp) / "dist"
        try:
            build(Settings(seeds=seeds, out=out, rules=RULES))
        except QuizgenError as exc:
            # The only way a build may stop: a one-line message saying what to do.
            assert "no .txt or .md articles" in exc.message or "\n" not in exc.message
            return
        bank = json.loads((out / "bank.json").read_text(encoding="utf-8"))
        jsonschema.validate(bank, bank_schema())
        ids = [q["id"] for q in bank["questions"]]
        assert len(ids) == len(set(ids))
        for q in bank["questions"]:
            for ref in q["sources"]:
                text = (seeds / ref["file"]).read_bytes().decode("utf-8-sig", errors="replace")
                assert text[ref["start"] : ref["end"]] == ref["sentence"]


def test_a_text_wrapped_to_a_width_is_asked_and_cited_as_written(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "charter.txt").write_text(WRAPPED_CHARTER, encoding="utf-8")
    build(Settings(seeds=seeds, out=tmp_path / "dist", rules=RULES, everything=True))
    questions = json.loads((tmp_path / "dist" / "bank.json").read_text(encoding="utf-8"))["questions"]
    assert questions
    for q in questions:
        assert "\n" not in q["prompt"] and "  " not in q["prompt"]
        for r in q["sources"]:  # (the citation is the file's own text, offsets and all)
            assert WRAPPED_CHARTER[r["start"] : r["end"]] == r["sentence"]
    assert any("\n" in r["sentence"] for q in questions for r in q["sources"])
