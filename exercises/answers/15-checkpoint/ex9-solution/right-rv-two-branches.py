# style: cost of a hit and of a miss, then their expectation
def cost_per_request(prefix_tokens, unique_tokens, output_tokens, hit_rate, prices,
                     min_cacheable_tokens):
    """Expected US-dollar cost of one request, with prompt caching of a shared prefix (a float)."""
    m = 1_000_000
    base = (unique_tokens * prices["input"] + output_tokens * prices["output"]) / m
    if prefix_tokens < min_cacheable_tokens:
        return base + prefix_tokens * prices["input"] / m
    hit = base + prefix_tokens * prices["cache_read"] / m
    miss = base + prefix_tokens * prices["cache_write"] / m
    return hit_rate * hit + (1 - hit_rate) * miss
