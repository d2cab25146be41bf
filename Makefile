# docqa: `make run` serves the bundled document; `make test` runs the suite; `make bench` measures.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
INDEX_DIR ?= instance/index
DOCUMENT := data/ketamine-assisted-psychotherapy.txt
STAMP := $(VENV)/.installed
# Where torch comes from: PyPI's Linux wheel is the CUDA build; https://download.pytorch.org/whl/cpu gives the CPU one.
TORCH_INDEX ?=

.PHONY: install index run test train bench bench-large clean

install: $(STAMP)

# torch is pinned and installed first: a bare requirement would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0 $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Rebuilt when the document or the indexing code changed; build_index.py itself skips unchanged text.
$(INDEX_DIR)/CURRENT: $(STAMP) $(DOCUMENT) $(wildcard index/*.py)
	$(BIN)/python build_index.py --index-dir $(INDEX_DIR)
	touch $@

index: $(INDEX_DIR)/CURRENT

run: index
	$(BIN)/docqa serve --index-dir $(INDEX_DIR) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

# Re-fits what docqa learns from ../shared/eval/squad2-train-10-articles.json (seeded): the reader's delta
# (data/reader/), then which runners-up join an answer and the "found" decision (data/trained/).
train: install
	$(BIN)/python train_reader.py
	$(BIN)/python train.py

bench: install
	$(BIN)/python bench/run.py

bench-large: install
	$(BIN)/python bench/run.py --large

clean:
	rm -rf $(VENV) instance .pytest_cache .hypothesis *.egg-info
