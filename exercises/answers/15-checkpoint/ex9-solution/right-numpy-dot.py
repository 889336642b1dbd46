# style: a numpy dot product of token counts and prices
def cost_per_request(prefix_tokens, unique_tokens, output_tokens, hit_rate, prices,
                     min_cacheable_tokens):
    """Expected US-dollar cost of one request, with prompt caching of a shared prefix."""
    cached = prefix_tokens >= min_cacheable_tokens
    counts = np.array([prefix_tokens * hit_rate * cached, prefix_tokens * (1 - hit_rate) * cached,
                       prefix_tokens * (not cached) + unique_tokens, output_tokens], dtype=float)
    rates = np.array([prices['cache_read'], prices['cache_write'], prices['input'], prices['output']], dtype=float)
    return counts @ rates / 1e6
