"""Every fact kind, template slot, distractor strategy and check is documented for the
teacher who writes rules (question_bank/README.md), as sqlite-utils tests its commands."""

import re

import pytest

from quizgen.check_settings import NUMBERS
from quizgen.distractors import STRATEGIES
from quizgen.extract import FACT_KINDS
from quizgen.gates import CHECK_NAMES
from quizgen.rules import CONTEXT_NAMES
from tests.conftest import RULES

DOC = (RULES / "README.md").read_text(encoding="utf-8")
NAMED = set(re.findall(r"`([^`\s]+(?: [^`\s]+)?)`", DOC))


@pytest.mark.parametrize(
    ("what", "names"),
    [
        ("fact kind", FACT_KINDS),
        ("template slot", CONTEXT_NAMES),
        ("distractor strategy", tuple(STRATEGIES)),
        ("check", CHECK_NAMES),
        ("check setting", (*NUMBERS, "skip")),
    ],
)
def test_every_name_a_rule_writer_meets_is_documented(what, names):
    missing = [n for n in names if n not in NAMED]
    assert not missing, f"{what}s missing from question_bank/README.md: {missing}"
