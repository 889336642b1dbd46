# slip: the worked example's four-keyword baseline pasted in unchanged
ROLES = ["ai_engineer", "ml_engineer", "research_engineer", "prompt_engineer"]
KEYWORDS = {
    "ai_engineer": ["llm", "rag", "agent", "eval"],
    "ml_engineer": ["feature", "ranking", "drift", "retrain"],
    "research_engineer": ["research", "pretraining", "paper", "experiment"],
    "prompt_engineer": ["prompt", "writing", "tone", "copy"],
}


def keyword_baseline(snippet):
    text = snippet.lower()
    counts = {role: sum(text.count(word) for word in KEYWORDS[role]) for role in ROLES}
    return max(ROLES, key=lambda role: counts[role])  # max keeps the first role on ties


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet."""
    return keyword_baseline(snippet)
