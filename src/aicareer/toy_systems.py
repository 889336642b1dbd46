"""Two versions of a toy support-ticket router: the systems under test in topic 08.

A real portfolio project compares two versions of an LLM feature (two prompts, two models, with and
without retrieval). Running a model inside a course notebook would make the results change from
run to run and cost money, so the topic uses two deterministic stand-ins instead. Both read the
text of a customer-support ticket and return the same kind of structured output an extraction
prompt would return::

    {"queue": "billing" | "technical" | "account" | "shipping",
     "priority": "urgent" | "normal",
     "order_id": "A12345" or None}

``route_v1`` is a first version built from keyword rules; ``route_v2`` is a revision that fixes
some of v1's failures and, as revisions do, introduces a few of its own. They are pure functions:
no randomness, no state, no network. Scoring them (the eval harness) is an exercise of the topic
and is deliberately *not* here.

    >>> from aicareer import toy_systems
    >>> toy_systems.route_v1("I was charged twice for order A12345, please fix this urgently")
    {'queue': 'billing', 'priority': 'urgent', 'order_id': 'A12345'}
    >>> toy_systems.route_v2("I get an error when I log in to my account")
    {'queue': 'account', 'priority': 'normal', 'order_id': None}
    >>> toy_systems.VERSIONS["v1"] is toy_systems.route_v1
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable

QUEUES = ("billing", "technical", "account", "shipping")
PRIORITIES = ("urgent", "normal")

# Keywords per queue. v1 checks the queues in this order and takes the first with any hit.
_V1_KEYWORDS: dict[str, tuple[str, ...]] = {
    "billing": ("charged", "charge", "invoice", "refund", "payment", "bill"),
    "technical": ("crash", "crashes", "crashing", "error", "bug", "load", "sync", "freezes"),
    "account": ("log in", "login", "password", "account", "email address", "username"),
    "shipping": ("package", "delivery", "parcel", "tracking", "arrived", "courier"),
}
_V1_URGENT = ("urgent", "urgently", "emergency")

# v2 adds keywords, counts hits per queue and ignores keywords right after a negation.
_V2_KEYWORDS: dict[str, tuple[str, ...]] = {
    "billing": (*_V1_KEYWORDS["billing"], "card", "subscription", "receipt"),
    "technical": _V1_KEYWORDS["technical"],
    "account": (*_V1_KEYWORDS["account"], "sign in", "two-factor"),
    "shipping": (*_V1_KEYWORDS["shipping"], "shipment"),
}
_V2_TIE_ORDER = ("billing", "account", "shipping", "technical")
_V2_URGENT = (*_V1_URGENT, "asap", "immediately", "right now", "today")
_NEGATION = re.compile(r"\b(?:not|isn't|no)\s+(?:about\s+|a\s+|an\s+|my\s+|the\s+)*(\w+(?:\s\w+)?)")

_ORDER_ID = re.compile(r"\b[Aa]\d{5}\b")


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"a ticket is a str, not {type(text).__name__}")
    return text


def _has(text: str, keyword: str) -> bool:
    return re.search(rf"\b{re.escape(keyword)}\b", text) is not None


def route_v1(text: str) -> dict[str, str | None]:
    """Route a ticket with v1's keyword rules: the first queue (in a fixed order) with a hit wins.

    The order id is returned exactly as written in the ticket (v1 does not normalize its case).
    A ticket with no keyword goes to ``"technical"``. Raises ``TypeError`` if *text* is not a str.

    >>> route_v1("Please reset my password")
    {'queue': 'account', 'priority': 'normal', 'order_id': None}
    >>> route_v1("parcel a10001 never arrived")["order_id"]
    'a10001'
    """
    lowered = _check_text(text).lower()
    queue = next((q for q in QUEUES if any(_has(lowered, k) for k in _V1_KEYWORDS[q])), "technical")
    priority = "urgent" if any(_has(lowered, k) for k in _V1_URGENT) else "normal"
    match = _ORDER_ID.search(text)
    return {"queue": queue, "priority": priority, "order_id": match.group(0) if match else None}


def route_v2(text: str) -> dict[str, str | None]:
    """Route a ticket with v2's rules: count keyword hits per queue, ignoring negated words.

    The queue with the most hits wins; ties go to billing, account, shipping, technical in that
    order; no hit at all gives ``"technical"``. v2 knows more urgency phrases than v1 and returns
    order ids in upper case. Raises ``TypeError`` if *text* is not a str.

    >>> route_v2("This is not about a payment: the app crashes on start")
    {'queue': 'technical', 'priority': 'normal', 'order_id': None}
    >>> route_v2("parcel a10001 never arrived")["order_id"]
    'A10001'
    """
    lowered = _check_text(text).lower()
    negated = " ".join(m.group(1) for m in _NEGATION.finditer(lowered))
    hits = {
        q: sum(1 for k in _V2_KEYWORDS[q] if _has(lowered, k) and not _has(negated, k))
        for q in QUEUES
    }
    best = max(hits.values())
    queue = next(q for q in _V2_TIE_ORDER if hits[q] == best) if best > 0 else "technical"
    priority = "urgent" if any(_has(lowered, k) for k in _V2_URGENT) else "normal"
    match = _ORDER_ID.search(text)
    return {
        "queue": queue,
        "priority": priority,
        "order_id": match.group(0).upper() if match else None,
    }


VERSIONS: dict[str, Callable[[str], dict[str, str | None]]] = {"v1": route_v1, "v2": route_v2}
