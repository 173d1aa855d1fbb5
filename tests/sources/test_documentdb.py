"""Amazon DocumentDB change streams: the factories of `lambda_events.testing.documentdb`
and the types of `lambda_events.types.documentdb`."""

from __future__ import annotations

import typing

from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    fixtures_of,
    json_objects,
    names,
)

CASES = [
    Case(
        factories.documentdb_event,
        {
            "documents": st.lists(json_objects, min_size=1, max_size=3),
            "operation": st.sampled_from(
                ["insert", "update", "replace", "delete", "drop", "rename", "dropDatabase", "invalidate"]
            ),
            "database": names,
            "collection": names,
        },
        "documentdb",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_every_operation_type_has_a_fixture_and_narrows_the_keys() -> None:
    changes = [entry["event"] for fixture in fixtures_of("DocumentDBEventDict") for entry in fixture.raw()["events"]]
    assert {change["operationType"] for change in changes} == literal_values_of_operations()
    for change in changes:
        assert ("ns" in change) == (change["operationType"] != "invalidate")
        assert ("documentKey" in change) == (change["operationType"] in ("insert", "update", "replace", "delete"))


def literal_values_of_operations() -> set[str]:
    """Every `operationType` the union of change events declares."""
    members = typing.get_args(lambda_events.DocumentDBChangeEventDict)
    return {value for member in members for value in typing.get_args(typing.get_type_hints(member)["operationType"])}


def test_collection_and_database_operations() -> None:
    renamed = factories.documentdb_event(operation="rename", renamed_to="archive", seed=1)["events"][0]["event"]
    assert renamed.get("to") == {"db": "app", "coll": "archive"}
    dropped = factories.documentdb_event(operation="dropDatabase", seed=1)["events"][0]["event"]
    assert dropped.get("ns") == {"db": "app"}
    invalid = factories.documentdb_event(operation="invalidate", seed=1)["events"][0]["event"]
    assert set(invalid) == {"_id", "clusterTime", "operationType"}
    deleted = factories.documentdb_event(operation="delete", seed=1)["events"][0]["event"]
    assert lambda_events.find_event_problems({**deleted, "fullDocument": {}}, lambda_events.DocumentDBDeleteEventDict)
