"""moodle.xml, read back with lxml: every exported question once, keyed right, text verbatim.

The embedded answer of a cloze is found the way Moodle's own importer finds it
(``qtype_multianswer_extract_question``: the answer runs to the first ``~``, ``#`` or
``}`` without a backslash before it), then HTML-unescaped and its backslash escapes
undone as Moodle's documentation of the syntax says.
"""

import html
import re

import lxml.etree
import lxml.html

from quizgen.bank import exported
from quizgen.export import CLOZE
from quizgen.export.moodle import category_path, write_moodle
from tests.helpers import HOSTILE, bank_of, cloze_record, mcq_record

# Moodle's ANSWER_REGEX for one short answer: '{1:SHORTANSWER:' then '=' and the answer.
EMBEDDED = re.compile(r"\{1:SHORTANSWER:=(?P<answer>.+?)(?<!\\)(?=[~#}]|$)(?P<end>.?)", re.S)


def parse(data: bytes) -> lxml.etree._Element:
    root = lxml.etree.fromstring(data, lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    assert root.tag == "quiz"
    return root


def html_text(fragment: str) -> str:
    """What a browser shows of an HTML fragment: the text, entities decoded."""
    return lxml.html.fragment_fromstring(fragment, create_parent="div").text_content() if fragment else ""


def embedded(questiontext: str) -> tuple[str, str, str]:
    """A cloze question text cut around its one embedded answer: (text before, the
    answer as Moodle stores it, text after), before and after as a student reads them."""
    found = list(EMBEDDED.finditer(questiontext))
    assert len(found) == 1, questiontext
    m = found[0]
    assert m.group("end") == "}", f"the answer ends early at {m.group('end')!r}: {questiontext}"
    answer = re.sub(r"\\(.)", r"\1", html.unescape(m.group("answer")), flags=re.S)
    return html_text(questiontext[: m.start()]), answer, html_text(questiontext[m.end() :])


def questions(root) -> list:
    return [q for q in root.findall("question") if q.get("type") != "category"]


def test_moodle_xml_holds_each_exported_question_once_under_its_source(seeds_all_build, seeds_all_bank):
    bank = seeds_all_bank
    root = parse((seeds_all_build / "moodle.xml").read_bytes())
    carried = exported(bank)
    names = [q.findtext("name/text") for q in questions(root)]
    assert sorted(names) == sorted(q["id"] for q in carried) and len(set(names)) == len(names)
    # one category per source with questions, each question after its own source's
    titles = {s["source_id"]: s["title"] for s in bank["sources"]}
    by_id = {q["id"]: q for q in carried}
    category = None
    seen = []
    for element in root.findall("question"):
        if element.get("type") == "category":
            category = element.findtext("category/text")
            seen.append(category)
            continue
        q = by_id[element.findtext("name/text")]
        assert category == category_path(titles[q["sources"][0]["source_id"]])
    assert len(seen) == len(set(seen)) == len({q["sources"][0]["source_id"] for q in carried})
    assert all(c.startswith("$course$/quizgen/") for c in seen)


def test_multichoice_has_one_right_answer_and_it_is_the_key(seeds_all_build, seeds_all_bank):
    root = parse((seeds_all_build / "moodle.xml").read_bytes())
    by_id = {q["id"]: q for q in exported(seeds_all_bank)}
    mcqs = [q for q in questions(root) if q.get("type") == "multichoice"]
    assert len(mcqs) == sum(q["type"] == "mcq" for q in by_id.values()) > 0
    for element in mcqs:
        q = by_id[element.findtext("name/text")]
        assert element.findtext("single") == "true"
        answers = element.findall("answer")
        assert [html_text(a.findtext("text")) for a in answers] == q["options"]
        right = [a for a in answers if a.get("fraction") == "100"]
        assert len(right) == 1 and all(a.get("fraction") in ("0", "100") for a in answers)
        assert html_text(right[0].findtext("text")) == q["answer"]
        assert html_text(element.findtext("questiontext/text")) == q["prompt"]


def test_cloze_is_an_embedded_answer_equal_to_the_key(seeds_all_build, seeds_all_bank):
    root = parse((seeds_all_build / "moodle.xml").read_bytes())
    by_id = {q["id"]: q for q in exported(seeds_all_bank)}
    clozes = [q for q in questions(root) if q.get("type") == "cloze"]
    assert len(clozes) == sum(q["type"] == "cloze" for q in by_id.values()) > 0
    for element in clozes:
        q = by_id[element.findtext("name/text")]
        before, answer, after = embedded(element.findtext("questiontext/text"))
        m = CLOZE.search(q["prompt"])
        assert (before, answer, after) == (q["prompt"][: m.start()], q["answer"], q["prompt"][m.end() :])


def test_general_feedback_cites_each_sentence_and_source(seeds_all_build, seeds_all_bank):
    root = parse((seeds_all_build / "moodle.xml").read_bytes())
    by_id = {q["id"]: q for q in exported(seeds_all_bank)}
    titles = {s["source_id"]: s["title"] for s in seeds_all_bank["sources"]}
    for element in questions(root):
        q = by_id[element.findtext("name/text")]
        feedback = html_text(element.findtext("generalfeedback/text"))
        for ref in q["sources"]:
            assert ref["sentence"] in feedback and titles[ref["source_id"]] in feedback


def test_hostile_text_reads_back_verbatim():
    bank = bank_of(
        [("a", HOSTILE), ("b", "Left/right: a // b /")],
        [
            mcq_record(
                "0000000000000001", f"Q {HOSTILE}?", [HOSTILE, "B & C", "]]>", "{~}"], 0, "a", HOSTILE
            ),
            cloze_record("0000000000000002", f"{HOSTILE} before ", HOSTILE, f" after {HOSTILE}", "a"),
            cloze_record("0000000000000003", "Plain ", 'x}#~/"\\y*', " end.", "b"),
        ],
    )
    data = write_moodle(bank)
    assert b"<script>" not in data  # escaped twice: for HTML, then for XML
    root = parse(data)
    categories = [q.findtext("category/text") for q in root.findall("question[@type='category']")]
    # Moodle's split_category_path: split on single slashes, each '//' back to '/', trimmed
    split = [[n.replace("//", "/").strip() for n in re.split(r"(?<!/)/(?!/)", c)] for c in categories]
    assert split == [["$course$", "quizgen", HOSTILE], ["$course$", "quizgen", "Left/right: a // b /"]]
    mcq, cloze, plain = questions(root)
    assert html_text(mcq.findtext("questiontext/text")) == f"Q {HOSTILE}?"
    options = [html_text(a.findtext("text")) for a in mcq.findall("answer")]
    assert options == [HOSTILE, "B & C", "]]>", "{~}"]
    assert [a.get("fraction") for a in mcq.findall("answer")] == ["100", "0", "0", "0"]
    assert HOSTILE in html_text(mcq.findtext("generalfeedback/text"))
    assert embedded(cloze.findtext("questiontext/text")) == (
        f"{HOSTILE} before ",
        HOSTILE,
        f" after {HOSTILE}",
    )
    assert embedded(plain.findtext("questiontext/text"))[1] == 'x}#~/"\\y*'


def test_characters_xml_cannot_hold_never_make_the_file_unreadable():
    odd = "A\x00b\x01c\x0bd\x1fe\ufffef"
    bank = bank_of([("a", odd)], [cloze_record("0000000000000001", f"{odd} ", odd, ".", "a")])
    (question,) = questions(parse(write_moodle(bank)))
    assert embedded(question.findtext("questiontext/text"))[1] == "A\ufffdb\ufffdc\ufffdd\ufffde\ufffdf"
