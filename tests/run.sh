#!/usr/bin/env bash
# Set up a fresh machine and run the whole test suite (the README's test command).
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
.venv/bin/ruff check quizgen tests
.venv/bin/python -m pytest -q
