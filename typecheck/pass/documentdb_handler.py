"""An Amazon DocumentDB change-stream consumer that mirrors changes into a search index."""

from __future__ import annotations

from typing import Any

from lambda_events import DocumentDBEventDict


def index(collection: str, document_id: Any, document: dict[str, Any] | None) -> None:
    """Pretend to index (or, with None, remove) a document."""


def handler(event: DocumentDBEventDict, context: object) -> None:
    """Index inserted and updated documents; remove deleted ones; skip collection-level operations."""
    for entry in event["events"]:
        change = entry["event"]
        when = change["clusterTime"]["$timestamp"]["t"]
        if change["operationType"] == "invalidate":
            print(f"stream invalidated at {when}")
            continue
        if "documentKey" not in change:  # drop, rename, dropDatabase: no document
            print(f"{change['operationType']} on {change['ns']['db']} at {when}")
            continue
        namespace = change["ns"]
        collection = f"{namespace['db']}.{namespace['coll']}"
        key = change["documentKey"]
        if change["operationType"] == "delete":
            index(collection, key["_id"], None)
        else:
            index(collection, key["_id"], change.get("fullDocument"))
