# Two commands on a fresh machine with Python 3.11:
#   make run    set up .venv and build the graph of corpus/ into out/
#   make test   set up .venv (with the test extras) and Debian's Chromium, and run the tests
# Whatever is missing and cannot be installed here stops the command at once, in one line.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup setup-dev browser lint clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
		{ echo "make: graphkit needs Python 3.11 or newer as $(PYTHON): install python3.11 (or run make PYTHON=python3.11)" >&2; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || \
		{ echo "make: $(PYTHON) cannot create virtual environments: install python3-venv (apt-get install python3-venv)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e .

setup-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	@if command -v npm >/dev/null 2>&1; then cd tests/js && npm ci --no-audit --no-fund --silent; \
	else echo "make: no npm: graphology's reader tests (tests/test_gephi_readers.py) need node and npm (apt-get install nodejs npm)" >&2; fi

run: setup
	$(BIN)/graphkit build corpus/ --out out/

test: setup-dev browser
	$(BIN)/python -m pytest

browser:
	@.ci/browser

lint: setup-dev
	$(BIN)/ruff check graphkit tests scripts benchmarks
	$(BIN)/ruff format --check graphkit tests scripts benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out
