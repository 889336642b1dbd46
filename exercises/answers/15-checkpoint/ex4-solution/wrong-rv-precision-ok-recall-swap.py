# slip: recall uses the predicted count as denominator too
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
tp = sum(t == p == "ai_engineer" for t, p in zip(y_true, y_pred))
ex4_precision_recall = [tp / y_pred.count("ai_engineer"), tp / y_pred.count("ai_engineer")]
