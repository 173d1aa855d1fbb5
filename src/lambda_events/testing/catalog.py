"""One representative event per source identifier of `detect_event_source`, made by the factories: what
`lambda-events sample SOURCE` prints, and a ready set of events for tests that run over every source."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Optional

from lambda_events.testing import (
    amazon_mq,
    api_gateway,
    api_gateway_websocket,
    appsync,
    authorizers,
    cloudwatch,
    cognito,
    cognito_challenges,
    cognito_messages,
    cognito_tokens,
    conversations,
    databases,
    deployment,
    edge_and_email,
    eventbridge,
    http_endpoints,
    messaging,
    operations,
    s3,
    s3_object_lambda,
    streams,
    vpc_lattice,
    windows,
)
from lambda_events.testing._scenario import Seed

if TYPE_CHECKING:
    from lambda_events.helpers.detection import EventSource

__all__ = ["SAMPLE_FACTORIES", "sample_event"]

_Sample = Callable[[Seed, Optional[datetime]], object]

_ORDER = {"id": "order-1001", "status": "PLACED", "total": 42}

SAMPLE_FACTORIES: Mapping[EventSource, _Sample] = MappingProxyType(
    {
        "sqs": lambda seed, at: messaging.sqs_event(bodies=[_ORDER], seed=seed, at=at),
        "sns": lambda seed, at: messaging.sns_event(messages=[_ORDER], subject="Order placed", seed=seed, at=at),
        "s3": lambda seed, at: s3.s3_event(keys=["uploads/monthly report.csv"], seed=seed, at=at),
        "ses": lambda seed, at: edge_and_email.ses_event(seed=seed, at=at),
        "dynamodb_stream": lambda seed, at: databases.dynamodb_stream_event(
            new_images=[{**_ORDER, "status": "SHIPPED"}], old_images=[_ORDER], seed=seed, at=at
        ),
        "dynamodb_stream_time_window": lambda seed, at: windows.dynamodb_time_window_event(seed=seed, at=at),
        "kinesis_stream": lambda seed, at: streams.kinesis_event(data=[_ORDER], seed=seed, at=at),
        "kinesis_stream_time_window": lambda seed, at: windows.kinesis_time_window_event(seed=seed, at=at),
        "kinesis_firehose": lambda seed, at: streams.firehose_event(data=[_ORDER], seed=seed, at=at),
        "kafka": lambda seed, at: streams.kafka_event(values=[_ORDER], keys=[b"order-1001"], seed=seed, at=at),
        "activemq": lambda seed, at: amazon_mq.activemq_event(seed=seed, at=at),
        "rabbitmq": lambda seed, at: amazon_mq.rabbitmq_event(seed=seed, at=at),
        "documentdb": lambda seed, at: databases.documentdb_event(seed=seed, at=at),
        "cloudwatch_logs": lambda seed, at: streams.cloudwatch_logs_event(
            messages=["START RequestId: 1", "Order order-1001 placed"], seed=seed, at=at
        ),
        "eventbridge": lambda seed, at: eventbridge.eventbridge_event(detail=_ORDER, seed=seed, at=at),
        "scheduled": lambda seed, at: eventbridge.scheduled_event(seed=seed, at=at),
        "s3_eventbridge": lambda seed, at: eventbridge.s3_eventbridge_event(seed=seed, at=at),
        "cloudwatch_alarm": lambda seed, at: cloudwatch.cloudwatch_alarm_event(seed=seed, at=at),
        "cloudwatch_custom_widget": lambda seed, at: cloudwatch.cloudwatch_custom_widget_event(
            params={"region": "us-east-1"}, seed=seed, at=at
        ),
        "s3_batch_operation": lambda seed, at: s3.s3_batch_operation_event(seed=seed, at=at),
        "s3_object_lambda": lambda seed, at: s3_object_lambda.s3_object_lambda_event(seed=seed, at=at),
        "secrets_manager_rotation": lambda seed, at: operations.secrets_manager_rotation_event(seed=seed, at=at),
        "config_rule": lambda seed, at: operations.config_rule_event(seed=seed, at=at),
        "cloudformation_custom_resource": lambda seed, at: deployment.cloudformation_custom_resource_event(
            properties={"BucketName": "example-bucket"}, seed=seed, at=at
        ),
        "codedeploy_lifecycle_hook": lambda seed, at: deployment.codedeploy_lifecycle_hook_event(seed=seed, at=at),
        "codepipeline_job": lambda seed, at: deployment.codepipeline_job_event(
            user_parameters={"environment": "staging"}, seed=seed, at=at
        ),
        "connect_contact_flow": lambda seed, at: conversations.connect_contact_flow_event(seed=seed, at=at),
        "bedrock_agent": lambda seed, at: conversations.bedrock_agent_api_event(
            parameters={"claimId": "20"}, seed=seed, at=at
        ),
        "iot_registry": lambda seed, at: operations.iot_registry_event(seed=seed, at=at),
        "lex_v2": lambda seed, at: conversations.lex_v2_event(seed=seed, at=at),
        "transfer_family_authorizer": lambda seed, at: authorizers.transfer_family_authorizer_event(seed=seed, at=at),
        "apigw_rest": lambda seed, at: api_gateway.api_gateway_proxy_event(
            method="POST", path="/orders", body=_ORDER, seed=seed, at=at
        ),
        "apigw_http": lambda seed, at: api_gateway.api_gateway_proxy_event_v2(
            method="POST", path="/orders", body=_ORDER, route_key="POST /orders", seed=seed, at=at
        ),
        "apigw_websocket": lambda seed, at: api_gateway_websocket.api_gateway_websocket_event(seed=seed, at=at),
        "apigw_rest_authorizer_token": lambda seed, at: authorizers.api_gateway_token_authorizer_event(
            seed=seed, at=at
        ),
        "apigw_rest_authorizer_request": lambda seed, at: authorizers.api_gateway_request_authorizer_event(
            seed=seed, at=at
        ),
        "apigw_websocket_authorizer": lambda seed, at: authorizers.api_gateway_websocket_authorizer_event(
            seed=seed, at=at
        ),
        "apigw_http_authorizer": lambda seed, at: authorizers.api_gateway_authorizer_event_v2(seed=seed, at=at),
        "alb": lambda seed, at: http_endpoints.alb_event(method="POST", path="/orders", body=_ORDER, seed=seed, at=at),
        "function_url": lambda seed, at: http_endpoints.function_url_event(
            method="POST", path="/orders", body=_ORDER, seed=seed, at=at
        ),
        "vpc_lattice_v1": lambda seed, at: vpc_lattice.vpc_lattice_event(seed=seed, at=at),
        "vpc_lattice_v2": lambda seed, at: vpc_lattice.vpc_lattice_event_v2(seed=seed, at=at),
        "cloudfront_request": lambda seed, at: edge_and_email.cloudfront_request_event(seed=seed, at=at),
        "cloudfront_response": lambda seed, at: edge_and_email.cloudfront_response_event(seed=seed, at=at),
        "appsync_resolver": lambda seed, at: appsync.appsync_resolver_event(
            arguments={"id": "post-1"}, seed=seed, at=at
        ),
        "appsync_batch_resolver": lambda seed, at: appsync.appsync_batch_resolver_event(seed=seed, at=at),
        "appsync_resolver_template": lambda seed, at: appsync.appsync_resolver_template_event(
            arguments={"id": "post-1"}, seed=seed, at=at
        ),
        "appsync_authorizer": lambda seed, at: appsync.appsync_authorizer_event(seed=seed, at=at),
        "appsync_events": lambda seed, at: appsync.appsync_events_event(seed=seed, at=at),
        "cognito_pre_sign_up": lambda seed, at: cognito.cognito_pre_sign_up_event(seed=seed, at=at),
        "cognito_post_confirmation": lambda seed, at: cognito.cognito_post_confirmation_event(seed=seed, at=at),
        "cognito_pre_authentication": lambda seed, at: cognito.cognito_pre_authentication_event(seed=seed, at=at),
        "cognito_post_authentication": lambda seed, at: cognito.cognito_post_authentication_event(seed=seed, at=at),
        "cognito_define_auth_challenge": lambda seed, at: cognito_challenges.cognito_define_auth_challenge_event(
            seed=seed, at=at
        ),
        "cognito_create_auth_challenge": lambda seed, at: cognito_challenges.cognito_create_auth_challenge_event(
            seed=seed, at=at
        ),
        "cognito_verify_auth_challenge_response": lambda seed, at: (
            cognito_challenges.cognito_verify_auth_challenge_response_event(seed=seed, at=at)
        ),
        "cognito_pre_token_generation": lambda seed, at: cognito_tokens.cognito_pre_token_generation_event(
            seed=seed, at=at
        ),
        "cognito_pre_token_generation_v2": lambda seed, at: cognito_tokens.cognito_pre_token_generation_v2_event(
            seed=seed, at=at
        ),
        "cognito_pre_token_generation_client_credentials": lambda seed, at: (
            cognito_tokens.cognito_pre_token_generation_client_credentials_event(seed=seed, at=at)
        ),
        "cognito_user_migration": lambda seed, at: cognito.cognito_user_migration_event(seed=seed, at=at),
        "cognito_custom_message": lambda seed, at: cognito_messages.cognito_custom_message_event(seed=seed, at=at),
        "cognito_custom_email_sender": lambda seed, at: cognito_messages.cognito_custom_email_sender_event(
            seed=seed, at=at
        ),
        "cognito_custom_sms_sender": lambda seed, at: cognito_messages.cognito_custom_sms_sender_event(
            seed=seed, at=at
        ),
    }
)
"""For each source identifier, a function `(seed, at)` that makes one representative event of that source."""


def sample_event(source: EventSource, *, seed: Seed = None, at: Optional[datetime] = None) -> object:
    """A representative event of `source` (an identifier of `detect_event_source`), made by its factory.

    Raises `KeyError` for an identifier that is not a source.
    """
    return SAMPLE_FACTORIES[source](seed, at)
