# style: a loop with counters, a list
y_true = ["ai_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "research_engineer",
          "prompt_engineer", "ai_engineer", "ml_engineer", "ai_engineer", "ml_engineer",
          "ai_engineer", "research_engineer"]
y_pred = ["ai_engineer", "ml_engineer", "ai_engineer", "ai_engineer", "research_engineer",
          "ai_engineer", "ai_engineer", "ml_engineer", "prompt_engineer", "ml_engineer",
          "ai_engineer", "ai_engineer"]
_tp = _fp = _fn = 0
for _t, _p in zip(y_true, y_pred):
    if _p == 'ai_engineer' and _t == 'ai_engineer':
        _tp += 1
    elif _p == 'ai_engineer':
        _fp += 1
    elif _t == 'ai_engineer':
        _fn += 1
ex4_precision_recall = [_tp / (_tp + _fp), _tp / (_tp + _fn)]
