"""A context object for handler tests: what the Python runtime passes as a handler's second argument, with
names consistent with each other and a request id drawn like the events' ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaClientContext

__all__ = ["FakeCognitoIdentity", "FakeLambdaContext", "lambda_context"]


@dataclass(frozen=True)
class FakeCognitoIdentity:
    """The `identity` of a test context; both values `None`, as for every call not made through the AWS Mobile
    SDK, unless given."""

    cognito_identity_id: Optional[str] = None
    """The Cognito identity's id."""
    cognito_identity_pool_id: Optional[str] = None
    """The Cognito identity pool that authorized the call."""


@dataclass(frozen=True)
class FakeLambdaContext:
    """A context for handler tests, made by `lambda_context`; it satisfies `LambdaContext`, for the checkers
    and for `isinstance`.

    Its values are fixed, the time left included: `get_remaining_time_in_millis()` returns `remaining_millis`
    at every call (there is no clock), so what a test checks never depends on how fast it runs. To take a
    handler down its deadline path, give a small value (`dataclasses.replace(context, remaining_millis=500)`
    makes one from another context).
    """

    aws_request_id: str
    """The id of the invocation."""
    log_group_name: str
    """The function's log group: `/aws/lambda/<function name>`."""
    log_stream_name: str
    """The execution environment's log stream: `<date>/[<version>]<32 hexadecimal digits>`."""
    function_name: str
    """The function's name."""
    function_version: str
    """The version that runs (`$LATEST` or a published version number)."""
    memory_limit_in_mb: str
    """The function's memory in megabytes, as a string, as the runtime gives it."""
    invoked_function_arn: str
    """The ARN the caller invoked, with its qualifier when it had one."""
    remaining_millis: int
    """What `get_remaining_time_in_millis()` returns."""
    identity: FakeCognitoIdentity = field(default_factory=FakeCognitoIdentity)
    """The Cognito identity of the call (none by default)."""
    client_context: Optional[LambdaClientContext] = None
    """What a mobile client application sent about itself (`None` by default, as for every other call)."""
    tenant_id: Optional[str] = None
    """The tenant the invocation is for, on a function with tenant isolation."""

    def get_remaining_time_in_millis(self) -> int:
        """The milliseconds left before the invocation times out: `remaining_millis`, the same at every call."""
        return self.remaining_millis


def lambda_context(
    *,
    function_name: str = "example-function",
    version: str = "$LATEST",
    qualifier: Optional[str] = None,
    memory_mb: int = 128,
    remaining_millis: int = 3_000,
    tenant_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> FakeLambdaContext:
    """The context of an invocation of `function_name` (running `version`) in `account` and `region`.

    The log group and stream are the function's (the stream dated by `at`), the memory is `memory_mb` as the
    string the runtime gives, and `invoked_function_arn` is the function's ARN, followed by `:qualifier` when
    the caller named an alias or version. `get_remaining_time_in_millis()` always returns `remaining_millis`
    (by default the whole of Lambda's default timeout, three seconds). `seed` and `at` work as for the event
    factories: given both, the same context on every run.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    function_arn = scene.arn("lambda", f"function:{function_name}")
    return FakeLambdaContext(
        aws_request_id=scene.uuid(),
        log_group_name=f"/aws/lambda/{function_name}",
        log_stream_name=f"{scene.now.strftime('%Y/%m/%d')}/[{version}]{scene.hex(32)}",
        function_name=function_name,
        function_version=version,
        memory_limit_in_mb=str(memory_mb),
        invoked_function_arn=function_arn if qualifier is None else f"{function_arn}:{qualifier}",
        remaining_millis=remaining_millis,
        tenant_id=tenant_id,
    )
