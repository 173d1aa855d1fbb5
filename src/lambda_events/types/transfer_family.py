"""AWS Transfer Family custom identity providers: the event a Lambda identity provider receives when a user
logs in to a server, and the response that lets the user in (or, empty, keeps them out)."""

from typing import Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "TransferFamilyAuthorizerEventDict",
    "TransferFamilyAuthorizerResponseDict",
    "TransferFamilyPosixProfileDict",
]


class TransferFamilyAuthorizerEventDict(TypedDict):
    """A login attempt on a server whose identity provider type is `AWS_LAMBDA`."""

    username: str
    """The user name the client logged in with."""
    password: NotRequired[str]
    """The password the client sent; absent when the client authenticates with an SSH key (the function then
    returns the user's `PublicKeys` and the server checks the key)."""
    protocol: Literal["SFTP", "FTPS", "FTP", "AS2"]
    """The protocol of the server endpoint the client used (`AS2` only in `TestIdentityProvider` calls).
    The `Protocol` values of the Transfer Family API; `AS2` was added after the others, so the set is open."""
    serverId: str
    """The id of the server (`s-` and 17 hex digits)."""
    sourceIp: str
    """The IP address of the client."""


class TransferFamilyPosixProfileDict(TypedDict):
    """The POSIX identity a user gets on an Amazon EFS file system."""

    Uid: int
    """The user id."""
    Gid: int
    """The primary group id."""
    SecondaryGids: NotRequired[list[int]]
    """Other group ids."""


class TransferFamilyAuthorizerResponseDict(TypedDict):
    """The identity provider's answer. The user is authenticated if and only if `Role` is present and not
    empty; return `{}` to refuse the login."""

    Role: NotRequired[str]
    """The ARN of the IAM role that gives the user access to the S3 bucket or EFS file system."""
    PosixProfile: NotRequired[TransferFamilyPosixProfileDict]
    """Required for EFS storage: the user's POSIX identity."""
    PublicKeys: NotRequired[list[str]]
    """The SSH public keys the user may log in with (key authentication; not for password logins)."""
    Policy: NotRequired[str]
    """A session policy, as a JSON string, that scopes the role down for this user."""
    HomeDirectoryType: NotRequired[Literal["PATH", "LOGICAL"]]
    """`PATH`: the user sees real bucket or file system paths; `LOGICAL`: the user sees the mappings of
    `HomeDirectoryDetails`."""
    HomeDirectoryDetails: NotRequired[str]
    """`LOGICAL` home directories: a JSON string holding a list of `{"Entry": ..., "Target": ...}` mappings
    from the paths the user sees to real paths."""
    HomeDirectory: NotRequired[str]
    """The directory the user lands in after logging in."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

TransferFamilyAuthorizerHandler = Callable[
    ["TransferFamilyAuthorizerEventDict", "LambdaContext"],
    "TransferFamilyAuthorizerResponseDict",
]
"""A Transfer Family custom identity provider; return the user's role and home directory, or `{}` to refuse."""

__all__ += ["TransferFamilyAuthorizerHandler"]
# --- end generated handler aliases ---
