# slip: half of the expected number of applications per offer
import math
ex17_applications = math.ceil(0.5 / 0.025)
