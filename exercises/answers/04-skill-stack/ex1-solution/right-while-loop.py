# style: integer ceil with divmod, a while loop over a copied list, lists and tuples unpacked alike
import math


def count_tokens(text):
    """Estimate the number of tokens in text as ceil(len(text) / 4)."""
    if type(text) is not str and not isinstance(text, str):
        raise TypeError("text must be a str")
    whole, rest = divmod(len(text), 4)
    return whole + (1 if rest else 0)


def render_prompt(template, examples, query, max_tokens):
    """Fill template's {examples} and {query}, keeping as many leading examples as fit max_tokens."""
    if not isinstance(template, str) or not isinstance(query, str):
        raise TypeError("template and query must be strings")
    if template.count("{examples}") != 1 or template.count("{query}") != 1:
        raise ValueError("the template needs {examples} and {query} once each")
    if not isinstance(examples, (list, tuple)):
        raise TypeError("examples must be a list or tuple")
    pairs = []
    for ex in examples:
        if not isinstance(ex, (list, tuple)):
            raise TypeError("each example is a list or tuple")
        if len(ex) != 2:
            raise ValueError("each example has exactly two elements")
        first, second = ex
        if not isinstance(first, str) or not isinstance(second, str):
            raise TypeError("example parts must be strings")
        pairs.append((first, second))
    if type(max_tokens) is not int:
        raise TypeError("max_tokens must be an int")
    if max_tokens < 1:
        raise ValueError("max_tokens must be positive")
    keep = len(pairs)
    while True:
        parts = []
        for first, second in pairs[:keep]:
            parts.append("Input: " + first + "\nOutput: " + second)
        prompt = template.replace("{examples}", "\n\n".join(parts)).replace("{query}", query)
        if count_tokens(prompt) <= max_tokens:
            return prompt
        if keep == 0:
            raise ValueError("even the prompt without examples is over the budget")
        keep -= 1
