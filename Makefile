# Two commands do everything on a fresh machine with Python 3 and make: `make demo` and `make test`.
# Each creates .venv when it is missing and installs what it needs there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Static checks run for the running Python over everything, and for the lowest and highest supported
# Pythons over what users import and write (the package and typecheck/pass); the tests need pytest 9,
# which itself needs Python 3.10 or later, so checking them as 3.9 code would check pytest instead.
LOWEST_PYTHON := 3.9
HIGHEST_PYTHON := 3.14
USER_CODE := src typecheck/pass

.PHONY: demo test pytest typecheck exports clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/lambda-events inspect

test: pytest typecheck

pytest: $(VENV)/.installed-dev
	$(BIN)/python scripts/generate_exports.py --check
	$(BIN)/python -m pytest

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy
	$(BIN)/mypy --python-version $(LOWEST_PYTHON) $(USER_CODE)
	$(BIN)/mypy --python-version $(HIGHEST_PYTHON) $(USER_CODE)
	$(BIN)/pyright
	$(BIN)/pyright --pythonversion $(LOWEST_PYTHON) $(USER_CODE)
	$(BIN)/pyright --pythonversion $(HIGHEST_PYTHON) $(USER_CODE)

exports: $(BIN)/python
	$(BIN)/python scripts/generate_exports.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache build dist
