# slip: a first-match decision list that checks shared AI words (agent, eval, retrieval, embedding) before the other roles, so borrowed vocabulary wins
import re

# Ordered rules, first match wins; AI-engineer rules first because it is the broadest title.
_RULES = [
    (r"llm|rag\b|agent|eval|mcp|retrieval|embedding|tool", "ai_engineer"),
    (r"pretrain|research|paper|kernel|scaling|interpretab|rlhf", "research_engineer"),
    (r"feature|drift|retrain|fraud|forecast|recommend|ranking|mlops|xgboost", "ml_engineer"),
    (r"prompt|writ|tone|copy|content", "prompt_engineer"),
]


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet.

    Transparent keyword rules with weights; raises TypeError for a non-string and ValueError for
    an empty or blank snippet.
    """
    if not isinstance(snippet, str):
        raise TypeError("snippet must be a str")
    if not snippet.strip():
        raise ValueError("snippet is empty")
    text = snippet.lower()
    for pattern, role in _RULES:
        if re.search(pattern, text):
            return role
    return "ai_engineer"  # deliberate default: the broadest title
