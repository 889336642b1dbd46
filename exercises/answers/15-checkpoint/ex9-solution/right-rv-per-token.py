# style: per-token price dict built without touching prices, numpy float64
import numpy as np
def cost_per_request(prefix_tokens, unique_tokens, output_tokens, hit_rate, prices,
                     min_cacheable_tokens):
    """Expected US-dollar cost of one request, with prompt caching of a shared prefix (a float)."""
    per = {key: np.float64(v) / 1e6 for key, v in prices.items()}
    cacheable = prefix_tokens >= min_cacheable_tokens
    hit = np.float64(hit_rate)
    prefix_cost = (prefix_tokens * (hit * per["cache_read"] + (1 - hit) * per["cache_write"])
                   if cacheable else prefix_tokens * per["input"])
    return prefix_cost + unique_tokens * per["input"] + output_tokens * per["output"]
