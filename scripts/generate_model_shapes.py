"""Write the course data set ``model_shapes`` as CSV, byte for byte the shipped file.

The published architecture of five open-weight language models (layers, attention heads,
key-value heads, head dimension, hidden size), copied by hand in November 2026 from the models'
papers and configuration files, for the topic 06-system-design-interviews.

Usage: ``python scripts/generate_model_shapes.py OUT.csv``.

No random numbers are used: the rows below are the source, and this script only serializes them
(UTF-8, ``\n`` line endings, minimal quoting by Python's csv module).
The datasheet is ``src/aicareer/data/model_shapes.md``.
"""

from __future__ import annotations

import sys

from csv_output import run

HEADER = [
    "model",
    "params_billion",
    "layers",
    "query_heads",
    "kv_heads",
    "head_dim",
    "hidden_size",
    "attention",
    "source",
    "source_date",
]

ROWS = [
    (
        "Llama 2 7B",
        7,
        32,
        32,
        32,
        128,
        4096,
        "multi-head",
        "Touvron et al., Llama 2: Open Foundation and Fine-Tuned Chat Models (arXiv:2307.09288)",
        "2023-07",
    ),
    (
        "Mistral 7B",
        7,
        32,
        32,
        8,
        128,
        4096,
        "grouped-query",
        "Jiang et al., Mistral 7B (arXiv:2310.06825), Table 1",
        "2023-10",
    ),
    (
        "Llama 3.1 8B",
        8,
        32,
        32,
        8,
        128,
        4096,
        "grouped-query",
        "Meta, Llama 3.1 model card and config.json; Dubey et al., The Llama 3 Herd of Models "
        "(arXiv:2407.21783), Table 3",
        "2024-07",
    ),
    (
        "Llama 3.1 70B",
        70,
        80,
        64,
        8,
        128,
        8192,
        "grouped-query",
        "Meta, Llama 3.1 model card and config.json; Dubey et al., The Llama 3 Herd of Models "
        "(arXiv:2407.21783), Table 3",
        "2024-07",
    ),
    (
        "Llama 3.1 405B",
        405,
        126,
        128,
        8,
        128,
        16384,
        "grouped-query",
        "Meta, Llama 3.1 model card and config.json; Dubey et al., The Llama 3 Herd of Models "
        "(arXiv:2407.21783), Table 3",
        "2024-07",
    ),
]


if __name__ == "__main__":
    sys.exit(run(sys.argv, HEADER, lambda: ROWS))
