"""Errors a user sees: each is a ``click.ClickException`` with a message that says what to do."""

from __future__ import annotations

import click


class QuizgenError(click.ClickException):
    """Base of every error quizgen reports to the user (printed as one line, exit 1)."""


class SourceError(QuizgenError):
    """The seeds folder cannot be read or holds nothing usable."""


class RuleError(QuizgenError):
    """One or more rule files in the question bank are broken; all of them are listed."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


class OutputError(QuizgenError):
    """The output folder cannot be written, or would overwrite a teacher's files."""
