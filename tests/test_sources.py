from pathlib import Path

import pytest

from quizgen.errors import SourceError
from quizgen.sources import ArticleFile, decode_article, default_names, load_sources

ARTICLE = "A headline\n\nThe parliament passed the budget on Tuesday, the speaker said.\n"


def test_utf8_with_bom_drops_the_bom():
    text, enc = decode_article("\ufeff".encode() + ARTICLE.encode())
    assert text == ARTICLE and enc == "utf-8"


def test_cp1252_is_read_with_a_warning(tmp_path: Path):
    (tmp_path / "word.txt").write_bytes("Caf\u00e9 \u201cquoted\u201d text here.\n".encode("cp1252"))
    loaded = load_sources(tmp_path)
    assert loaded.sources[0].text.startswith("Café “quoted”")
    assert loaded.warnings == ("word.txt: not UTF-8, read as Windows-1252 (cp1252)",)


def test_utf16_with_bom(tmp_path: Path):
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    loaded = load_sources(tmp_path)
    assert loaded.sources[0].text == ARTICLE and loaded.sources[0].encoding == "utf-16"


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("scan.txt", b"%PDF-1.7\n\x00\x01binary", "binary file"),
        ("page.txt", b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "looks like HTML"),
    ],
)
def test_unusable_files_are_skipped_with_one_warning(tmp_path: Path, name, data, why):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    loaded = load_sources(tmp_path)
    assert [s.file for s in loaded.sources] == ["good.txt"]
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith(f"{name}: skipped, {why}")


def test_missing_and_empty_folders_are_errors(tmp_path: Path):
    with pytest.raises(SourceError, match="no such folder"):
        load_sources(tmp_path / "nope")
    with pytest.raises(SourceError, match="no .txt or .md articles"):
        load_sources(tmp_path)


def test_title_skips_page_furniture():
    loaded = load_sources(Path(__file__).resolve().parent.parent / "seeds")
    titles = [s.title for s in loaded.sources]
    assert all("Support" not in t for t in titles)
    assert len(loaded.sources) == 5


def test_a_folders_readme_is_no_article(tmp_path: Path):
    (tmp_path / "README.md").write_text("# Articles\n\nThis folder holds the unit's readings.\n")
    (tmp_path / "budget.txt").write_text(ARTICLE)
    loaded = load_sources(tmp_path)
    assert [s.file for s in loaded.sources] == ["budget.txt"]
    assert loaded.warnings == ("README.md: skipped, it describes the folder and is no article",)


@pytest.mark.parametrize(
    "folder, title",
    [
        ("civil_rights", "Civil Rights"),
        ("bbc-politics-dev", "BBC Politics Dev"),  # (a word of no vowel is an acronym)
        ("EU-treaties", "EU Treaties"),  # (as the teacher wrote it)
    ],
)
def test_a_folder_s_name_titles_its_worksheet(tmp_path: Path, folder: str, title: str):
    (tmp_path / folder).mkdir()
    articles = [ArticleFile("a.txt", ARTICLE.encode()), ArticleFile("b.txt", ARTICLE.encode())]
    assert default_names(tmp_path / folder, articles) == (title, title)
    # (a generic name says nothing: the first headline and how many more)
    (tmp_path / "seeds").mkdir()
    assert default_names(tmp_path / "seeds", articles) == ("A headline and 1 more", "A headline and more")
