# Two commands do everything on a fresh machine with Python 3 and make: `make demo` and `make test`.
# Each creates .venv when it is missing and installs what it needs there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Static checks run for the running Python over everything, and for the lowest and highest supported
# Pythons over what users import and write (the package, typecheck/pass and the examples); the tests need
# pytest 9, which itself needs Python 3.10 or later, so checking them as 3.9 code would check pytest instead.
LOWEST_PYTHON := 3.9
HIGHEST_PYTHON := 3.14
USER_CODE := src typecheck/pass examples docs/examples
# Checkers read the generated stubs (`.pyi`) in place of the package's `.py` files, so `mypy src` checks the
# stubs; scripts/check_implementation.py checks the `.py` files themselves, as each of these Pythons (the
# middle one is pyproject.toml's).
IMPLEMENTATION_PYTHONS := $(LOWEST_PYTHON) 3.11 $(HIGHEST_PYTHON)

# Other CPythons to run scripts/runtime_check.py on, when this machine has them (pyenv's, or on PATH).
OTHER_PYTHONS := 3.9 3.10 3.12 3.13
PYENV_ROOT ?= $(HOME)/.pyenv

BENCH_VENV := bench/.venv

.PHONY: demo test pytest typecheck stubtest runtime-matrix docs site-check chromium package bench exports eventbridge clean

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

test: pytest typecheck stubtest docs site-check package runtime-matrix

pytest: $(VENV)/.installed-dev
	$(BIN)/python scripts/generate_exports.py --check
	$(BIN)/python scripts/generate_eventbridge.py --check
	$(BIN)/python -m pytest

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy
	$(BIN)/mypy --python-version $(LOWEST_PYTHON) $(USER_CODE)
	$(BIN)/mypy --python-version $(HIGHEST_PYTHON) $(USER_CODE)
	$(BIN)/pyright
	$(BIN)/pyright --pythonversion $(LOWEST_PYTHON) $(USER_CODE)
	$(BIN)/pyright --pythonversion $(HIGHEST_PYTHON) $(USER_CODE)
	$(BIN)/python scripts/check_implementation.py $(IMPLEMENTATION_PYTHONS)

# The stubs agree with the package at run time: every name, signature, class and attribute (mypy's stubtest).
# The allowlist, generated with the stubs, says why each thing it lets pass is not a disagreement. Some entries
# apply only to some Pythons or typing_extensions versions (below 3.12 our TypedDicts are typing_extensions'),
# so an entry unused by the Python running this is not an error; the generator keeps the list current.
stubtest: $(VENV)/.installed-dev
	$(BIN)/python -m mypy.stubtest lambda_events --allowlist typecheck/stubtest_allowlist.txt --ignore-unused-allowlist

# The documentation site, strict: a broken link, reference or snippet fails the build. Output in site/.
docs: $(VENV)/.installed-dev
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# Debian's Chromium for the site check, installed where it is missing (root, or through sudo). Playwright
# drives it; it never downloads a browser of its own.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "chromium: not found, installing Debian's package"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# The built site in headless Chromium, served on 127.0.0.1: every page renders, the search answers, no code
# block scrolls sideways at 1280 px, no private name in the reference. Screenshots in site/screenshots/.
site-check: docs chromium
	$(BIN)/python scripts/check_site.py

# The package as published: sdist and wheel built, their README checked by twine, their contents checked,
# and the wheel installed into a new virtual environment where the demo runs (scripts/check_package.py).
package: $(VENV)/.installed-dev
	rm -rf dist
	$(BIN)/python -m build --outdir dist . >/dev/null
	$(BIN)/twine check --strict dist/*
	$(BIN)/python scripts/check_package.py dist

# For each other Python found, a .venv-X.Y with the package alone (and typing-extensions where the
# package asks for it), and the run-time checks. A Python that is not on this machine is reported, not hidden.
runtime-matrix:
	@for version in $(OTHER_PYTHONS); do \
	  interpreter=$$(ls -d $(PYENV_ROOT)/versions/$$version.*/bin/python$$version 2>/dev/null | tail -n 1); \
	  [ -n "$$interpreter" ] || interpreter=$$(command -v python$$version || true); \
	  if [ -z "$$interpreter" ]; then echo "runtime-matrix: Python $$version not found on this machine: not checked"; continue; fi; \
	  if [ ! -x .venv-$$version/bin/python ]; then \
	    $$interpreter -m venv .venv-$$version && .venv-$$version/bin/python -m pip install --quiet -e . || exit 1; \
	  fi; \
	  .venv-$$version/bin/python scripts/runtime_check.py || exit 1; \
	done

# Benchmarks in their own environment: the package with its dev tools (the type checkers are measured too)
# plus the comparison points of bench/requirements.txt. Writes bench/RESULTS.md and bench/results.png.
$(BENCH_VENV)/.installed: pyproject.toml bench/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -e '.[dev]' -r bench/requirements.txt
	touch $@

bench: $(BENCH_VENV)/.installed runtime-matrix
	$(BENCH_VENV)/bin/python bench/run_all.py

exports: $(BIN)/python
	$(BIN)/python scripts/generate_exports.py

eventbridge: $(BIN)/python
	$(BIN)/python scripts/generate_eventbridge.py

clean:
	rm -rf $(VENV) .venv-3.* $(BENCH_VENV) .mypy_cache .pytest_cache build dist
