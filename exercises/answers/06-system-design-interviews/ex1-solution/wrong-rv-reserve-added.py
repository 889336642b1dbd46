# slip: adds the reserve to the free memory instead of subtracting it (sign slip)
def kv_cache_capacity(shape, bytes_per_element, seq_len, gpu_memory_gb, weights_gb, reserve_gb=0.0):
    """KV-cache bytes per token and per sequence, and how many sequences fit after the weights.

    Returns {"bytes_per_token", "bytes_per_sequence", "free_bytes", "sequences"}; 1 GB = 1e9 bytes.
    """
    import math

    def _num(x):
        return not isinstance(x, bool) and isinstance(x, (int, float))

    if not isinstance(shape, dict):
        raise TypeError("shape must be a dict")
    for key in ("layers", "query_heads", "kv_heads", "head_dim"):
        if key not in shape:
            raise ValueError(f"shape needs {key}")
        v = shape[key]
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError(f"{key} must be an int")
        if v < 1:
            raise ValueError(f"{key} must be at least 1")
    if shape["query_heads"] % shape["kv_heads"] != 0:
        raise ValueError("kv_heads must divide query_heads")
    if not _num(bytes_per_element):
        raise TypeError("bytes_per_element must be a number")
    if not math.isfinite(bytes_per_element) or bytes_per_element <= 0:
        raise ValueError("bytes_per_element must be greater than 0")
    if isinstance(seq_len, bool) or not isinstance(seq_len, int):
        raise TypeError("seq_len must be an int")
    if seq_len < 1:
        raise ValueError("seq_len must be at least 1")
    for v in (gpu_memory_gb, weights_gb, reserve_gb):
        if not _num(v):
            raise TypeError("memory values must be numbers")
        if not math.isfinite(v) or v < 0:
            raise ValueError("memory values must be at least 0")
    per_token = float(2 * shape["layers"] * shape["kv_heads"] * shape["head_dim"] * bytes_per_element)
    per_seq = per_token * seq_len
    free = max(0.0, float((gpu_memory_gb - weights_gb + reserve_gb) * 10**9))
    return {"bytes_per_token": per_token, "bytes_per_sequence": per_seq, "free_bytes": free,
            "sequences": int(free // per_seq)}
