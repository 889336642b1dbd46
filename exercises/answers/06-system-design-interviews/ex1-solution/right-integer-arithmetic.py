# style: a tuple unpack of the shape and divmod for the whole sequences
def kv_cache_capacity(shape, bytes_per_element, seq_len, gpu_memory_gb, weights_gb, reserve_gb=0.0):
    """KV-cache bytes per token and per sequence, and how many sequences fit after the weights.

    Returns {"bytes_per_token", "bytes_per_sequence", "free_bytes", "sequences"}; 1 GB = 1e9 bytes.
    """
    if type(shape) is not dict:
        raise TypeError("shape must be a dict")
    keys = ("layers", "query_heads", "kv_heads", "head_dim")
    missing = [key for key in keys if key not in shape]
    if missing:
        raise ValueError(f"missing {missing}")
    layers, q_heads, kv_heads, head_dim = (shape[key] for key in keys)
    if any(type(v) is not int for v in (layers, q_heads, kv_heads, head_dim)):
        raise TypeError("shape values must be ints")
    if min(layers, q_heads, kv_heads, head_dim) < 1 or q_heads % kv_heads:
        raise ValueError("invalid shape")
    if type(seq_len) is not int:
        raise TypeError("seq_len must be an int")
    nums = (bytes_per_element, gpu_memory_gb, weights_gb, reserve_gb)
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in nums):
        raise TypeError("numbers expected")
    if bytes_per_element <= 0 or seq_len < 1 or min(gpu_memory_gb, weights_gb, reserve_gb) < 0:
        raise ValueError("out of range")
    per_token = 2.0 * layers * kv_heads * head_dim * bytes_per_element
    per_seq = per_token * seq_len
    free = (gpu_memory_gb - weights_gb - reserve_gb) * 1e9
    free = free if free > 0 else 0.0
    whole, _ = divmod(free, per_seq)
    return {"bytes_per_token": per_token, "bytes_per_sequence": per_seq, "free_bytes": float(free),
            "sequences": int(whole)}
