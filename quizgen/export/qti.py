"""QTI 1.2 as Canvas imports it: ``qti.zip`` with the questions the exports carry.

The package holds ``imsmanifest.xml`` and one assessment, ``<ident>/<ident>.xml``,
laid out like the packages text2qti writes for Canvas: one ``<item>`` per question.
A multiple choice item is a ``response_lid`` with ``render_choice``, and the
``respcondition`` whose ``varequal`` names the right choice sets SCORE to 100; a cloze
is Canvas's short answer (fill in the blank): ``response_str`` with ``render_fib``,
the key the accepted response. What a question cites is its general feedback.

Texts are HTML in ``mattext`` (article text HTML-escaped, then XML-escaped as
``xml.etree`` escapes: ``xmltext``). Idents come from question ids and the zip entries carry a fixed
date, so the same bank gives the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import io
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from quizgen.bank import exported
from quizgen.export import citations, cloze_parts, split_lead, titles_of, xml_safe
from quizgen.export.xmltext import attribute, attributes, leaf
from quizgen.export.xmltext import document as xml_document

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
BLANK = "_____"
RESPONSE = {"ident": "response1", "rcardinality": "Single"}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold: the bytes never depend on the clock


def _html(text: str) -> str:
    return html.escape(xml_safe(text), quote=False)


def _with_lead(text: str, q: dict[str, Any]) -> str:
    ask, lead, rest = split_lead(text, q)
    return _html(ask) + (f"<i>{_html(lead)}</i>" if lead else "") + _html(rest)


def item_ident(q: dict[str, Any]) -> str:
    """A question's item ident (an XML name: it starts with a letter)."""
    return "quizgen_" + "".join(c if c.isalnum() or c in "-_" else "_" for c in q["id"])


def choice_ident(q: dict[str, Any], i: int) -> str:
    """The ident of a multiple choice question's ``i``-th option."""
    return f"{item_ident(q)}_choice{i}"


def _field_lines(pad: str, label: str, entry: str) -> list[str]:
    return [
        f"{pad}<qtimetadatafield>",
        leaf(pad + "  ", "fieldlabel", label),
        leaf(pad + "  ", "fieldentry", entry),
        f"{pad}</qtimetadatafield>",
    ]


def _material(pad: str, text_html: str) -> list[str]:
    return [f"{pad}<material>", leaf(pad + "  ", "mattext", text_html, _HTML), f"{pad}</material>"]


_HTML = ' texttype="text/html"'
_RESPONSE = attributes(RESPONSE)
# An item's lines after its presentation, but for the right answer and the feedback
# (``_item`` writes them under a section, six levels of two spaces in).
_OUTCOMES = [
    "        <resprocessing>",
    "          <outcomes>",
    '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal" />',
    "          </outcomes>",
    '          <respcondition continue="Yes">',
    "            <conditionvar>",
    "              <other />",
    "            </conditionvar>",
    '            <displayfeedback feedbacktype="Response" linkrefid="general_fb" />',
    "          </respcondition>",
    '          <respcondition continue="No">',
    "            <conditionvar>",
]


def _item(lines: list[str], q: dict[str, Any], titles: dict[str, str]) -> None:
    """One question's ``<item>``, its lines as ``ET.indent`` lays them out under the section."""
    mcq = q["type"] == "mcq"
    ident = item_ident(q)
    choices = [f"{ident}_choice{i}" for i in range(len(q["options"]))] if mcq else []  # (``choice_ident``)
    lines.append(f"      <item{attributes({'ident': ident, 'title': xml_safe(q['id'])})}>")
    lines += ["        <itemmetadata>", "          <qtimetadata>"]
    lines += _field_lines(
        "            ", "question_type", "multiple_choice_question" if mcq else "short_answer_question"
    )
    lines += _field_lines("            ", "points_possible", "1")
    lines += _field_lines("            ", "original_answer_ids", ",".join(choices))
    lines += ["          </qtimetadata>", "        </itemmetadata>", "        <presentation>"]
    if mcq:
        lines += _material("          ", f"<p>{_with_lead(q['prompt'], q)}</p>")
        lines.append(f"          <response_lid{_RESPONSE}>")
        if choices:
            lines.append("            <render_choice>")
            for ident, option in zip(choices, q["options"], strict=True):
                lines.append(f'              <response_label ident="{attribute(ident)}">')
                lines += _material("                ", f"<p>{_html(option)}</p>")
                lines.append("              </response_label>")
            lines.append("            </render_choice>")
        else:
            lines.append("            <render_choice />")
        lines.append("          </response_lid>")
        right = choices[q["answer_index"]]
    else:
        before, after = cloze_parts(q)
        lines += _material("          ", f"<p>{_with_lead(before, q)}{BLANK}{_html(after)}</p>")
        lines += [
            f"          <response_str{_RESPONSE}>",
            "            <render_fib>",
            '              <response_label ident="answer1" rshuffle="No" />',
            "            </render_fib>",
            "          </response_str>",
        ]
        right = xml_safe(q["answer"])
    lines.append("        </presentation>")
    lines += _OUTCOMES
    lines += [
        leaf("              ", "varequal", right, ' respident="response1"'),
        "            </conditionvar>",
        '            <setvar action="Set" varname="SCORE">100</setvar>',
        "          </respcondition>",
        "        </resprocessing>",
        '        <itemfeedback ident="general_fb">',
        "          <flow_mat>",
    ]
    cited = "<br>".join(f"“{_html(s)}” <i>({_html(t)})</i>" for s, t in citations(q, titles))
    lines += _material("            ", cited)
    lines += ["          </flow_mat>", "        </itemfeedback>", "      </item>"]


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def assessment_xml(document: dict[str, Any], title: str, ident: str) -> bytes:
    """The assessment: every question ``bank.exported`` gives, once, in bank order."""
    lines = [
        f'<questestinterop xmlns="{attribute(QTI_NS)}">',
        f"  <assessment{attributes({'ident': ident, 'title': xml_safe(title)})}>",
        "    <qtimetadata>",
        *_field_lines("      ", "cc_maxattempts", "1"),
        "    </qtimetadata>",
    ]
    questions = exported(document)
    if questions:
        lines.append('    <section ident="root_section">')
        titles = titles_of(document)
        for q in questions:
            _item(lines, q, titles)
        lines.append("    </section>")
    else:
        lines.append('    <section ident="root_section" />')
    lines += ["  </assessment>", "</questestinterop>"]
    return xml_document(lines)


def manifest_xml(ident: str, href: str, title: str) -> bytes:
    """``imsmanifest.xml``: one resource, the assessment, of type ``imsqti_xmlv1p2``."""
    root = ET.Element("manifest", {"identifier": f"{ident}_manifest", "xmlns": CP_NS})
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    resource = ET.SubElement(resources, "resource", {"identifier": ident, "type": "imsqti_xmlv1p2"})
    ET.SubElement(resource, "file", {"href": href})
    return _xml(root)


def write_qti(document: dict[str, Any], title: str) -> bytes:
    """The bytes of ``qti.zip``. Equal banks and titles give equal bytes."""
    ids = "\n".join(q["id"] for q in exported(document))
    ident = "quizgen_assessment_" + hashlib.sha256(f"{title}\0{ids}".encode()).hexdigest()[:16]
    href = f"{ident}/{ident}.xml"
    entries = {
        "imsmanifest.xml": manifest_xml(ident, href, title),
        href: assessment_xml(document, title, ident),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return out.getvalue()
