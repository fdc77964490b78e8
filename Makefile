# One command for each habit: make run, make test, make lint, make bench.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen
# run needs a real platform, not the offscreen default used by tests
RUN_ENV := env -u QT_QPA_PLATFORM

.PHONY: install run test lint bench demo-big translations package clean

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
	$(VENV)/bin/ruff check inbox_app tests tools
	$(VENV)/bin/ruff format --check inbox_app tools
	$(VENV)/bin/mypy

bench: install
	$(PY) -m tests.bench.run_all

# the cached million-message demo store the benchmarks read (built once, ~2 min)
demo-big: install
	$(PY) -c "from tests.bench.common import big_demo_store; print(big_demo_store())"

# the wheel and a standalone folder that runs without Python (PyInstaller, built from the
# wheel in its own venv), each smoke-tested: --version, check, the window on a demo
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' inbox_app/__init__.py)
BUNDLE_VENV := build/bundle-venv
package: install
	rm -rf dist build/pyinstaller $(BUNDLE_VENV)
	find resources -name __pycache__ -prune -exec rm -rf {} +
	$(PY) -m pip wheel --no-deps -q -w dist .
	$(PY) -m venv --without-pip $(BUNDLE_VENV)
	$(PY) -m pip --python $(BUNDLE_VENV)/bin/python install -q "$$(ls dist/inbox_app-*.whl)[package,postgres]"
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/inbox-app.spec
	$(PY) -m tests.helpers.smoke_installed --bare dist/inbox-app/inbox-app
	tar -C dist -czf dist/inbox-app-$(VERSION)-linux-$$(uname -m).tar.gz inbox-app
	@ls -l dist

translations: install
	$(PY) tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
