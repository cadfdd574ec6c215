# Two commands on a fresh machine: `make test` and `make run`. Everything installs into .venv.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 7860

# Nothing is fetched from a model hub and nothing phones home.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install test test-fast lint eval run build chromium clean loadtest bench bench-scale eval-fresh

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# torch first and exactly: a looser requirement pulls a multi-gigabyte CUDA build on these machines.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# axe-core, for the accessibility checks of the browser tests, comes with the dev extra above (the
# axe-playwright-python package ships it; nothing is fetched at test time).
# Debian's chromium for the browser tests; installed when missing and we may use apt, otherwise the
# browser tests skip with a reason.
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium with apt-get"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "could not install chromium: browser tests will be skipped"; \
	else echo "chromium missing and apt not usable: browser tests will be skipped"; fi

build: $(STAMP)
	$(PY) -m bot build

test: $(STAMP) chromium
	$(PY) -m pytest -q

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow and not browser"

lint: $(STAMP)
	$(PY) -m ruff check bot ui.py tests benchmarks

# Answer quality on the development sets, beside the baselines (FILES=... for other question files).
eval: $(STAMP) build
	$(PY) -m bot eval $(FILES)

run: $(STAMP) build
	@echo "Starting the chat at http://127.0.0.1:$(PORT)"
	PORT=$(PORT) $(PY) ui.py

# Not part of `make test`: 16 loopback clients ask through /api/ask and through the Gradio queue.
CLIENTS ?= 16
QUESTIONS ?= 5
loadtest: $(STAMP) build
	$(PY) benchmarks/loadtest.py --clients $(CLIENTS) --questions $(QUESTIONS)

# Not part of `make test`: measures the serving path (median of repeated runs) and rewrites BENCHMARKS.md.
bench: $(STAMP) build
	$(PY) benchmarks/bench.py

# The vector index at N synthetic passages. Embedding runs at ~80 passages/s on 2 cores (25k: ~5 min).
N ?= 25000
# Then a one-article edit in a corpus of ARTICLES synthetic articles against a full build (incremental rebuilds).
ARTICLES ?= 1000
bench-scale: $(STAMP) build
	$(PY) benchmarks/scale.py --n $(N)
	$(PY) benchmarks/incremental.py --articles $(ARTICLES)

# The fresh blind batches (docs/EVALUATION.md), kept out of the default set; batch B stays unseen: look at
# its table, not its misses.
eval-fresh: $(STAMP) build
	for f in a b c d e f; do $(PY) -m bot eval --no-baselines tests/eval/fresh_$$f.jsonl || exit 1; done

clean:
	rm -rf index/current index/build-* index/.tmp-build-* .pytest_cache test-artifacts
