"""Write the course data set ``learning_options`` as CSV, byte for byte the shipped file.

A small, dated catalog of learning options for an AI engineer (courses, cohorts, degrees), compiled
by hand by the course authors in November 2026 for the topic 12-bootcamps-courses-degrees. Each row
carries its price and the date and source of that price, and says whether the price could be
checked (``price_status``). Study hours are the authors' estimates (see the datasheet).

Usage: ``python scripts/generate_learning_options.py OUT.csv``.

No random numbers are used: the rows below are the hand-compiled source, and this script only
serializes them (UTF-8, ``\n`` line endings, minimal quoting by Python's csv module).
The datasheet is ``src/aicareer/data/learning_options.md``.
"""

from __future__ import annotations

import sys

from csv_output import run

HEADER = [
    "option",
    "provider",
    "format",
    "cost_usd_low",
    "cost_usd_high",
    "hours_low",
    "hours_high",
    "skills",
    "as_of",
    "price_status",
    "source",
]

ROWS = [
    (
        "CS25 Transformers United",
        "Stanford University",
        "seminar, recorded talks",
        0,
        0,
        12,
        20,
        "transformer_internals;research_literacy",
        "2026-11",
        "checked: free public livestream and recordings",
        "web.stanford.edu/class/cs25 (course page); Stanford Online YouTube channel",
    ),
    (
        "Practical Deep Learning for Coders",
        "fast.ai",
        "self-paced video course and book",
        0,
        0,
        60,
        100,
        "deep_learning;pytorch;fine_tuning",
        "2026-11",
        "checked: free",
        "course.fast.ai (2022 edition, 9 lessons)",
    ),
    (
        "LLM Course",
        "Hugging Face",
        "self-paced text course",
        0,
        0,
        30,
        60,
        "transformer_internals;fine_tuning;open_models",
        "2026-11",
        "checked: free and without ads",
        "huggingface.co/learn/llm-course (course introduction)",
    ),
    (
        "Agents Course",
        "Hugging Face",
        "self-paced course with certificate",
        0,
        0,
        20,
        40,
        "agents;tool_use;open_models",
        "2026-11",
        "checked: free",
        "github.com/huggingface/agents-course (README: 4 units, free sign-up)",
    ),
    (
        "Building with the Claude API",
        "Anthropic Academy",
        "self-paced course (Skilljar)",
        0,
        0,
        8,
        16,
        "llm_api;prompting;tool_use;rag;mcp;evals",
        "2026-11",
        "checked: free (learner reports, March and May 2026)",
        "anthropic.skilljar.com; secondary course summaries, 2026",
    ),
    (
        "Short courses",
        "DeepLearning.AI",
        "short video courses, 1-2 hours each",
        0,
        0,
        1,
        3,
        "prompting;rag;agents",
        "2026-11",
        "not verified: free to enroll when last checked; paid tiers exist",
        "deeplearning.ai/short-courses",
    ),
    (
        "AI Evals for Engineers and PMs",
        "Maven (Husain and Shankar)",
        "live cohort, about four weeks",
        1500,
        3500,
        30,
        50,
        "evals;error_analysis;llm_judges",
        "2026-11",
        "not verified: price range is an estimate; check the live page",
        "maven.com course page; Lenny's Podcast episode, September 2025",
    ),
    (
        "OMSCS (online MS in Computer Science)",
        "Georgia Tech",
        "part-time online degree, 30 credit hours",
        7000,
        9000,
        1500,
        3000,
        "ml_foundations;deep_learning;systems;research_literacy",
        "2026-11",
        "partly verified: about $7,000 tuition widely reported; fees per term extra",
        "omscs.gatech.edu; secondary cost breakdowns, 2024-2026",
    ),
    (
        "Online MS in Computer Science",
        "UT Austin",
        "part-time online degree, 30 credit hours",
        10000,
        12000,
        1500,
        3000,
        "ml_foundations;deep_learning;systems",
        "2020-03",
        "dated: $10,000 tuition (30 credits at $333) on the 2020 listing; fees extra",
        "edx.org listing of the UT Austin online MSCS, 2020",
    ),
    (
        "Part-time master's, private university (typical)",
        "various",
        "part-time degree, evenings or online",
        40000,
        90000,
        1500,
        3000,
        "ml_foundations;deep_learning;systems;research_literacy",
        "2026-11",
        "estimate: no single program; check each program's tuition page",
        "course authors' estimate from published tuition pages",
    ),
]


if __name__ == "__main__":
    sys.exit(run(sys.argv, HEADER, lambda: ROWS))
