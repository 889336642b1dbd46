# slip: strings
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
ex4_precision_recall = ("4/7", "4/6")
