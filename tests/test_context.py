"""`LambdaContext` describes the Python runtime's context object, and the handler aliases cover every source.

Two objects must satisfy the protocols, for mypy and pyright (the annotated assignments below) and at run
time (`isinstance`, the protocols being `runtime_checkable`): the test double `lambda_events.testing` makes
(`lambda_context`), and one independent class, a stand-in for the runtime's own object built the way
`awslambdaric` builds it (names read from the environment, `__slots__` objects made from the invocation's
client context and Cognito identity). That one is kept apart from the package on purpose: it proves that a
class which knows nothing of this library (as the runtime's does not) satisfies the protocols.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ForwardRef, Optional, TypeVar, cast, get_args, get_origin

import pytest

import lambda_events
from lambda_events import (
    LambdaClientContext,
    LambdaClientContextClient,
    LambdaCognitoIdentity,
    LambdaContext,
    SQSBatchResponseDict,
    SQSEventDict,
)
from lambda_events._sources import SOURCES
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES
from lambda_events.testing import FakeCognitoIdentity, lambda_context
from scripts.runtime_check import submodules_loaded_by

# --- A stand-in for the runtime's object ----------------------------------------------------------------------


class RuntimeCognitoIdentity:
    """Like the runtime's: always present, both values `None` when the call had no Cognito identity."""

    __slots__ = ("cognito_identity_id", "cognito_identity_pool_id")

    def __init__(self, identity: Optional[Mapping[str, str]]) -> None:
        found = identity or {}
        self.cognito_identity_id: Optional[str] = found.get("cognitoIdentityId")
        self.cognito_identity_pool_id: Optional[str] = found.get("cognitoIdentityPoolId")


class RuntimeClient:
    """The mobile client, every field read from the client context's `client` object (or `None`)."""

    __slots__ = ("installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name")

    def __init__(self, client: Mapping[str, str]) -> None:
        self.installation_id: Optional[str] = client.get("installation_id")
        self.app_title: Optional[str] = client.get("app_title")
        self.app_version_name: Optional[str] = client.get("app_version_name")
        self.app_version_code: Optional[str] = client.get("app_version_code")
        self.app_package_name: Optional[str] = client.get("app_package_name")


class RuntimeClientContext:
    """The client context a mobile SDK sent with the invocation."""

    __slots__ = ("client", "custom", "env")

    def __init__(self, context: Mapping[str, Any]) -> None:
        client = context.get("client")
        self.client: Optional[RuntimeClient] = RuntimeClient(client) if client is not None else None
        self.custom: Optional[dict[str, Any]] = context.get("custom")
        self.env: Optional[dict[str, Any]] = context.get("env")


class RuntimeContext:
    """Built as the Python runtime builds its context: the invocation's headers plus the environment."""

    def __init__(
        self,
        invoke_id: str,
        client_context: Optional[Mapping[str, Any]],
        cognito_identity: Optional[Mapping[str, str]],
        deadline_epoch_ms: int,
        invoked_function_arn: str,
        tenant_id: Optional[str] = None,
    ) -> None:
        self.aws_request_id = invoke_id
        self.log_group_name = os.environ["AWS_LAMBDA_LOG_GROUP_NAME"]
        self.log_stream_name = os.environ["AWS_LAMBDA_LOG_STREAM_NAME"]
        self.function_name = os.environ["AWS_LAMBDA_FUNCTION_NAME"]
        self.memory_limit_in_mb = os.environ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"]
        self.function_version = os.environ["AWS_LAMBDA_FUNCTION_VERSION"]
        self.invoked_function_arn = invoked_function_arn
        self.tenant_id = tenant_id
        self.client_context = RuntimeClientContext(client_context) if client_context is not None else None
        self.identity = RuntimeCognitoIdentity(cognito_identity)
        self._deadline_epoch_ms = deadline_epoch_ms

    def get_remaining_time_in_millis(self) -> int:
        """Milliseconds until the deadline, never below zero."""
        return max(self._deadline_epoch_ms - int(time.time() * 1000), 0)


@pytest.fixture
def lambda_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The variables the Lambda runtime sets for a function."""
    for name, value in {
        "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/orders",
        "AWS_LAMBDA_LOG_STREAM_NAME": "2024/05/01/[$LATEST]0123456789abcdef0123456789abcdef",
        "AWS_LAMBDA_FUNCTION_NAME": "orders",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "512",
        "AWS_LAMBDA_FUNCTION_VERSION": "7",
    }.items():
        monkeypatch.setenv(name, value)
    yield


def mobile_call(deadline_in_ms: int) -> RuntimeContext:
    """A runtime context for a call made through a mobile SDK, with client context and Cognito identity."""
    return RuntimeContext(
        invoke_id="0d3b4a7e-5c8f-4e21-9b6a-2f1e8d7c6b5a",
        client_context={
            "client": {"installation_id": "inst-1", "app_title": "Orders", "app_version_name": "2.1"},
            "custom": {"tenant": "acme"},
            "env": {"platform": "Android", "locale": "en_GB"},
        },
        cognito_identity={
            "cognitoIdentityId": "eu-west-1:8f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b",
            "cognitoIdentityPoolId": "eu-west-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
        },
        deadline_epoch_ms=int(time.time() * 1000) + deadline_in_ms,
        invoked_function_arn="arn:aws:lambda:eu-west-1:123456789012:function:orders:7",
    )


# --- The protocols --------------------------------------------------------------------------------------------


def test_a_test_double_satisfies_the_protocol() -> None:
    context: LambdaContext = lambda_context(seed=1)
    assert isinstance(context, LambdaContext)
    identity: LambdaCognitoIdentity = FakeCognitoIdentity("us-east-1:8f1c2d3e", "us-east-1:1a2b3c4d")
    assert isinstance(identity, LambdaCognitoIdentity)
    assert isinstance(context.identity, LambdaCognitoIdentity)
    assert context.client_context is None


@pytest.mark.usefixtures("lambda_environment")
def test_the_runtimes_object_satisfies_the_protocols() -> None:
    context: LambdaContext = mobile_call(deadline_in_ms=60_000)
    assert isinstance(context, LambdaContext)
    assert context.memory_limit_in_mb == "512"  # a string, as the runtime reads it from the environment
    assert 0 < context.get_remaining_time_in_millis() <= 60_000
    identity: LambdaCognitoIdentity = context.identity
    assert isinstance(identity, LambdaCognitoIdentity)
    assert identity.cognito_identity_pool_id == "eu-west-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
    client_context = context.client_context
    assert isinstance(client_context, LambdaClientContext)
    assert client_context.custom == {"tenant": "acme"}
    client: Optional[LambdaClientContextClient] = client_context.client
    assert isinstance(client, LambdaClientContextClient)
    assert (client.app_title, client.app_package_name) == ("Orders", None)


@pytest.mark.usefixtures("lambda_environment")
def test_a_call_without_mobile_sdk_has_an_empty_identity_and_no_client_context() -> None:
    context: LambdaContext = RuntimeContext("id-1", None, None, int(time.time() * 1000) - 5, "arn:aws:lambda:x")
    assert context.client_context is None
    assert (context.identity.cognito_identity_id, context.identity.cognito_identity_pool_id) == (None, None)
    assert context.get_remaining_time_in_millis() == 0


def test_an_object_missing_a_member_is_not_a_context() -> None:
    @dataclass(frozen=True)
    class WithoutTenant:
        aws_request_id: str = "id"

    assert not isinstance(WithoutTenant(), LambdaContext)
    assert not isinstance(object(), LambdaCognitoIdentity)


def sqs_handler(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """Stop taking messages when too little time is left, and have the rest retried."""
    failures: SQSBatchResponseDict = {"batchItemFailures": []}
    for record in event["Records"]:
        if context.get_remaining_time_in_millis() < int(context.memory_limit_in_mb):
            failures["batchItemFailures"].append({"itemIdentifier": record["messageId"]})
    return failures


def test_a_handler_runs_with_a_test_double() -> None:
    event: SQSEventDict = {"Records": []}
    handler: lambda_events.SQSHandler = sqs_handler
    assert handler(event, lambda_context(seed=1)) == {"batchItemFailures": []}


# --- The handler aliases --------------------------------------------------------------------------------------


def forward_references(alias: object) -> Iterator[str]:
    """The names of every type an alias refers to by name, however deeply nested."""
    if isinstance(alias, ForwardRef):
        yield alias.__forward_arg__
    for argument in get_args(alias):
        if isinstance(argument, list):
            for item in cast("list[object]", argument):
                yield from forward_references(item)
        else:
            yield from forward_references(argument)


def event_type_of(alias: object) -> str:
    """The name of the type of an alias's first parameter: named forward, or a generic event parameterised
    with the type parameter the alias passes on (`APIGatewayProxyEventDict[AuthorizerContextT]`)."""
    parameters, _ = get_args(alias)
    first = parameters[0]
    if isinstance(first, ForwardRef):
        return first.__forward_arg__
    (parameter,) = get_args(first)
    assert isinstance(parameter, TypeVar)
    name: str = get_origin(first).__name__
    return name


ALIASES = {name: getattr(lambda_events, name) for name in [s.handler for s in SOURCES] + ["CognitoUserPoolTriggerHandler"]}
"""Every handler alias: one per registry row, and one for a function serving several Cognito triggers."""


def test_every_alias_takes_an_event_and_the_context() -> None:
    for name, alias in ALIASES.items():
        parameters, _ = get_args(alias)
        assert len(parameters) == 2, name
        assert parameters[1] == ForwardRef("LambdaContext"), name


def test_every_type_an_alias_names_is_exported() -> None:
    for name, alias in ALIASES.items():
        for referenced in forward_references(alias):
            assert hasattr(lambda_events, referenced), f"{name} refers to {referenced}"


def test_every_source_has_a_handler_alias() -> None:
    handled = {event_type_of(alias) for alias in ALIASES.values()}
    assert sorted(set(EVENT_SOURCE_TYPE_NAMES.values()) - handled) == []
    # The one alias for no single source: a function serving several Cognito triggers.
    assert handled - set(EVENT_SOURCE_TYPE_NAMES.values()) == {"CognitoUserPoolTriggerEventDict"}


def test_cognito_triggers_that_answer_in_the_event_return_it() -> None:
    for name, alias in ALIASES.items():
        if name.startswith("Cognito") and "Sender" not in name:
            _, returned = get_args(alias)
            assert returned == ForwardRef(event_type_of(alias)), name


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("from lambda_events import SQSHandler", ["lambda_events._typing", "lambda_events.types", "lambda_events.types.sqs"]),
        ("from lambda_events import LambdaContext", ["lambda_events.types", "lambda_events.types.context"]),
    ],
)
def test_a_handler_alias_or_the_context_loads_only_its_module(code: str, expected: list[str]) -> None:
    assert submodules_loaded_by(code) == expected
