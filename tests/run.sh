#!/usr/bin/env bash
# Set up a fresh machine and run the tests (the README's test command): the self-contained
# suite in tests/ always, then the corpus suite in tests_corpus/ when ../shared (the shared
# corpora, gold files and judge.py, which a user's clone does not have) is beside the clone.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e ".[test]"
.venv/bin/ruff check quizgen tests tests_corpus
status=0
.venv/bin/python -m pytest -q || status=$?  # testpaths: tests/ only
if [ -d ../shared ]; then
  echo "../shared found: running the corpus suite (tests_corpus/)"
  .venv/bin/python -m pytest -q tests_corpus || status=$?
else
  echo "../shared not found: corpus suite not run; the self-contained suite ran"
fi
exit "$status"
