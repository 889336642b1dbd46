# style: numpy boolean masks, numpy float results
import numpy as np
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
t = np.array(y_true) == "ai_engineer"
p = np.array(y_pred) == "ai_engineer"
tp = np.sum(t & p)
ex4_precision_recall = (tp / p.sum(), tp / t.sum())
