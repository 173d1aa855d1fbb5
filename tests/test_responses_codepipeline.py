"""CodePipeline artifacts, read and written over real HTTP against an S3-compatible server on 127.0.0.1.

The server is moto's server mode, started as a process for this module. The helpers reach it through
boto3's `endpoint_url`, signing with the job's `artifactCredentials` exactly as they would against S3.
"""

from __future__ import annotations

import importlib
import io
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lambda_events import EventDecodeError, get_codepipeline_artifact, put_codepipeline_artifact
from tests.fixture_catalog import fixture_named

REGION = "us-west-2"
MOTO_SERVER = Path(sys.executable).parent / "moto_server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture(scope="module")
def endpoint_url() -> Iterator[str]:
    """The URL of a moto server started for this module, once it answers; it is terminated afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [str(MOTO_SERVER), "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto_server did not start on {url}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def s3(endpoint_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A client of the test server for arranging and inspecting objects.

    The environment is left with no AWS credentials at all, so the helpers can only succeed by signing
    with the credentials in the job.
    """
    for variable in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent/config")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    boto3: Any = importlib.import_module("boto3")
    client = boto3.client(
        "s3",
        endpoint_url=endpoint_url,
        region_name=REGION,
        aws_access_key_id="AKIAARRANGEMENT00000",
        aws_secret_access_key="arrangement-secret",
    )
    bucket = job_data(pipeline_event())["inputArtifacts"][0]["location"]["s3Location"]["bucketName"]
    existing = [entry["Name"] for entry in client.list_buckets()["Buckets"]]
    if bucket not in existing:
        client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
    return client


def pipeline_event() -> dict[str, Any]:
    event: dict[str, Any] = fixture_named("codePipelineEventData.json").event()
    return event


def job_data(event: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = event["CodePipeline.job"]["data"]
    return data


def location(event: dict[str, Any], kind: str) -> tuple[str, str]:
    s3_location = job_data(event)[kind][0]["location"]["s3Location"]
    return s3_location["bucketName"], s3_location["objectKey"]


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_get_reads_one_file_of_the_input_artifact(s3: Any, endpoint_url: str) -> None:
    event = pipeline_event()
    bucket, key = location(event, "inputArtifacts")
    template = b"AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"
    s3.put_object(Bucket=bucket, Key=key, Body=zip_of({"template.yaml": template, "params/prod.json": b"{}"}))
    content = get_codepipeline_artifact(
        event, "my-pipeline-SourceArtifact", "template.yaml", endpoint_url=endpoint_url, region_name=REGION
    )
    assert content == template
    nested = get_codepipeline_artifact(
        event, "my-pipeline-SourceArtifact", "params/prod.json", endpoint_url=endpoint_url, region_name=REGION
    )
    assert nested == b"{}"


def test_get_names_the_files_when_one_is_missing(s3: Any, endpoint_url: str) -> None:
    event = pipeline_event()
    bucket, key = location(event, "inputArtifacts")
    s3.put_object(Bucket=bucket, Key=key, Body=zip_of({"a.txt": b"a", "b.txt": b"b"}))
    with pytest.raises(FileNotFoundError) as raised:
        get_codepipeline_artifact(
            event, "my-pipeline-SourceArtifact", "c.txt", endpoint_url=endpoint_url, region_name=REGION
        )
    assert str(raised.value) == (
        f"input artifact 'my-pipeline-SourceArtifact' (s3://{bucket}/{key}) has no file 'c.txt'; "
        "it holds 'a.txt', 'b.txt'"
    )


def test_get_refuses_an_object_that_is_not_a_zip(s3: Any, endpoint_url: str) -> None:
    event = pipeline_event()
    bucket, key = location(event, "inputArtifacts")
    s3.put_object(Bucket=bucket, Key=key, Body=b"plain text, not an archive")
    with pytest.raises(ValueError, match="is not a zip archive"):
        get_codepipeline_artifact(event, "my-pipeline-SourceArtifact", "a", endpoint_url=endpoint_url, region_name=REGION)


def test_get_names_the_artifacts_of_the_job_when_the_name_is_unknown(endpoint_url: str) -> None:
    with pytest.raises(EventDecodeError) as raised:
        get_codepipeline_artifact(pipeline_event(), "BuildOutput", "a", endpoint_url=endpoint_url, region_name=REGION)
    assert str(raised.value) == (
        "CodePipeline.job.data.inputArtifacts: no artifact named 'BuildOutput' "
        "(the job has 'my-pipeline-SourceArtifact')"
    )


def test_put_writes_a_zip_with_the_file_encrypted_with_the_managed_key(s3: Any, endpoint_url: str) -> None:
    event = pipeline_event()
    put_codepipeline_artifact(
        event, "invokeOutput", "result.json", b'{"ok":true}', endpoint_url=endpoint_url, region_name=REGION
    )
    bucket, key = location(event, "outputArtifacts")
    stored = s3.get_object(Bucket=bucket, Key=key)
    with zipfile.ZipFile(io.BytesIO(stored["Body"].read())) as archive:
        assert archive.namelist() == ["result.json"]
        assert archive.read("result.json") == b'{"ok":true}'
    assert stored["ServerSideEncryption"] == "aws:kms"
    assert "SSEKMSKeyId" not in stored


def test_put_encrypts_with_the_jobs_key_and_encodes_text_as_utf8(s3: Any, endpoint_url: str) -> None:
    event = pipeline_event()
    key_arn = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    job_data(event)["encryptionKey"] = {"id": key_arn, "type": "KMS"}
    put_codepipeline_artifact(event, "invokeOutput", "notes.txt", "déployé", endpoint_url=endpoint_url, region_name=REGION)
    bucket, key = location(event, "outputArtifacts")
    stored = s3.get_object(Bucket=bucket, Key=key)
    with zipfile.ZipFile(io.BytesIO(stored["Body"].read())) as archive:
        assert archive.read("notes.txt") == "déployé".encode()
    assert stored["ServerSideEncryption"] == "aws:kms"
    assert stored["SSEKMSKeyId"] == key_arn


def test_what_put_writes_get_reads_back(s3: Any, endpoint_url: str) -> None:
    event = pipeline_event()
    put_codepipeline_artifact(event, "invokeOutput", "out.bin", bytes(range(256)), endpoint_url=endpoint_url, region_name=REGION)
    job_data(event)["inputArtifacts"] = job_data(event)["outputArtifacts"]
    assert get_codepipeline_artifact(event, "invokeOutput", "out.bin", endpoint_url=endpoint_url, region_name=REGION) == bytes(
        range(256)
    )


def test_put_names_the_output_artifacts_when_the_name_is_unknown(endpoint_url: str) -> None:
    with pytest.raises(EventDecodeError, match=r"outputArtifacts: no artifact named 'x' \(the job has 'invokeOutput'\)"):
        put_codepipeline_artifact(pipeline_event(), "x", "a", b"", endpoint_url=endpoint_url, region_name=REGION)


def test_a_job_without_credentials_is_refused(endpoint_url: str) -> None:
    event = pipeline_event()
    del job_data(event)["artifactCredentials"]
    with pytest.raises(EventDecodeError, match=r"^CodePipeline\.job\.data\.artifactCredentials: missing$"):
        get_codepipeline_artifact(event, "my-pipeline-SourceArtifact", "a", endpoint_url=endpoint_url, region_name=REGION)


def test_without_boto3_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)
    with pytest.raises(ImportError, match=r"pip install 'lambda-events\[aws\]'"):
        get_codepipeline_artifact(pipeline_event(), "my-pipeline-SourceArtifact", "a")
