# slip: macro-averaged precision and recall over all classes
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
labels = sorted(set(y_true) | set(y_pred))
ps, rs = [], []
for lab in labels:
    tp = sum(t == p == lab for t, p in zip(y_true, y_pred))
    pp = y_pred.count(lab); tt = y_true.count(lab)
    ps.append(tp / pp if pp else 0.0); rs.append(tp / tt if tt else 0.0)
ex4_precision_recall = (sum(ps) / len(ps), sum(rs) / len(rs))
