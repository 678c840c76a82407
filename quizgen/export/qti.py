"""QTI 1.2 as Canvas imports it: ``qti.zip`` with the questions the exports carry.

The package holds ``imsmanifest.xml`` and one assessment, ``<ident>/<ident>.xml``,
laid out like the packages text2qti writes for Canvas: one ``<item>`` per question.
A multiple choice item is a ``response_lid`` with ``render_choice``, and the
``respcondition`` whose ``varequal`` names the right choice sets SCORE to 100; a cloze
is Canvas's short answer (fill in the blank): ``response_str`` with ``render_fib``,
the key the accepted response. What a question cites is its general feedback.

Texts are HTML in ``mattext`` (article text HTML-escaped, then XML-escaped by
``xml.etree``). Idents come from question ids and the zip entries carry a fixed
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


def _field(parent: ET.Element, label: str, entry: str) -> None:
    field = ET.SubElement(parent, "qtimetadatafield")
    ET.SubElement(field, "fieldlabel").text = label
    ET.SubElement(field, "fieldentry").text = entry


def _material(parent: ET.Element, text_html: str) -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", {"texttype": "text/html"}).text = text_html


def _item(section: ET.Element, q: dict[str, Any], titles: dict[str, str]) -> None:
    mcq = q["type"] == "mcq"
    item = ET.SubElement(section, "item", {"ident": item_ident(q), "title": xml_safe(q["id"])})
    metadata = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    _field(metadata, "question_type", "multiple_choice_question" if mcq else "short_answer_question")
    _field(metadata, "points_possible", "1")
    choices = [choice_ident(q, i) for i in range(len(q["options"]))] if mcq else []
    _field(metadata, "original_answer_ids", ",".join(choices))
    presentation = ET.SubElement(item, "presentation")
    if mcq:
        _material(presentation, f"<p>{_with_lead(q['prompt'], q)}</p>")
        response = ET.SubElement(presentation, "response_lid", RESPONSE)
        render = ET.SubElement(response, "render_choice")
        for ident, option in zip(choices, q["options"], strict=True):
            label = ET.SubElement(render, "response_label", {"ident": ident})
            _material(label, f"<p>{_html(option)}</p>")
        right = choices[q["answer_index"]]
    else:
        before, after = cloze_parts(q)
        _material(presentation, f"<p>{_with_lead(before, q)}{BLANK}{_html(after)}</p>")
        response = ET.SubElement(presentation, "response_str", RESPONSE)
        render = ET.SubElement(response, "render_fib")
        ET.SubElement(render, "response_label", {"ident": "answer1", "rshuffle": "No"})
        right = xml_safe(q["answer"])
    processing = ET.SubElement(item, "resprocessing")
    ET.SubElement(
        ET.SubElement(processing, "outcomes"),
        "decvar",
        {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"},
    )
    general = ET.SubElement(processing, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(general, "conditionvar"), "other")
    ET.SubElement(general, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})
    correct = ET.SubElement(processing, "respcondition", {"continue": "No"})
    ET.SubElement(ET.SubElement(correct, "conditionvar"), "varequal", {"respident": "response1"}).text = right
    ET.SubElement(correct, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
    feedback = ET.SubElement(item, "itemfeedback", {"ident": "general_fb"})
    cited = "<br>".join(f"“{_html(s)}” <i>({_html(t)})</i>" for s, t in citations(q, titles))
    _material(ET.SubElement(feedback, "flow_mat"), cited)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def assessment_xml(document: dict[str, Any], title: str, ident: str) -> bytes:
    """The assessment: every question ``bank.exported`` gives, once, in bank order."""
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = ET.SubElement(root, "assessment", {"ident": ident, "title": xml_safe(title)})
    _field(ET.SubElement(assessment, "qtimetadata"), "cc_maxattempts", "1")
    section = ET.SubElement(assessment, "section", {"ident": "root_section"})
    titles = titles_of(document)
    for q in exported(document):
        _item(section, q, titles)
    return _xml(root)


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
