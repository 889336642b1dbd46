# slip: log of the offer rate instead of the miss rate
import math
ex17_applications = math.ceil(math.log(0.5) / math.log(0.025))
