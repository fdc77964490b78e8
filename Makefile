# One command for each habit: make run, make test, make lint, make bench.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen
# run needs a real platform, not the offscreen default used by tests
RUN_ENV := env -u QT_QPA_PLATFORM

.PHONY: install run test lint bench demo-big translations clean

install: $(STAMP)

$(STAMP): pyproject.toml setup.py tools/install-system-deps.sh
	bash tools/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && command -v xvfb-run >/dev/null; then \
	  echo "No display: starting Seller Inbox under xvfb-run (invisible)."; \
	  $(RUN_ENV) xvfb-run -a $(PY) -m inbox_app --demo; \
	else \
	  $(RUN_ENV) $(PY) -m inbox_app --demo; \
	fi

test: install
	$(PY) -m pytest -q tests/unit tests/gui tests/integration

lint: install
	$(VENV)/bin/ruff check inbox_app tests
	$(VENV)/bin/ruff format --check inbox_app
	$(VENV)/bin/mypy

bench: install
	$(PY) -m tests.bench.run_all

translations: install
	$(PY) tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
