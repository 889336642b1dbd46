# slip: largest N below the target
import math
ex17_applications = math.floor(math.log(0.5) / math.log(0.975))
