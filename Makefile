# The two commands: `make run` and `make test`. Everything else is set-up they do for you.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint bench index clean mutate

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# An editable install leaves the project's own modules uncompiled, and PYTHONDONTWRITEBYTECODE
# (set in many containers) keeps Python from caching them: compiled once here, a one-off
# `openai-bot ask` starts about 30 ms sooner.
COMPILE := $(BIN)/python -m compileall -q adapters bot knowledge

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	$(COMPILE)
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	$(COMPILE)
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/openai-bot index --if-stale
	$(BIN)/openai-bot run

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/coverage erase
	$(BIN)/coverage run -m pytest -q
	$(BIN)/coverage combine -q
	@echo "line coverage (the suite and the bot processes it starts): $$($(BIN)/coverage report --format=total) %"

# Mutation testing of signature checks, event and digest claims, ping escaping and citation
# numbering: lists every mutant the tests let survive (none is the goal).
mutate: $(VENV)/.installed-test
	$(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results

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
	$(BIN)/python -m bench all

clean:
	rm -rf $(VENV) data mutants .coverage .coverage.*
