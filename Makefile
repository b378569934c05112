# HMS Desktop: the README's commands. Each target installs what is missing first (scripts/common.sh).
#   make run           launch the app (embedded SQLite demo clinic)
#   make test          the whole check, as CI runs it: ruff, mypy, pytest with a throwaway PostgreSQL
#   make e2e           the clinic day driven through a real X server (Xvfb + xdotool), tests/e2e
#   make lint          ruff + mypy only
#   make bench         benchmarks (tests/bench), SQLite and a throwaway PostgreSQL
#   make load          40 desks on a throwaway PostgreSQL and 8 on SQLite for 5 min (tests/load)
#   make screenshots   docs/screenshots/*.png (ARGS="--language hi": the desk in Hindi)
#   make i18n          merge new strings into resources/i18n/*.ts, then rebuild the committed .qm
#   make sql           regenerate sql/ (Oracle/PostgreSQL schema scripts) from the migrations
# Override the virtualenv with HMS_VENV=/path; pass pytest arguments with ARGS="-k billing".

SHELL := /bin/bash
HMS_VENV ?= $(CURDIR)/.venv
export HMS_VENV
PY := $(HMS_VENV)/bin/python
ARGS ?=

.PHONY: help run test e2e lint venv bench load screenshots i18n sql clean

help:
	@sed -n '2,12p' Makefile | sed 's/^# \{0,1\}//'

run:
	./scripts/run.sh $(ARGS)

test:
	./scripts/test.sh $(ARGS)

e2e:
	./scripts/e2e.sh $(ARGS)

lint:
	./scripts/lint.sh

venv:
	./scripts/bootstrap.sh

bench:
	./scripts/bench.sh $(ARGS)

load:
	./scripts/load.sh $(ARGS)

screenshots: venv
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) scripts/screenshots.py --out docs/screenshots $(ARGS)

i18n: venv
	$(PY) scripts/i18n.py update
	$(PY) scripts/i18n.py release

sql: venv
	$(HMS_VENV)/bin/hms-desktop-admin db sql --write

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
