"""What the per-source tests share: hypothesis strategies for factory arguments, the `Case` of a factory
property test and the test it makes, and small helpers over fixtures and problems."""

from __future__ import annotations

import gzip
import json
import typing
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import (
    EVENT_SOURCE_TYPE_NAMES,
    EventSource,
    detect_event_source,
    find_event_problems,
)
from tests.fixture_catalog import Fixture, all_fixtures

SOURCES: tuple[EventSource, ...] = typing.get_args(EventSource)


AT = datetime(2024, 5, 17, 9, 30, 15, 250000, tzinfo=timezone.utc)


texts = st.text(max_size=40)


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", min_size=1, max_size=16)


header_names = names.filter(lambda name: name.lower() not in ("cookie", "content-type"))


field_values = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=24)


fields = st.none() | st.dictionaries(
    header_names, field_values | st.lists(field_values, min_size=1, max_size=3), max_size=4
).filter(lambda found: len({name.lower() for name in found}) == len(found))
"""Headers or query parameters; names differ in more than case (a client sends one `Accept`, not two)."""


json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | texts


json_values = st.recursive(
    json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3), max_leaves=8
)


json_objects = st.dictionaries(texts, json_values, max_size=4)


payloads = st.binary(max_size=64) | texts | json_objects


bodies = st.none() | st.binary(max_size=64) | texts | json_objects


regions = st.sampled_from(["us-east-1", "eu-west-3", "ap-southeast-2", "cn-north-1", "us-gov-west-1"])


accounts = st.from_regex(r"\A[0-9]{12}\Z")


times = st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(timezone.utc))


seeds = st.integers(0, 2**64) | st.none()


methods = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"])


paths = st.lists(names, max_size=4).map(lambda parts: "/" + "/".join(parts))


commaless_values = field_values.filter(lambda value: "," not in value)


string_maps = st.none() | st.dictionaries(names, texts, max_size=3)


dynamodb_scalars = (
    texts
    | st.integers(-(10**30), 10**30)
    | st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False)
    | st.binary(max_size=16)
    | st.booleans()
    | st.none()
    | st.frozensets(texts, min_size=1, max_size=3)
    | st.frozensets(st.integers(-1000, 1000), min_size=1, max_size=3)
    | st.frozensets(st.binary(max_size=8), min_size=1, max_size=3)
)


dynamodb_values = st.recursive(
    dynamodb_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


def _item(key: str, rest: dict[str, Any]) -> dict[str, Any]:
    return {"id": key, **rest}


def lambda_authorizer(context: dict[str, Any]) -> dict[str, Any]:
    return {"lambda": context}


items = st.builds(_item, texts, st.dictionaries(names, dynamodb_values, max_size=4))


agent_values = texts | st.integers() | st.booleans() | st.floats(allow_nan=False)


challenge_results = st.fixed_dictionaries(
    {"challengeName": st.sampled_from(["SRP_A", "CUSTOM_CHALLENGE"]), "challengeResult": st.booleans()}
)


@dataclass(frozen=True)
class Case:
    """A factory, strategies for its own arguments, and the source its events must be detected as."""

    factory: Callable[..., Any]
    arguments: Mapping[str, st.SearchStrategy[Any]]
    source: EventSource

    @property
    def name(self) -> str:
        return f"{self.factory.__name__}-{self.source}"


def json_text(value: Any) -> str:
    """JSON text as the factories write it: compact, not ASCII-escaped."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def as_bytes(payload: Any) -> bytes:
    if isinstance(payload, bytes):
        return payload
    return (payload if isinstance(payload, str) else json_text(payload)).encode()


def factory_test(cases: list[Case]) -> Callable[..., None]:
    """A property test for a source module's factories: for each case, across generated arguments, the event
    passes the strict check for its source's type, is detected as that source, and is plain JSON."""

    @pytest.mark.parametrize("case", cases, ids=lambda case: case.name)
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test(case: Case, data: st.DataObject) -> None:
        arguments = data.draw(st.fixed_dictionaries(dict(case.arguments)), label="arguments")
        context = data.draw(st.fixed_dictionaries({"region": regions, "account": accounts, "seed": seeds, "at": times}))
        event = case.factory(**arguments, **context)
        assert find_event_problems(event, getattr(lambda_events, EVENT_SOURCE_TYPE_NAMES[case.source])) == []
        assert detect_event_source(event) == case.source
        assert json.loads(json.dumps(event)) == event

    made: Callable[..., None] = test
    return made


def problem_paths(event: Any, expected_type: object) -> set[str]:
    return {problem.path for problem in find_event_problems(event, expected_type)}


def fixtures_of(*type_names: str) -> list[Fixture]:
    """The fixtures mapped to any of the given types."""
    return [fixture for fixture in all_fixtures() if fixture.type_name in type_names]


def literal_values(type_name: str, key: str) -> set[str]:
    """The values of the `Literal` annotation of `key` in the TypedDict `type_name`."""
    hints = typing.get_type_hints(getattr(lambda_events, type_name))
    return set(typing.get_args(hints[key]))


def decompress(raw: bytes) -> Any:
    """The JSON document in gzip (or, for one shared sample, zlib) data."""
    return json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else zlib.decompress(raw))
