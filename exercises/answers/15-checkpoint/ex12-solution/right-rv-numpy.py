# style: numpy vectors, list of numpy floats
import numpy as np
years = np.arange(4)
base = 170_000 * 1.04 ** years
sign = np.array([25_000, 10_000, 0, 0])
months = np.arange(1, 49)
initial = np.where(months >= 12, 320_000 / 48, 0.0)
initial[11] = 320_000 / 4
refresh = np.concatenate([np.zeros(24), np.full(24, 40_000 / 48)])
equity = (initial + refresh).reshape(4, 12).sum(axis=1)
ex12_tc = list(base * 1.1 + sign + equity)
