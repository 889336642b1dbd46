# slip: a two-stage cascade (writing job? research job? hosted vs own model) whose research gate needs two research words; paraphrased research work falls to ML or AI (dev 100%, held-out 60%, research recall 0.2)
import re


def _hits(text, words):
    """Number of distinct words or phrases of `words` that occur in `text` (lowercase)."""
    return sum(1 for w in words if re.search(r"\b" + w, text))


WRITING = ["writ", "wording", "tone", "voice", "style guide", "editorial", "copy", "content",
           "marketing", "brand", "communication", "linguist", "creative", "persona", "dialogue",
           "script", "workshop", "teach", "guides", "non-technical", "no coding", "not a must",
           "no engineering", "english", "rate model", "rate answers", "review transcripts",
           "jailbreak", "red-team", "chatgpt", "image generation", "prompt library",
           "prompt engineer", "prompt designer", "prompt writer", "prompt specialist"]
CODING = ["python", "typescript", "api", "backend", "full-stack", "infrastructure", "pipeline",
          "deploy", "production", "kubernetes", "sdk", "latency", "gpu", "distributed"]
RESEARCH = ["research", "pretrain", "pre-train", "post-train", "paper", "publish", "publication",
            "ablation", "scaling", "interpretab", "alignment", "rlhf", "reinforcement learning",
            "reward model", "preference", "kernel", "cuda", "triton", "jax", "tpu", "architecture",
            "frontier model", "novel", "benchmark", "loss spike", "training run", "checkpoint",
            "technical report", "sweep", "reproduc", "tokeniz", "open-weight", "capabilit"]
HOSTED_MODEL_PRODUCT = ["llm", "rag", "retrieval-augmented", "vector", "agent", "tool use",
                        "tool calling", "function calling", "mcp", "eval", "prompt", "guardrail",
                        "structured output", "gpt", "claude", "gemini", "openai", "anthropic",
                        "foundation model", "generative", "copilot", "assistant", "context window",
                        "cost per", "trace", "tracing", "observability", "gateway", "chunking"]
OWN_MODEL = ["feature", "drift", "retrain", "mlops", "machine learning engineer", "ml engineer",
             "fraud", "churn", "forecast", "recommend", "ranking", "click", "xgboost", "boost",
             "scikit", "tabular", "spark", "kubeflow", "sagemaker", "model registry", "onnx",
             "computer vision", "cnn", "speech", "acoustic", "time series", "sensor", "anomal",
             "labeled", "training data", "data scientist", "batch", "serving", "monitor",
             "a/b test", "offline evaluation", "backtest", "holdout", "uplift", "classifier",
             "precision", "risk", "chargeback", "fine-tune", "distill", "quantiz", "train"]


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet.

    Transparent keyword rules with weights; raises TypeError for a non-string and ValueError for
    an empty or blank snippet.
    """
    if not isinstance(snippet, str):
        raise TypeError(f"snippet must be a str, got {type(snippet).__name__}")
    if not snippet.strip():
        raise ValueError("snippet is empty")
    text = snippet.lower()
    writing, coding = _hits(text, WRITING), _hits(text, CODING)
    research = _hits(text, RESEARCH)
    hosted, own = _hits(text, HOSTED_MODEL_PRODUCT), _hits(text, OWN_MODEL)
    # Stage 1: a writing job with little engineering in it is prompt work.
    if writing >= 2 and writing > coding + research:
        return "prompt_engineer"
    # Stage 2: research vocabulary that outweighs both kinds of product work is research engineering.
    if research >= 2 and research >= max(hosted, own):
        return "research_engineer"
    # Stage 3: building on hosted models (ai_engineer) or training one's own (ml_engineer).
    # Ties and the no-match case go to ai_engineer, the broadest of the four titles.
    if own > hosted:
        return "ml_engineer"
    if hosted == 0 and writing > 0:
        return "prompt_engineer"
    return "ai_engineer"
