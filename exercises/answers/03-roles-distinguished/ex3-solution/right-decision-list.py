# style: an ordered decision list (first matching rule wins) instead of weighted scores
import re

# Each rule: (role, words that decide it). Checked top to bottom; the first rule with a hit wins.
DECISION_LIST = [
    ("prompt_engineer", ["no coding", "no programming", "non-technical", "not required", "writer",
                         "copywriter", "copy lead", "editor", "narrative designer", "dialogue",
                         "art director", "brand", "tone", "wording", "phrasing", "playbook",
                         "office hours", "persona", "style sheet", "style guide", "freelance"]),
    ("research_engineer", ["research", "pretraining", "pre-training", "post-training", "scaling law",
                           "ablation", "interpretab", "reward", "reinforcement", "kernel", "fsdp",
                           "tokenizer", "optimizer", "architecture", "perplexity", "base model",
                           "frontier", "benchmark", "paper", "scientist", "hazardous", "dangerous",
                           "largest runs", "training runs", "synthetic data", "long-context"]),
    ("ml_engineer", ["machine learning engineer", "ml engineer", "mlops", "feature store",
                     "drift", "retrain", "refit", "forecast", "time-series", "backtest", "fraud",
                     "credit", "propensity", "churn", "recommend", "personaliz", "ranking",
                     "learning-to-rank", "two-tower", "kubeflow", "xgboost", "lightgbm",
                     "gradient boost", "airflow", "word error rate", "recognizer", "on-device",
                     "computer vision", "precomputed signals", "tabular", "predict"]),
    ("ai_engineer", ["llm", "language model", "foundation model", "rag", "retrieval", "agent",
                     "copilot", "assistant", "chatbot", "tool", "eval", "context", "json",
                     "citation", "latency", "cost", "spend", "fallback", "failover", "provider",
                     "embedding", "prompt", "workflow", "production"]),
    ("prompt_engineer", ["instructions", "guidance", "template", "content", "writing"]),
]


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet."""
    if not isinstance(snippet, str):
        raise TypeError(f"snippet must be a str, not {type(snippet).__name__}")
    if not snippet.strip():
        raise ValueError("snippet is empty or blank")
    text = " ".join(snippet.lower().split())
    for role, words in DECISION_LIST:
        if any(word in text for word in words):
            return role
    return "ai_engineer"  # deliberate default: the most common of the four titles in 2026
