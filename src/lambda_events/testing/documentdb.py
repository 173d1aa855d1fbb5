"""Test events of Amazon DocumentDB change streams."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.documentdb import DocumentDBChangeEventDict, DocumentDBEventDict

__all__ = ["documentdb_event"]


DocumentDBOperation = Literal["insert", "update", "replace", "delete"]
"""The document operations a change stream reports (database-level operations are left out here)."""


def documentdb_event(
    *,
    documents: Sequence[Mapping[str, Any]] = ({"name": "Alice", "email": "alice@example.com"},),
    operation: DocumentDBOperation = "insert",
    database: str = "app",
    collection: str = "users",
    cluster: str = "example-cluster",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DocumentDBEventDict:
    """A DocumentDB change stream batch with one change per document (documents in Extended JSON; each gets an
    `_id` of `{"$oid": ...}` unless it has one). An `update` sets every field of its document."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    seconds = scene.epoch_ms() // 1000
    changes: list[DocumentDBChangeEventDict] = []
    for index, document in enumerate(documents):
        full = {"_id": {"$oid": scene.hex(24)}, **document}
        change: DocumentDBChangeEventDict = {
            "_id": {"_data": scene.hex(36)},
            "operationType": operation,
            "clusterTime": {"$timestamp": {"t": seconds, "i": index + 1}},
            "ns": {"db": database, "coll": collection},
            "documentKey": {"_id": dict(full["_id"])},
        }
        if operation in ("insert", "replace"):
            change["fullDocument"] = full
        elif operation == "update":
            change["updateDescription"] = {
                "updatedFields": {name: value for name, value in document.items() if name != "_id"},
                "removedFields": [],
            }
        changes.append(change)
    return {
        "eventSourceArn": scene.arn("rds", f"cluster:{cluster}"),
        "eventSource": "aws:docdb",
        "events": [{"event": change} for change in changes],
    }
