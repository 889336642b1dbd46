"""Write the course data set ``role_snippets`` as CSV, byte for byte the shipped file.

48 job-post snippets, 12 per role, written by hand by the course authors in November 2026 for
the topic 03-roles-distinguished. The held-out snippets that the autograder uses are not here.

Usage: ``python scripts/generate_role_snippets.py OUT.csv``.

No random numbers are used: the rows below are the hand-written source, and this script only
serializes them (UTF-8, ``\n`` line endings, minimal quoting by Python's csv module).
The datasheet is ``src/aicareer/data/role_snippets.md``.
"""

from __future__ import annotations

import sys

from csv_output import run

HEADER = ["snippet", "label"]

ROWS = [
    (
        "Build LLM-powered features in our customer-support product: retrieval over "
        "help-center articles, tool calling into our ticketing API, and an eval suite "
        "that runs on every pull request. TypeScript and Python.",
        "ai_engineer",
    ),
    (
        "You will own our RAG pipeline end to end: chunking, embeddings, hybrid search, "
        "re-ranking, and the prompts that sit on top. Experience shipping to production "
        "users required; no PhD needed.",
        "ai_engineer",
    ),
    (
        "Design and ship agentic workflows that call internal tools through MCP servers. "
        "You will write evals, watch traces in production, and keep p95 latency and cost "
        "per request within budget.",
        "ai_engineer",
    ),
    (
        "Full-stack engineer for our AI copilot team. You will integrate Claude and GPT "
        "models via API, build structured-output parsing and guardrails, and run A/B "
        "tests on prompt changes with the product manager.",
        "ai_engineer",
    ),
    (
        "We are looking for a software engineer who has shipped at least one generative "
        "AI feature. Day to day: prompt design, retrieval, LLM-as-judge evals, caching, "
        "and observability for our document Q&A product.",
        "ai_engineer",
    ),
    (
        "Join the applied AI team that turns foundation models into product. You will "
        "build agent loops with tool use, manage context windows, and own the regression "
        "eval set that gates every model upgrade.",
        "ai_engineer",
    ),
    (
        "Own the integration of large language models into our legal drafting app: prompt"
        " chains, citation retrieval from a vector database, and a human-review queue for"
        " low-confidence answers.",
        "ai_engineer",
    ),
    (
        "Backend engineer, AI platform: build the LLM gateway (routing between model "
        "providers, rate limits, prompt caching, fallbacks) and the tracing that lets "
        "product teams debug their AI features.",
        "ai_engineer",
    ),
    (
        "Help customers deploy our AI assistant. You will prototype RAG and agent "
        "solutions on customer data, write evaluation harnesses, and turn what you learn "
        "into reusable SDK components. Strong Python and API design.",
        "ai_engineer",
    ),
    (
        "Build voice and chat agents on top of hosted LLM APIs. You'll handle function "
        "calling, conversation state, streaming, and evals for task completion. Product "
        "sense matters as much as code.",
        "ai_engineer",
    ),
    (
        "Ship features that use embeddings and LLMs to summarize, classify, and search "
        "millions of user documents. You'll pick models by cost and latency, design the "
        "eval set, and monitor quality after launch.",
        "ai_engineer",
    ),
    (
        "Founding engineer at a seed-stage startup building AI agents for finance teams. "
        "Write the orchestration layer, integrate MCP tools for spreadsheets and email, "
        "and set up evals before we scale.",
        "ai_engineer",
    ),
    (
        "Train, deploy, and monitor the ranking models behind our home feed. You will "
        "build features in Spark, run offline evaluation and online A/B tests, and "
        "retrain models weekly as user behavior drifts.",
        "ml_engineer",
    ),
    (
        "Machine learning engineer for fraud detection: gradient-boosted trees and deep "
        "models on tabular transaction data, a feature store with real-time features, and"
        " model monitoring for drift and false positive rates.",
        "ml_engineer",
    ),
    (
        "Build and maintain our MLOps platform: Kubeflow pipelines, model registry, batch"
        " and online serving, and automated retraining. Experience with Kubernetes and "
        "PyTorch required.",
        "ml_engineer",
    ),
    (
        "Own demand forecasting models for 4,000 stores. You'll engineer features from "
        "sales, weather, and promotions data, backtest models, and deploy them to a "
        "nightly batch scoring pipeline.",
        "ml_engineer",
    ),
    (
        "Develop computer vision models for defect detection on our manufacturing line: "
        "label data, train and fine-tune CNNs, quantize models for edge devices, and "
        "track precision and recall in production.",
        "ml_engineer",
    ),
    (
        "ML engineer, recommendations: build candidate generation and two-tower retrieval"
        " models, maintain training data pipelines, and improve click-through rate "
        "through online experiments.",
        "ml_engineer",
    ),
    (
        "Productionize models built by our data scientists: refactor notebooks into "
        "training pipelines, containerize model serving, set up feature validation, and "
        "alert on data drift. SageMaker experience a plus.",
        "ml_engineer",
    ),
    (
        "Build churn and lifetime-value prediction models on customer data with "
        "scikit-learn and XGBoost. Partner with marketing to deploy scores into the CRM "
        "and measure uplift with holdout groups.",
        "ml_engineer",
    ),
    (
        "Speech team: train and evaluate acoustic models on thousands of hours of "
        "labeled audio, manage GPU training jobs, and ship compressed models to mobile "
        "with word error rate targets.",
        "ml_engineer",
    ),
    (
        "Own the model training and serving infrastructure for ad click prediction: "
        "feature engineering at scale, distributed training on GPUs, and low-latency "
        "inference serving billions of predictions per day.",
        "ml_engineer",
    ),
    (
        "Fine-tune and distill transformer models for our search relevance classifier, "
        "manage the labeled training data, and deploy the models with ONNX. Strong "
        "fundamentals in statistics and model evaluation.",
        "ml_engineer",
    ),
    (
        "Machine learning engineer to build anomaly detection models on sensor time "
        "series: feature extraction, model selection, retraining schedules, and "
        "monitoring dashboards for the operations team.",
        "ml_engineer",
    ),
    (
        "Work alongside research scientists on pretraining our next frontier model: "
        "implement model architecture changes, debug loss spikes, and scale training runs"
        " across thousands of GPUs.",
        "research_engineer",
    ),
    (
        "Research engineer, interpretability: build tools to probe model internals, run "
        "experiments on sparse autoencoders, and turn research ideas into reliable, fast "
        "code. Publications welcome but not required.",
        "research_engineer",
    ),
    (
        "Implement and optimize distributed training in JAX across TPU pods. You'll "
        "improve throughput, write custom kernels, and collaborate with researchers on "
        "scaling-law experiments.",
        "research_engineer",
    ),
    (
        "Join our reinforcement learning team to build the infrastructure for RLHF and RL"
        " from verifiable rewards: reward models, rollout workers, and large-scale "
        "experiment tracking.",
        "research_engineer",
    ),
    (
        "Research engineer for alignment: design and run experiments that test how models"
        " generalize from training signals, write evaluation suites for dangerous "
        "capabilities, and co-author papers.",
        "research_engineer",
    ),
    (
        "Write high-performance CUDA and Triton kernels for attention and "
        "mixture-of-experts layers, profile training jobs, and help researchers iterate "
        "faster on novel architectures.",
        "research_engineer",
    ),
    (
        "Build the data pipelines for pretraining: deduplication, quality filtering, and "
        "tokenization of trillions of tokens, with ablation experiments to measure the "
        "effect of each data mix on model quality.",
        "research_engineer",
    ),
    (
        "Research engineer on the multimodal team: reproduce results from recent papers, "
        "run ablations on vision-language architectures, and maintain the training "
        "codebase used by the research group.",
        "research_engineer",
    ),
    (
        "Help our research scientists test new ideas quickly. You'll implement methods "
        "from papers, run sweeps on the cluster, analyze results, and present findings at"
        " internal research reviews.",
        "research_engineer",
    ),
    (
        "Scale post-training: build infrastructure for supervised fine-tuning and "
        "preference optimization on frontier models, improve experiment reproducibility, "
        "and work with researchers on new training recipes.",
        "research_engineer",
    ),
    (
        "Research engineer, evaluations: design benchmarks that measure novel model "
        "capabilities, study contamination and robustness, and publish findings with the "
        "research team.",
        "research_engineer",
    ),
    (
        "Join a small lab training open-weight language models. You'll own training "
        "stability, checkpointing, and fault tolerance for multi-week runs, and "
        "contribute to the technical report.",
        "research_engineer",
    ),
    (
        "Prompt engineer to write, test, and maintain the prompt library for our "
        "marketing content generator. Strong writing skills and an eye for brand voice "
        "required; coding is a plus, not a must.",
        "prompt_engineer",
    ),
    (
        "Craft and refine prompts for our customer-facing chatbot so answers match our "
        "tone and style guide. You'll document prompt patterns and train other teams on "
        "best practices.",
        "prompt_engineer",
    ),
    (
        "We're hiring a prompt designer with a background in linguistics or technical "
        "writing to build system prompts, few-shot examples, and persona instructions for"
        " our AI characters.",
        "prompt_engineer",
    ),
    (
        "Prompt engineering specialist: experiment with wording, role instructions, and "
        "chain-of-thought techniques to improve generated copy, then report what worked "
        "to the content team. No engineering degree required.",
        "prompt_engineer",
    ),
    (
        "Write and curate prompts for image generation tools used by our creative studio."
        " Build a searchable prompt library and style references; portfolio of "
        "AI-generated work required.",
        "prompt_engineer",
    ),
    (
        "Prompt writer (contract): create high-quality instruction and response pairs, "
        "rewrite ambiguous prompts, and rate model answers for helpfulness and tone. "
        "Excellent English writing required.",
        "prompt_engineer",
    ),
    (
        "Join our communications team as an AI prompt specialist. You will create prompt "
        "templates for press releases, social posts, and newsletters, and teach staff how"
        " to get good results from ChatGPT.",
        "prompt_engineer",
    ),
    (
        "Prompt engineer for a legal publisher: translate editorial guidelines into "
        "prompts, compare model outputs side by side, and keep a changelog of prompt "
        "versions. Domain knowledge in law preferred over coding.",
        "prompt_engineer",
    ),
    (
        "Red-team prompt specialist: write adversarial prompts to find jailbreaks and "
        "unsafe outputs, document failure cases, and suggest wording fixes for system "
        "prompts. Creative writing background welcome.",
        "prompt_engineer",
    ),
    (
        "Conversation designer and prompt engineer: script dialogue flows, write system "
        "prompts for each persona, and review transcripts to refine wording. Experience "
        "in UX writing preferred.",
        "prompt_engineer",
    ),
    (
        "Build and maintain a library of reusable prompts for our sales team, write usage"
        " guides, and run workshops on prompt writing. Non-technical candidates with "
        "strong communication skills encouraged to apply.",
        "prompt_engineer",
    ),
    (
        "Prompt specialist for our e-learning company: write prompts that turn course "
        "material into quizzes and summaries, check outputs for accuracy and reading "
        "level, and iterate on wording.",
        "prompt_engineer",
    ),
]


if __name__ == "__main__":
    sys.exit(run(sys.argv, HEADER, lambda: ROWS))
