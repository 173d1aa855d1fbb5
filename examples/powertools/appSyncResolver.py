"""Powertools' `appSyncResolver.py`: an AppSync direct Lambda resolver for `Merchant.locations`, with a
name filter and pagination, that logs who asked.

Differences:
- `event.type_name` and `event.field_name` are `event["info"]["parentTypeName"]` and
  `event["info"]["fieldName"]`, where AppSync puts them.
- `isinstance(event.identity, AppSyncIdentityCognito)` is `identity is not None and "groups" in identity`:
  the identity is a union of `TypedDict`s (and `None` for API keys); a key only Cognito identities have
  narrows it.
"""

from __future__ import annotations

from typing import Any

from lambda_events import AppSyncResolverEventDict, LambdaContext


def lambda_handler(event: AppSyncResolverEventDict, context: LambdaContext) -> dict[str, Any]:
    """The requested page of the merchant's locations; an error for any other field."""
    type_name = event["info"]["parentTypeName"]
    field_name = event["info"]["fieldName"]
    arguments = event["arguments"]
    source = event["source"]

    print(f"Resolving field '{field_name}' for type '{type_name}'")
    print(f"Arguments: {arguments}")
    print(f"Source: {source}")

    identity = event["identity"]
    if identity is not None and "groups" in identity:
        user_id = identity["sub"]
        username = identity["username"]
        print(f"Request from Cognito user: {username} (ID: {user_id})")
    else:
        print("Request is not from a Cognito-authenticated user")

    if type_name == "Merchant" and field_name == "locations":
        page = arguments.get("page", 1)
        size = arguments.get("size", 10)
        name_filter = arguments.get("name")

        locations = [
            {"id": "1", "name": "Location 1", "address": "123 Main St"},
            {"id": "2", "name": "Location 2", "address": "456 Elm St"},
            {"id": "3", "name": "Location 3", "address": "789 Oak St"},
        ]

        if name_filter:
            locations = [loc for loc in locations if name_filter.lower() in loc["name"].lower()]

        start = (page - 1) * size
        end = start + size
        paginated_locations = locations[start:end]

        return {
            "items": paginated_locations,
            "totalCount": len(locations),
            "nextToken": str(page + 1) if end < len(locations) else None,
        }
    else:
        raise Exception(f"Unhandled field: {field_name} for type: {type_name}")
