# style: compute bytes per step and seconds per byte separately, then derive every figure from them
def decode_latency(weights_gb, kv_gb_per_sequence, batch_size, bandwidth_tb_s, ttft_s, output_tokens):
    """Memory-bandwidth ceiling on decode speed, and a response's latency from TTFT and TPOT.

    Returns {"tpot_s", "tokens_per_s_per_sequence", "tokens_per_s_total", "latency_s"}.
    """
    for v in (weights_gb, kv_gb_per_sequence, bandwidth_tb_s, ttft_s):
        if type(v) not in (int, float):
            raise TypeError("numbers must be int or float")
    for v in (batch_size, output_tokens):
        if type(v) is not int:
            raise TypeError("counts must be ints")
    if not all(map(math.isfinite, (weights_gb, kv_gb_per_sequence, bandwidth_tb_s, ttft_s))):
        raise ValueError("values must be finite")
    if weights_gb <= 0 or bandwidth_tb_s <= 0 or kv_gb_per_sequence < 0 or ttft_s < 0:
        raise ValueError("out of range")
    if batch_size < 1 or output_tokens < 1:
        raise ValueError("counts must be at least 1")
    bytes_per_step = weights_gb * 1e9 + batch_size * kv_gb_per_sequence * 1e9
    seconds_per_byte = 1.0 / (bandwidth_tb_s * 1e12)
    tpot = bytes_per_step * seconds_per_byte
    steps_after_first = output_tokens - 1
    return {"tpot_s": tpot, "tokens_per_s_per_sequence": 1.0 / tpot,
            "tokens_per_s_total": batch_size * (1.0 / tpot),
            "latency_s": ttft_s + steps_after_first * tpot}
