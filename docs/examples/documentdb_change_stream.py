"""A consumer of an Amazon DocumentDB change stream."""

from __future__ import annotations

from lambda_events import DocumentDBEventDict, LambdaContext


def handler(event: DocumentDBEventDict, context: LambdaContext) -> list[str]:
    """Describe each change: which document of which collection, and what changed."""
    changes: list[str] = []
    for record in event["events"]:
        change = record["event"]
        if change["operationType"] == "invalidate":  # narrows: an invalidate event has no namespace
            changes.append("invalidate: the change stream ends here")
            continue
        namespace = change["ns"]
        collection = (
            f"{namespace['db']}.{namespace['coll']}" if "coll" in namespace else namespace["db"]
        )
        if change["operationType"] == "update":  # narrows to the update event, with its description
            updated = sorted(change["updateDescription"]["updatedFields"])
            removed = change["updateDescription"]["removedFields"]
            changes.append(f"update in {collection}: set {updated}, removed {removed}")
        else:
            changes.append(f"{change['operationType']} in {collection}")
    return changes
