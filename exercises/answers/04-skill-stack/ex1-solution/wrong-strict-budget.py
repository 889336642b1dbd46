# slip: treats a prompt exactly at the budget as too long (< instead of <=)
import math


def count_tokens(text):
    """Estimate the number of tokens in text as ceil(len(text) / 4)."""
    if not isinstance(text, str):  # the heuristic counts characters of a string
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return (len(text) + 3) // 4  # integer form of ceil(len(text) / 4)


def render_prompt(template, examples, query, max_tokens):
    """Fill template's {examples} and {query}, keeping as many leading examples as fit max_tokens."""
    if not isinstance(template, str) or not isinstance(query, str):
        raise TypeError("template and query must be strings")
    if template.count("{examples}") != 1 or template.count("{query}") != 1:
        raise ValueError("template must contain {examples} and {query} exactly once each")
    if not isinstance(examples, (list, tuple)):
        raise TypeError(f"examples must be a list of (input, output) pairs, not {type(examples).__name__}")
    for ex in examples:  # each example is an (input, output) pair of strings
        if not isinstance(ex, (list, tuple)) or not all(isinstance(s, str) for s in ex):
            raise TypeError(f"each example must be a list or tuple of strings, not {ex!r}")
        if len(ex) != 2:  # a wrong length is a ValueError, by the course's convention
            raise ValueError(f"each example is an (input, output) pair, not {len(ex)} items")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int):
        raise TypeError(f"max_tokens must be an int, not {type(max_tokens).__name__}")
    if max_tokens <= 0:  # a budget of zero tokens fits nothing
        raise ValueError(f"max_tokens must be positive, not {max_tokens}")
    for keep in range(len(examples), -1, -1):
        block = "\n\n".join(f"Input: {i}\nOutput: {o}" for i, o in examples[:keep])
        prompt = template.replace("{examples}", block).replace("{query}", query)
        if count_tokens(prompt) < max_tokens:
            return prompt
    raise ValueError(f"the prompt needs {count_tokens(prompt)} tokens without any example, more than max_tokens={max_tokens}")
