# slip: rounds to the nearest whole number instead of up
import math
ex17_applications = round(math.log(0.5) / math.log(0.975))
