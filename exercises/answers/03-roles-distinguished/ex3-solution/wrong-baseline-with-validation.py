# slip: the worked example's baseline with the required TypeError/ValueError added, nothing else
import re

KEYWORDS = {
    "ai_engineer": ["llm", "rag", "agent", "eval"],
    "ml_engineer": ["feature", "ranking", "drift", "retrain"],
    "research_engineer": ["research", "pretraining", "paper", "experiment"],
    "prompt_engineer": ["prompt", "writing", "tone", "copy"],
}


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet."""
    if not isinstance(snippet, str):
        raise TypeError("snippet must be a str")
    if not snippet.strip():
        raise ValueError("snippet is blank")
    text = snippet.lower()
    counts = {role: sum(text.count(w) for w in words) for role, words in KEYWORDS.items()}
    return max(KEYWORDS, key=lambda role: counts[role])  # ties: first role
