# slip: leaves the batch discount out of the total without caching
def daily_serving_cost(traffic, prices, min_cacheable_tokens):
    """Daily cost of a traffic profile with prompt caching (above a minimum prefix) and batch discounts.

    Returns {"per_class", "total", "cached", "total_without_caching"}; prices in USD per million tokens.
    """
    def is_number(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    def is_int(x):
        return isinstance(x, int) and not isinstance(x, bool)

    if not isinstance(traffic, (list, tuple)):
        raise TypeError("traffic must be a list or tuple of request classes")
    if not isinstance(prices, dict):
        raise TypeError("prices must be a dict")
    if not is_int(min_cacheable_tokens):
        raise TypeError("min_cacheable_tokens must be an int")
    if min_cacheable_tokens < 1:
        raise ValueError("min_cacheable_tokens must be at least 1")
    for key in ("input", "output", "cache_write", "cache_read", "batch_discount"):
        if key not in prices:
            raise ValueError(f"prices needs {key!r}")
        if not is_number(prices[key]):
            raise TypeError(f"prices[{key!r}] must be a number")
        if not math.isfinite(prices[key]) or prices[key] < 0:
            raise ValueError(f"prices[{key!r}] must be finite and at least 0")
    if prices["batch_discount"] >= 1:
        raise ValueError("batch_discount must be below 1")

    per_class, cached, without = [], [], []
    for cls in traffic:
        if not isinstance(cls, dict):
            raise TypeError("each request class must be a dict")
        for key in ("requests_per_day", "prefix_tokens", "unique_input_tokens", "output_tokens",
                    "cache_hit_rate", "batch"):
            if key not in cls:
                raise ValueError(f"a request class needs {key!r}")
        if not isinstance(cls["batch"], bool):
            raise TypeError("batch must be a bool")
        for key in ("prefix_tokens", "unique_input_tokens", "output_tokens"):
            if not is_int(cls[key]):
                raise TypeError(f"{key} must be an int")
            if cls[key] < 0:
                raise ValueError(f"{key} must be at least 0")
        for key in ("requests_per_day", "cache_hit_rate"):
            if not is_number(cls[key]):
                raise TypeError(f"{key} must be a number")
            if not math.isfinite(cls[key]) or cls[key] < 0:
                raise ValueError(f"{key} must be finite and at least 0")
        if cls["cache_hit_rate"] > 1:
            raise ValueError("cache_hit_rate must be at most 1")

        hit = cls["cache_hit_rate"]
        cacheable = cls["prefix_tokens"] >= min_cacheable_tokens
        rest = cls["unique_input_tokens"] * prices["input"] + cls["output_tokens"] * prices["output"]
        plain_prefix = cls["prefix_tokens"] * prices["input"]
        if cacheable:
            prefix = cls["prefix_tokens"] * (hit * prices["cache_read"] + (1 - hit) * prices["cache_write"])
        else:
            prefix = plain_prefix
        factor = (1 - prices["batch_discount"]) if cls["batch"] else 1.0
        scale = cls["requests_per_day"] * factor / 1e6
        per_class.append(float((prefix + rest) * scale))
        without.append(float((plain_prefix + rest) * cls["requests_per_day"] / 1e6))
        cached.append(cacheable)
    return {"per_class": per_class, "total": float(sum(per_class)), "cached": cached,
            "total_without_caching": float(sum(without))}
