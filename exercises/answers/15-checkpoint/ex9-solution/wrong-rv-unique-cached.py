# slip: unique tokens also priced at the cached rate
def cost_per_request(prefix_tokens, unique_tokens, output_tokens, hit_rate, prices,
                     min_cacheable_tokens):
    """Expected US-dollar cost of one request, with prompt caching of a shared prefix (a float)."""
    rate = hit_rate * prices["cache_read"] + (1 - hit_rate) * prices["cache_write"]
    if prefix_tokens >= min_cacheable_tokens:
        inp = (prefix_tokens + unique_tokens) * rate
    else:
        inp = (prefix_tokens + unique_tokens) * prices["input"]
    return float(inp + output_tokens * prices["output"]) / 1_000_000
