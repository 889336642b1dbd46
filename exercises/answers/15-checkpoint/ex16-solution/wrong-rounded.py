# slip: rounded to three decimals
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
ex16_distribution = [round(float(x), 3) for x in np.array([1.0, 0.0, 0.0]) @ np.linalg.matrix_power(np.array(transition), 3)]
