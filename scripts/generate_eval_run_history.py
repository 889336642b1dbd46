"""Write the course data set ``eval_run_history`` as CSV, byte for byte the shipped file.

A synthetic history of one engineer's private eval set (120 items in four categories) re-run on
three model aliases between January and October 2026, for the topic 10-continuous-learning. One
row per item per run, so that two runs of the same model can be compared item by item (paired).

Usage: ``python scripts/generate_eval_run_history.py OUT.csv``.

The generator is deterministic: Python's ``random.Random(SEED)`` drives every draw, in a fixed
order, so the same seed and code give the same bytes everywhere. The datasheet is
``src/aicareer/data/eval_run_history.md``.

Model of the data (all numbers are the authors' assumptions, not measurements):

- each item ``i`` has a difficulty ``d_i ~ Normal(0, 2.5)``;
- each (model, item) pair has a persistent affinity ``u_mi ~ Normal(0, 1.5)``: a model that
  fails an item today tends to fail it next month too, which is why paired comparisons help;
- each run has a skill ``s`` and per-category shifts ``c`` (the "story" below);
- item ``i`` passes in run ``r`` with probability ``sigmoid(s_r + c_r[category_i] - d_i + u_mi)``.
"""

from __future__ import annotations

import math
import random
import sys

from csv_output import run

SEED = 11
N_ITEMS = 120
CATEGORIES = ("extraction", "reasoning", "code", "refusal")
HEADER = ["run_id", "model", "run_date", "item_id", "category", "passed"]

# model -> list of (run date, skill, {category: shift}); the story each alias tells.
RUNS: dict[str, list[tuple[str, float, dict[str, float]]]] = {
    # A hosted "latest" alias: steady, one real jump, one silent regression on refusals
    # that the vendor fixed in the next update.
    "atlas-pro-latest": [
        ("2026-01-15", 0.9, {}),
        ("2026-03-12", 0.95, {}),
        ("2026-05-07", 1.9, {}),
        ("2026-07-09", 1.9, {"refusal": -3.5}),
        ("2026-09-10", 2.0, {}),
    ],
    # A small, cheap model whose alias was updated often with no real change in quality.
    "birch-mini": [
        ("2026-02-05", 0.1, {}),
        ("2026-04-02", 0.15, {}),
        ("2026-06-04", 0.05, {}),
        ("2026-08-06", 0.1, {}),
        ("2026-10-01", 0.12, {}),
    ],
    # An open-weights model served locally: a new release in June improved code a lot.
    "cedar-open-70b": [
        ("2026-02-20", 0.4, {}),
        ("2026-06-18", 0.9, {"code": 2.5}),
        ("2026-10-22", 0.9, {"code": 2.5}),
    ],
}


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def make_rows(seed: int = SEED) -> list[list[object]]:
    """Return the data set's rows (without the header), deterministically from *seed*."""
    rng = random.Random(seed)
    items = [(f"Q{i:03d}", CATEGORIES[(i - 1) % len(CATEGORIES)]) for i in range(1, N_ITEMS + 1)]
    difficulty = {item: rng.gauss(0.0, 2.5) for item, _ in items}
    affinity = {(model, item): rng.gauss(0.0, 1.5) for model in RUNS for item, _ in items}
    runs = sorted(
        (date, model, skill, shifts)
        for model, history in RUNS.items()
        for date, skill, shifts in history
    )
    rows: list[list[object]] = []
    for number, (date, model, skill, shifts) in enumerate(runs, start=1):
        run_id = f"R{number:02d}"
        for item, category in items:
            logit = skill + shifts.get(category, 0.0) - difficulty[item] + affinity[model, item]
            passed = int(rng.random() < sigmoid(logit))
            rows.append([run_id, model, date, item, category, passed])
    return rows


if __name__ == "__main__":
    sys.exit(run(sys.argv, HEADER, make_rows))
