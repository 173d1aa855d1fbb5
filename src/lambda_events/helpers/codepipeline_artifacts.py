"""CodePipeline: read a file from an input artifact, and write a file as an output artifact.

A pipeline's artifacts are zip archives in its S3 artifact store. The job event names them, locates them,
and carries temporary credentials scoped to them (`artifactCredentials`): the function's own role usually
cannot read them. These helpers use those credentials with boto3, the `aws` extra
(`pip install 'lambda-events[aws]'`), imported only when a helper is called.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union, cast

from lambda_events.helpers._arguments import mapping_argument, optional_str_argument, str_argument
from lambda_events.helpers._describe import preview
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.codepipeline import CodePipelineJobEventDict

__all__ = ["get_codepipeline_artifact", "put_codepipeline_artifact"]

_JOB_DATA = "CodePipeline.job.data"


def get_codepipeline_artifact(
    event: Union[CodePipelineJobEventDict, Mapping[str, Any]],
    name: str,
    filename: str,
    *,
    endpoint_url: str | None = None,
    region_name: str | None = None,
) -> bytes:
    """The content of `filename` inside the input artifact called `name`.

    Downloads the artifact's zip archive from S3 with the job's `artifactCredentials`. `endpoint_url` and
    `region_name` go to the S3 client (by default boto3 finds the Region in `AWS_REGION`, which Lambda sets).

    Raises `EventDecodeError` when the job has no input artifact called `name` or lacks credentials,
    `FileNotFoundError` when the archive has no `filename` (the message lists what it holds), `ValueError`
    when the object is not a zip archive, `ImportError` naming the extra when boto3 is not installed, and
    `TypeError` (before any call to AWS) when an argument has the wrong type.
    """
    name, filename = str_argument(name, "name"), str_argument(filename, "filename")
    endpoint_url = optional_str_argument(endpoint_url, "endpoint_url")
    region_name = optional_str_argument(region_name, "region_name")
    job_data = _job_data(event)
    bucket, key = _artifact_location(job_data, "inputArtifacts", name)
    client = _s3_client(job_data, endpoint_url, region_name)
    archive_bytes = cast(bytes, client.get_object(Bucket=bucket, Key=key)["Body"].read())
    try:
        archive = zipfile.ZipFile(io.BytesIO(archive_bytes))
    except zipfile.BadZipFile as error:
        raise ValueError(f"input artifact {name!r} (s3://{bucket}/{key}) is not a zip archive") from error
    with archive:
        try:
            return archive.read(filename)
        except KeyError:
            holds = ", ".join(repr(member) for member in archive.namelist()) or "nothing"
            raise FileNotFoundError(
                f"input artifact {name!r} (s3://{bucket}/{key}) has no file {filename!r}; it holds {holds}"
            ) from None


def put_codepipeline_artifact(
    event: Union[CodePipelineJobEventDict, Mapping[str, Any]],
    name: str,
    filename: str,
    data: Union[bytes, str],
    *,
    endpoint_url: str | None = None,
    region_name: str | None = None,
) -> None:
    """Store `data` (a `str` is encoded as UTF-8) as `filename` in a zip archive, as the output artifact `name`.

    Uploads the archive to the location the job gives for that artifact, with the job's `artifactCredentials`,
    encrypted with SSE-KMS: with the job's `encryptionKey` when it has one, otherwise with the AWS managed
    key (artifact stores commonly refuse unencrypted uploads). `endpoint_url` and `region_name` go to the
    S3 client.

    Raises `EventDecodeError` when the job has no output artifact called `name` or lacks credentials,
    `ImportError` naming the extra when boto3 is not installed, and `TypeError` (before any call to AWS) when
    an argument has the wrong type.
    """
    name, filename = str_argument(name, "name"), str_argument(filename, "filename")
    given = cast(object, data)
    if not isinstance(given, (bytes, str)):
        raise TypeError(f"data must be bytes or a str, got {type(given).__name__}")
    endpoint_url = optional_str_argument(endpoint_url, "endpoint_url")
    region_name = optional_str_argument(region_name, "region_name")
    job_data = _job_data(event)
    bucket, key = _artifact_location(job_data, "outputArtifacts", name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(filename, data.encode("utf-8") if isinstance(data, str) else data)
    encryption: dict[str, str] = {"ServerSideEncryption": "aws:kms"}
    key_id = _encryption_key_id(job_data)
    if key_id is not None:
        encryption["SSEKMSKeyId"] = key_id
    client = _s3_client(job_data, endpoint_url, region_name)
    client.put_object(Bucket=bucket, Key=key, Body=buffer.getvalue(), **encryption)


def _job_data(event: Mapping[str, Any]) -> Mapping[str, Any]:
    data = _mapping(_mapping(mapping_argument(event, "event").get("CodePipeline.job")).get("data"))
    if not data:
        raise EventDecodeError(_JOB_DATA, "missing")
    return data


def _artifact_location(job_data: Mapping[str, Any], kind: str, name: str) -> tuple[str, str]:
    """The bucket and key of the artifact called `name` among `kind` (`inputArtifacts` or `outputArtifacts`)."""
    listed = job_data.get(kind)
    artifacts = [_mapping(artifact) for artifact in cast("list[object]", listed)] if isinstance(listed, list) else []
    for index, artifact in enumerate(artifacts):
        if artifact.get("name") == name:
            s3_location = _mapping(_mapping(artifact.get("location")).get("s3Location"))
            bucket, key = s3_location.get("bucketName"), s3_location.get("objectKey")
            if not (isinstance(bucket, str) and isinstance(key, str)):
                raise EventDecodeError(f"{_JOB_DATA}.{kind}[{index}].location.s3Location", "no bucketName/objectKey")
            return bucket, key
    known = ", ".join(preview(artifact.get("name")) for artifact in artifacts) or "none"
    raise EventDecodeError(f"{_JOB_DATA}.{kind}", f"no artifact named {name!r} (the job has {known})")


def _encryption_key_id(job_data: Mapping[str, Any]) -> str | None:
    encryption_key = _mapping(job_data.get("encryptionKey"))
    key_id = encryption_key.get("id")
    return key_id if encryption_key.get("type") == "KMS" and isinstance(key_id, str) else None


def _s3_client(job_data: Mapping[str, Any], endpoint_url: str | None, region_name: str | None) -> Any:
    """An S3 client (boto3 is untyped, hence `Any`) signing with the job's temporary artifact credentials."""
    credentials = _mapping(job_data.get("artifactCredentials"))
    if not credentials:
        raise EventDecodeError(f"{_JOB_DATA}.artifactCredentials", "missing")
    try:
        boto3: Any = importlib.import_module("boto3")
        botocore_config: Any = importlib.import_module("botocore.config")
    except ImportError as error:
        raise ImportError(
            "the CodePipeline artifact helpers need boto3: install it with pip install 'lambda-events[aws]'"
        ) from error
    return boto3.client(
        "s3",
        aws_access_key_id=credentials.get("accessKeyId"),
        aws_secret_access_key=credentials.get("secretAccessKey"),
        aws_session_token=credentials.get("sessionToken"),
        endpoint_url=endpoint_url,
        region_name=region_name,
        config=botocore_config.Config(signature_version="s3v4"),  # SSE-KMS objects can only be read with Signature Version 4
    )


def _mapping(value: object) -> Mapping[str, Any]:
    """`value` if it is a mapping, else an empty one (absent and malformed parts read alike)."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else {}
