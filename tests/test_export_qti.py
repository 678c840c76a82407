"""qti.zip, opened with zipfile and read back with lxml: a Canvas QTI 1.2 package."""

import io
import json
import zipfile
from pathlib import Path

import lxml.etree
import lxml.html

from quizgen.bank import exported
from quizgen.build import Settings, build
from quizgen.export import CLOZE
from quizgen.export.qti import ZIP_DATE, write_qti
from quizgen.output import MARKER
from tests.conftest import RULES, SEEDS
from tests.helpers import HOSTILE, bank_of, cloze_record, mcq_record

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"
PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True)


def html_text(fragment: str) -> str:
    return lxml.html.fragment_fromstring(fragment, create_parent="div").text_content()


def open_package(data: bytes) -> tuple[lxml.etree._Element, lxml.etree._Element]:
    """The package's manifest and the assessment it names."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        assert "imsmanifest.xml" in names and len(names) == 2
        assert all(info.date_time == ZIP_DATE for info in zf.infolist())
        manifest = lxml.etree.fromstring(zf.read("imsmanifest.xml"), PARSER)
        resources = manifest.findall(f"{CP}resources/{CP}resource")
        assert [r.get("type") for r in resources] == ["imsqti_xmlv1p2"]
        href = resources[0].find(f"{CP}file").get("href")
        assert href in names
        assessment = lxml.etree.fromstring(zf.read(href), PARSER)
    assert assessment.tag == f"{QTI}questestinterop"
    return manifest, assessment


def items(assessment) -> list:
    return assessment.findall(f"{QTI}assessment/{QTI}section/{QTI}item")


def field(item, label: str) -> str:
    for f in item.iter(f"{QTI}qtimetadatafield"):
        if f.findtext(f"{QTI}fieldlabel") == label:
            return f.findtext(f"{QTI}fieldentry") or ""
    raise AssertionError(label)


def right_response(item) -> str:
    """What the respcondition that sets SCORE to 100 accepts."""
    scoring = [
        c
        for c in item.iter(f"{QTI}respcondition")
        if (s := c.find(f"{QTI}setvar")) is not None and s.text == "100" and s.get("varname") == "SCORE"
    ]
    assert len(scoring) == 1
    (equal,) = scoring[0].findall(f"{QTI}conditionvar/{QTI}varequal")
    assert equal.get("respident") == "response1"
    return equal.text


def question_html(item) -> str:
    return item.find(f"{QTI}presentation/{QTI}material/{QTI}mattext").text


def test_qti_holds_each_exported_question_once_keyed_right(seeds_all_build, seeds_all_bank):
    _, assessment = open_package((seeds_all_build / "qti.zip").read_bytes())
    carried = {q["id"]: q for q in exported(seeds_all_bank)}
    found = items(assessment)
    assert sorted(i.get("title") for i in found) == sorted(carried)
    assert len({i.get("ident") for i in found}) == len(found)
    kinds = set()
    for item in found:
        q = carried[item.get("title")]
        if q["type"] == "mcq":
            assert field(item, "question_type") == "multiple_choice_question"
            labels = item.findall(
                f"{QTI}presentation/{QTI}response_lid/{QTI}render_choice/{QTI}response_label"
            )
            options = {
                lab.get("ident"): html_text(lab.find(f"{QTI}material/{QTI}mattext").text) for lab in labels
            }
            assert list(options.values()) == q["options"]
            right = right_response(item)
            assert right in options and options[right] == q["answer"]  # names an existing choice, the key
            assert html_text(question_html(item)) == q["prompt"]
        else:
            assert field(item, "question_type") == "short_answer_question"
            assert item.find(f"{QTI}presentation/{QTI}response_str/{QTI}render_fib") is not None
            assert right_response(item) == q["answer"]
            m = CLOZE.search(q["prompt"])
            assert (
                html_text(question_html(item)) == q["prompt"][: m.start()] + "_____" + q["prompt"][m.end() :]
            )
        feedback = item.find(f"{QTI}itemfeedback/{QTI}flow_mat/{QTI}material/{QTI}mattext").text
        assert all(r["sentence"] in html_text(feedback) for r in q["sources"])
        kinds.add(q["type"])
    assert kinds == {"mcq", "cloze"}


def test_hostile_text_reads_back_verbatim():
    bank = bank_of(
        [("a", HOSTILE)],
        [
            mcq_record(
                "0000000000000001", f"Q {HOSTILE}?", ["B & C", HOSTILE, "]]>", "{~}"], 1, "a", HOSTILE
            ),
            cloze_record("0000000000000002", f"{HOSTILE} before ", HOSTILE, " after.", "a"),
        ],
    )
    data = write_qti(bank, f"Title {HOSTILE}")
    _, assessment = open_package(data)
    assert assessment.find(f"{QTI}assessment").get("title") == f"Title {HOSTILE}"
    mcq, cloze = items(assessment)
    assert html_text(question_html(mcq)) == f"Q {HOSTILE}?"
    assert "<script>" not in question_html(mcq)  # HTML-escaped inside the XML text
    labels = mcq.findall(f"{QTI}presentation/{QTI}response_lid/{QTI}render_choice/{QTI}response_label")
    right = right_response(mcq)
    (chosen,) = [lab for lab in labels if lab.get("ident") == right]
    assert html_text(chosen.find(f"{QTI}material/{QTI}mattext").text) == HOSTILE
    assert right_response(cloze) == HOSTILE
    assert html_text(question_html(cloze)) == f"{HOSTILE} before _____ after."


def test_lms_exports_are_byte_identical_and_part_of_the_atomic_output(tmp_path: Path, seeds_build: Path):
    build(Settings(seeds=SEEDS, out=tmp_path / "again", rules=RULES, seed=1))
    marker = json.loads((seeds_build / MARKER).read_text(encoding="utf-8"))
    for name in ("moodle.xml", "questions.gift", "qti.zip"):
        assert (tmp_path / "again" / name).read_bytes() == (seeds_build / name).read_bytes(), name
        assert name in marker["files"]  # digested: a changed or deleted export is built again


def test_characters_xml_cannot_hold_never_make_an_export_unreadable():
    odd = "A\x00b\x01c\x0bd\x1fe\ufffef"
    bank = bank_of([("a", odd)], [mcq_record("0000000000000001", f"Q {odd}?", [odd, "x", "y"], 0, "a", odd)])
    _, assessment = open_package(write_qti(bank, odd))
    (item,) = items(assessment)
    assert html_text(question_html(item)) == "Q A\ufffdb\ufffdc\ufffdd\ufffde\ufffdf?"
