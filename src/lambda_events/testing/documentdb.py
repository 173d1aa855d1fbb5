"""Test events of Amazon DocumentDB change streams."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.documentdb import (
        DocumentDBChangeEventDict,
        DocumentDBClusterTimeDict,
        DocumentDBEventDict,
        DocumentDBNamespaceDict,
        DocumentDBResumeTokenDict,
    )

__all__ = ["documentdb_event"]


DocumentDBOperation = Literal[
    "insert", "update", "replace", "delete", "drop", "rename", "dropDatabase", "invalidate"
]
"""The operation types a change stream reports: four on documents, four on collections and databases."""


def documentdb_event(
    *,
    documents: Sequence[Mapping[str, Any]] = ({"name": "Alice", "email": "alice@example.com"},),
    operation: DocumentDBOperation = "insert",
    database: str = "app",
    collection: str = "users",
    renamed_to: str = "users_archive",
    cluster: str = "example-cluster",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DocumentDBEventDict:
    """A DocumentDB change stream batch.

    For a document operation (`insert`, `update`, `replace`, `delete`), one change per document (documents
    in Extended JSON; each gets an `_id` of `{"$oid": ...}` unless it has one); an `update` sets every field
    of its document. For `drop`, `rename` (to the collection `renamed_to` of the same database),
    `dropDatabase` and `invalidate`, one change that concerns the collection or database, not `documents`.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    seconds = scene.epoch_ms() // 1000
    namespace: DocumentDBNamespaceDict = {"db": database, "coll": collection}
    changes: list[DocumentDBChangeEventDict] = []

    def stamp(index: int) -> tuple[DocumentDBResumeTokenDict, DocumentDBClusterTimeDict]:
        return {"_data": scene.hex(36)}, {"$timestamp": {"t": seconds, "i": index + 1}}

    if operation in ("insert", "update", "replace", "delete"):
        for index, document in enumerate(documents):
            full = {"_id": {"$oid": scene.hex(24)}, **document}
            token, time = stamp(index)
            key = {"_id": dict(full["_id"])}
            ns: DocumentDBNamespaceDict = {"db": database, "coll": collection}
            change: DocumentDBChangeEventDict
            if operation == "insert":
                change = {
                    "_id": token,
                    "operationType": "insert",
                    "clusterTime": time,
                    "ns": ns,
                    "documentKey": key,
                    "fullDocument": full,
                }
            elif operation == "replace":
                change = {
                    "_id": token,
                    "operationType": "replace",
                    "clusterTime": time,
                    "ns": ns,
                    "documentKey": key,
                    "fullDocument": full,
                }
            elif operation == "update":
                updated = {name: value for name, value in document.items() if name != "_id"}
                change = {
                    "_id": token,
                    "operationType": "update",
                    "clusterTime": time,
                    "ns": ns,
                    "documentKey": key,
                    "updateDescription": {"updatedFields": updated, "removedFields": []},
                }
            else:
                change = {"_id": token, "operationType": "delete", "clusterTime": time, "ns": ns, "documentKey": key}
            changes.append(change)
    else:
        token, time = stamp(0)
        if operation == "drop":
            changes.append({"_id": token, "operationType": "drop", "clusterTime": time, "ns": namespace})
        elif operation == "rename":
            target: DocumentDBNamespaceDict = {"db": database, "coll": renamed_to}
            changes.append({"_id": token, "operationType": "rename", "clusterTime": time, "ns": namespace, "to": target})
        elif operation == "dropDatabase":
            changes.append({"_id": token, "operationType": "dropDatabase", "clusterTime": time, "ns": {"db": database}})
        else:
            changes.append({"_id": token, "operationType": "invalidate", "clusterTime": time})
    return {
        "eventSourceArn": scene.arn("rds", f"cluster:{cluster}"),
        "eventSource": "aws:docdb",
        "events": [{"event": change} for change in changes],
    }
