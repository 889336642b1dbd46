"""Generate the SYNTHETIC eval set ``support_tickets`` (see its datasheet).

Usage::

    python scripts/generate_support_tickets.py src/aicareer/data/support_tickets.csv

240 made-up customer-support tickets for a fictional online shop, each labeled with the queue it
belongs in, its priority and the order id it mentions (if any). It is the eval set of topic
08-defend-your-portfolio, on which the two toy routers of ``aicareer.toy_systems`` are compared.

The output is deterministic: the same seed and the same code give the same bytes on every
platform. Only ``random.Random.random`` is used (its stream is stable across Python versions);
choices are made by indexing with ``int(rng.random() * len(options))``.

Every ticket is built from a hand-written template of one *slice* (a kind of case: plain tickets,
tickets where a negation hides the real topic, tickets whose urgency is implicit, ...). The slice
weights are the course authors' choice (November 2026), made so that the second router version is
better on some slices and worse on others, as real revisions are. They are not measurements of
any real support queue.
"""

from __future__ import annotations

import random
import sys

from csv_output import run

SEED = 20261108
N_TICKETS = 240
HEADER = ["case_id", "text", "queue", "priority", "order_id", "slice"]

# slice -> weight (out of 100)
SLICES = {
    "plain": 59,
    "keyword_order": 6,
    "negation": 5,
    "lowercase_id": 4,
    "implicit_urgent": 5,
    "gift_card": 4,
    "today_normal": 5,
    "two_issues": 4,
    "typo": 8,
}

PLAIN = {
    "billing": [
        "I was charged twice for my last order{oid}.",
        "The invoice for order{oid} shows the wrong amount.",
        "Please refund the payment for order{oid}, I returned it last week.",
        "My payment went through but the order{oid} still says unpaid.",
        "Why is there an extra charge on my bill?",
    ],
    "technical": [
        "The app crashes every time I open the settings page.",
        "I get an error 500 when I upload a photo.",
        "The product page will not load on my phone.",
        "Wishlist sync stopped working after the update.",
        "The checkout page freezes when I press the buy button{oid}.",
    ],
    "account": [
        "I cannot log in since yesterday.",
        "Please help me reset my password.",
        "How do I change the email address on my profile?",
        "I want to change my username.",
        "My login link from the welcome mail does not work.",
    ],
    "shipping": [
        "My package for order{oid} has not arrived yet.",
        "The delivery of order{oid} is a week late.",
        "Tracking for order{oid} says delivered but nothing came.",
        "The parcel was left outside in the rain{oid}.",
        "Can the courier come on Saturday instead{oid}?",
    ],
}
URGENT_WORDS = [" This is urgent.", " Please treat this as urgent.", " It is an emergency."]
IMPLICIT_URGENT = [
    " Please fix this ASAP.",
    " I need this sorted immediately.",
    " I need an answer right now.",
]

KEYWORD_ORDER = [
    ("I get an error when I log in to my account.", "account"),
    ("The login page shows an error and my account is locked.", "account"),
    (
        "Where is my package? The tracking page has been stuck since the payment "
        "went through{oid}.",
        "shipping",
    ),
    ("Password reset gives an error and I am locked out of my account.", "account"),
]
NEGATION = [
    ("This is not about a payment: the app crashes when I open my orders.", "technical"),
    ("Not a refund question. The search page will not load at all.", "technical"),
    ("It is not about my bill, the courier lost my parcel{oid}.", "shipping"),
]
GIFT_CARD = [
    ("The gift card code gives an error at checkout.", "technical"),
    ("Entering my gift card number makes the app crash.", "technical"),
    ("My gift card balance page will not load.", "technical"),
]
TODAY_NORMAL = [
    ("I changed my password today, how do I turn on two-factor login?", "account"),
    ("My parcel arrived today, thanks! Can I get a paper invoice for it{oid}?", "billing"),
    ("No rush: I ordered today and want to change the delivery address{oid}.", "shipping"),
]
TWO_ISSUES = [
    ("My parcel arrived but I was charged twice for it{oid}.", "billing"),
    ("The package was delivered, yet the refund for the tracking fee is missing{oid}.", "billing"),
    (
        "Login works again, but the app crashes and the error says my account is invalid.",
        "technical",
    ),
]
TYPO = [
    ("I forgot my pasword and the reset mail never comes.", "account"),
    ("The shiping of my order{oid} is taking forever.", "shipping"),
    ("There is a wrong amount on my invoce{oid}.", "billing"),
    ("Cant sign into my acount from the new phone.", "account"),
]


def _pick(rng: random.Random, options):
    return options[int(rng.random() * len(options))]


def _slice(rng: random.Random) -> str:
    r = rng.random() * sum(SLICES.values())
    for name, weight in SLICES.items():
        r -= weight
        if r < 0:
            return name
    return name


def _order_id(rng: random.Random) -> str:
    return "A" + str(10000 + int(rng.random() * 90000))


def make_rows():
    rng = random.Random(SEED)
    rows = []
    for i in range(1, N_TICKETS + 1):
        kind = _slice(rng)
        priority = "normal"
        suffix = ""
        if kind in ("plain", "lowercase_id"):
            queue = (
                _pick(rng, ["billing", "shipping"])
                if kind == "lowercase_id"
                else _pick(rng, list(PLAIN))
            )
            template = _pick(
                rng,
                [t for t in PLAIN[queue] if "{oid}" in t]
                if kind == "lowercase_id"
                else PLAIN[queue],
            )
            if kind == "plain" and rng.random() < 0.25:
                priority, suffix = "urgent", _pick(rng, URGENT_WORDS)
        elif kind == "implicit_urgent":
            queue = _pick(rng, list(PLAIN))
            template = _pick(rng, PLAIN[queue])
            priority, suffix = "urgent", _pick(rng, IMPLICIT_URGENT)
        else:
            pool = {
                "keyword_order": KEYWORD_ORDER,
                "negation": NEGATION,
                "gift_card": GIFT_CARD,
                "today_normal": TODAY_NORMAL,
                "two_issues": TWO_ISSUES,
                "typo": TYPO,
            }[kind]
            template, queue = _pick(rng, pool)
            if kind in ("keyword_order", "two_issues", "typo") and rng.random() < 0.2:
                priority, suffix = "urgent", _pick(rng, URGENT_WORDS)
        order_id = ""
        if "{oid}" in template:
            wants_id = kind == "lowercase_id" or rng.random() < 0.6
            if wants_id:
                order_id = _order_id(rng)
                written = order_id.lower() if kind == "lowercase_id" else order_id
                text = template.replace("{oid}", f" {written}")
            else:
                text = template.replace("{oid}", "")
        else:
            text = template
        rows.append((f"T{i:03d}", text + suffix, queue, priority, order_id, kind))
    return rows


if __name__ == "__main__":
    sys.exit(run(sys.argv, HEADER, make_rows))
