"""Write the course data set ``skill_stack_corpus`` as CSV, byte for byte the shipped file.

42 short passages on the AI-engineering skill stack, written by hand by the course authors in
November 2026 for the topic 04-skill-stack.

Usage: ``python scripts/generate_skill_stack_corpus.py OUT.csv``.

No random numbers are used: the rows below are the hand-written source, and this script only
serialises them (UTF-8, ``\n`` line endings, minimal quoting by Python's csv module).
The datasheet is ``src/aicareer/data/skill_stack_corpus.md``.
"""

from __future__ import annotations

import sys

from csv_output import run

HEADER = ["doc_id", "title", "text"]

ROWS = [
    (
        "d01",
        "System prompts",
        "A system prompt sets the role, the rules and the output format before the user "
        "speaks. Keep it versioned in the repository like code, review changes in pull "
        "requests, and rerun the eval suite whenever it changes.",
    ),
    (
        "d02",
        "Few-shot examples",
        "Few-shot examples show the model the input and output pattern you want. Two to "
        "five well chosen examples often beat a long paragraph of instructions, but every"
        " example costs tokens on every request.",
    ),
    (
        "d03",
        "Structured output",
        "Ask the model for JSON that matches a schema when code will read the answer. "
        "Validate the JSON before using it, and decide in advance what happens when "
        "parsing fails: retry, repair, or return an error.",
    ),
    (
        "d04",
        "Token budgets",
        "Every model has a context window measured in tokens, and every token in the "
        "prompt costs money and adds latency. Set a budget per request and decide which "
        "parts of the prompt are dropped first when the budget is exceeded.",
    ),
    (
        "d05",
        "Counting tokens",
        "Exact token counts come from the model's own tokenizer. For quick planning, "
        "English text averages roughly four characters per token, a heuristic that is "
        "wrong for code, numbers and non-English languages.",
    ),
    (
        "d06",
        "Prompt caching",
        "Providers can cache a long, unchanging prompt prefix such as instructions and "
        "reference documents. Cached input tokens are billed at a fraction of the normal "
        "price, but only when the prefix reaches the model's minimum cacheable length, so "
        "put the stable parts of a prompt first and the user's question last.",
    ),
    (
        "d07",
        "Chain of thought",
        "Asking a model to reason step by step before answering can improve accuracy on "
        "multi-step problems. It also produces more output tokens, which raises cost and "
        "latency, so measure whether the gain is worth it on your own eval set.",
    ),
    (
        "d08",
        "Chunking documents",
        "Retrieval works on chunks, not whole documents. Split on headings or paragraphs,"
        " keep chunks a few hundred tokens long, and store the title and source with each"
        " chunk so answers can cite where they came from.",
    ),
    (
        "d09",
        "Embeddings",
        "An embedding model maps text to a vector so that passages with similar meaning "
        "land close together. Dense retrieval with embeddings finds paraphrases that "
        "share no words with the query, but it can miss exact names and codes.",
    ),
    (
        "d10",
        "BM25 lexical search",
        "BM25 scores a document by the query terms it contains, weighting rare terms more"
        " through inverse document frequency and saturating repeated terms. It needs no "
        "training, handles exact identifiers well, and remains a strong retrieval "
        "baseline.",
    ),
    (
        "d11",
        "Hybrid search",
        "Hybrid search combines a lexical ranking such as BM25 with a dense embedding "
        "ranking, often by reciprocal rank fusion. The combination usually beats either "
        "ranking alone because their errors differ.",
    ),
    (
        "d12",
        "Re-ranking",
        "A re-ranker reads the query and each candidate passage together and rescores the"
        " top results of a cheaper first-stage retriever. It is slower per document, so "
        "apply it only to the top twenty to one hundred candidates.",
    ),
    (
        "d13",
        "Recall at k",
        "Recall at k is the share of the relevant documents that appear in the top k "
        "results. For retrieval-augmented generation it matters more than precision, "
        "because the model cannot use a passage that never reached the prompt.",
    ),
    (
        "d14",
        "Retrieval failures",
        "When a RAG answer is wrong, first check whether the right passage was retrieved."
        " If it was not, fix chunking, the query or the retriever; if it was, the problem"
        " is in the prompt or the model.",
    ),
    (
        "d15",
        "Assertion-based evals",
        "The cheapest evals are assertions on the output: valid JSON, required fields "
        "present, length limits, required and forbidden phrases. Run them on every "
        "change, like unit tests, and track the pass rate of each check separately.",
    ),
    (
        "d16",
        "LLM as judge",
        "A strong model can grade outputs against a rubric when assertions cannot capture"
        " quality. Validate the judge against human labels before trusting it, and watch "
        "for position, verbosity and self-preference biases.",
    ),
    (
        "d17",
        "Error analysis",
        "Read real traces before writing evals. Label what went wrong in each failing "
        "example, group the notes into failure modes, and write one targeted check per "
        "failure mode that matters.",
    ),
    (
        "d18",
        "Golden datasets",
        "A golden dataset is a fixed set of inputs with expected outputs or grading "
        "notes. Grow it from production failures, keep it out of any prompt, and rerun it"
        " before every model or prompt change.",
    ),
    (
        "d19",
        "Regression testing for prompts",
        "A prompt change that fixes one case can break ten others. Treat prompts like "
        "code: run the full eval set in continuous integration and block the merge when "
        "the pass rate drops.",
    ),
    (
        "d20",
        "Error bars on evals",
        "An eval score on a few hundred items has sampling noise of several points. "
        "Report a standard error or confidence interval, and compare two systems with "
        "paired differences on the same items.",
    ),
    (
        "d21",
        "Tool calling",
        "With tool calling, the model returns a structured request to run a named "
        "function with arguments, your code runs it, and the result goes back into the "
        "conversation. The model never executes anything itself.",
    ),
    (
        "d22",
        "Model Context Protocol",
        "The Model Context Protocol (MCP) is an open protocol for connecting AI "
        "applications to tools and data, governed since December 2025 by the Agentic AI "
        "Foundation. Hosts run clients that talk to servers using JSON-RPC 2.0 messages, "
        "over stdio locally or Streamable HTTP remotely.",
    ),
    (
        "d23",
        "MCP primitives",
        "An MCP server can expose three kinds of primitive: tools the model may call, "
        "resources that provide context data, and prompts that act as reusable templates."
        " Clients can offer elicitation back to servers; roots and sampling are deprecated"
        " since revision 2026-07-28.",
    ),
    (
        "d24",
        "MCP tools list and call",
        "A client discovers a server's tools with a tools/list request; each tool has a "
        "name, a description and a JSON Schema for its input. It then invokes one with "
        "tools/call, passing the tool name and arguments. Since revision 2026-07-28 there "
        "is no initialize handshake: every request states its protocol version in _meta.",
    ),
    (
        "d25",
        "User consent for tools",
        "A tool can read private data or take actions in the world, so the host should "
        "show the user what will run and obtain consent before invoking it. Treat tool "
        "descriptions from unknown servers as untrusted.",
    ),
    (
        "d26",
        "Workflows versus agents",
        "In a workflow, your code decides the sequence of model calls along a predefined "
        "path. In an agent, the model decides which tool to call next in a loop until it "
        "judges the task done. Start with the simplest design that works.",
    ),
    (
        "d27",
        "Prompt chaining",
        "Prompt chaining splits a task into fixed steps, each a model call whose output "
        "feeds the next, with programmatic checks between steps. It trades latency for "
        "accuracy by making each call easier.",
    ),
    (
        "d28",
        "Routing",
        "A routing workflow classifies an input and sends it to a specialized prompt, "
        "tool or model. Simple questions can go to a small, cheap model while hard ones "
        "go to a larger model.",
    ),
    (
        "d29",
        "Parallelization",
        "Parallel workflows run independent model calls at the same time, either "
        "splitting a task into sections or voting over several attempts at the same task "
        "to gain confidence.",
    ),
    (
        "d30",
        "Orchestrator and workers",
        "In the orchestrator-workers pattern a central model breaks a task into subtasks "
        "that are not known in advance, hands them to worker calls, and combines their "
        "results.",
    ),
    (
        "d31",
        "Evaluator and optimizer",
        "In the evaluator-optimizer pattern one call produces an answer and another "
        "critiques it against criteria, looping until the critique passes or a limit on "
        "rounds is reached.",
    ),
    (
        "d32",
        "Agent loops and stopping",
        "An agent loop needs explicit stopping conditions: a maximum number of steps, a "
        "budget of tokens or money, and a check for repeated actions. Without them a "
        "confused agent can run up a large bill.",
    ),
    (
        "d33",
        "Prompt injection",
        "Prompt injection hides instructions inside content the model reads, such as a "
        "web page or an email. It is dangerous when an agent combines private data, "
        "untrusted content and a way to send data out.",
    ),
    (
        "d34",
        "Guardrails",
        "Guardrails check inputs and outputs around the model: blocking personal data "
        "from leaving, refusing off-topic requests, and verifying that an answer cites "
        "only retrieved sources.",
    ),
    (
        "d35",
        "Model gateway",
        "A model gateway sits between the application and model providers. It centralizes"
        " keys, rate limits, retries, fallbacks to another provider, cost accounting and "
        "logging.",
    ),
    (
        "d36",
        "Observability and tracing",
        "Log every model call with its prompt, output, model version, latency, token "
        "counts and cost, linked into one trace per user request. You cannot debug or "
        "evaluate what you did not record.",
    ),
    (
        "d37",
        "Pinning model versions",
        "Pin the exact model snapshot in production so behavior does not change under "
        "you. Upgrade deliberately, after the new version passes the same eval set as the"
        " old one.",
    ),
    (
        "d38",
        "Latency budgets",
        "Perceived latency is dominated by the time to first token plus the time to "
        "generate each output token. Stream tokens to the user, shorten outputs, and move"
        " slow steps off the critical path.",
    ),
    (
        "d39",
        "Cost per request",
        "Estimate cost per request as input tokens times the input price plus output "
        "tokens times the output price. Multiply by expected traffic before launch, and "
        "alert when the real figure drifts above the estimate.",
    ),
    (
        "d40",
        "Software engineering foundations",
        "Most of an AI feature is ordinary software: APIs, data models, tests, retries, "
        "queues and deployment. Teams that skip these foundations ship demos that break "
        "under real traffic.",
    ),
    (
        "d41",
        "Fine-tuning last",
        "Try prompting and retrieval before fine-tuning. Fine-tuning helps with format, "
        "style and narrow tasks at scale, but it needs a labeled dataset, an eval set "
        "and a plan to redo it when the base model changes.",
    ),
    (
        "d42",
        "Human review queues",
        "For high-stakes answers, route low-confidence outputs to a person and record "
        "their decision. The reviewed cases become new eval examples and show where the "
        "system fails.",
    ),
]


if __name__ == "__main__":
    sys.exit(run(sys.argv, HEADER, lambda: ROWS))
