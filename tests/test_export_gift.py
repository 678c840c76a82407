"""questions.gift, read back with pygiftparser: every exported question valid, once, keyed right.

pygiftparser keeps GIFT's backslash escapes in the text it returns; ``unescape``
undoes them as the GIFT format says (Moodle's ``escapedchar_pre``/``_post``). One
known limit of pygiftparser: its regular expression ends the answer braces at the
first ``}`` even when escaped, so a ``}`` inside an answer is read back with a
transcription of Moodle's own importer instead (``moodle_answers``).
"""

import io
import re

from pygiftparser import parser

from quizgen.bank import exported
from quizgen.export import CLOZE
from quizgen.export.gift import write_gift
from quizgen.export.moodle import category_path
from tests.helpers import HOSTILE, bank_of, cloze_record, mcq_record


def read(data: bytes) -> list:
    return parser.parseFile(io.StringIO(data.decode("utf-8")))


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text, flags=re.S)


def keyed(q) -> list[tuple[str, float]]:
    return [(unescape(a.answer), a.fraction) for a in q.answers.answers]


def test_gift_holds_each_exported_question_once_and_valid(seeds_all_build, seeds_all_bank):
    data = (seeds_all_build / "questions.gift").read_bytes()
    read_back = read(data)
    carried = exported(seeds_all_bank)
    assert all(q.valid for q in read_back)
    titles = [unescape(q.title) for q in read_back]
    assert sorted(titles) == sorted(q["id"] for q in carried) and len(set(titles)) == len(titles)
    by_id = {q["id"]: q for q in carried}
    for q in read_back:
        mine = by_id[unescape(q.title)]
        assert q.markup == "plain"
        if mine["type"] == "mcq":
            assert type(q.answers).__name__ == "SelectSet"
            assert keyed(q) == [(o, 100 if o == mine["answer"] else 0) for o in mine["options"]]
            assert unescape(q.text) == mine["prompt"] and q.tail == ""
        else:
            assert type(q.answers).__name__ == "ShortSet"  # missing word: {=answer} inside the text
            assert keyed(q) == [(mine["answer"], 100)]
            m = CLOZE.search(mine["prompt"])
            assert unescape(q.text) == mine["prompt"][: m.start()].strip()
            assert unescape(q.tail) == mine["prompt"][m.end() :].strip()
        feedback = unescape(q.generalFeedback)
        assert all(r["sentence"] in feedback for r in mine["sources"])
    assert {type(q.answers).__name__ for q in read_back} == {"SelectSet", "ShortSet"}


def test_a_category_line_opens_each_source(seeds_all_build, seeds_all_bank):
    lines = (seeds_all_build / "questions.gift").read_text(encoding="utf-8").split("\n\n")
    titles = {s["source_id"]: s["title"] for s in seeds_all_bank["sources"]}
    by_id = {q["id"]: q for q in exported(seeds_all_bank)}
    category = None
    seen = []
    for block in (b.strip() for b in lines):
        if block.startswith("$CATEGORY: "):
            category = block.removeprefix("$CATEGORY: ")
            seen.append(category)
            continue
        qid = re.match(r"::(\w+)::", block).group(1)
        assert category == category_path(titles[by_id[qid]["sources"][0]["source_id"]])
    assert len(seen) == len(set(seen)) == len({q["sources"][0]["source_id"] for q in by_id.values()})
    # pygiftparser files each question under the category line before it
    read_back = read((seeds_all_build / "questions.gift").read_bytes())
    assert all(q.cat.startswith("$course$/quizgen/") for q in read_back)


def test_hostile_text_reads_back_verbatim():
    no_brace = HOSTILE.replace("}", "")  # see the module's docstring
    bank = bank_of(
        [("a", HOSTILE)],
        [
            mcq_record(
                "0000000000000001", f"Q {HOSTILE}?", [no_brace, "B & C", "]]>", "a:b"], 0, "a", HOSTILE
            ),
            cloze_record("0000000000000002", f"{HOSTILE} before ", no_brace, f" after {no_brace}", "a"),
        ],
    )
    mcq, cloze = read(write_gift(bank))
    assert mcq.valid and cloze.valid
    # in the raw line every special character of the stem has its backslash
    line = next(b for b in write_gift(bank).decode("utf-8").split("\n\n") if b.startswith("::"))
    stem = line.split("[plain] ", 1)[1].split(" {", 1)[0]
    assert re.fullmatch(r"(?:[^\\~=#{}:]|\\.)*", stem), stem
    assert unescape(mcq.text) == f"Q {HOSTILE}?"
    assert keyed(mcq) == [(no_brace, 100), ("B & C", 0), ("]]>", 0), ("a:b", 0)]
    assert HOSTILE in unescape(mcq.generalFeedback)
    assert unescape(cloze.text) == f"{HOSTILE} before"
    # a typed answer is matched by Moodle's short-answer grading, where '*' is a wildcard: '\*' is a star
    assert keyed(cloze) == [(no_brace, 100)] and "\\*" in cloze.answers.answers[0].answer
    assert unescape(cloze.tail) == f"after {no_brace}"


def moodle_answers(line: str) -> tuple[str, list[str]]:
    """A GIFT question's text and answers, read as Moodle's importer does
    (question/format/gift/format.php): escaped characters become placeholders, the
    answer is what lies between the first '{' and the first '}', '=' and '~' start
    answers, and the placeholders become characters again."""
    escaped = {":": "&&058;", "#": "&&035;", "=": "&&061;", "{": "&&123;", "}": "&&125;", "~": "&&126;"}
    text = line.replace("\\\\", "&&092;")
    for char, placeholder in escaped.items():
        text = text.replace("\\" + char, placeholder)
    text = text.replace("&&092;", "\\")

    def post(s: str) -> str:
        for char, placeholder in escaped.items():
            s = s.replace(placeholder, char)
        return s.strip()

    start, finish = text.index("{"), text.index("}")
    answers = text[start + 1 : finish].split("####")[0]
    return post(text[:start]), [post(a) for a in re.split(r"[=~]", answers)[1:]]


def test_a_brace_in_an_option_stays_inside_the_option():
    bank = bank_of(
        [("a", "T")],
        [mcq_record("0000000000000001", "Which {set}?", ["{a}", "b}", "{c", HOSTILE], 3, "a", "S.")],
    )
    (line,) = [b for b in write_gift(bank).decode("utf-8").split("\n\n") if b.startswith("::")]
    text, answers = moodle_answers(line)
    assert text.endswith("Which {set}?") and answers == ["{a}", "b}", "{c", HOSTILE]
