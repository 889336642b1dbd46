# style: loops over the arguments for validation, powers of ten written out
def decode_latency(weights_gb, kv_gb_per_sequence, batch_size, bandwidth_tb_s, ttft_s, output_tokens):
    """Memory-bandwidth ceiling on decode speed, and a response's latency from TTFT and TPOT.

    Returns {"tpot_s", "tokens_per_s_per_sequence", "tokens_per_s_total", "latency_s"}.
    """
    import math

    for x in (weights_gb, kv_gb_per_sequence, bandwidth_tb_s, ttft_s):
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError("expected a number")
        if not math.isfinite(x):
            raise ValueError("expected a finite number")
    for n in (batch_size, output_tokens):
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError("expected an int")
        if n < 1:
            raise ValueError("expected at least 1")
    if weights_gb <= 0 or bandwidth_tb_s <= 0:
        raise ValueError("weights and bandwidth must be greater than 0")
    if kv_gb_per_sequence < 0 or ttft_s < 0:
        raise ValueError("KV size and TTFT must be at least 0")
    tpot = (weights_gb + batch_size * kv_gb_per_sequence) * 10**9 / (bandwidth_tb_s * 10**12)
    return {"tpot_s": float(tpot), "tokens_per_s_per_sequence": float(1 / tpot),
            "tokens_per_s_total": float(batch_size / tpot),
            "latency_s": float(ttft_s + tpot * (output_tokens - 1))}
