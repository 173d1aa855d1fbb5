"""AWS resource tagging events (`source` `aws.tag`): the tags of a resource changed.

Authority: the Tagging AWS Resources User Guide, "Tag change events" (sent for resources whose service
supports them; `resources` holds the resource's ARN).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "TagChangeOnResourceDetailDict",
    "TagChangeOnResourceEventDict",
]

EVENTS = {
    "TagChangeOnResourceEventDict": ("aws.tag", "Tag Change on Resource"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Tag Change on Resource ----------------------------------------------------------------------------------------

_TagChangeOnResourceHyphenatedKeys = TypedDict(
    "_TagChangeOnResourceHyphenatedKeys",
    {"changed-tag-keys": list[str], "resource-type": str},
)
"""The keys of the detail whose names are not Python identifiers.

- `changed-tag-keys`: the keys of the tags that were added, changed or removed.
- `resource-type`: the resource's type within its service (`table`, `instance`).
"""


class TagChangeOnResourceDetailDict(_TagChangeOnResourceHyphenatedKeys):
    """The `detail` of `Tag Change on Resource`; hyphenated keys are documented on the base."""

    service: str
    """The resource's service (`dynamodb`, `ec2`)."""
    version: int
    """The version of the resource's tag set: it grows with each change, to order events."""
    tags: dict[str, str]
    """All the resource's tags after the change, by key (a removed key is absent)."""


_TagChangeOnResourceRouting = TypedDict(
    "_TagChangeOnResourceRouting",
    {"detail-type": Literal["Tag Change on Resource"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Tag Change on Resource`.
"""


class TagChangeOnResourceEventDict(_TagChangeOnResourceRouting, EventBridgeEnvelopeDict):
    """AWS sends it when tags are added to, changed on or removed from a resource."""

    source: Literal["aws.tag"]
    """Always `aws.tag`."""
    detail: TagChangeOnResourceDetailDict
    """The resource's changed tag keys, and all its tags now."""
