# slip: cubes every entry instead of the matrix
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
_p = np.array(transition) ** 3
ex16_distribution = list(_p[0] / _p[0].sum())
