# style: plain loops, a tuple
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
_pi = [1.0, 0.0, 0.0]
for _ in range(3):
    _pi = [sum(_pi[i] * transition[i][j] for i in range(3)) for j in range(3)]
ex16_distribution = tuple(_pi)
