# The two commands: `make run` and `make test`. Everything else is set-up they do for you.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint bench index clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/openai-bot index --if-stale
	$(BIN)/openai-bot run

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

index: $(VENV)/.installed
	$(BIN)/openai-bot index

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench verbs
	$(BIN)/python -m bench slack
	$(BIN)/python -m bench discord
	$(BIN)/python -m bench search --sizes 1000,10000,100000 --rebuild

clean:
	rm -rf $(VENV) data
