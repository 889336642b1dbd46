# slip: rejects a hit rate of exactly 1 (the top of the range is allowed)
def daily_serving_cost(traffic, prices, min_cacheable_tokens):
    """Daily cost of a traffic profile with prompt caching (above a minimum prefix) and batch discounts.

    Returns {"per_class", "total", "cached", "total_without_caching"}; prices in USD per million tokens.
    """
    import math

    def _num(x):
        return not isinstance(x, bool) and isinstance(x, (int, float))

    if not isinstance(traffic, (list, tuple)):
        raise TypeError("traffic must be a list or tuple")
    if not isinstance(prices, dict):
        raise TypeError("prices must be a dict")
    if isinstance(min_cacheable_tokens, bool) or not isinstance(min_cacheable_tokens, int):
        raise TypeError("min_cacheable_tokens must be an int")
    if min_cacheable_tokens < 1:
        raise ValueError("min_cacheable_tokens must be at least 1")
    for key in ("input", "output", "cache_write", "cache_read", "batch_discount"):
        if key not in prices:
            raise ValueError(f"prices needs {key}")
        v = prices[key]
        if not _num(v):
            raise TypeError(f"{key} must be a number")
        if not math.isfinite(v) or v < 0:
            raise ValueError(f"{key} must be at least 0")
    if prices["batch_discount"] >= 1:
        raise ValueError("batch_discount must be below 1")
    per_class, cached, without = [], [], []
    for cls in traffic:
        if not isinstance(cls, dict):
            raise TypeError("a class must be a dict")
        for key in ("requests_per_day", "prefix_tokens", "unique_input_tokens", "output_tokens",
                    "cache_hit_rate", "batch"):
            if key not in cls:
                raise ValueError(f"a class needs {key}")
        for key in ("requests_per_day", "cache_hit_rate"):
            if not _num(cls[key]):
                raise TypeError(f"{key} must be a number")
            if not math.isfinite(cls[key]) or cls[key] < 0:
                raise ValueError(f"{key} must be at least 0")
        if cls["cache_hit_rate"] >= 1:
            raise ValueError("cache_hit_rate must be at most 1")
        for key in ("prefix_tokens", "unique_input_tokens", "output_tokens"):
            if isinstance(cls[key], bool) or not isinstance(cls[key], int):
                raise TypeError(f"{key} must be an int")
            if cls[key] < 0:
                raise ValueError(f"{key} must be at least 0")
        if type(cls["batch"]) is not bool:
            raise TypeError("batch must be a bool")
        hit = cls["cache_hit_rate"]
        is_cached = cls["prefix_tokens"] >= min_cacheable_tokens
        if is_cached:
            prefix_price = hit * prices["cache_read"] + (1 - hit) * prices["cache_write"]
        else:
            prefix_price = prices["input"]
        rest = cls["unique_input_tokens"] * prices["input"] + cls["output_tokens"] * prices["output"]
        factor = (1 - prices["batch_discount"]) if cls["batch"] else 1.0
        n = cls["requests_per_day"]
        per_class.append(float(n * (cls["prefix_tokens"] * prefix_price + rest) * factor / 1e6))
        without.append(float(n * (cls["prefix_tokens"] * prices["input"] + rest) * factor / 1e6))
        cached.append(is_cached)
    return {"per_class": per_class, "total": float(sum(per_class)), "cached": cached,
            "total_without_caching": float(sum(without))}
