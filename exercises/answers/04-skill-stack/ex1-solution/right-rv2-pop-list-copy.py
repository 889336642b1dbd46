# style: a list copy popped from the end in a while loop, token count via integer arithmetic
def count_tokens(text):
    """Estimate the number of tokens in text as ceil(len(text) / 4)."""
    if type(text) is not str:
        raise TypeError("text must be a str")
    return (len(text) + 3) // 4


def render_prompt(template, examples, query, max_tokens):
    """Fill template's {examples} and {query}, keeping as many leading examples as fit max_tokens."""
    if type(template) is not str or type(query) is not str:
        raise TypeError("template and query must be str")
    if not isinstance(examples, (list, tuple)):
        raise TypeError("examples must be a list or tuple")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int):
        raise TypeError("max_tokens must be an int")
    if max_tokens < 1:
        raise ValueError("max_tokens must be positive")
    if template.count("{examples}") != 1 or template.count("{query}") != 1:
        raise ValueError("bad template")
    kept = []
    for ex in examples:
        if not isinstance(ex, (list, tuple)):
            raise TypeError("bad example")
        if len(ex) != 2:
            raise ValueError("bad example length")
        a, b = ex
        if type(a) is not str or type(b) is not str:
            raise TypeError("bad example content")
        kept.append(f"Input: {a}\nOutput: {b}")
    while True:
        prompt = template.replace("{examples}", "\n\n".join(kept)).replace("{query}", query)
        if count_tokens(prompt) <= max_tokens:
            return prompt
        if not kept:
            raise ValueError("does not fit")
        kept.pop()
