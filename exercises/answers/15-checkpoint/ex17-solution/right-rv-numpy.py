# style: numpy search over N, numpy int
import numpy as np
N = np.arange(0, 200)
ex17_applications = N[np.argmax(1 - 0.975 ** N >= 0.5)]
