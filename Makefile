# The course's commands. Every target bootstraps .venv first, so a fresh clone needs only
# `make book` and `make test`: the book and the student tools need the light set
# (requirements.txt), the tests add the developer tools (requirements-dev.txt).
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
# nbgrader shells out to alembic when it creates a gradebook: the venv's bin must be on PATH.
export PATH := $(BIN):$(PATH)
export PYTHONHASHSEED := 0

.PHONY: help venv book test browsers benchmark release answers facts lab instructor-lab grade export sandbox postgresql lint format clean

help:
	@echo "make book            build the HTML book into _build/html (warnings are errors)"
	@echo "make test            run every test (lint, package, notebooks, nbgrader, book, browser)"
	@echo "make browsers        install Debian's Chromium for the browser tests (once, needs root)"
	@echo "make benchmark       time the book's builds and notebooks into benchmarks/RESULTS.md"
	@echo "make release         regenerate the student edition notebooks/ (TOPICS=\"09-compensation\" for one)"
	@echo "make answers         check the known wrong and right answers of every exercise (TOPICS=... for some)"
	@echo "make facts           list the dated facts, oldest check first, flagging those over 6 months old"
	@echo "make lab             JupyterLab for students, on notebooks/"
	@echo "make instructor-lab  JupyterLab with the formgrader, on exercises/"
	@echo "make grade           grade exercises/submitted (parallel, sandboxed): feedback, grades.csv, report"
	@echo "make export          LMS import files of final grades (EXPORT_ARGS=\"-a 09-compensation\")"

$(STAMP): requirements.txt pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -r requirements.txt
	$(VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(DEV_STAMP): $(STAMP) requirements-dev.txt
	$(VENV)/bin/python -m pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(DEV_STAMP)

book: $(STAMP)
	$(BIN)/jupyter-book build . -W -n --keep-going
	@echo "The book is at file://$(CURDIR)/_build/html/index.html"

browsers:
	bash scripts/install-chromium.sh

# bubblewrap, which the grader runs student kernels in (installed with apt when missing).
sandbox:
	@bash scripts/install-grading-sandbox.sh

# PostgreSQL's server, which the tests of a shared gradebook start on 127.0.0.1 (apt when missing).
postgresql:
	@bash scripts/install-postgresql.sh

test: $(DEV_STAMP) browsers sandbox postgresql
	$(BIN)/ruff check .
	$(BIN)/pytest -n 2 --dist loadgroup

benchmark: $(DEV_STAMP)
	$(BIN)/python benchmarks/bench_book.py --write benchmarks/RESULTS.md

release: $(STAMP)
	$(BIN)/aicareer-release $(TOPICS)

# Every known wrong answer (exercises/answers/) must fail a test cell of its exercise, every right
# answer must pass them all. Runs in make test too (tests/test_answers.py).
answers: $(STAMP)
	$(BIN)/aicareer-answers $(TOPICS)

# Every figure that can go stale (src/aicareer/data/facts/), oldest check first; those checked
# more than six months ago are flagged STALE: refresh them each term.
facts: $(STAMP)
	$(BIN)/aicareer-facts $(FACTS_ARGS)

# JupyterLab refuses to start as root without --allow-root (containers, CI machines).
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: $(STAMP)
	JUPYTER_CONFIG_DIR=$(CURDIR)/lab/student $(BIN)/jupyter lab --notebook-dir=notebooks $(ALLOW_ROOT)

instructor-lab: $(STAMP)
	cd exercises && $(BIN)/jupyter lab $(ALLOW_ROOT)

# Grade what is new or changed under exercises/submitted, in parallel and sandboxed; write
# feedback, exercises/grades.csv and exercises/reports/grading-report.html. Options go in
# GRADE_ARGS, e.g. make grade GRADE_ARGS="--force -a 09-compensation". Exit code 1 (some
# submissions failed or were invalid) is the report's business, not make's.
grade: $(STAMP) sandbox
	$(BIN)/aicareer-grade $(GRADE_ARGS) || test $$? -eq 1

# Write the LMS import files (Canvas, Moodle, Blackboard) and a per-question CSV of final grades
# into exercises/exports/, e.g. make export EXPORT_ARGS="-a 09-compensation --lms canvas".
export: $(STAMP)
	$(BIN)/aicareer-grade export $(EXPORT_ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests scripts benchmarks

format: $(DEV_STAMP)
	$(BIN)/ruff format src tests scripts benchmarks
	$(BIN)/ruff check --fix .

clean:
	rm -rf _build
