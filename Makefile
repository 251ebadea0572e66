# Two commands for a new user: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DEMO ?= fixtures/seeds/000_2dd45404e1011c92.txt
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

REPORT ?= out/demo-report.html

.PHONY: release run test lint bench bench-parse bench-parse-jats jats-refs bench-noise bench-accuracy bench-blind bench-restyle bench-styles bench-pdf bench-faults corpus pdf-corpus pdf-tools train bibtex pandoc browser fuzz clean

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

## run: check a fixture paper and print the report (its findings are the demonstration),
## then write the same paper's HTML report to $(REPORT) and print its path
run: $(VENV)/.installed
	@$(BIN)/refcheck check $(DEMO); status=$$?; [ $$status -le 1 ] || exit $$status
	@mkdir -p $(dir $(REPORT))
	@$(BIN)/refcheck check $(DEMO) --format html -o $(REPORT); status=$$?; [ $$status -le 1 ] || exit $$status
	@echo "HTML report: $(abspath $(REPORT))"

## test: the whole test suite (installs TeX's bibtex, pandoc with the CSL styles, and chromium with
## its driver from Debian when missing)
test: $(VENV)/.installed-test bibtex pandoc browser
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check refcheck tests tools benchmarks

bibtex:
	@command -v bibtex >/dev/null 2>&1 || { \
	  echo "installing bibtex (texlive-binaries) for the BibTeX validity tests"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq texlive-binaries) >/dev/null 2>&1 || \
	  echo "bibtex could not be installed: the bibtex test will be skipped with that reason"; }

CSL_DIR := /usr/share/citation-style-language/styles
pandoc:
	@{ command -v pandoc >/dev/null 2>&1 && [ -f $(CSL_DIR)/apa.csl ]; } || { \
	  echo "installing pandoc and citation-style-language-styles for refcheck format and the CSL-JSON tests"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pandoc citation-style-language-styles) \
	    >/dev/null 2>&1 || echo "pandoc could not be installed: the pandoc tests will be skipped with that reason"; }

browser:
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || { \
	  echo "installing chromium and chromium-driver for the HTML report's browser tests"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver) \
	    >/dev/null 2>&1 || echo "chromium could not be installed: the browser tests will be skipped with that reason"; }

## bench-restyle: `format` re-emitting lists in their own style, on papers made with pandoc from CSL works
WORKS ?= build/corpus/works.jsonl
bench-restyle: $(VENV)/.installed-test pandoc
	$(BIN)/python benchmarks/bench_restyle.py --works $(WORKS)

## corpus: papers in 16 CSL styles with exact gold, and labelled references (build/corpus, git-ignored)
CORPUS_PAPERS ?= 20
CORPUS_SEED ?= 13
corpus: build/corpus/.done

build/corpus/.done: $(wildcard tools/corpus/*.py) | pandoc
	$(PY) -m tools.corpus.build_labelled --shared $(SHARED) --out build/corpus --seed $(CORPUS_SEED)
	$(PY) -m tools.corpus.build_papers --shared $(SHARED) --out build/corpus --seed $(CORPUS_SEED) --papers $(CORPUS_PAPERS)
	@touch $@

## bench-accuracy: findings, citations, linking, entries and fields per style and yardstick
bench-accuracy: $(VENV)/.installed-test build/corpus/.done
	$(BIN)/python benchmarks/bench_accuracy.py --shared $(SHARED) --papers $(CORPUS_PAPERS)

## bench-blind: the blind sets (fixtures/papers_blind*, split dev/sealed before their first run) scored per half
bench-blind: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_blind.py --shared $(SHARED)

## bench-noise: the real articles pasted as from a PDF against their clean copies (findings only on one copy)
bench-noise: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_noise.py --shared $(SHARED)

## bench-styles: unseen CSL styles (20 named families + 30 random, split dev/sealed in benchmarks/splits/
## styles_sweep.json, and eighteen later draws of 40, styles_sweep3..20.json): render 3 papers each with pandoc, then
## false findings, citations found, planted problems
STYLES_HALF ?= dev
bench-styles: $(VENV)/.installed-test pandoc
	$(PY) benchmarks/styles/make_style_papers.py build/sweep --sweep 30 --seed sweep-1
	$(PY) benchmarks/styles/measure_styles.py build/sweep "$(BIN)/python -m refcheck" --half $(STYLES_HALF) \
	    $(if $(filter sealed,$(STYLES_HALF)),--summary-only)
	$(PY) benchmarks/styles/mutate_style_papers.py build/sweep "$(BIN)/python -m refcheck" --half $(STYLES_HALF) \
	    $(if $(filter sealed,$(STYLES_HALF)),--summary-only)
	@# the later draws (40 styles each beyond the earlier ones, split dev/sealed before any fix)
	@set -e; prev=benchmarks/splits/styles_sweep.json,benchmarks/splits/styles_sweep2.json; for n in 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do \
	  $(PY) benchmarks/styles/make_style_papers.py build/sweep$$n --sweep 40 --seed sweep-$$n --beyond $$prev --halves; \
	  echo "== draw $$n ($(STYLES_HALF))"; \
	  $(PY) benchmarks/styles/measure_styles.py build/sweep$$n "$(BIN)/python -m refcheck" --half $(STYLES_HALF) \
	      --summary-only; \
	  prev=$$prev,benchmarks/splits/styles_sweep$$n.json; done

## bench-parse: field accuracy and speed of the parser on ../shared/data/anystyle
bench-parse: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_parse.py --shared $(SHARED)

## jats-refs: the JATS reference-parsing yardstick (fixtures/jats_refs, from the real-article sources' snapshots)
jats-refs: $(VENV)/.installed
	$(BIN)/python -m tools.jats_parse_set fixtures/jats_refs

## bench-parse-jats: the parser on the JATS set's dev and sealed halves, per field and per publisher
bench-parse-jats: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_parse.py --sets jats-dev,jats-sealed --no-speed

## bench: start-up, scale, batch, and Crossref resolution benchmarks
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_cli.py
	$(BIN)/python benchmarks/bench_resolve.py
	$(BIN)/python benchmarks/bench_pdf.py

## fuzz: the long fuzz campaign: 10,000 generated hostile files, each run with a memory limit
fuzz: $(VENV)/.installed-test
	$(BIN)/python tools/fuzz.py --files $${FUZZ_FILES:-10000}

## bench-faults: resolving a 45-entry paper against a faulty Crossref, and in a full outage
bench-faults: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_faults.py

## bench-pdf: PDF reading speed per page and the PDF corpus accuracy row (after make pdf-corpus)
bench-pdf: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_pdf.py

## pdf-corpus: render the PDF corpus (pandoc -> pdflatex, and .docx -> LibreOffice where it installs; from Debian when missing)
pdf-corpus: $(VENV)/.installed-test pdf-tools
	$(BIN)/python tools/pdf_corpus.py build --shared $(SHARED)
	$(BIN)/python tools/pdf_corpus.py score --misses

pdf-tools:
	@{ command -v pandoc && command -v pdflatex && kpsewhich lmodern.sty && \
	   test -d /usr/share/citation-style-language/styles; } >/dev/null 2>&1 || { \
	  echo "installing pandoc, pdflatex, lmodern and the CSL styles for the PDF corpus"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pandoc texlive-latex-base \
	    texlive-latex-recommended texlive-fonts-recommended lmodern citation-style-language-styles >/dev/null; }
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "installing LibreOffice Writer for the .docx -> PDF variant (optional)"; \
	  $(SUDO) apt-get install -y -qq libreoffice-writer-nogui >/dev/null 2>&1 || \
	  $(SUDO) apt-get install -y -qq libreoffice-writer >/dev/null 2>&1 || \
	  echo "LibreOffice did not install: the .docx -> LibreOffice PDFs are skipped"; }

## train: rebuild the shipped tagger model from the labelled references (deterministic: same bytes on rerun)
$(VENV)/.installed-train: pyproject.toml | $(VENV)/.installed-test
	$(BIN)/pip install -q -e '.[test,train]'
	@touch $@

train: $(VENV)/.installed-train
	$(BIN)/python tools/train_tagger.py --shared $(SHARED)

## release: tag the commit as v<version> (from pyproject.toml) for pre-commit's `rev:`; needs a clean tree
release:
	@git diff --quiet && git diff --cached --quiet || { echo "release: commit or discard your changes first"; exit 2; }
	@v=$$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml); \
	  if git rev-parse -q --verify "refs/tags/v$$v" >/dev/null; then echo "release: v$$v is already tagged (bump version in pyproject.toml)"; exit 2; fi; \
	  git tag -a "v$$v" -m "refcheck $$v" && echo "tagged v$$v; publish it with: git push origin v$$v"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
