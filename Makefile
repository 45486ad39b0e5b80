# Yizhan — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATA := .data
DEMO_DB := $(DATA)/demo.sqlite3
DEMO_CASES ?= 3000
SERVER_DB := $(DATA)/server.sqlite3
PORT ?= 8765
TS := resources/i18n/yizhan_en.ts
QM := resources/i18n/yizhan_en.qm
export TEST_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test venv lint server bench bench-quick i18n i18n-update sysdeps package deb clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[desktop,server,dev]"
	touch $(STAMP)

i18n: $(QM)

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

# Re-scan the sources for tr() strings (a developer step; the .ts file is committed).
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $$(find app/views app/main.py -name '*.py') -ts $(TS)

$(DEMO_DB): | $(STAMP)
	mkdir -p $(DATA)
	$(PY) -m app.cli demo --db $(DEMO_DB) --cases $(DEMO_CASES)

run: $(STAMP) $(QM) $(DEMO_DB)
	env -u QT_QPA_PLATFORM $(PY) -m app --db $(DEMO_DB)

# Tools some tests use to look at printed slips; installed when we may (root with apt-get).
sysdeps:
	@if ! command -v pdftoppm >/dev/null || ! command -v zbarimg >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && apt-get install -y -qq poppler-utils zbar-tools >/dev/null) \
	      || echo "sysdeps: could not install poppler-utils/zbar-tools; those checks will skip"; \
	  else echo "sysdeps: poppler-utils/zbar-tools missing; those checks will skip"; fi; \
	fi

# mypy gates the Qt-free layers; the views are checked by hand (PySide6's stubs type
# QT_TRANSLATE_NOOP and keyword properties loosely).
TYPED := app/domain app/models app/services app/sync app/reports app/server app/cli app/db.py app/config.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy $(TYPED)

test: $(STAMP) $(QM) sysdeps lint
	$(PY) -m pytest

server: $(STAMP)
	mkdir -p $(DATA)
	$(PY) -m app.server --database-url sqlite:///$(SERVER_DB) --host 127.0.0.1 --port $(PORT)

bench: $(STAMP) $(QM)
	$(PY) -m bench

bench-quick: $(STAMP) $(QM)
	$(PY) -m bench --quick

package: $(STAMP) $(QM)
	$(PY) -m pip install --quiet pyinstaller
	$(PY) -m PyInstaller --noconfirm installer/yizhan.spec

# Debian package of the desktop app (/opt/yizhan, a launcher, a desktop entry): dist/yizhan_*.deb
deb: package
	$(PY) installer/linux/build_deb.py --bundle dist/yizhan --out dist

clean:
	rm -rf $(VENV) $(DATA) build dist .pytest_cache .ruff_cache
