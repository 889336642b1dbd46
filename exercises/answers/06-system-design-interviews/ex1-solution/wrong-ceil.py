# slip: rounds the number of sequences up
def kv_cache_capacity(shape, bytes_per_element, seq_len, gpu_memory_gb, weights_gb, reserve_gb=0.0):
    """KV-cache bytes per token and per sequence, and how many sequences fit after the weights.

    Returns {"bytes_per_token", "bytes_per_sequence", "free_bytes", "sequences"}; 1 GB = 1e9 bytes.
    """
    def is_number(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    if not isinstance(shape, dict):
        raise TypeError("shape must be a dict")
    for key in ("layers", "query_heads", "kv_heads", "head_dim"):
        if key not in shape:
            raise ValueError(f"shape needs {key!r}")
        value = shape[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"shape[{key!r}] must be an int")
        if value < 1:
            raise ValueError(f"shape[{key!r}] must be at least 1")
    if shape["query_heads"] % shape["kv_heads"] != 0:
        raise ValueError("kv_heads must divide query_heads")
    if not is_number(bytes_per_element):
        raise TypeError("bytes_per_element must be a number")
    if not bytes_per_element > 0:
        raise ValueError("bytes_per_element must be greater than 0")
    if isinstance(seq_len, bool) or not isinstance(seq_len, int):
        raise TypeError("seq_len must be an int")
    if seq_len < 1:
        raise ValueError("seq_len must be at least 1")
    for name, value in (("gpu_memory_gb", gpu_memory_gb), ("weights_gb", weights_gb),
                        ("reserve_gb", reserve_gb)):
        if not is_number(value):
            raise TypeError(f"{name} must be a number")
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{name} must be finite and at least 0")

    per_token = float(2 * shape["layers"] * shape["kv_heads"] * shape["head_dim"] * bytes_per_element)
    per_sequence = per_token * seq_len
    free = max(0.0, float((gpu_memory_gb - weights_gb - reserve_gb) * 10**9))
    return {"bytes_per_token": per_token, "bytes_per_sequence": float(per_sequence),
            "free_bytes": free, "sequences": int(math.ceil(free / per_sequence))}
