"""quizgen.export.xmltext writes elements byte for byte as xml.etree does after ET.indent."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from quizgen.export.xmltext import attributes, document, leaf

NASTY = [
    "",
    "plain",
    "a & b < c > d",
    "\"quoted\" 'single'",
    "line\nbreak\r\ttab",
    "]]> &amp; <p>",
    "“curly” ü",
]


@pytest.mark.parametrize("value", NASTY)
def test_a_leaf_is_written_as_elementtree_writes_it(value: str) -> None:
    root = ET.Element("root")
    parent = ET.SubElement(root, "parent")
    ET.SubElement(parent, "leaf", {"a": value, "b": "x"}).text = value
    ET.indent(root)
    expected = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode() + b"\n"
    )
    lines = [
        "<root>",
        "  <parent>",
        leaf("    ", "leaf", value, attributes({"a": value, "b": "x"})),
        "  </parent>",
    ]
    assert document([*lines, "</root>"]) == expected
