"""Test events of DynamoDB Streams: record batches (images
serialized with the DynamoDB attribute types) and tumbling windows."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Optional, cast

from lambda_events.helpers.dynamodb import serialize_dynamodb_item
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, json_text
from lambda_events.testing._windows import window_batch

if TYPE_CHECKING:
    from lambda_events.types.dynamodb import (
        DynamoDBStreamEventDict,
        DynamoDBStreamRecordDict,
        DynamoDBStreamTimeWindowEventDict,
    )

__all__ = ["dynamodb_event", "dynamodb_record", "dynamodb_time_window_event"]


Item = Mapping[str, Any]
"""An item as plain Python values (`str`, `int`, `Decimal`, `bytes`, `bool`, `None`, lists, sets, mappings)."""


DynamoDBEventName = Literal["INSERT", "MODIFY", "REMOVE"]
"""The kinds of change a DynamoDB stream record reports."""


StreamViewType = Literal["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"]
"""Which images a stream captures."""

_EVENT_NAMES = ("INSERT", "MODIFY", "REMOVE")
_VIEW_TYPES = ("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES")


def dynamodb_record(
    event_name: DynamoDBEventName,
    *,
    new_image: Optional[Item] = None,
    old_image: Optional[Item] = None,
    keys: Optional[Item] = None,
    key_names: Optional[Sequence[str]] = None,
    view_type: Optional[StreamViewType] = None,
    table: str = "orders",
    ttl_expired: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DynamoDBStreamRecordDict:
    """One DynamoDB stream record of the change `event_name`, from plain Python items (serialized as
    `dynamodb_event` does). Compose a batch of any mix of changes with `dynamodb_event(records=[...])`.

    The record carries the images its change and the stream's `view_type` give it: `INSERT` a new image,
    `REMOVE` an old one, `MODIFY` both (in a `NEW_AND_OLD_IMAGES` stream, the default when an image is given;
    `KEYS_ONLY` otherwise). Its `Keys` are `keys`, or the `key_names` attributes of its image (by default the
    image's first attribute). `ttl_expired` marks a `REMOVE` as a deletion by Time to Live.

    Raises `ValueError` naming the argument for what DynamoDB never sends: an unknown `event_name` or
    `view_type`, an empty image, an image the change or the view type does not carry (an `INSERT` with an
    `old_image`), an image missing that they do carry, a `KEYS_ONLY` record without `keys`, `ttl_expired`
    on a change other than `REMOVE`.
    """
    if event_name not in _EVENT_NAMES:
        raise ValueError(f"event_name must be INSERT, MODIFY or REMOVE, got {event_name!r}")
    view = view_type or ("KEYS_ONLY" if new_image is None and old_image is None else "NEW_AND_OLD_IMAGES")
    if view not in _VIEW_TYPES:
        raise ValueError(f"view_type must be one of {', '.join(_VIEW_TYPES)}, got {view_type!r}")
    for argument, image in (("new_image", new_image), ("old_image", old_image)):
        _check_image(argument, image, event_name, view)
    if ttl_expired and event_name != "REMOVE":
        raise ValueError(f"ttl_expired: only a REMOVE is a deletion by Time to Live, not {event_name}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    key_item = keys if keys is not None else _key_of(new_image if new_image is not None else old_image, key_names)
    stream_arn = scene.arn("dynamodb", f"table/{table}/stream/{scene.iso(-86_400_000, suffix='')}")
    change = _Change(event_name, new_image, old_image, key_item, ttl_expired)
    return _record(scene, change, view, stream_arn, int(scene.digits(21)), 0)


def _check_image(argument: str, image: Optional[Item], event_name: str, view: str) -> None:
    """`ValueError` naming `argument` when the image is empty, or given or missing against what the change
    and the view type carry."""
    new = argument == "new_image"
    carried_by_change = event_name == "MODIFY" or event_name == ("INSERT" if new else "REMOVE")
    carried_by_view = view == "NEW_AND_OLD_IMAGES" or view == ("NEW_IMAGE" if new else "OLD_IMAGE")
    if image is None:
        if carried_by_change and carried_by_view:
            raise ValueError(f"{argument} is missing: {event_name} records of {view} streams carry one")
        return
    if not image:
        raise ValueError(f"{argument} is empty: an item always has its key attributes")
    if not carried_by_change:
        raise ValueError(f"{argument}: {event_name} records have no {'new' if new else 'old'} image")
    if not carried_by_view:
        raise ValueError(f"{argument}: {view} streams carry no {'new' if new else 'old'} images")


def dynamodb_event(
    *,
    new_images: Sequence[Item] = (),
    old_images: Sequence[Item] = (),
    keys: Sequence[Item] = (),
    key_names: Optional[Sequence[str]] = None,
    event_name: Optional[DynamoDBEventName] = None,
    records: Sequence[DynamoDBStreamRecordDict] = (),
    table: str = "orders",
    ttl_expired: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DynamoDBStreamEventDict:
    """A DynamoDB stream batch built from plain Python items (serialized with `serialize_dynamodb_item`, so
    `deserialize_dynamodb_image` gives them back; pass `Decimal`, not `float`), or from `records` made by
    `dynamodb_record` (any mix of `INSERT`, `MODIFY` and `REMOVE`, of one stream view type), copied.

    Record *i* has the *i*-th new image, old image and keys of the lists given. Its `Keys` are `keys[i]`, or
    the `key_names` attributes of its image (by default the image's first attribute). Its event name is
    `event_name`, or follows from its images: both `MODIFY`, a new one `INSERT`, an old one `REMOVE`. The
    stream view type follows from which images the batch carries. `ttl_expired` marks `REMOVE` records as
    deleted by Time to Live.

    Raises `ValueError` naming the argument for a batch DynamoDB never sends: no record, an empty image (an
    item always has its key attributes), an image the event name contradicts, `records` together with images
    or keys, or `records` of different stream view types.
    """
    if records:
        return _composed(records, new_images, old_images, keys)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    count = max(len(new_images), len(old_images), len(keys))
    if count == 0:
        raise ValueError("dynamodb_event needs at least one of new_images, old_images, keys or records")
    for argument, images in (("new_images", new_images), ("old_images", old_images)):
        empty = [index for index, image in enumerate(images) if not image]
        if empty:
            raise ValueError(
                f"{argument}[{empty[0]}] is empty: an item always has its key attributes (for a batch whose "
                "records carry different images, compose it from dynamodb_record(...) records)"
            )
    view = _view_type(bool(new_images), bool(old_images))
    first_sequence = int(scene.digits(21))
    stream_arn = scene.arn("dynamodb", f"table/{table}/stream/{scene.iso(-86_400_000, suffix='')}")
    batch: list[DynamoDBStreamRecordDict] = []
    for index in range(count):
        new = new_images[index] if index < len(new_images) else None
        old = old_images[index] if index < len(old_images) else None
        name = event_name or _event_name(new is not None, old is not None)
        if (name == "INSERT" and old is not None) or (name == "REMOVE" and new is not None):
            raise ValueError(f"record {index}: {name} records cannot have the image given")
        try:
            key_item = keys[index] if index < len(keys) else _key_of(new if new is not None else old, key_names)
        except ValueError as error:
            raise ValueError(f"record {index}: {error}") from None
        change = _Change(name, new, old, key_item, ttl_expired and name == "REMOVE")
        batch.append(_record(scene, change, view, stream_arn, first_sequence, index))
    return {"Records": batch}


def _composed(
    records: Sequence[DynamoDBStreamRecordDict],
    new_images: Sequence[Item],
    old_images: Sequence[Item],
    keys: Sequence[Item],
) -> DynamoDBStreamEventDict:
    """A batch of copies of `records`, refused when images or keys are given too, or view types differ."""
    if new_images or old_images or keys:
        raise ValueError("records: give either records or new_images/old_images/keys, not both")
    views = sorted({record["dynamodb"]["StreamViewType"] for record in records})
    if len(views) > 1:
        raise ValueError(f"records: a stream has one view type, these have {', '.join(views)}")
    return {"Records": [copy.deepcopy(record) for record in records]}


class _Change(NamedTuple):
    """What a record reports: the kind of change, its images and keys."""

    name: DynamoDBEventName
    new: Optional[Item]
    old: Optional[Item]
    keys: Item
    ttl_expired: bool


def _record(
    scene: Scenario, change: _Change, view: StreamViewType, stream_arn: str, first_sequence: int, index: int
) -> DynamoDBStreamRecordDict:
    """The `index`-th record of a batch, reporting `change`."""
    # The kind of change decides which of the three record types this is: built as one dict, then cast.
    payload: dict[str, Any] = {
        "ApproximateCreationDateTime": float(scene.epoch_ms(index * 10 - 5000) // 1000),
        "Keys": serialize_dynamodb_item(change.keys),
        "SequenceNumber": str(first_sequence + index * 100),
        "SizeBytes": 0,
        "StreamViewType": view,
    }
    if change.new is not None:
        payload["NewImage"] = serialize_dynamodb_item(change.new)
    if change.old is not None:
        payload["OldImage"] = serialize_dynamodb_item(change.old)
    images = [payload["Keys"], payload.get("NewImage", {}), payload.get("OldImage", {})]
    payload["SizeBytes"] = len(json_text(images))
    record: dict[str, Any] = {
        "eventID": scene.hex(32),
        "eventName": change.name,
        "eventVersion": "1.1",
        "eventSource": "aws:dynamodb",
        "awsRegion": scene.region,
        "dynamodb": payload,
        "eventSourceARN": stream_arn,
    }
    if change.ttl_expired:
        record["userIdentity"] = {"type": "Service", "principalId": "dynamodb.amazonaws.com"}
    return cast("DynamoDBStreamRecordDict", record)


def _event_name(has_new: bool, has_old: bool) -> DynamoDBEventName:
    if has_new and has_old:
        return "MODIFY"
    return "INSERT" if has_new else "REMOVE"


def _view_type(has_new: bool, has_old: bool) -> StreamViewType:
    if has_new and has_old:
        return "NEW_AND_OLD_IMAGES"
    if has_new:
        return "NEW_IMAGE"
    return "OLD_IMAGE" if has_old else "KEYS_ONLY"


def _key_of(image: Optional[Item], key_names: Optional[Sequence[str]]) -> Item:
    """The primary key attributes of an image."""
    if image is None or not image:
        raise ValueError("no image to take the keys from; pass keys=")
    names = list(key_names) if key_names is not None else [next(iter(image))]
    missing = [name for name in names if name not in image]
    if missing:
        raise ValueError(f"key_names: the image has no key attribute {', '.join(missing)}")
    return {name: image[name] for name in names}


def dynamodb_time_window_event(
    *,
    new_images: Sequence[Item] = ({"id": "order-1", "total": 42},),
    old_images: Sequence[Item] = (),
    state: Optional[Mapping[str, Any]] = None,
    final: bool = False,
    window_seconds: int = 300,
    table: str = "orders",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DynamoDBStreamTimeWindowEventDict:
    """A DynamoDB stream batch of a tumbling window (records as `dynamodb_event` builds them), carrying
    the `state` returned for the window so far (`None`: the first invocation of a window, without a `state`
    key). The `final` invocation of a window has no records."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    batch = dynamodb_event(
        new_images=new_images, old_images=old_images, table=table, **scene.factory_arguments()
    )
    event = window_batch(
        scene,
        batch["Records"],
        window_seconds=window_seconds,
        state=state,
        final=final,
        shard_id=f"shardId-{scene.digits(20)}-{scene.hex(8)}",
        source_arn=batch["Records"][0]["eventSourceARN"],
    )
    return cast("DynamoDBStreamTimeWindowEventDict", event)
