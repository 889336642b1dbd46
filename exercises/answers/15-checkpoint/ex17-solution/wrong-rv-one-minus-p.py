# slip: confuses the target, solves 0.975 ** N <= 0.025
import math
ex17_applications = math.ceil(math.log(1 - 0.975) / math.log(0.975))
