"""Lambda@Edge functions: a viewer request that adds a header or redirects, and an origin response."""

from __future__ import annotations

from lambda_events import (
    CloudFrontRequestEventDict,
    CloudFrontRequestResultDict,
    CloudFrontResponseEventDict,
    CloudFrontResponseResultDict,
)


def viewer_request(event: CloudFrontRequestEventDict, context: object) -> CloudFrontRequestResultDict:
    """Send old paths to the new site; tag every other request with an experiment group header."""
    request = event["Records"][0]["cf"]["request"]
    if request["uri"].startswith("/old/"):
        return {
            "status": "301",
            "statusDescription": "Moved Permanently",
            "headers": {"location": [{"key": "Location", "value": "https://example.com" + request["uri"][4:]}]},
        }
    user_agent = request["headers"].get("user-agent", [{"key": "User-Agent", "value": ""}])[0]["value"]
    group = "B" if "Mobile" in user_agent else "A"
    request["headers"]["x-experiment-group"] = [{"key": "X-Experiment-Group", "value": group}]
    return request


def route_to_bucket(event: CloudFrontRequestEventDict, context: object) -> CloudFrontRequestResultDict:
    """Send image requests to an S3 bucket instead of the custom origin."""
    request = event["Records"][0]["cf"]["request"]
    if event["Records"][0]["cf"]["config"].get("eventType") == "origin-request" and request["uri"].endswith(".png"):
        request["origin"] = {
            "s3": {
                "authMethod": "none",
                "customHeaders": {},
                "domainName": "images-bucket.s3.amazonaws.com",
                "path": "",
                "region": "us-east-1",
            }
        }
        request["headers"]["host"] = [{"key": "Host", "value": "images-bucket.s3.amazonaws.com"}]
    return request


def origin_response(event: CloudFrontResponseEventDict, context: object) -> CloudFrontResponseResultDict:
    """Add security headers, and replace the origin's 404 page with a friendly one."""
    response = event["Records"][0]["cf"]["response"]
    response["headers"]["strict-transport-security"] = [
        {"key": "Strict-Transport-Security", "value": "max-age=63072000; includeSubDomains"}
    ]
    if response["status"] == "404":
        response["body"] = "<html><body>Not here. Try <a href='/'>home</a>.</body></html>"
        response["bodyEncoding"] = "text"
        response["headers"]["content-type"] = [{"key": "Content-Type", "value": "text/html"}]
    return response
