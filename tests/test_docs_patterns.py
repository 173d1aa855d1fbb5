"""The run-time validation patterns of docs/typing-patterns.md, proven on the fixtures.

The page includes the marked sections of this file as they are (`--8<--` sections), so what it shows is
what runs here: typeguard, pydantic and msgspec checking events against our TypedDicts.
"""

from __future__ import annotations

import copy
import sys
import typing
from functools import cache
from typing import Any, Literal

# --8<-- [start:msgspec_import]
import msgspec
import pytest

# --8<-- [end:msgspec_import]
# --8<-- [start:pydantic_import]
from pydantic import TypeAdapter, ValidationError

# --8<-- [end:pydantic_import]
# --8<-- [start:typeguard_import]
from typeguard import CollectionCheckStrategy, TypeCheckError, check_type
# pydantic needs typing_extensions' TypedDict below Python 3.12.
from typing_extensions import TypedDict

# --8<-- [end:typeguard_import]
from lambda_events import APIGatewayProxyEventV2Dict, EventBridgeEventDict, SQSEventDict

# --8<-- [start:open_literal_import]
from typing import Annotated

from lambda_events import OPEN_LITERAL, find_event_problems

# --8<-- [end:open_literal_import]
from tests.fixture_catalog import Fixture, all_fixtures, fixture_named

FIXTURES = all_fixtures()


def sqs_event() -> Any:
    """A real SQS event (two messages), freshly copied."""
    return copy.deepcopy(fixture_named("sqsEvent.json").event())


# --8<-- [start:typeguard]
def test_typeguard_checks_every_key() -> None:
    event = sqs_event()
    # ALL_ITEMS: typeguard checks only the first item of each list unless told otherwise.
    checked = check_type(
        event, SQSEventDict, collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS
    )
    assert checked is event  # the same dict, now typed as SQSEventDict

    surprising = sqs_event()
    surprising["Records"][1]["surprise"] = True  # a key SQS never sends
    with pytest.raises(TypeCheckError, match="unexpected extra key"):
        check_type(
            surprising, SQSEventDict, collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS
        )


# --8<-- [end:typeguard]


# --8<-- [start:pydantic]
SQS_EVENT = TypeAdapter(SQSEventDict)  # build it once: it compiles a validator for the whole type


def test_pydantic_type_adapter_validates_our_types() -> None:
    event = sqs_event()
    assert SQS_EVENT.validate_python(event) == event

    event["Records"][0]["body"] = 42
    with pytest.raises(ValidationError) as raised:
        SQS_EVENT.validate_python(event)
    assert raised.value.errors()[0]["loc"] == ("Records", 0, "body")

    event["Records"][0]["body"] = "ok"
    event["Records"][0]["surprise"] = True
    # Undeclared keys are dropped.
    assert "surprise" not in SQS_EVENT.validate_python(event)["Records"][0]


class OrderPlacedDict(TypedDict):
    """The `detail` of our `OrderPlaced` events."""

    order_id: str
    total_cents: int
    channel: Literal["web", "store"]


ORDER_PLACED = TypeAdapter(EventBridgeEventDict[OrderPlacedDict])


def test_pydantic_validates_a_generic_eventbridge_event() -> None:
    event = copy.deepcopy(fixture_named("eventBridgeEvent.json").event())
    event["detail"] = {"order_id": "o-7", "total_cents": 1250, "channel": "web"}
    assert ORDER_PLACED.validate_python(event)["detail"]["total_cents"] == 1250

    event["detail"]["channel"] = "phone"
    with pytest.raises(ValidationError, match="Input should be 'web' or 'store'"):
        ORDER_PLACED.validate_python(event)


# --8<-- [end:pydantic]


# --8<-- [start:open_literal]
class ShipmentDict(TypedDict):
    """The `detail` of our `Shipped` events."""

    # we add carriers without telling consumers
    carrier: Annotated[Literal["ups", "dhl"], OPEN_LITERAL]


def test_an_open_literal_accepts_new_values_unless_asked_not_to() -> None:
    shipment = {"carrier": "fedex"}
    assert find_event_problems(shipment, ShipmentDict) == []
    problems = find_event_problems(shipment, ShipmentDict, closed_literals=True)
    expected = "$.carrier: expected 'ups' | 'dhl', got 'fedex'"
    assert [str(problem) for problem in problems] == [expected]
    assert find_event_problems({"carrier": 7}, ShipmentDict) != []  # only strings are accepted


# --8<-- [end:open_literal]


def test_the_other_validators_check_open_literals_as_closed_sets() -> None:
    shipment = {"carrier": "fedex"}
    with pytest.raises(TypeCheckError):
        check_type(shipment, ShipmentDict)
    with pytest.raises(ValidationError):
        TypeAdapter(ShipmentDict).validate_python(shipment)
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert(shipment, ShipmentDict)


@pytest.mark.skipif(sys.version_info[:2] == (3, 12), reason="typing.TypeVar of Python 3.12 holds no default")
def test_pydantic_checks_a_bare_http_api_event_against_the_authorizer_union() -> None:
    """pydantic reads the run-time default of the event's type parameter, as `find_event_problems` does."""
    event = copy.deepcopy(fixture_named("apiGatewayProxyV2IamEvent.json").event())
    adapter = TypeAdapter(APIGatewayProxyEventV2Dict)
    assert adapter.validate_python(copy.deepcopy(event)) == event
    event["requestContext"]["authorizer"] = {"cognito": {"sub": "1"}}  # none of the three kinds
    with pytest.raises(ValidationError, match="requestContext.authorizer"):
        adapter.validate_python(event)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="from Python 3.12 on, pydantic accepts typing.TypedDict")
def test_pydantic_refuses_typing_typeddict_below_python_3_12() -> None:
    """Why the library takes TypedDict from typing_extensions below 3.12 (README, design decisions)."""

    class PlainDetailDict(typing.TypedDict):
        order_id: str

    with pytest.raises(Exception, match="typing_extensions.TypedDict"):
        TypeAdapter(EventBridgeEventDict[PlainDetailDict])


@cache
def pydantic_adapter(root_type: Any) -> TypeAdapter[Any]:
    """One adapter per root type."""
    return TypeAdapter(root_type)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_pydantic_accepts_every_fixture_unchanged(fixture: Fixture) -> None:
    event = fixture.event()
    assert pydantic_adapter(fixture.expected_type).validate_python(copy.deepcopy(event)) == event


# --8<-- [start:msgspec]
def test_msgspec_converts_to_our_types() -> None:
    event = sqs_event()
    assert msgspec.convert(event, SQSEventDict) == event

    event["Records"][0]["body"] = 42
    expected = r"Expected `str`, got `int` - at `\$.Records\[0\].body`"
    with pytest.raises(msgspec.ValidationError, match=expected):
        msgspec.convert(event, SQSEventDict)


# --8<-- [end:msgspec]

MSGSPEC_UNION_LIMIT = "Type unions may not contain more than one"
"""msgspec refuses a `Union` of several TypedDicts (or other dict-like types): it cannot tell them apart."""


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_msgspec_accepts_every_fixture_or_refuses_unions_of_typeddicts(fixture: Fixture) -> None:
    """msgspec converts every event whose type has no union of TypedDicts, and refuses the type otherwise."""
    event = fixture.event()
    try:
        converted = msgspec.convert(copy.deepcopy(event), fixture.expected_type)
    except TypeError as error:
        assert MSGSPEC_UNION_LIMIT in str(error)
    else:
        assert converted == event
