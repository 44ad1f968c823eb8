# One command each: `make run` (console chat without TELEGRAM_TOKEN) and `make test`.
# Both create .venv and install pinned dependencies on first use.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint check bench migrate clean lock

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m bot

migrate: $(STAMP)
	$(PY) -m bot migrate

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy bot flows messages tests bench
	$(VENV)/bin/lint-imports

check: lint test

# `make bench THROUGHPUT=` runs the full end-to-end measurement (about ten minutes).
THROUGHPUT ?= --quick

bench: $(STAMP)
	$(PY) bench/screen.py
	$(PY) bench/traps.py
	$(PY) bench/turns.py
	$(PY) bench/pace_floor.py --seconds 120
	$(PY) bench/throughput.py $(THROUGHPUT)

# Refresh the pins after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(PY) -m pip freeze --exclude-editable --exclude good-enough > constraints.txt

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
