"""Measure issue 7 on a bank: agreements merged, disagreements found, facts asked twice.

    python benchmarks/cross_source.py dist/bank.json ../shared/gold/seeds/_cross_source.yaml

An *agreement* of the gold file counts as merged when one question of the bank
cites the evidence sentences of two or more of its mentions and its answer is
one of the mentions' answers (or contains one, or is contained in one). A
*disagreement* counts as found when one conflict of the bank has sides whose
sentences are the evidence of two mentions with different answers. Printed
per entry, so a reader can see which ones are missed and why.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict

import yaml


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _answer_matches(answer: str, golds: list[str]) -> bool:
    a = re.sub(r"^(the|a|an|on|in|this|since) ", "", _norm(answer))
    for g in golds:
        g = re.sub(r"^(the|a|an|on|in|this|since) ", "", _norm(g))
        if a and g and (a in g or g in a):
            return True
    return False


def _cited(question: dict) -> set[str]:
    return {_norm(s["sentence"]) for s in question["sources"]}


def _cited_elsewhere(question: dict) -> set[str]:
    own = question["sources"][0]["source_id"]
    return {_norm(s["sentence"]) for s in question["sources"] if s["source_id"] != own}


def agreements(bank: dict, gold: dict) -> list[tuple[str, bool, str]]:
    """(what, merged?, best question's answer and number of mentions cited) per agreement."""
    out = []
    for entry in gold.get("agreements", []):
        evidence = [(_norm(m["evidence"]), m["answer"]) for m in entry["mentions"]]
        best, best_n, best_q = False, 0, ""
        for q in bank["questions"]:
            cited = _cited(q)
            n = sum(1 for sentence, _ in evidence if sentence in cited)
            if n < 2:
                continue
            ok = _answer_matches(q["answer"], [a for _, a in evidence])
            if (ok, n) > (best, best_n):
                best, best_n, best_q = ok, n, q["answer"]
        out.append((entry["what"], best, f"{best_q!r} citing {best_n} of {len(evidence)}"))
    return out


def disagreements(bank: dict, gold: dict) -> list[tuple[str, bool]]:
    """(what, found?) per gold disagreement."""
    out = []
    for entry in gold.get("disagreements", []):
        answer_of = {_norm(m["evidence"]): _norm(m["answer"]) for m in entry["mentions"]}
        found = False
        for conflict in bank.get("conflicts", []):
            answers = set()
            for side in conflict["sides"]:
                for s in side["sources"]:
                    if _norm(s["sentence"]) in answer_of:
                        answers.add(answer_of[_norm(s["sentence"])])
            found = found or len(answers) >= 2
        out.append((entry["what"], found))
    return out


def asked_twice(bank: dict) -> list[tuple[str, str]]:
    """(answer, sentence) of questions that ask the same fact as another question.

    Two questions ask the same fact when they are of one kind with one answer, and
    the sentence one asks about is among those the other cites from another source
    (a quotation also cites, from its own source, where its speaker is named).
    """
    by_fact = defaultdict(list)
    for q in bank["questions"]:
        by_fact[(q["fact_kind"], _norm(q["answer"]))].append(q)
    out = []
    for (_, answer), questions in by_fact.items():
        for i, q in enumerate(questions):
            first = _norm(q["sources"][0]["sentence"])
            if any(first in _cited_elsewhere(other) for other in questions[:i] + questions[i + 1 :]):
                out.append((answer, first))
    return sorted(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank")
    parser.add_argument("cross_source")
    args = parser.parse_args()
    with open(args.bank, encoding="utf-8") as f:
        bank = json.load(f)
    with open(args.cross_source, encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    agreed = agreements(bank, gold)
    for what, ok, detail in agreed:
        print(f"{'MERGED' if ok else 'missed'}  {what}  [{detail}]")
    disputed = disagreements(bank, gold)
    for what, ok in disputed:
        print(f"{'FOUND ' if ok else 'missed'}  {what}")
    twice = asked_twice(bank)
    for answer, sentence in twice:
        print(f"TWICE   {answer!r}: {sentence[:90]}")
    n_ok = sum(ok for _, ok, _ in agreed)
    d_ok = sum(ok for _, ok in disputed)
    print(f"agreements merged: {n_ok}/{len(agreed)} = {n_ok / max(len(agreed), 1):.2f}")
    print(f"disagreements found: {d_ok}/{len(disputed)} = {d_ok / max(len(disputed), 1):.2f}")
    print(f"questions asking a fact another question asks: {len(twice)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
