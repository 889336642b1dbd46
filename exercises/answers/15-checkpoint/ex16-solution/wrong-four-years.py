# slip: four years instead of three
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
ex16_distribution = np.array([1.0, 0.0, 0.0]) @ np.linalg.matrix_power(np.array(transition), 4)
