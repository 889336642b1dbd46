# style: counts tokens per price bucket for each class, then prices the buckets in one dot product
def daily_serving_cost(traffic, prices, min_cacheable_tokens):
    """Daily cost of a traffic profile with prompt caching (above a minimum prefix) and batch discounts.

    Returns {"per_class", "total", "cached", "total_without_caching"}; prices in USD per million tokens.
    """
    if not isinstance(traffic, (list, tuple)):
        raise TypeError("traffic must be a list or tuple")
    if not isinstance(prices, dict):
        raise TypeError("prices must be a dict")
    if type(min_cacheable_tokens) is not int:
        raise TypeError("min_cacheable_tokens must be an int")
    if min_cacheable_tokens < 1:
        raise ValueError("min_cacheable_tokens must be >= 1")
    buckets = ("input", "output", "cache_write", "cache_read")
    if any(key not in prices for key in buckets + ("batch_discount",)):
        raise ValueError("missing price")
    if any(type(prices[key]) not in (int, float) for key in buckets + ("batch_discount",)):
        raise TypeError("prices must be numbers")
    if any(prices[key] < 0 or prices[key] != prices[key] for key in buckets) or not 0 <= prices["batch_discount"] < 1:
        raise ValueError("price out of range")
    price_vec = np.array([prices[key] for key in buckets], dtype=float) / 1e6
    per_class, cached, plain = [], [], []
    needed = ("requests_per_day", "prefix_tokens", "unique_input_tokens", "output_tokens",
              "cache_hit_rate", "batch")
    for c in traffic:
        if not isinstance(c, dict):
            raise TypeError("classes must be dicts")
        if any(key not in c for key in needed):
            raise ValueError("missing key")
        if type(c["batch"]) is not bool:
            raise TypeError("batch must be a bool")
        if any(type(c[key]) is not int for key in ("prefix_tokens", "unique_input_tokens", "output_tokens")):
            raise TypeError("token counts must be ints")
        if any(type(c[key]) not in (int, float) for key in ("requests_per_day", "cache_hit_rate")):
            raise TypeError("numbers expected")
        if min(c["prefix_tokens"], c["unique_input_tokens"], c["output_tokens"], c["requests_per_day"]) < 0:
            raise ValueError("negative value")
        if not 0 <= c["cache_hit_rate"] <= 1:
            raise ValueError("hit rate must be in [0, 1]")
        h, p = c["cache_hit_rate"], c["prefix_tokens"]
        ok = p >= min_cacheable_tokens
        tokens = np.array([c["unique_input_tokens"] + (0 if ok else p), c["output_tokens"],
                           (1 - h) * p if ok else 0.0, h * p if ok else 0.0])
        tokens_plain = np.array([c["unique_input_tokens"] + p, c["output_tokens"], 0.0, 0.0])
        mult = c["requests_per_day"] * (1 - prices["batch_discount"] if c["batch"] else 1)
        per_class.append(float(tokens @ price_vec * mult))
        plain.append(float(tokens_plain @ price_vec * mult))
        cached.append(bool(ok))
    return {"per_class": per_class, "total": float(sum(per_class)), "cached": cached,
            "total_without_caching": float(sum(plain))}
