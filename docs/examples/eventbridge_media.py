"""A media pipeline's completion handler: a finished MediaConvert job hands its output to Amazon
Transcribe, and a finished transcription is published; failures of either are reported."""

from __future__ import annotations

from typing import Union

from lambda_events import LambdaContext
from lambda_events.eventbridge.aws.mediaconvert import MediaConvertJobStateChangeEventDict
from lambda_events.eventbridge.aws.transcribe import TranscribeJobStateChangeEventDict

MediaEventDict = Union[MediaConvertJobStateChangeEventDict, TranscribeJobStateChangeEventDict]
"""Every event the rule sends the function."""


def handler(event: MediaEventDict, context: LambdaContext) -> str:
    """The next step of the pipeline for the job the event is about."""
    if event["source"] == "aws.mediaconvert":
        job = event["detail"]
        if job["status"] == "ERROR":
            return f"transcode {job['jobId']} failed: {job.get('errorMessage', 'no message')}"
        if job["status"] != "COMPLETE":
            return f"transcode {job['jobId']}: {job['status']}"
        outputs = [
            path
            for group in job.get("outputGroupDetails", [])
            for output in group["outputDetails"]
            for path in output.get("outputFilePaths", [])
        ]
        return (
            f"transcribe {outputs}"
            if outputs
            else f"transcode {job['jobId']} complete, no output path"
        )
    transcription = event["detail"]
    name = transcription["TranscriptionJobName"]
    if transcription["TranscriptionJobStatus"] == "FAILED":
        return f"transcription {name} failed: see GetTranscriptionJob"
    return f"publish transcript of {name}"
