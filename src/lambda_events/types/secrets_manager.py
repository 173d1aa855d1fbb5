"""AWS Secrets Manager: the request a rotation function receives for each step of rotating a secret."""

from typing import Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = ["SecretsManagerEventDict", "SecretsManagerRotationStep"]

SecretsManagerRotationStep = Literal["createSecret", "setSecret", "testSecret", "finishSecret"]
"""The four steps of a rotation, in the order Secrets Manager invokes them (the rotation function contract of
the Secrets Manager user guide; a closed set)."""


class SecretsManagerEventDict(TypedDict):
    """One invocation of a rotation function; Secrets Manager calls it once per step, with the same token.

    The function returns nothing: Secrets Manager treats a raised error as a failed step and retries it.
    """

    Step: SecretsManagerRotationStep
    """Which step to perform: create the pending version, set it in the service, test it, or move the
    `AWSCURRENT` label to it."""
    SecretId: str
    """The ARN of the secret being rotated."""
    ClientRequestToken: str
    """The id of the new secret version (the pending version); it makes each step idempotent."""
    RotationToken: NotRequired[str]
    """A token identifying where the request came from; present when rotation runs with an assumed role or
    across accounts, and then required when the function calls Secrets Manager (pass it on as given). From the
    Secrets Manager user guide; none of DefinitelyTyped, aws-lambda-go, Rust or Java declares it yet."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

SecretsManagerHandler = Callable[["SecretsManagerEventDict", "LambdaContext"], object]
"""A Secrets Manager rotation step; Secrets Manager ignores what it returns (raise to fail the step)."""

__all__ += ["SecretsManagerHandler"]
# --- end generated handler aliases ---
