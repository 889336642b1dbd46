# slip: greedy shortcut: the role's own name ('prompt', 'research', 'model') decides, everything else is ai_engineer
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
    # Greedy shortcut: the role's own name decides; anything else is an AI engineer job.
    if "prompt" in text:
        return "prompt_engineer"
    if "research" in text:
        return "research_engineer"
    if "machine learning" in text or "ml " in text or "model" in text:
        return "ml_engineer"
    return "ai_engineer"
