# Every target creates/updates .venv itself: a fresh machine needs only Python 3.11.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run console test lint bench format clean lock catalog model

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot

console: $(STAMP)
	$(BIN)/python -m bot console

# One worker per core (pytest-xdist); `make test PYTEST_ARGS="-n 0"` runs in one process.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m bot.i18n_check

# Update the message catalogs from the code: new messages appear empty in every language's .po,
# to be translated; `make lint` fails until they are (and on entries no code uses any more).
catalog: $(STAMP)
	$(BIN)/pybabel extract --no-location --omit-header -k tr:2 -k trn:2,3 -k N_ -k _ -k locale_str \
		-k UserFacingError -k Translatable -k phrase -o bot/locales/hyosan.pot bot cogs
	$(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -D hyosan -i bot/locales/hyosan.pot -d bot/locales
	rm bot/locales/hyosan.pot
	$(BIN)/python -m bot.i18n_check --fill-english

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH)

# Retrain the tracker's status model on the labelled corpus (after folding a round in); the result,
# bot/tracker/status_model.json.gz, is committed. Deterministic: the same corpus gives the same file.
model: $(STAMP)
	$(BIN)/python -m bot.tracker.status_model

# Refresh the lock after changing pyproject.toml dependencies.
lock:
	rm -rf /tmp/hyosan-lock && $(PYTHON) -m venv /tmp/hyosan-lock
	/tmp/hyosan-lock/bin/pip install --quiet -e '.[dev,postgres]'
	/tmp/hyosan-lock/bin/pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
