"""Test events of CloudFront Lambda@Edge: viewer and origin requests and responses."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, Union

from lambda_events.testing._http import USER_AGENT, Fields, check_request_line, multi, query_string
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.cloudfront import (
        CloudFrontConfigDict,
        CloudFrontHeadersDict,
        CloudFrontRequestDict,
        CloudFrontRequestEventDict,
        CloudFrontResponseConfigDict,
        CloudFrontResponseDict,
        CloudFrontResponseEventDict,
    )

__all__ = ["cloudfront_request_event", "cloudfront_response_event"]


def _edge_headers(headers: Mapping[str, list[str]]) -> CloudFrontHeadersDict:
    """Headers as Lambda@Edge passes them: by lower-case name, one `{key, value}` per occurrence."""
    edge: CloudFrontHeadersDict = {}
    for name, values in headers.items():
        edge.setdefault(name.lower(), []).extend({"key": name, "value": value} for value in values)
    return edge


def _edge_request(
    scene: Scenario, uri: str, method: str, headers: Fields, query: Fields, host: str
) -> CloudFrontRequestDict:
    """The viewer's request: the `headers` given, or (when none are given) a browser's, which CloudFront
    completes with `X-Forwarded-For`."""
    client_ip = scene.ip()
    sent = multi(headers) if headers is not None else {"Host": [host], "User-Agent": [USER_AGENT], "Accept": ["*/*"]}
    if headers is None:
        sent["X-Forwarded-For"] = [client_ip]
    return {
        "clientIp": client_ip,
        "headers": _edge_headers(sent),
        "method": method,
        "querystring": query_string(multi(query)),
        "uri": uri,
    }


def _distribution(scene: Scenario) -> tuple[str, str]:
    """The domain name and id of a distribution."""
    return f"d{scene.lower_id(13)}.cloudfront.net", "E" + scene.chars(13)


def _request_id(scene: Scenario) -> str:
    """The id CloudFront gives a viewer's request (URL-safe base64)."""
    return scene.base64(42).replace("+", "-").replace("/", "_")


def cloudfront_request_event(
    *,
    uri: str = "/index.html",
    method: str = "GET",
    headers: Fields = None,
    query: Fields = None,
    event_type: Literal["viewer-request", "origin-request"] = "viewer-request",
    origin_domain: str = "example-bucket.s3.amazonaws.com",
    legacy: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudFrontRequestEventDict:
    """A viewer-request or origin-request Lambda@Edge event; an origin request goes to the S3 origin
    `origin_domain`. With `legacy`, the older documented form: `config` without `distributionDomainName` and
    `eventType`, and a request without `querystring` (`query` must then be empty, else `ValueError`)."""
    check_request_line(method, uri, "uri")
    if legacy and query:
        raise ValueError("query: the older form of the event has no querystring; leave query empty with legacy")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    domain, distribution = _distribution(scene)
    request = _edge_request(scene, uri, method, headers, query, domain)
    if event_type == "origin-request":
        request["origin"] = {
            "s3": {"authMethod": "none", "customHeaders": {}, "domainName": origin_domain, "path": "", "region": region}
        }
    config: CloudFrontConfigDict = {
        "distributionDomainName": domain,
        "distributionId": distribution,
        "eventType": event_type,
        "requestId": _request_id(scene),
    }
    if legacy:
        _older_form(config)
        del request["querystring"]
    return {"Records": [{"cf": {"config": config, "request": request}}]}


def cloudfront_response_event(
    *,
    status: int = 200,
    status_description: str = "OK",
    response_headers: Fields = None,
    uri: str = "/index.html",
    method: str = "GET",
    event_type: Literal["viewer-response", "origin-response"] = "origin-response",
    legacy: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudFrontResponseEventDict:
    """A viewer-response or origin-response Lambda@Edge event for a `method uri` request. With `legacy`, the
    older documented form: `config` without `distributionDomainName` and `eventType`, and no `request`."""
    check_request_line(method, uri, "uri")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    domain, distribution = _distribution(scene)
    config: CloudFrontResponseConfigDict = {
        "distributionDomainName": domain,
        "distributionId": distribution,
        "eventType": event_type,
        "requestId": _request_id(scene),
    }
    given = response_headers if response_headers is not None else {"Content-Type": "text/html", "Server": "AmazonS3"}
    response: CloudFrontResponseDict = {
        "status": str(status),
        "statusDescription": status_description,
        "headers": _edge_headers(multi(given)),
    }
    request = _edge_request(scene, uri, method, None, None, domain)
    if legacy:
        _older_form(config)
        return {"Records": [{"cf": {"config": config, "response": response}}]}
    return {"Records": [{"cf": {"config": config, "request": request, "response": response}}]}


def _older_form(config: Union[CloudFrontConfigDict, CloudFrontResponseConfigDict]) -> None:
    """Remove from `config` the keys the older documented form of the events lacks."""
    del config["distributionDomainName"], config["eventType"]
