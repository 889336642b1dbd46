# slip: returns display names such as "Ml Engineer" instead of the four role strings
import re


def classify_role(snippet):
    """Return "ai_engineer", "ml_engineer", "research_engineer" or "prompt_engineer" for a job-post snippet.

    Transparent keyword rules with weights; raises TypeError for a non-string and ValueError for
    an empty or blank snippet.
    """
    if not isinstance(snippet, str):
        raise TypeError(f"snippet must be a str, not {type(snippet).__name__}")
    if not snippet.strip():  # empty or whitespace only
        raise ValueError("snippet is empty: there is nothing to classify")
    text = snippet.lower()
    # (regular expression, weight) per role. Phrases that only one kind of job uses weigh 3;
    # words that several roles share ("model", "training", "evaluation") weigh 1 or are left out.
    rules = {
        "ai_engineer": [
            (r"\bllms?\b|language models?|foundation models?|hosted models?|multimodal model", 2),
            (r"claude|\bgpt|gemini|openai|anthropic|model (api|endpoint|providers?)|\bproviders?\b", 2),
            (r"\brag\b|retrieval|embedding index|vector|chunking|rerank|citations?|cites|grounded", 2),
            (r"\bagents?\b|agentic|autonomous|copilots?|assistant|chatbot|answer engine", 1),
            (r"tool (use|calling)|function calling|\bmcp\b|calls internal|sandbox|permissions|sign-off", 2),
            (r"context|hallucinat|guardrails?|prompt injection|structured|json|schema", 2),
            (r"retries|fallbacks?|failover|caching|memoiz|gateway|latency|spend|cost per|token", 1),
            (r"\bevals?\b|eval (set|suite|harness)|test set|test suite|regression|acceptance|judge|traces", 2),
            (r"\bship|launch|production|service|prototype|demo|\bsdk\b|product engineer|forward-deployed", 1),
            (r"software engineer|backend|full-stack|typescript|react|workflows?", 1),
        ],
        "ml_engineer": [
            (r"machine learning engineer|\bml engineer|mlops", 4),
            (r"feature (store|platform|pipelines?|engineering)|precomputed signals|point-in-time", 3),
            (r"propensity|uplift|churn|lifetime|credit|fraud|scoring|calibration|population.stability", 2),
            (r"forecast|time.series|backtest|replenishment|inventory|demand", 2),
            (r"recommend|personaliz|candidates?|two-tower|ranking|learning-to-rank|click|ndcg|holdout", 2),
            (r"lightgbm|xgboost|gradient.boost|scikit|tabular|dbt|airflow|spark|kubeflow|sagemaker|mlflow|feast|databricks", 2),
            (r"drift|retrain|refit|model registry|serving|predict", 2),
            (r"classifiers?|label(l?ed|l?ing|s)?\b|annotat|alert thresholds|precision", 1),
            (r"speech|recogni[sz]er|word error rate|acoustic|computer vision|detection|on-device|quantiz|edge devices", 2),
            (r"a/b|online tests?|online experiments?|lift", 1),
        ],
        "research_engineer": [
            (r"research|scientists?|hypothes|paper", 2),
            (r"pre-?training|post-?training|instruction-tuning|base model|frontier|flagship", 3),
            (r"training runs?|largest runs|loss|scaling laws|compute\b|ablations?|sweeps?|controlled (comparisons|small-scale)", 2),
            (r"optimizers?|normaliz|architectur|attention|positional|long-context|perplexity|tokeniz|data-mix", 2),
            (r"synthetic data|benchmark|interpretability|activation|circuit|patching", 2),
            (r"reward|reinforcement learning|rlhf|environments", 2),
            (r"dangerous|hazardous|unreleased|system card|model card|alignment", 2),
            (r"kernels?|fused|cuda|triton|fsdp|parallelism|collective communication|accelerators?|\btpu|mixed precision|sharding|checkpoint", 2),
            (r"reproduc|publish", 1),
        ],
        "prompt_engineer": [
            (r"prompt (engineer|writer|specialist|designer|curator)|prompt engineering specialist", 4),
            (r"no coding|no programming|non-technical|coding (is )?(a plus|not required|needed)|engineering (background|degree) (is )?not required|over coding", 4),
            (r"copy\b|copywriter|content|marketing|brand|campaigns?|press releases", 2),
            (r"\bvoice\b|\btone\b|style (guide|sheet)|wording|phrasing|phrase|plain english|love (words|language)", 2),
            (r"writer|writing|editor|\bedit\b|fact-check|reading level|corrections", 2),
            (r"narrative|dialogue|script|characters?|persona|role instructions", 2),
            (r"playbook|coach|workshops?|office hours|training sessions|enablement|teach", 2),
            (r"library|collection of looks|art director|imagery|image and video", 2),
            (r"red-team writer|adversarial tester|jailbreak|tricky requests|unsafe (answers|outputs)|phrasings", 2),
            (r"freelance|contract\b|ai trainer|model answers|rate (model|chatbot)", 2),
            (r"prompts?\b|instructions|guidance|templates?", 1),
        ],
    }
    scores = {role: sum(w * len(re.findall(p, text)) for p, w in patterns) for role, patterns in rules.items()}
    # Ties and snippets with no hit go to the most common title, then in this fixed order.
    order = ["ai_engineer", "ml_engineer", "research_engineer", "prompt_engineer"]
    best = max(order, key=lambda role: (scores[role], -order.index(role)))
    return best.replace("_", " ").title()  # "Ai Engineer": a label for humans, not one of the four strings
