# OGP Kyrgyzstan portal. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
TEST_DATABASE_URL ?= postgres://ogp:ogp-test-only@127.0.0.1:5432/ogp
export DJANGO_SETTINGS_MODULE ?= ogp_portal.settings.local

.PHONY: help run install install-test migrate demo static messages test lint bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet ".[test]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed ## Create .venv and install the portal's packages

install-test: $(VENV)/.installed-test ## Install the portal's and the tests' packages

messages-compile: install
	$(PY) manage.py compile_translations

run: install ## Set up everything and serve the portal with its demo content at :$(PORT)
	$(PY) manage.py compile_translations
	$(PY) manage.py migrate --no-input
	$(PY) manage.py createcachetable
	$(PY) manage.py load_demo
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(VENV)/bin/gunicorn --config gunicorn.conf.py --bind 127.0.0.1:$(PORT) ogp_portal.wsgi

messages: ## Extract interface strings into locale/ and each app's locale/ (needs GNU gettext)
	$(PY) manage.py makemessages -l ru -l ky --no-location --ignore=.venv --ignore=node_modules --ignore=staticfiles

test: install-test ## Install what the tests need, start PostgreSQL, run the whole suite on it
	bash scripts/test-services.sh
	$(PY) manage.py compile_translations --verbosity 0
	bash scripts/browser-deps.sh
	DATABASE_URL=$(TEST_DATABASE_URL) DJANGO_SETTINGS_MODULE=ogp_portal.settings.test \
		DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest $(PYTEST_ARGS)

lint: install-test ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: install-test ## Benchmark on a generated dataset (not part of make test)
	bash scripts/test-services.sh
	$(PY) bench/run.py

clean: ## Remove the virtualenv, collected static files and local data
	rm -rf $(VENV) staticfiles var
