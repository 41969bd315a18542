# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: install lock run test lint format bench bench-import soak publish-scheduled search-garbage-collect refresh-title-norms renditions clean

# Installs exactly the hashed lock (requirements-dev.lock includes the production one).
$(BIN)/.installed: requirements.lock requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

install: $(BIN)/.installed

# axe-core for the browser tests' accessibility audits, exactly as package-lock.json pins it.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Regenerate both locks from requirements*.txt after changing a pin (asks PyPI only).
# Needs no working install: it fetches uv at the version requirements-dev.txt pins.
UV_COMPILE := $(BIN)/uv pip compile --quiet --generate-hashes --python-version 3.11 \
	--custom-compile-command "make lock"
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet "$$(grep '^uv==' requirements-dev.txt)"
	$(UV_COMPILE) --output-file requirements.lock requirements.txt
	$(UV_COMPILE) --constraint requirements.lock --output-file requirements-dev.lock \
		requirements-dev.txt

# Coverage (fails under 90 %) is measured where CI=true: .ci/run and CircleCI set it, and
# `CI=true make test` does here. Tracing makes the suite half as slow again (3 min 15 s ->
# 4 min 47 s of pytest on this 2-core machine), too slow for the loop of a change.
COVERAGE := $(if $(filter true,$(CI)),--cov --cov-report=term --cov-report=xml)

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

test: install node_modules/.installed
	$(BIN)/black --check --quiet .
	$(BIN)/ruff check --quiet .
	# Fails when a model changed without its migration.
	DJANGO_SETTINGS_MODULE=oc_lettings_site.settings.test \
		$(MANAGE) makemigrations --check --dry-run
	# A worker per core and one more, a file at a time (tests/xdist_scheduling.py); the
	# browser journeys share the workers (tests/conftest.py puts back the migrated
	# database after a test that flushed it).
	$(BIN)/pytest -n auto --dist loadfile $(COVERAGE) --junitxml=test-results/junit.xml

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
	rm -rf $(VENV) node_modules staticfiles .coverage coverage.xml test-results

bench: install
	$(BIN)/python benchmarks/pages.py
	$(BIN)/python benchmarks/throughput.py

# The legacy import at 10,000 lettings and profiles, on SQLite and PostgreSQL: first
# and second run, peak memory (docs/import.md has the latest figures).
bench-import: install
	$(BIN)/python benchmarks/importer.py

# Not part of make test: about six minutes of load and faults on loopback, against a
# PostgreSQL and a Redis of its own (never the shared ones). Figures in the README.
soak: install
	$(BIN)/python soak/soak.py
