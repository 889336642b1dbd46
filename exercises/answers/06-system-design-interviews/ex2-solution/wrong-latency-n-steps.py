# slip: adds N steps after the first token instead of N - 1
def decode_latency(weights_gb, kv_gb_per_sequence, batch_size, bandwidth_tb_s, ttft_s, output_tokens):
    """Memory-bandwidth ceiling on decode speed, and a response's latency from TTFT and TPOT.

    Returns {"tpot_s", "tokens_per_s_per_sequence", "tokens_per_s_total", "latency_s"}.
    """
    numbers = {"weights_gb": weights_gb, "kv_gb_per_sequence": kv_gb_per_sequence,
               "bandwidth_tb_s": bandwidth_tb_s, "ttft_s": ttft_s}
    for name, value in numbers.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number")
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{name} must be finite and at least 0")
    if weights_gb <= 0 or bandwidth_tb_s <= 0:
        raise ValueError("weights_gb and bandwidth_tb_s must be greater than 0")
    for name, value in (("batch_size", batch_size), ("output_tokens", output_tokens)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int")
        if value < 1:
            raise ValueError(f"{name} must be at least 1")

    tpot = (weights_gb + batch_size * kv_gb_per_sequence) * 10**9 / (bandwidth_tb_s * 10**12)
    return {"tpot_s": float(tpot),
            "tokens_per_s_per_sequence": float(1 / tpot),
            "tokens_per_s_total": float(batch_size / tpot),
            "latency_s": float(ttft_s + tpot * output_tokens)}
