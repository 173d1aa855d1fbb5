"""Test events of DynamoDB Streams: record batches (images
serialized with the DynamoDB attribute types) and tumbling windows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional, cast

from lambda_events.helpers.dynamodb import serialize_dynamodb_item
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, json_text
from lambda_events.testing._windows import window_batch

if TYPE_CHECKING:
    from lambda_events.types.dynamodb import (
        DynamoDBStreamEventDict,
        DynamoDBStreamRecordDict,
        DynamoDBStreamTimeWindowEventDict,
    )

__all__ = ["dynamodb_event", "dynamodb_time_window_event"]


Item = Mapping[str, Any]
"""An item as plain Python values (`str`, `int`, `Decimal`, `bytes`, `bool`, `None`, lists, sets, mappings)."""


DynamoDBEventName = Literal["INSERT", "MODIFY", "REMOVE"]
"""The kinds of change a DynamoDB stream record reports."""


def dynamodb_event(
    *,
    new_images: Sequence[Item] = (),
    old_images: Sequence[Item] = (),
    keys: Sequence[Item] = (),
    key_names: Optional[Sequence[str]] = None,
    event_name: Optional[DynamoDBEventName] = None,
    table: str = "orders",
    ttl_expired: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DynamoDBStreamEventDict:
    """A DynamoDB stream batch built from plain Python items (serialized with `serialize_dynamodb_item`, so
    `deserialize_dynamodb_image` gives them back; pass `Decimal`, not `float`).

    Record *i* has the *i*-th new image, old image and keys of the lists given. Its `Keys` are `keys[i]`, or
    the `key_names` attributes of its image (by default the image's first attribute). Its event name is
    `event_name`, or follows from its images: both `MODIFY`, a new one `INSERT`, an old one `REMOVE`. The
    stream view type follows from which images the batch carries. `ttl_expired` marks `REMOVE` records as
    deleted by Time to Live.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    count = max(len(new_images), len(old_images), len(keys))
    if count == 0:
        raise ValueError("dynamodb_event needs at least one of new_images, old_images or keys")
    view = _view_type(bool(new_images), bool(old_images))
    first_sequence = int(scene.digits(21))
    stream_arn = scene.arn("dynamodb", f"table/{table}/stream/{scene.iso(-86_400_000, suffix='')}")
    records: list[DynamoDBStreamRecordDict] = []
    for index in range(count):
        new = new_images[index] if index < len(new_images) else None
        old = old_images[index] if index < len(old_images) else None
        name = event_name or _event_name(new is not None, old is not None)
        if (name == "INSERT" and old is not None) or (name == "REMOVE" and new is not None):
            raise ValueError(f"record {index}: an {name} record cannot have the image given")
        key_item = keys[index] if index < len(keys) else _key_of(new if new is not None else old, key_names, index)
        # The kind of change decides which of the three record types this is: built as one dict, then cast.
        payload: dict[str, Any] = {
            "ApproximateCreationDateTime": float(scene.epoch_ms(index * 10 - 5000) // 1000),
            "Keys": serialize_dynamodb_item(key_item),
            "SequenceNumber": str(first_sequence + index * 100),
            "SizeBytes": 0,
            "StreamViewType": view,
        }
        if new is not None:
            payload["NewImage"] = serialize_dynamodb_item(new)
        if old is not None:
            payload["OldImage"] = serialize_dynamodb_item(old)
        images = [payload["Keys"], payload.get("NewImage", {}), payload.get("OldImage", {})]
        payload["SizeBytes"] = len(json_text(images))
        record: dict[str, Any] = {
            "eventID": scene.hex(32),
            "eventName": name,
            "eventVersion": "1.1",
            "eventSource": "aws:dynamodb",
            "awsRegion": region,
            "dynamodb": payload,
            "eventSourceARN": stream_arn,
        }
        if ttl_expired and name == "REMOVE":
            record["userIdentity"] = {"type": "Service", "principalId": "dynamodb.amazonaws.com"}
        records.append(cast("DynamoDBStreamRecordDict", record))
    return {"Records": records}


def _event_name(has_new: bool, has_old: bool) -> DynamoDBEventName:
    if has_new and has_old:
        return "MODIFY"
    return "INSERT" if has_new else "REMOVE"


def _view_type(has_new: bool, has_old: bool) -> Literal["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"]:
    if has_new and has_old:
        return "NEW_AND_OLD_IMAGES"
    if has_new:
        return "NEW_IMAGE"
    return "OLD_IMAGE" if has_old else "KEYS_ONLY"


def _key_of(image: Optional[Item], key_names: Optional[Sequence[str]], index: int) -> Item:
    """The primary key attributes of an image."""
    if image is None or not image:
        raise ValueError(f"record {index}: no image to take the keys from; pass keys=")
    names = list(key_names) if key_names is not None else [next(iter(image))]
    missing = [name for name in names if name not in image]
    if missing:
        raise ValueError(f"record {index}: the image has no key attribute {', '.join(missing)}")
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
    the `state` returned for the window so far. The `final` invocation of a window has no records."""
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
