"""Generate the SYNTHETIC job-postings data set ``ai_postings`` (see its datasheet).

Usage::

    python scripts/generate_ai_postings.py src/aicareer/data/ai_postings.csv

The output is deterministic: the same seed and the same code give the same bytes on every
platform. Only ``random.Random.random`` is used (its stream is stable across Python versions);
weighted choices are made with an explicit cumulative-weight search rather than library helpers
whose algorithms could change.

Every weight below is an assumption of the course authors (November 2026), chosen so that the
data resemble the qualitative picture in public reporting (AI roles concentrated in the San
Francisco Bay Area, AI engineer postings spread across ordinary SaaS companies, AI engineer
postings growing through the year). None of the numbers is a measurement. Company names are
fictional.
"""

from __future__ import annotations

import random
import sys

from csv_output import run

SEED = 20261101
N_POSTINGS = 480

MONTHS = [f"2025-{m:02d}" for m in (11, 12)] + [f"2026-{m:02d}" for m in range(1, 11)]

# role -> relative weight; AI engineer postings also get a rising trend over the months.
ROLES = {
    "ai_engineer": 38,
    "ml_engineer": 22,
    "software_engineer": 18,
    "research_engineer": 10,
    "data_scientist": 12,
}

TITLES = {
    "ai_engineer": [
        "AI Engineer",
        "Senior AI Engineer",
        "AI Engineer, Agents",
        "AI Engineer, Retrieval",
        "Applied AI Engineer",
        "Staff AI Engineer",
    ],
    "ml_engineer": [
        "Machine Learning Engineer",
        "Senior Machine Learning Engineer",
        "ML Engineer, Ranking",
        "ML Platform Engineer",
    ],
    "software_engineer": [
        "Software Engineer, AI Products",
        "Backend Engineer",
        "Senior Software Engineer",
        "Full-Stack Engineer, AI Features",
    ],
    "research_engineer": [
        "Research Engineer",
        "Research Engineer, Pretraining",
        "Research Engineer, Evaluations",
    ],
    "data_scientist": [
        "Data Scientist",
        "Senior Data Scientist, Experimentation",
        "Data Scientist, AI Quality",
    ],
}

# tier -> fictional companies
COMPANIES = {
    "frontier_lab": ["Aster Labs", "Meridian AI", "Kestrel Research"],
    "ai_native_scaleup": ["Quillstack", "Lumenary", "Brightpath Legal AI", "Tessellate"],
    "big_tech": ["Northwind Cloud", "Orbitron"],
    "saas": ["Ledgerly", "Hivemetrics", "Parcelwise", "Tidepool CRM", "Crestline HR"],
    "other_enterprise": ["Granite Insurance", "Harborview Health", "Sunmark Retail"],
}

# role -> tier weights
TIER_WEIGHTS = {
    "ai_engineer": {
        "frontier_lab": 8,
        "ai_native_scaleup": 24,
        "big_tech": 14,
        "saas": 38,
        "other_enterprise": 16,
    },
    "ml_engineer": {
        "frontier_lab": 10,
        "ai_native_scaleup": 15,
        "big_tech": 35,
        "saas": 20,
        "other_enterprise": 20,
    },
    "software_engineer": {
        "frontier_lab": 5,
        "ai_native_scaleup": 20,
        "big_tech": 20,
        "saas": 40,
        "other_enterprise": 15,
    },
    "research_engineer": {
        "frontier_lab": 60,
        "ai_native_scaleup": 10,
        "big_tech": 30,
        "saas": 0,
        "other_enterprise": 0,
    },
    "data_scientist": {
        "frontier_lab": 2,
        "ai_native_scaleup": 10,
        "big_tech": 25,
        "saas": 33,
        "other_enterprise": 30,
    },
}

# tier -> city weights
CITY_WEIGHTS = {
    "frontier_lab": {
        "San Francisco Bay Area": 70,
        "New York": 8,
        "Seattle": 6,
        "London": 12,
        "Remote (US)": 0,
        "Toronto": 0,
        "Berlin": 0,
        "Bangalore": 0,
        "Austin": 4,
    },
    "ai_native_scaleup": {
        "San Francisco Bay Area": 50,
        "New York": 20,
        "Seattle": 3,
        "London": 7,
        "Remote (US)": 12,
        "Toronto": 3,
        "Berlin": 2,
        "Bangalore": 1,
        "Austin": 2,
    },
    "big_tech": {
        "San Francisco Bay Area": 35,
        "New York": 12,
        "Seattle": 30,
        "London": 8,
        "Remote (US)": 2,
        "Toronto": 3,
        "Berlin": 2,
        "Bangalore": 6,
        "Austin": 2,
    },
    "saas": {
        "San Francisco Bay Area": 25,
        "New York": 18,
        "Seattle": 6,
        "London": 10,
        "Remote (US)": 18,
        "Toronto": 6,
        "Berlin": 6,
        "Bangalore": 6,
        "Austin": 5,
    },
    "other_enterprise": {
        "San Francisco Bay Area": 8,
        "New York": 25,
        "Seattle": 4,
        "London": 15,
        "Remote (US)": 15,
        "Toronto": 8,
        "Berlin": 7,
        "Bangalore": 10,
        "Austin": 8,
    },
}

# role -> (skill, probability that a posting lists it); listed in a fixed order.
SKILLS = {
    "ai_engineer": [
        ("python", 0.90),
        ("llm apis", 0.75),
        ("prompting", 0.60),
        ("evals", 0.62),
        ("rag", 0.55),
        ("vector databases", 0.35),
        ("agents", 0.40),
        ("typescript", 0.30),
        ("observability", 0.25),
        ("mcp", 0.18),
        ("sql", 0.20),
        ("fine-tuning", 0.12),
        ("system design", 0.30),
        ("aws", 0.20),
    ],
    "ml_engineer": [
        ("python", 0.95),
        ("pytorch", 0.65),
        ("distributed training", 0.25),
        ("feature stores", 0.20),
        ("sql", 0.45),
        ("kubernetes", 0.35),
        ("statistics", 0.40),
        ("fine-tuning", 0.30),
        ("evals", 0.20),
        ("aws", 0.30),
    ],
    "software_engineer": [
        ("python", 0.50),
        ("typescript", 0.55),
        ("go", 0.20),
        ("sql", 0.45),
        ("system design", 0.50),
        ("kubernetes", 0.25),
        ("llm apis", 0.35),
        ("aws", 0.35),
        ("observability", 0.20),
    ],
    "research_engineer": [
        ("python", 0.95),
        ("pytorch", 0.80),
        ("distributed training", 0.60),
        ("cuda", 0.30),
        ("evals", 0.40),
        ("statistics", 0.25),
        ("experiment design", 0.35),
    ],
    "data_scientist": [
        ("python", 0.85),
        ("sql", 0.80),
        ("statistics", 0.75),
        ("experiment design", 0.50),
        ("evals", 0.15),
        ("pytorch", 0.15),
    ],
}

HEADER = [
    "posting_id",
    "title",
    "role",
    "company",
    "company_tier",
    "city",
    "posted_month",
    "skills",
]


def weighted_choice(rng: random.Random, weights: dict[str, float]) -> str:
    """Return a key of *weights* drawn with probability proportional to its weight."""
    total = sum(weights.values())
    u = rng.random() * total
    running = 0.0
    last = None
    for key, w in weights.items():
        if w <= 0:
            continue
        running += w
        last = key
        if u < running:
            return key
    assert last is not None
    return last


def uniform_choice(rng: random.Random, items: list[str]) -> str:
    """Return one of *items*, each equally likely."""
    return items[min(int(rng.random() * len(items)), len(items) - 1)]


def month_weights(role: str) -> dict[str, float]:
    """AI engineer postings rise through the year; other roles are flat."""
    if role == "ai_engineer":
        return {m: 1.0 + 0.12 * i for i, m in enumerate(MONTHS)}
    return dict.fromkeys(MONTHS, 1.0)


def make_rows(seed: int = SEED, n: int = N_POSTINGS) -> list[list[str]]:
    """Return the data set's rows (without the header), deterministically from *seed*."""
    rng = random.Random(seed)
    rows = []
    for i in range(1, n + 1):
        role = weighted_choice(rng, ROLES)
        tier = weighted_choice(rng, TIER_WEIGHTS[role])
        company = uniform_choice(rng, COMPANIES[tier])
        city = weighted_choice(rng, CITY_WEIGHTS[tier])
        month = weighted_choice(rng, month_weights(role))
        title = uniform_choice(rng, TITLES[role])
        skills = [s for s, p in SKILLS[role] if rng.random() < p]
        pool = [s for s, _ in SKILLS[role]]
        while len(skills) < 3:  # every posting lists at least three skills
            extra = uniform_choice(rng, pool)
            if extra not in skills:
                skills.append(extra)
        skills.sort(key=pool.index)
        rows.append([f"P{i:04d}", title, role, company, tier, city, month, ";".join(skills)])
    return rows


if __name__ == "__main__":
    raise SystemExit(run(sys.argv, HEADER, make_rows))
