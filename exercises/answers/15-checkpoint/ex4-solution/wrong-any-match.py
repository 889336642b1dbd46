# slip: counts a post as a hit when either label is ai_engineer
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
_b = sum(t == 'ai_engineer' or p == 'ai_engineer' for t, p in zip(y_true, y_pred))
ex4_precision_recall = (min(1.0, _b / y_pred.count('ai_engineer')), min(1.0, _b / y_true.count('ai_engineer')))
