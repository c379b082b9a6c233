# Two commands on a fresh machine with only Python 3: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install messages run test e2e lint format makemessages backup restore clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

messages: install
	$(BIN)/python scripts/compile_messages.py

# Links in e-mails and feeds follow the address the site is served on.
run: export BASE_URL ?= http://$(HOST):$(PORT)
run: messages
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@echo "OSMOSE: open http://$(HOST):$(PORT)/ and log in with one of the accounts above."
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: messages lint
	mkdir -p var
	DJANGO_SETTINGS_MODULE=osmose_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=osmose_site.settings.test $(BIN)/pytest

# The browser suite alone, on Debian's Chromium (installed when missing, as
# root); it also refreshes the README's screenshots in docs/screenshots/.
e2e: messages
	command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	mkdir -p var
	OSMOSE_E2E=1 OSMOSE_SCREENSHOTS=docs/screenshots DJANGO_SETTINGS_MODULE=osmose_site.settings.test $(BIN)/pytest tests/browser

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext (xgettext): refresh every app's French catalogue.
makemessages: install
	for locale in */locale; do \
		app=$${locale%/locale}; [ "$$app" = "$(VENV)" ] && continue; \
		(cd $$app && ../$(BIN)/python ../manage.py makemessages -l fr --no-location --no-obsolete) || exit 1; \
	done

# Database dump + uploaded files in var/backups/ (see README, "Exploitation").
backup: install
	$(BIN)/python manage.py backup

# Puts a backup back into the configured database and media folder.
restore: install
	@test -n "$(FILE)" || { echo "usage: make restore FILE=var/backups/osmose-backup-….tar.gz"; exit 1; }
	$(BIN)/python manage.py restore "$(FILE)"

clean:
	rm -rf $(VENV) var

# Builds the scale data set (SQLite under var/, or DATABASE_URL: a throwaway
# database), then writes benchmarks/results/<date>.md and .json.
BENCH_SCALE ?= 0.1
bench: messages
	mkdir -p var
	$(BIN)/python benchmarks/bench.py --scale $(BENCH_SCALE)
