# style: pandas DataFrame of the classes (a copy), vectorized costs, floats and bools converted back to plain types
import math

import numpy as np
import pandas as pd


def daily_serving_cost(traffic, prices, min_cacheable_tokens):
    """Daily cost of a traffic profile with prompt caching (above a minimum prefix) and batch discounts.

    Returns {"per_class", "total", "cached", "total_without_caching"}; prices in USD per million tokens.
    """
    def is_num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    if not isinstance(traffic, (list, tuple)):
        raise TypeError("traffic is a list or tuple")
    if not isinstance(prices, dict):
        raise TypeError("prices is a dict")
    if type(min_cacheable_tokens) is not int:
        raise TypeError("min_cacheable_tokens is an int")
    if min_cacheable_tokens < 1:
        raise ValueError("min_cacheable_tokens is at least 1")
    pkeys = ["input", "output", "cache_write", "cache_read", "batch_discount"]
    if any(k not in prices for k in pkeys):
        raise ValueError("a price is missing")
    if any(not is_num(prices[k]) for k in pkeys):
        raise TypeError("prices are numbers")
    if any(not math.isfinite(prices[k]) or prices[k] < 0 for k in pkeys) or not prices["batch_discount"] < 1:
        raise ValueError("a price is out of range")
    ckeys = ["requests_per_day", "prefix_tokens", "unique_input_tokens", "output_tokens",
             "cache_hit_rate", "batch"]
    rows = []
    for c in traffic:
        if not isinstance(c, dict):
            raise TypeError("a class is a dict")
        if any(k not in c for k in ckeys):
            raise ValueError("a class key is missing")
        if not is_num(c["requests_per_day"]) or not is_num(c["cache_hit_rate"]):
            raise TypeError("numbers expected")
        if any(type(c[k]) is not int for k in ckeys[1:4]):
            raise TypeError("token counts are ints")
        if not isinstance(c["batch"], bool):
            raise TypeError("batch is a bool")
        if (not math.isfinite(c["requests_per_day"]) or c["requests_per_day"] < 0
                or not 0 <= c["cache_hit_rate"] <= 1 or min(c[k] for k in ckeys[1:4]) < 0):
            raise ValueError("value out of range")
        rows.append({k: c[k] for k in ckeys})
    df = pd.DataFrame(rows, columns=ckeys)
    if df.empty:
        return {"per_class": [], "total": 0.0, "cached": [], "total_without_caching": 0.0}
    cached = df["prefix_tokens"] >= min_cacheable_tokens
    prefix_rate = np.where(cached,
                           df["cache_hit_rate"] * prices["cache_read"]
                           + (1 - df["cache_hit_rate"]) * prices["cache_write"],
                           prices["input"])
    rest = df["unique_input_tokens"] * prices["input"] + df["output_tokens"] * prices["output"]
    factor = np.where(df["batch"].astype(bool), 1 - prices["batch_discount"], 1.0)
    per_class = df["requests_per_day"] * (df["prefix_tokens"] * prefix_rate + rest) * factor / 1e6
    plain = df["requests_per_day"] * (df["prefix_tokens"] * prices["input"] + rest) * factor / 1e6
    return {"per_class": [float(x) for x in per_class], "total": float(per_class.sum()),
            "cached": [bool(x) for x in cached], "total_without_caching": float(plain.sum())}
