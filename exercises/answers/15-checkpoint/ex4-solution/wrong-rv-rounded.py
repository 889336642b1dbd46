# slip: rounds to two decimals
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
tp = sum(t == p == "ai_engineer" for t, p in zip(y_true, y_pred))
ex4_precision_recall = (round(tp / y_pred.count("ai_engineer"), 2), round(tp / y_true.count("ai_engineer"), 2))
