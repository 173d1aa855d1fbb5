"""CloudFormation custom resource responses: the document, and its upload to a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import copy
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from lambda_events import (
    CloudFormationCustomResourceResponseDict,
    CloudFormationResponseError,
    EventDecodeError,
    cloudformation_response,
    find_event_problems,
    send_cloudformation_response,
)
from tests.fixture_catalog import event_named

CREATE = "cloudformationCustomResourceCreate.json"
UPDATE = "cloudformationCustomResourceUpdate.json"
DELETE = "cloudformationCustomResourceDelete.json"


def assert_valid(response: object) -> None:
    assert find_event_problems(response, CloudFormationCustomResourceResponseDict) == []


# --- the response document ---------------------------------------------------------------------------


def test_create_echoes_the_event_and_defaults_the_physical_id_to_logical_id_and_request_id() -> None:
    event = event_named(CREATE)
    response = cloudformation_response(event, "SUCCESS")
    assert_valid(response)
    assert response == {
        "Status": "SUCCESS",
        "PhysicalResourceId": f"{event['LogicalResourceId']}-{event['RequestId']}",
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
    }


def test_create_takes_the_callers_physical_id() -> None:
    response = cloudformation_response(event_named(CREATE), "SUCCESS", physical_resource_id="my-bucket-1")
    assert_valid(response)
    assert response["PhysicalResourceId"] == "my-bucket-1"


@pytest.mark.parametrize("name", [UPDATE, DELETE])
def test_update_and_delete_keep_the_events_physical_id(name: str) -> None:
    event = event_named(name)
    response = cloudformation_response(event, "SUCCESS")
    assert_valid(response)
    assert response["PhysicalResourceId"] == event["PhysicalResourceId"]


def test_update_may_replace_the_physical_id() -> None:
    response = cloudformation_response(event_named(UPDATE), "SUCCESS", physical_resource_id="replacement-2")
    assert_valid(response)
    assert response["PhysicalResourceId"] == "replacement-2"


def test_failed_without_reason_points_to_the_log_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/provider")
    monkeypatch.setenv("AWS_LAMBDA_LOG_STREAM_NAME", "2024/05/01/[$LATEST]0123456789abcdef")
    response = cloudformation_response(event_named(DELETE), "FAILED")
    assert_valid(response)
    assert response["Status"] == "FAILED"
    assert response.get("Reason") == (
        "See the details in CloudWatch Logs, log group /aws/lambda/provider, "
        "log stream 2024/05/01/[$LATEST]0123456789abcdef"
    )


def test_failed_without_reason_outside_lambda_still_has_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_LAMBDA_LOG_GROUP_NAME", raising=False)
    monkeypatch.delenv("AWS_LAMBDA_LOG_STREAM_NAME", raising=False)
    response = cloudformation_response(event_named(CREATE), "FAILED")
    assert_valid(response)
    assert response.get("Reason") == "See the details in the function's CloudWatch Logs"


def test_reason_data_and_no_echo() -> None:
    data = {"Arn": "arn:aws:s3:::my-bucket-1", "Port": 5432}
    response = cloudformation_response(
        event_named(UPDATE), "FAILED", reason="quota exceeded", data=data, no_echo=True
    )
    assert_valid(response)
    assert response.get("Reason") == "quota exceeded"
    assert response.get("NoEcho") is True
    assert response.get("Data") == data
    assert response.get("Data") is not data


def test_success_has_no_reason_unless_given() -> None:
    assert "Reason" not in cloudformation_response(event_named(CREATE), "SUCCESS")
    response = cloudformation_response(event_named(CREATE), "SUCCESS", reason="created")
    assert_valid(response)
    assert response.get("Reason") == "created"


def test_the_event_is_not_modified() -> None:
    event = event_named(UPDATE)
    before = copy.deepcopy(event)
    cloudformation_response(event, "FAILED", data={"a": "b"})
    assert event == before


def test_a_response_of_exactly_4096_bytes_is_accepted_and_one_more_byte_is_rejected() -> None:
    event = event_named(CREATE)
    empty = cloudformation_response(event, "SUCCESS", data={"Blob": ""})
    room = 4096 - len(json.dumps(empty, separators=(",", ":")))
    largest = cloudformation_response(event, "SUCCESS", data={"Blob": "x" * room})
    assert len(json.dumps(largest, separators=(",", ":")).encode()) == 4096
    with pytest.raises(ValueError, match="4097 bytes of JSON; CloudFormation accepts at most 4096"):
        cloudformation_response(event, "SUCCESS", data={"Blob": "x" * (room + 1)})


def test_a_missing_event_key_is_named() -> None:
    event = event_named(UPDATE)
    del event["PhysicalResourceId"]
    with pytest.raises(EventDecodeError, match="^PhysicalResourceId: missing$"):
        cloudformation_response(event, "SUCCESS")


# --- sending it to a real HTTP server ------------------------------------------------------------------


@dataclass
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class ScriptedServer:
    """An HTTP server on 127.0.0.1 answering each request with the next scripted status (`hang`: never;
    `trickle`: a status line one byte every 0.2 s, forever; `flood`: 200 with an endless body)."""

    script: list[int | str]
    received: list[ReceivedRequest] = field(default_factory=list[ReceivedRequest])
    release: threading.Event = field(default_factory=threading.Event)
    port: int = 0
    sent: int = 0

    def url(self, path: str = "/7F%7Cb1f50fdfc25f3b?X-Amz-Signature=0123abc&X-Amz-Expires=7200") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def server_for(request: pytest.FixtureRequest) -> Iterator[Any]:
    servers: list[tuple[ThreadingHTTPServer, ScriptedServer]] = []

    def start(script: list[int | str]) -> ScriptedServer:
        scripted = ScriptedServer(script)

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self) -> None:  # noqa: N802 (the name http.server calls)
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                scripted.received.append(ReceivedRequest(self.command, self.path, dict(self.headers.items()), body))
                step = scripted.script[min(len(scripted.received), len(scripted.script)) - 1]
                if step == "hang":
                    scripted.release.wait(10)
                    return
                if step in ("trickle", "flood"):
                    self.stream(str(step))
                    return
                assert isinstance(step, int)
                reply = f"<Error><Code>Status{step}</Code></Error>".encode() if step >= 400 else b""
                self.send_response(step)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def stream(self, step: str) -> None:
                """Write until the client goes away (or the test ends): slowly, or as fast as possible."""
                if step == "flood":
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 536870912\r\n\r\n")
                chunk = b"x" * 65536 if step == "flood" else b"H"
                try:
                    while not scripted.release.is_set():
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        scripted.sent += len(chunk)
                        if step == "trickle":
                            scripted.release.wait(0.2)
                except OSError:
                    return

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the overridden signature)
                """Keep the test output quiet."""

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        scripted.port = httpd.server_address[1]
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append((httpd, scripted))
        return scripted

    yield start
    for httpd, scripted in servers:
        scripted.release.set()
        httpd.shutdown()
        httpd.server_close()


def event_posting_to(url: str) -> dict[str, Any]:
    event = event_named(CREATE)
    event["ResponseURL"] = url
    return event


def send_success_to(url: str, **options: Any) -> None:
    """Send the SUCCESS response of a `Create` event whose `ResponseURL` is `url`, with the sender's `options`."""
    event = event_posting_to(url)
    options.setdefault("allow_any_url", True)  # the loopback server stands in for S3
    send_cloudformation_response(event, cloudformation_response(event, "SUCCESS"), **options)


def test_send_puts_the_exact_json_with_an_empty_content_type(server_for: Any) -> None:
    server: ScriptedServer = server_for([200])
    event = event_posting_to(server.url())
    response = cloudformation_response(event, "SUCCESS", data={"Name": "ünïcode"})
    send_cloudformation_response(event, response, allow_any_url=True)
    [received] = server.received
    assert received.method == "PUT"
    assert received.path == "/7F%7Cb1f50fdfc25f3b?X-Amz-Signature=0123abc&X-Amz-Expires=7200"
    assert received.body == json.dumps(response, separators=(",", ":")).encode("utf-8")
    assert json.loads(received.body) == response
    headers = {name.lower(): value for name, value in received.headers.items()}
    assert headers["content-type"] == ""
    assert headers["content-length"] == str(len(received.body))
    assert "transfer-encoding" not in headers


def test_send_retries_a_server_error(server_for: Any) -> None:
    server: ScriptedServer = server_for([500, 200])
    send_success_to(server.url(), backoff=0.01)
    assert len(server.received) == 2
    assert server.received[0].body == server.received[1].body


@pytest.mark.parametrize(
    ("status", "retries", "message", "attempts"),
    [
        (503, 2, "in 3 attempts; last error: HTTP 503: <Error><Code>Status503", 3),
        (403, 3, "rejected the response with HTTP 403: <Error><Code>Status403</Code></Error>$", 1),
    ],
    ids=["server_error_retried_until_the_last_retry", "client_error_not_retried"],
)
def test_send_gives_up(server_for: Any, status: int, retries: int, message: str, attempts: int) -> None:
    server: ScriptedServer = server_for([status])
    with pytest.raises(CloudFormationResponseError, match=message) as raised:
        send_success_to(server.url(), retries=retries, backoff=0.01)
    assert raised.value.attempts == attempts
    assert len(server.received) == attempts


def test_send_honours_its_timeout_on_a_server_that_never_answers(server_for: Any) -> None:
    server: ScriptedServer = server_for(["hang"])
    started = time.monotonic()
    with pytest.raises(CloudFormationResponseError, match="in 2 attempts; last error: TimeoutError"):
        send_success_to(server.url(), timeout=0.3, retries=1, backoff=0.01)
    elapsed = time.monotonic() - started
    assert 0.6 <= elapsed < 3
    assert len(server.received) == 2


def test_send_retries_when_nothing_listens() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago, and that nothing listens on now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(CloudFormationResponseError, match="in 2 attempts; last error: ConnectionRefusedError") as raised:
        send_success_to(f"http://127.0.0.1:{port}/response", retries=1, backoff=0.01)
    assert raised.value.attempts == 2


def test_send_refuses_a_response_url_that_is_not_http() -> None:
    with pytest.raises(EventDecodeError, match="^ResponseURL: expected an http"):
        send_success_to("file:///etc/passwd")


def test_send_refuses_an_oversized_document_before_connecting(server_for: Any) -> None:
    server: ScriptedServer = server_for([200])
    event = event_posting_to(server.url())
    oversized = {**cloudformation_response(event, "SUCCESS"), "Data": {"Blob": "x" * 5000}}
    with pytest.raises(ValueError, match="CloudFormation accepts at most 4096"):
        send_cloudformation_response(event, oversized, allow_any_url=True)
    assert server.received == []


@pytest.mark.parametrize(
    "options",
    [
        {"retries": -1},
        {"timeout": 0.0},
        {"backoff": -0.5},
        {"timeout": float("inf")},
        {"timeout": float("nan")},
        {"backoff": float("nan")},
        {"backoff": float("inf")},
        {"deadline": float("inf")},
        {"deadline": 0},
    ],
)
def test_send_refuses_arguments_out_of_range(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"^(retries|timeout|backoff|deadline) must be"):
        send_success_to("http://127.0.0.1:9/unused", **options)


@pytest.mark.parametrize(
    "options",
    [{"retries": 1.5}, {"retries": True}, {"timeout": "5"}, {"backoff": None}, {"allow_any_url": 1}, {"context": 5}],
)
def test_send_refuses_arguments_of_the_wrong_type(options: dict[str, Any]) -> None:
    with pytest.raises(TypeError, match=r"^(retries|timeout|backoff|allow_any_url|context) must be"):
        send_success_to("http://127.0.0.1:9/unused", **options)


# --- the sender's bounds (issue 14, section 4) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://bucket.s3.amazonaws.com/key?X-Amz-Signature=1",  # cleartext
        "https://example.com/key",  # not an AWS host
        "https://s3.amazonaws.com.example.com/key",  # looks like one
        "https://evilamazonaws.com/key",
        "https://user:secret@bucket.s3.amazonaws.com/key",  # credentials in the URL
        "https://bucket.s3.amazonaws.com/k ey",
        "ftp://bucket.s3.amazonaws.com/key",
        "https:///key",
    ],
)
def test_send_refuses_a_response_url_that_is_not_https_to_aws(url: str) -> None:
    with pytest.raises(EventDecodeError, match="^ResponseURL: "):
        send_success_to(url, allow_any_url=False)


def test_send_accepts_the_hosts_of_every_partition(monkeypatch: pytest.MonkeyPatch) -> None:
    attempted: list[str] = []

    def refuse(address: Any, *args: Any, **kwargs: Any) -> Any:
        attempted.append(address[0])
        raise ConnectionRefusedError("not in this test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    for host in ("bucket.s3.us-east-1.amazonaws.com", "cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn"):
        with pytest.raises(CloudFormationResponseError, match="ConnectionRefusedError"):
            send_success_to(f"https://{host}/key?X-Amz-Signature=1", allow_any_url=False, retries=0)
    assert attempted == ["bucket.s3.us-east-1.amazonaws.com", "cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn"]


def test_send_reads_at_most_a_few_kilobytes_of_the_answer(server_for: Any) -> None:
    server: ScriptedServer = server_for(["flood"])  # 200 with a 512 MiB body that never ends
    started = time.monotonic()
    send_success_to(server.url(), timeout=2)
    assert time.monotonic() - started < 3
    assert len(server.received) == 1


def test_send_keeps_its_total_deadline_against_a_trickling_server(server_for: Any) -> None:
    server: ScriptedServer = server_for(["trickle"])  # a byte every 0.2 s resets every read timeout
    started = time.monotonic()
    with pytest.raises(CloudFormationResponseError, match="within the deadline of 1.0 s"):
        send_success_to(server.url(), timeout=2, retries=0, deadline=1.0)
    assert time.monotonic() - started < 2
    assert server.sent >= 2  # it did trickle


def test_send_takes_its_deadline_from_the_lambda_context(server_for: Any) -> None:
    server: ScriptedServer = server_for(["hang"])

    class Context:
        def get_remaining_time_in_millis(self) -> int:
            return 1300  # 0.8 s for the upload, 0.5 s left to the handler

    started = time.monotonic()
    with pytest.raises(CloudFormationResponseError, match="within the deadline of 0.8 s"):
        send_success_to(server.url(), timeout=10, retries=5, context=Context())
    assert time.monotonic() - started < 1.5

    class NoTimeLeft:
        def get_remaining_time_in_millis(self) -> int:
            return 200

    with pytest.raises(CloudFormationResponseError, match="no time left") as raised:
        send_success_to(server.url(), context=NoTimeLeft())
    assert raised.value.attempts == 0


def test_send_does_not_retry_what_cannot_succeed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def no_such_host(address: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(address[0])
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "create_connection", no_such_host)
    with pytest.raises(CloudFormationResponseError, match="does not resolve") as raised:
        send_success_to("https://bucket.s3.amazonaws.com/key", allow_any_url=False, retries=4, backoff=0.01)
    assert raised.value.attempts == 1 and len(calls) == 1


@pytest.mark.parametrize(("status", "attempts"), [(404, 1), (302, 1), (429, 3), (408, 3), (502, 3)])
def test_send_retries_only_the_statuses_that_can_change(server_for: Any, status: int, attempts: int) -> None:
    server: ScriptedServer = server_for([status])
    with pytest.raises(CloudFormationResponseError) as raised:
        send_success_to(server.url(), retries=2, backoff=0.01)
    assert raised.value.attempts == attempts == len(server.received)
