# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: install run test lint format bench publish-scheduled search-garbage-collect refresh-title-norms renditions clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

test: install
	$(BIN)/black --check --quiet .
	$(BIN)/ruff check --quiet .
	$(BIN)/pytest --cov --cov-report=term --cov-report=xml --junitxml=test-results/junit.xml

lint: install
	$(BIN)/black --check .
	$(BIN)/ruff check .

format: install
	$(BIN)/black .
	$(BIN)/ruff check --fix .

publish-scheduled: install
	$(MANAGE) publish_scheduled

search-garbage-collect: install
	$(MANAGE) searchpromotions_garbage_collect

refresh-title-norms: install
	$(MANAGE) refresh_title_norms

renditions: install
	$(MANAGE) make_renditions

clean:
	rm -rf $(VENV) staticfiles .coverage coverage.xml test-results

bench: install
	$(BIN)/python benchmarks/pages.py
