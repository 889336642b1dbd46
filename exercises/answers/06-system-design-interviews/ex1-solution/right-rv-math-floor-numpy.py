# style: numpy product for the per-token bytes, math.floor for the count, numpy scalars returned as floats
import math

import numpy as np


def kv_cache_capacity(shape, bytes_per_element, seq_len, gpu_memory_gb, weights_gb, reserve_gb=0.0):
    """KV-cache bytes per token and per sequence, and how many sequences fit after the weights.

    Returns {"bytes_per_token", "bytes_per_sequence", "free_bytes", "sequences"}; 1 GB = 1e9 bytes.
    """
    if type(shape) is not dict:
        if not isinstance(shape, dict):
            raise TypeError("shape must be a dict")
    keys = ["layers", "query_heads", "kv_heads", "head_dim"]
    missing = [k for k in keys if k not in shape]
    if missing:
        raise ValueError(f"missing {missing}")
    vals = [shape[k] for k in keys]
    if any(type(v) is not int for v in vals):
        raise TypeError("shape values are ints")
    if min(vals) < 1:
        raise ValueError("shape values are at least 1")
    layers, qh, kvh, hd = vals
    if qh % kvh:
        raise ValueError("kv_heads must divide query_heads")
    for x in (bytes_per_element, gpu_memory_gb, weights_gb, reserve_gb):
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError("numbers expected")
        if not math.isfinite(x):
            raise ValueError("finite numbers expected")
    if type(seq_len) is not int:
        raise TypeError("seq_len is an int")
    if seq_len < 1 or bytes_per_element <= 0 or min(gpu_memory_gb, weights_gb, reserve_gb) < 0:
        raise ValueError("value out of range")
    per_token = np.prod([2, layers, kvh, hd], dtype=np.float64) * bytes_per_element
    per_seq = per_token * seq_len
    free = np.float64(max(gpu_memory_gb - weights_gb - reserve_gb, 0) * 1e9)
    return {"bytes_per_token": per_token, "bytes_per_sequence": per_seq, "free_bytes": free,
            "sequences": math.floor(free / per_seq)}
