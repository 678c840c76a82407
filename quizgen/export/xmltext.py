"""XML written as text, byte for byte as ``xml.etree`` writes it after ``ET.indent``.

Building one ``ElementTree`` of every exported question and serialising it took most
of the XML exports' time; these write each element as a line of text instead. Text
and attribute values are escaped exactly as ``ElementTree`` escapes them, so nothing
in an article can become markup; tests compare the bytes with ``ElementTree``'s.
"""

from __future__ import annotations

# What ``ElementTree`` escapes, in its order: in character data, then also in an attribute.
_IN_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_IN_ATTRIBUTE = (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escaped(value: str, table: tuple[tuple[str, str], ...]) -> str:
    for char, entity in table:
        if char in value:  # (most values hold none: the test is cheaper than the replace)
            value = value.replace(char, entity)
    return value


def text(value: str) -> str:
    """Character data escaped as ``ElementTree`` escapes it (``&``, ``<``, ``>``)."""
    return _escaped(value, _IN_TEXT)


def attribute(value: str) -> str:
    """An attribute value escaped as ``ElementTree`` escapes it (quotes and line breaks too)."""
    return _escaped(text(value), _IN_ATTRIBUTE)


def attributes(pairs: dict[str, str]) -> str:
    """``' name="value" ...'`` in the order given, values escaped."""
    return "".join(f' {name}="{attribute(value)}"' for name, value in pairs.items())


def leaf(pad: str, tag: str, value: str | None, attrs: str = "") -> str:
    """One element without children on a line of its own, indented by ``pad``;
    empty (``<tag />``) when it has no text, as ``ElementTree`` writes it."""
    if value:
        return f"{pad}<{tag}{attrs}>{text(value)}</{tag}>"
    return f"{pad}<{tag}{attrs} />"


def document(lines: list[str]) -> bytes:
    """The file: the XML declaration, the lines, a final line break."""
    # (one join: a file of 15 MB is not copied again to add the declaration)
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', *lines, ""]).encode("utf-8")
