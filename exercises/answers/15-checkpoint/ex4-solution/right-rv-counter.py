# style: collections.Counter over (true, pred) pairs
from collections import Counter
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
pairs = Counter(zip(y_true, y_pred))
tp = pairs[("ai_engineer", "ai_engineer")]
pred = sum(v for (t, p), v in pairs.items() if p == "ai_engineer")
true = sum(v for (t, p), v in pairs.items() if t == "ai_engineer")
ex4_precision_recall = [tp / pred, tp / true]
