"""The account, Region, clock and random source one factory call draws its realistic values from.

Every factory takes `seed` (an `int`, a `random.Random` to share between calls, or `None` for fresh random
ids) and `at` (a timezone-aware `datetime`, or `None` for the current time). Given both, a factory returns
the same event on every run.
"""

from __future__ import annotations

import base64
import json
import random
import string
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Optional, Union
from urllib.parse import quote

if TYPE_CHECKING:
    from lambda_events._typing import TypedDict

    class ScenarioArgumentsDict(TypedDict):
        """A scenario as the keyword arguments of a factory."""

        region: str
        """The Region of the resources."""
        account: str
        """The account that owns the resources."""
        seed: random.Random
        """The random source to go on drawing ids from."""
        at: datetime
        """When the event happens."""


DEFAULT_REGION = "us-east-1"
"""The Region factories use unless told otherwise."""
DEFAULT_ACCOUNT = "123456789012"
"""The AWS account id factories use unless told otherwise (the one AWS documentation uses)."""

Seed = Union[int, random.Random, None]
"""What a factory's `seed` accepts: a number, a `random.Random` shared by several calls, or `None`."""

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LETTERS_AND_DIGITS = string.ascii_letters + string.digits
"""Upper- and lower-case letters and digits, for ids drawn from that alphabet."""
_UPPER_ALNUM = string.ascii_uppercase + string.digits
_LOWER_ALNUM = string.ascii_lowercase + string.digits


class Scenario:
    """Where and when an event happens, and the random source of its ids."""

    def __init__(self, *, seed: Seed = None, at: Optional[datetime] = None, region: str, account: str) -> None:
        if at is not None and at.utcoffset() is None:
            raise ValueError("at: expected a timezone-aware datetime (for example datetime(..., tzinfo=timezone.utc))")
        self.rng = seed if isinstance(seed, random.Random) else random.Random(seed)
        """The random source of every id."""
        self.now = (at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        """When the event happens, in UTC."""
        self.region = region
        """The Region of the resources."""
        self.account = account
        """The account that owns the resources."""

    def factory_arguments(self) -> ScenarioArgumentsDict:
        """This scenario as the keyword arguments of another factory, for an event built from another
        factory's event: the same Region, account and time, and ids drawn on from the same random source."""
        return {"region": self.region, "account": self.account, "seed": self.rng, "at": self.now}

    # --- time ---------------------------------------------------------------------------------------------

    def at(self, milliseconds: int = 0) -> datetime:
        """The event's time moved by `milliseconds` (negative: earlier)."""
        return self.now + timedelta(milliseconds=milliseconds)

    def epoch_ms(self, milliseconds: int = 0) -> int:
        """The event's time (moved by `milliseconds`) in milliseconds since the Unix epoch."""
        return (self.at(milliseconds) - _EPOCH) // timedelta(milliseconds=1)

    def iso(self, milliseconds: int = 0, *, fraction: bool = True, suffix: str = "Z") -> str:
        """ISO 8601 in UTC: `2024-03-01T12:00:00.123Z` (no fraction: `2024-03-01T12:00:00Z`)."""
        moment = self.at(milliseconds)
        text = moment.strftime("%Y-%m-%dT%H:%M:%S")
        if fraction:
            text += f".{moment.microsecond // 1000:03d}"
        return text + suffix

    def clf(self, milliseconds: int = 0) -> str:
        """The Common Log Format time API Gateway writes: `04/Mar/2020:19:15:17 +0000`."""
        moment = self.at(milliseconds)
        return f"{moment.day:02d}/{_MONTHS[moment.month - 1]}/{moment.strftime('%Y:%H:%M:%S')} +0000"

    # --- ids ----------------------------------------------------------------------------------------------

    def uuid(self) -> str:
        """A version 4 UUID."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def hex(self, length: int, *, upper: bool = False) -> str:
        """`length` random hexadecimal digits."""
        text = f"{self.rng.getrandbits(length * 4):0{length}x}"
        return text.upper() if upper else text

    def digits(self, length: int) -> str:
        """A random decimal number of exactly `length` digits."""
        return str(self.rng.randrange(10 ** (length - 1), 10**length))

    def chars(self, length: int, alphabet: str = _UPPER_ALNUM) -> str:
        """`length` characters drawn from `alphabet` (upper-case letters and digits by default)."""
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    def lower_id(self, length: int) -> str:
        """`length` lower-case letters and digits (API ids, function URL ids)."""
        return self.chars(length, _LOWER_ALNUM)

    def base64(self, size: int) -> str:
        """Base64 of `size` random bytes (signatures, receipt handles, tokens)."""
        return base64.b64encode(self.rng.getrandbits(size * 8).to_bytes(size, "big")).decode("ascii")

    def ip(self) -> str:
        """An IPv4 address from the ranges reserved for documentation (never a real host)."""
        return f"{self.rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{self.rng.randrange(1, 255)}"

    def principal_id(self) -> str:
        """An IAM user id (`AIDA` and 17 characters)."""
        return "AIDA" + self.chars(17)

    def access_key_id(self) -> str:
        """A temporary access key id (`ASIA` and 16 characters)."""
        return "ASIA" + self.chars(16)

    # --- names --------------------------------------------------------------------------------------------

    def arn(self, service: str, resource: str, *, regional: bool = True, owned: bool = True) -> str:
        """An ARN in this scenario's partition, Region and account (`regional`/`owned` False: left empty)."""
        region = self.region if regional else ""
        account = self.account if owned else ""
        return f"arn:{partition_of(self.region)}:{service}:{region}:{account}:{resource}"


def presigned_s3_url(scene: Scenario, host_and_target: str, *, temporary: bool = True) -> str:
    """A SigV4 presigned S3 URL: `https://` + `host_and_target` + the signing query (with a security token
    when signed with `temporary` credentials)."""
    day = scene.now.strftime("%Y%m%d")
    key_id = scene.access_key_id() if temporary else "AKIA" + scene.chars(16)
    query = [
        "X-Amz-Algorithm=AWS4-HMAC-SHA256",
        f"X-Amz-Credential={key_id}%2F{day}%2F{scene.region}%2Fs3%2Faws4_request",
        f"X-Amz-Date={scene.now.strftime('%Y%m%dT%H%M%SZ')}",
        "X-Amz-Expires=7200",
    ]
    if temporary:
        query.append(f"X-Amz-Security-Token={quote(scene.base64(300), safe='')}")
    query += ["X-Amz-SignedHeaders=host", f"X-Amz-Signature={scene.hex(64)}"]
    separator = "&" if "?" in host_and_target else "?"
    return f"https://{host_and_target}{separator}{'&'.join(query)}"


def partition_of(region: str) -> str:
    """The ARN partition of a Region: `aws`, `aws-cn` or `aws-us-gov`."""
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    return "aws"


def json_text(value: Any) -> str:
    """A value as the compact JSON text AWS services put in string fields."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def payload_bytes(value: Union[bytes, str, Any]) -> bytes:
    """A record payload as bytes: bytes unchanged, text as UTF-8, anything else as UTF-8 JSON."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    return json_text(value).encode("utf-8")


def b64(data: bytes) -> str:
    """Standard base64 with padding, as text."""
    return base64.b64encode(data).decode("ascii")


Payload = Union[bytes, str, Any]
"""A record payload as a test gives it: bytes as they are, text as UTF-8, anything else as UTF-8 JSON."""

MessageBody = Union[str, Mapping[str, Any], Sequence[Any]]
"""A message as a test gives it: text is sent as it is, anything else as JSON text."""


def message_text(body: MessageBody) -> str:
    """`body` itself when it is text, else its JSON text."""
    return body if isinstance(body, str) else json_text(body)


def sequence_numbers(scene: Scenario, count: int) -> list[str]:
    """Increasing 56-digit sequence numbers, as Kinesis assigns them within a shard."""
    numbers = [int(scene.digits(56))]
    while len(numbers) < count:
        numbers.append(numbers[-1] + scene.rng.randrange(10**20, 10**22))
    return [str(number) for number in numbers[:count]]
