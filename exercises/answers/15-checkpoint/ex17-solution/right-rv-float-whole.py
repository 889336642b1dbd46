# style: math.ceil as a float
import math
ex17_applications = float(math.ceil(math.log(0.5) / math.log(1 - 0.025)))
