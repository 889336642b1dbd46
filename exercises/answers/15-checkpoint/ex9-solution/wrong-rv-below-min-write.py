# slip: below the minimum the prefix pays cache_write
def cost_per_request(prefix_tokens, unique_tokens, output_tokens, hit_rate, prices,
                     min_cacheable_tokens):
    """Expected US-dollar cost of one request, with prompt caching of a shared prefix (a float)."""
    if prefix_tokens >= min_cacheable_tokens:
        prefix = prefix_tokens * (hit_rate * prices["cache_read"] + (1 - hit_rate) * prices["cache_write"])
    else:
        prefix = prefix_tokens * prices["cache_write"]
    return float(prefix + unique_tokens * prices["input"] + output_tokens * prices["output"]) / 1_000_000
