# Two commands for a new user: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DEMO ?= fixtures/seeds/000_2dd45404e1011c92.txt
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint bench bench-parse train bibtex clean fuzz bench-faults

$(BIN)/python:
	@$(PY) -m venv $(VENV)
	@out=$$($(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1) || { echo "$$out"; exit 1; }

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@echo "installing refcheck into $(VENV) (output shown only if it fails)"
	@out=$$($(BIN)/pip install -q --disable-pip-version-check -e . 2>&1) || { echo "$$out"; exit 1; }
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	@echo "installing refcheck and its test tools into $(VENV) (output shown only if it fails)"
	@out=$$($(BIN)/pip install -q --disable-pip-version-check -e '.[test]' 2>&1) || { echo "$$out"; exit 1; }
	@touch $@ $(VENV)/.installed

## run: check a fixture paper and print the report (its findings are the demonstration)
run: $(VENV)/.installed
	@$(BIN)/refcheck check $(DEMO); status=$$?; [ $$status -le 1 ] || exit $$status

## test: the whole test suite (installs TeX's bibtex from Debian when missing)
test: $(VENV)/.installed-test bibtex
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check refcheck tests tools benchmarks

bibtex:
	@command -v bibtex >/dev/null 2>&1 || { \
	  echo "installing bibtex (texlive-binaries) for the BibTeX validity tests"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq texlive-binaries) >/dev/null 2>&1 || \
	  echo "bibtex could not be installed: the bibtex test will be skipped with that reason"; }

## bench-parse: field accuracy and speed of the parser on ../shared/data/anystyle
bench-parse: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_parse.py --shared $(SHARED)

## bench: start-up, scale, batch, and Crossref resolution benchmarks
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_cli.py
	$(BIN)/python benchmarks/bench_resolve.py

## fuzz: the long fuzz campaign: 10,000 generated hostile files, each run with a memory limit
fuzz: $(VENV)/.installed-test
	$(BIN)/python tools/fuzz.py --files $${FUZZ_FILES:-10000}

## bench-faults: resolving a 45-entry paper against a faulty Crossref, and in a full outage
bench-faults: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_faults.py

## train: rebuild the shipped tagger model from the labelled references
train: $(VENV)/.installed-test
	$(BIN)/python tools/train_tagger.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
