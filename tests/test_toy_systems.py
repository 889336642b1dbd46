"""Unit tests of aicareer.toy_systems: two deterministic ticket routers, the systems under test."""

from __future__ import annotations

import pytest

from aicareer import datasets, toy_systems


@pytest.mark.parametrize("route", [toy_systems.route_v1, toy_systems.route_v2])
def test_output_shape(route):
    out = route("My package for order A12345 has not arrived yet.")
    assert set(out) == {"queue", "priority", "order_id"}
    assert out["queue"] in toy_systems.QUEUES
    assert out["priority"] in toy_systems.PRIORITIES
    assert out == {"queue": "shipping", "priority": "normal", "order_id": "A12345"}


@pytest.mark.parametrize("route", [toy_systems.route_v1, toy_systems.route_v2])
def test_deterministic_and_pure(route):
    text = "I was charged twice, this is urgent"
    assert route(text) == route(text)
    assert route(text) is not route(text)  # a fresh dict each call


@pytest.mark.parametrize("route", [toy_systems.route_v1, toy_systems.route_v2])
def test_rejects_non_text(route):
    with pytest.raises(TypeError, match="str"):
        route(None)


def test_versions_differ_where_designed():
    text = "I get an error when I log in to my account."
    assert toy_systems.route_v1(text)["queue"] == "technical"
    assert toy_systems.route_v2(text)["queue"] == "account"
    gift = "The gift card code gives an error at checkout."
    assert toy_systems.route_v1(gift)["queue"] == "technical"
    assert toy_systems.route_v2(gift)["queue"] == "billing"
    assert toy_systems.route_v1("parcel a10001 late")["order_id"] == "a10001"
    assert toy_systems.route_v2("parcel a10001 late")["order_id"] == "A10001"
    assert toy_systems.route_v2("I ordered today")["priority"] == "urgent"
    assert toy_systems.route_v1("Fix it ASAP")["priority"] == "normal"


def test_no_keyword_defaults_to_technical():
    for route in toy_systems.VERSIONS.values():
        assert route("hello")["queue"] == "technical"


def test_on_the_eval_set_v2_differs_from_v1_both_ways():
    tickets = datasets.load("support_tickets")
    right = {}
    for name, route in toy_systems.VERSIONS.items():
        right[name] = [
            route(row.text)
            == {
                "queue": row.queue,
                "priority": row.priority,
                "order_id": None if isinstance(row.order_id, float) else row.order_id,
            }
            for row in tickets.itertuples()
        ]
    v1_only = sum(a and not b for a, b in zip(right["v1"], right["v2"], strict=True))
    v2_only = sum(b and not a for a, b in zip(right["v1"], right["v2"], strict=True))
    assert len(tickets) == 240
    assert v1_only > 10 and v2_only > v1_only
