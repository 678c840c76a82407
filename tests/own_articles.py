"""Two short articles written for these tests (not from any corpus), so that a test
can build from an empty folder without ``../shared``."""

from __future__ import annotations

from pathlib import Path

LIBRARY_HEADLINE = "Council approves new library budget"
LIBRARY = f"""{LIBRARY_HEADLINE}

The city council of Riverton voted on Monday to approve a budget of $2.5 million for the new \
public library, Mayor Helen Ortiz said.

The library will open in September 2027 on Main Street, next to the old courthouse.

Council member David Chen said the vote was "a victory for every reader in this city".

About 40 percent of residents asked for longer opening hours in a survey last year.

The state of Oregon will pay half of the cost, according to the Oregon Department of Education.

Ortiz said the council would hold a public meeting in Portland in October 2026 to hear from residents.
"""

ELECTION_HEADLINE = "Voters choose new county sheriff"
ELECTION = f"""{ELECTION_HEADLINE}

Voters in Marion County elected Laura Simmons as sheriff on Tuesday, the county clerk said.

Simmons won 58 percent of the vote, ahead of the former deputy Mark Reyes, who won 42 percent.

The sheriff serves a term of four years and oversees a budget of $14 million.

Turnout was about 35 percent, lower than in the election of November 2020.

Simmons said she would open a new office in Salem in January 2027.
"""


def write_articles(folder: Path, *names: str) -> Path:
    """``folder`` with the named articles ("library", "election") as .txt files."""
    texts = {"library": LIBRARY, "election": ELECTION}
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text(texts[name], encoding="utf-8")
    return folder
