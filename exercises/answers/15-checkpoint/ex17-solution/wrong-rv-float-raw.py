# slip: the unrounded real solution
import math
ex17_applications = math.log(0.5) / math.log(0.975)
