# style: pure Python loops, tuple
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
v = [1.0, 0.0, 0.0]
for _ in range(3):
    v = [sum(v[i] * transition[i][j] for i in range(3)) for j in range(3)]
ex16_distribution = tuple(v)
