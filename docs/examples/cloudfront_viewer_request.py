"""A Lambda@Edge viewer-request function: redirects old paths and routes mobile clients."""

from __future__ import annotations

from lambda_events import CloudFrontRequestEventDict, CloudFrontRequestResultDict, LambdaContext


def handler(
    event: CloudFrontRequestEventDict, context: LambdaContext
) -> CloudFrontRequestResultDict:
    """Answer `/blog/...` with a permanent redirect;
    otherwise pass the request on, with a device header."""
    request = event["Records"][0]["cf"]["request"]
    if request["uri"].startswith("/blog/"):
        # Returning a response: CloudFront answers the viewer without going to the origin.
        location = "https://blog.example.com/" + request["uri"].removeprefix("/blog/")
        return {
            "status": "301",
            "statusDescription": "Moved Permanently",
            "headers": {"location": [{"key": "Location", "value": location}]},
        }
    # Header names are lower case keys; each holds a list of {key, value} with the name as sent.
    agent = request["headers"].get("user-agent", [{"key": "User-Agent", "value": ""}])[0]["value"]
    device = "mobile" if "Mobile" in agent else "desktop"
    request["headers"]["x-device"] = [{"key": "X-Device", "value": device}]
    return request  # returning the request: CloudFront goes on to the cache and the origin with it
