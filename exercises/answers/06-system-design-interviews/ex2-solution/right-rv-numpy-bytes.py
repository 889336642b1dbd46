# style: numpy scalars (np.float64 is a float subclass), bytes and bytes per second first, output_tokens=1 gives TTFT
import math

import numpy as np


def decode_latency(weights_gb, kv_gb_per_sequence, batch_size, bandwidth_tb_s, ttft_s, output_tokens):
    """Memory-bandwidth ceiling on decode speed, and a response's latency from TTFT and TPOT.

    Returns {"tpot_s", "tokens_per_s_per_sequence", "tokens_per_s_total", "latency_s"}.
    """
    nums = {"weights_gb": weights_gb, "kv_gb_per_sequence": kv_gb_per_sequence,
            "bandwidth_tb_s": bandwidth_tb_s, "ttft_s": ttft_s}
    for name, x in nums.items():
        if type(x) not in (int, float):
            raise TypeError(f"{name} must be an int or float")
        if not math.isfinite(x):
            raise ValueError(f"{name} must be finite")
    for name, n in {"batch_size": batch_size, "output_tokens": output_tokens}.items():
        if type(n) is not int:
            raise TypeError(f"{name} must be an int")
        if n < 1:
            raise ValueError(f"{name} must be at least 1")
    if not (weights_gb > 0 and bandwidth_tb_s > 0 and kv_gb_per_sequence >= 0 and ttft_s >= 0):
        raise ValueError("value out of range")
    bytes_per_step = np.float64(weights_gb) * 1e9 + batch_size * np.float64(kv_gb_per_sequence) * 1e9
    tpot = bytes_per_step / (np.float64(bandwidth_tb_s) * 1e12)
    return {"tpot_s": tpot, "tokens_per_s_per_sequence": 1.0 / tpot,
            "tokens_per_s_total": batch_size / tpot,
            "latency_s": ttft_s + (output_tokens - 1) * tpot}
