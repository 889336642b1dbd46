# slip: decodes bytes instead of raising TypeError
import re

# Each rule: (regular expression, role, weight). Distinctive phrases about the work weigh 3,
# typical tasks and tools 2, words that other roles share too weigh 1.
_RULES = [
    # AI engineer: builds products on top of hosted foundation models.
    (r"\bllms?\b|large language models? (into|in) (our|the) product", "ai_engineer", 2),
    (r"\brag\b|retrieval[- ]augmented|vector (database|store|search)|hybrid search|re-?rank", "ai_engineer", 3),
    (r"\bagent(s|ic)?\b|tool (use|calling)|function calling|\bmcp\b", "ai_engineer", 2),
    (r"\bevals?\b|eval(uation)? (suite|set|harness)|llm-as-(a-)?judge|regression tests? for", "ai_engineer", 2),
    (r"guardrails?|structured outputs?|json schema|prompt caching|context windows?", "ai_engineer", 3),
    (r"\b(gpt|claude|gemini|openai|anthropic|llama)\b|model providers?|via (an? )?api|hosted models?|model api", "ai_engineer", 2),
    (r"copilot|assistant|chatbot|q&a|summari[sz]", "ai_engineer", 1),
    (r"latency|cost per (request|call|query)|token (cost|budget)s?|observability|tracing|traces", "ai_engineer", 2),
    (r"generative ai|gen ?ai|foundation models?", "ai_engineer", 2),
    (r"\bship(ping)?\b|product (team|manager|sense)|end users?|customers?", "ai_engineer", 1),
    (r"typescript|full[- ]stack|backend|\bsdk\b|orchestration|gateway", "ai_engineer", 1),
    # ML engineer: trains, deploys and monitors task-specific models.
    (r"machine learning engineer|\bml engineer|\bmlops\b", "ml_engineer", 3),
    (r"features?\b.*\b(store|pipeline|engineering)|feature (store|pipeline|engineering)", "ml_engineer", 3),
    (r"\bdrift\b|retrain(ing|ed)?|model monitoring|monitor(ing)? (the )?models?", "ml_engineer", 3),
    (r"fraud|churn|forecast(ing)?|demand|recommend(ation|er)s?|ranking|click[- ]through|ctr\b|propensity|credit risk|risk scor|chargeback|anomal", "ml_engineer", 2),
    (r"xgboost|gradient[- ]boost|scikit|random forest|tabular|logistic regression|lightgbm", "ml_engineer", 3),
    (r"spark|airflow|kubeflow|sagemaker|vertex ai|mlflow|model registry|onnx|batch scor|feature validation|data pipelines?", "ml_engineer", 2),
    (r"computer vision|\bcnns?\b|object detection|image classif|speech|acoustic|time series|sensor", "ml_engineer", 2),
    (r"\btrain(ing)?\b.*\b(deploy|serv)|deploy(ing)? models?|model serving|serving|inference", "ml_engineer", 1),
    (r"a/b test|online experiments?|offline evaluation|backtest|holdout|uplift|precision and recall|auc\b|f1\b", "ml_engineer", 2),
    (r"labeled (data|training)|training data|data scientists?", "ml_engineer", 1),
    (r"fine-tun", "ml_engineer", 1),
    # Research engineer: builds and runs the experiments that advance models.
    (r"research(ers?| scientists?| engineer| team| group| ideas?| reviews?)?\b", "research_engineer", 2),
    (r"pre-?training|post-?training|\brlhf\b|reinforcement learning|reward models?|preference optimi[sz]ation|\bdpo\b", "research_engineer", 3),
    (r"interpretab|mechanistic|sparse autoencoders?|alignment|safety research|dangerous capabilit", "research_engineer", 3),
    (r"scaling[- ]laws?|ablations?|sweeps?|loss spikes?|training (runs?|stability)|checkpoint", "research_engineer", 3),
    (r"\bcuda\b|triton|kernels?|\bjax\b|\btpus?\b|thousands of gpus|distributed training|mixture[- ]of[- ]experts|architectures?", "research_engineer", 2),
    (r"papers?|publications?|publish|technical report|reproduc|novel|state[- ]of[- ]the[- ]art|frontier models?", "research_engineer", 2),
    (r"benchmarks?|contamination|capabilit(y|ies)", "research_engineer", 2),
    (r"tokeni[sz]|deduplicat|data mix|trillions? of tokens|open-weight", "research_engineer", 3),
    # Prompt engineer: writes and curates prompts, often without a coding requirement.
    (r"prompt (engineer|designer|writer|specialist)|prompt engineering", "prompt_engineer", 4),
    (r"\bprompts?\b|prompt library|system prompts?|few-shot", "prompt_engineer", 1),
    (r"writ(e|ing|er)\b|wording|copy(writing)?\b|tone|voice|style guide|editorial|linguistic|grammar|storytell", "prompt_engineer", 2),
    (r"no (coding|engineering|programming)|non-technical|coding is a plus|not a must|no degree|degree not required", "prompt_engineer", 4),
    (r"marketing|content team|communications|social posts?|newsletters?|brand|creative|press releases?|sales team", "prompt_engineer", 2),
    (r"workshops?|teach|train (staff|employees|teams|colleagues)|usage guides?|best practices|playbooks?", "prompt_engineer", 2),
    (r"rate (model )?(answers|outputs|responses)|review transcripts|annotat|red[- ]team|jailbreak|persona|dialogue|conversation design", "prompt_engineer", 2),
    (r"chatgpt|image generation|midjourney", "prompt_engineer", 2),
]
_COMPILED = [(re.compile(pattern, re.IGNORECASE), role, weight) for pattern, role, weight in _RULES]
# Ties (including a snippet that matches nothing) go to the earliest role in this order:
# AI engineer is the broadest and most common of the four titles, so it is the default.
_ORDER = ["ai_engineer", "ml_engineer", "research_engineer", "prompt_engineer"]


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet.

    Transparent keyword rules with weights; raises TypeError for a non-string and ValueError for
    an empty or blank snippet.
    """
    if isinstance(snippet, bytes):
        snippet = snippet.decode()
    if not isinstance(snippet, str):
        raise TypeError(f"snippet must be a str, got {type(snippet).__name__}")
    if not snippet.strip():
        raise ValueError("snippet is empty")
    scores = {role: 0 for role in _ORDER}
    for pattern, role, weight in _COMPILED:
        if pattern.search(snippet):  # a rule counts once per snippet, however often it matches
            scores[role] += weight
    best = max(scores.values())
    return next(role for role in _ORDER if scores[role] == best)
