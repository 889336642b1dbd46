# slip: requires strictly fewer tokens than the budget (off-by-one at the budget)
import math


def count_tokens(text):
    """Estimate the number of tokens in text as ceil(len(text) / 4)."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    return math.ceil(len(text) / 4)


def render_prompt(template, examples, query, max_tokens):
    """Fill template's {examples} and {query}, keeping as many leading examples as fit max_tokens."""
    if not isinstance(template, str) or not isinstance(query, str):
        raise TypeError("template and query must be str")
    if not isinstance(examples, (list, tuple)):
        raise TypeError("examples must be a list or tuple")
    if type(max_tokens) is not int:
        raise TypeError("max_tokens must be an int")
    if max_tokens <= 0:
        raise ValueError("max_tokens must be positive")
    if template.count("{examples}") != 1 or template.count("{query}") != 1:
        raise ValueError("template needs each placeholder exactly once")
    pairs = []
    for ex in examples:
        if not isinstance(ex, (list, tuple)):
            raise TypeError("each example is a list or tuple")
        if len(ex) != 2:
            raise ValueError("each example has two elements")
        if not all(isinstance(x, str) for x in ex):
            raise TypeError("examples hold strings")
        pairs.append((ex[0], ex[1]))
    for n in range(len(pairs), -1, -1):
        block = "\n\n".join("Input: " + i + "\nOutput: " + o for i, o in pairs[:n])
        prompt = template.replace("{examples}", block).replace("{query}", query)
        if count_tokens(prompt) < max_tokens:
            return prompt
    raise ValueError("even the prompt without examples is over budget")
