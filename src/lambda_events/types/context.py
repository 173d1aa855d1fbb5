"""The context object the Lambda Python runtime passes to every handler, as `Protocol`s.

The runtime's own class (`awslambdaric`'s `LambdaContext`) ships without type information. These protocols
describe what it offers, with read-only properties, so both the real object and a test double of your own
(a dataclass, a `SimpleNamespace`-like class with the same attributes) satisfy them. All four are
`runtime_checkable`: `isinstance(context, LambdaContext)` checks that every member is present (not its type).
"""

from typing import Any, Mapping, Optional, Protocol, runtime_checkable

__all__ = ["LambdaClientContext", "LambdaClientContextClient", "LambdaCognitoIdentity", "LambdaContext"]


@runtime_checkable
class LambdaCognitoIdentity(Protocol):
    """The Amazon Cognito identity that authorized a call made through the AWS Mobile SDK (`context.identity`).

    The runtime always provides this object; both values are `None` when the call carried no Cognito identity.
    """

    @property
    def cognito_identity_id(self) -> Optional[str]:
        """The authenticated Cognito identity's id."""
        ...

    @property
    def cognito_identity_pool_id(self) -> Optional[str]:
        """The Cognito identity pool that authorized the call."""
        ...


@runtime_checkable
class LambdaClientContextClient(Protocol):
    """The mobile application that made the call (`context.client_context.client`); each value may be `None`."""

    @property
    def installation_id(self) -> Optional[str]:
        """The id of this installation of the application."""
        ...

    @property
    def app_title(self) -> Optional[str]:
        """The application's title."""
        ...

    @property
    def app_version_name(self) -> Optional[str]:
        """The application's version name."""
        ...

    @property
    def app_version_code(self) -> Optional[str]:
        """The application's version code."""
        ...

    @property
    def app_package_name(self) -> Optional[str]:
        """The application's package name."""
        ...


@runtime_checkable
class LambdaClientContext(Protocol):
    """What the client application sent about itself with a call made through the AWS Mobile SDK
    (`context.client_context`, `None` for every other call)."""

    @property
    def client(self) -> Optional[LambdaClientContextClient]:
        """The application; `None` when the client sent no `client` object."""
        ...

    @property
    def custom(self) -> Optional[Mapping[str, Any]]:
        """Custom values the application set; `None` when it sent none."""
        ...

    @property
    def env(self) -> Optional[Mapping[str, Any]]:
        """Environment information the AWS SDK provided (platform, make, model, locale); `None` when absent."""
        ...


@runtime_checkable
class LambdaContext(Protocol):
    """The invocation, function and execution environment, as the Python runtime describes them to a handler.

    Annotate a handler's second parameter with it: `def handler(event: SQSEventDict, context: LambdaContext)`.
    The runtime reads the function's name, version, memory and log group and stream from its environment, so
    they are strings; `memory_limit_in_mb` too (`"128"`): convert it with `int()` to compute with it.
    """

    @property
    def aws_request_id(self) -> str:
        """The id of this invocation request (the `requestId` of the invocation's log lines)."""
        ...

    @property
    def log_group_name(self) -> str:
        """The CloudWatch Logs log group of the function."""
        ...

    @property
    def log_stream_name(self) -> str:
        """The CloudWatch Logs log stream of this execution environment."""
        ...

    @property
    def function_name(self) -> str:
        """The name of the function."""
        ...

    @property
    def function_version(self) -> str:
        """The version of the function that runs (`$LATEST` or a published version number)."""
        ...

    @property
    def memory_limit_in_mb(self) -> str:
        """The memory configured for the function, in megabytes, as a string (`"128"`)."""
        ...

    @property
    def invoked_function_arn(self) -> str:
        """The ARN the caller invoked, with the version or alias qualifier when the caller gave one."""
        ...

    @property
    def identity(self) -> LambdaCognitoIdentity:
        """The Cognito identity of a call made through the AWS Mobile SDK (both values `None` otherwise)."""
        ...

    @property
    def client_context(self) -> Optional[LambdaClientContext]:
        """What a mobile client application sent about itself; `None` for every other call."""
        ...

    @property
    def tenant_id(self) -> Optional[str]:
        """The tenant the invocation is for, on a function with tenant isolation; `None` otherwise."""
        ...

    def get_remaining_time_in_millis(self) -> int:
        """The milliseconds left before the invocation times out (never negative)."""
        ...
