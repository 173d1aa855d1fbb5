"""Typed test events: one factory per event source, each returning that source's TypedDict.

Use it from tests only; the runtime package never imports it. Every factory takes keyword arguments a test
author cares about (`sqs_event(bodies=[...], queue="orders")`), fills in the rest with realistic values (ids,
ARNs built from `region` and `account`, timestamps consistent with each other), and returns an event that
passes `find_event_problems` for its type and round-trips through the decoders (`kinesis_event(data=[b"x"])`
decodes back to `b"x"`).

Determinism: every factory takes `seed` (an `int`, or a `random.Random` shared by several calls) and `at` (a
timezone-aware `datetime`). Given both, a factory returns the same event on every run; without them, ids are
random and the time is now. `sample_event(source)` makes one event of any source `detect_event_source` knows.

    from lambda_events.testing import lambda_context, sqs_event

    def test_handler_reads_the_order() -> None:
        event = sqs_event(bodies=[{"order": 7}], queue="orders", seed=1)
        assert handler(event, lambda_context(seed=1)) == {"batchItemFailures": []}

`lambda_context(...)` makes the handler's second argument: a `FakeLambdaContext` that satisfies `LambdaContext`,
with the function's names and ARN, and a fixed time left (`get_remaining_time_in_millis()` never changes).
"""

from lambda_events.testing.amazon_mq import (
    activemq_event as activemq_event,
    rabbitmq_event as rabbitmq_event,
)
from lambda_events.testing.api_gateway import (
    api_gateway_proxy_event as api_gateway_proxy_event,
    api_gateway_proxy_event_v2 as api_gateway_proxy_event_v2,
)
from lambda_events.testing.api_gateway_websocket import (
    api_gateway_websocket_event as api_gateway_websocket_event,
)
from lambda_events.testing.appsync import (
    appsync_authorizer_event as appsync_authorizer_event,
    appsync_batch_resolver_event as appsync_batch_resolver_event,
    appsync_cognito_identity as appsync_cognito_identity,
    appsync_events_event as appsync_events_event,
    appsync_resolver_event as appsync_resolver_event,
    appsync_resolver_template_event as appsync_resolver_template_event,
)
from lambda_events.testing.authorizers import (
    api_gateway_authorizer_event_v2 as api_gateway_authorizer_event_v2,
    api_gateway_request_authorizer_event as api_gateway_request_authorizer_event,
    api_gateway_token_authorizer_event as api_gateway_token_authorizer_event,
    api_gateway_websocket_authorizer_event as api_gateway_websocket_authorizer_event,
    transfer_family_authorizer_event as transfer_family_authorizer_event,
)
from lambda_events.testing.cloudwatch import (
    cloudwatch_alarm_event as cloudwatch_alarm_event,
    cloudwatch_custom_widget_event as cloudwatch_custom_widget_event,
)
from lambda_events.testing.cognito import (
    cognito_post_authentication_event as cognito_post_authentication_event,
    cognito_post_confirmation_event as cognito_post_confirmation_event,
    cognito_pre_authentication_event as cognito_pre_authentication_event,
    cognito_pre_sign_up_event as cognito_pre_sign_up_event,
    cognito_user_migration_event as cognito_user_migration_event,
)
from lambda_events.testing.cognito_challenges import (
    cognito_create_auth_challenge_event as cognito_create_auth_challenge_event,
    cognito_define_auth_challenge_event as cognito_define_auth_challenge_event,
    cognito_verify_auth_challenge_response_event as cognito_verify_auth_challenge_response_event,
)
from lambda_events.testing.cognito_messages import (
    cognito_custom_email_sender_event as cognito_custom_email_sender_event,
    cognito_custom_message_event as cognito_custom_message_event,
    cognito_custom_sms_sender_event as cognito_custom_sms_sender_event,
)
from lambda_events.testing.cognito_tokens import (
    cognito_pre_token_generation_client_credentials_event as cognito_pre_token_generation_client_credentials_event,
    cognito_pre_token_generation_event as cognito_pre_token_generation_event,
    cognito_pre_token_generation_v2_event as cognito_pre_token_generation_v2_event,
)
from lambda_events.testing.context import (
    FakeCognitoIdentity as FakeCognitoIdentity,
    FakeLambdaContext as FakeLambdaContext,
    lambda_context as lambda_context,
)
from lambda_events.testing.conversations import (
    bedrock_agent_api_event as bedrock_agent_api_event,
    bedrock_agent_function_event as bedrock_agent_function_event,
    connect_contact_flow_event as connect_contact_flow_event,
    lex_v2_event as lex_v2_event,
)
from lambda_events.testing.databases import (
    documentdb_event as documentdb_event,
    dynamodb_stream_event as dynamodb_stream_event,
)
from lambda_events.testing.deployment import (
    cloudformation_custom_resource_event as cloudformation_custom_resource_event,
    codedeploy_lifecycle_hook_event as codedeploy_lifecycle_hook_event,
    codepipeline_job_event as codepipeline_job_event,
)
from lambda_events.testing.edge_and_email import (
    cloudfront_request_event as cloudfront_request_event,
    cloudfront_response_event as cloudfront_response_event,
    ses_event as ses_event,
)
from lambda_events.testing.eventbridge import (
    eventbridge_event as eventbridge_event,
    s3_eventbridge_event as s3_eventbridge_event,
    scheduled_event as scheduled_event,
)
from lambda_events.testing.http_endpoints import (
    alb_event as alb_event,
    function_url_event as function_url_event,
)
from lambda_events.testing.messaging import (
    sns_event as sns_event,
    sns_notification as sns_notification,
    sqs_event as sqs_event,
)
from lambda_events.testing.operations import (
    config_rule_event as config_rule_event,
    iot_registry_event as iot_registry_event,
    secrets_manager_rotation_event as secrets_manager_rotation_event,
)
from lambda_events.testing.s3 import (
    s3_batch_operation_event as s3_batch_operation_event,
    s3_event as s3_event,
    s3_notification_key as s3_notification_key,
    s3_test_event as s3_test_event,
)
from lambda_events.testing.s3_object_lambda import (
    s3_object_lambda_event as s3_object_lambda_event,
)
from lambda_events.testing.streams import (
    cloudwatch_logs_data as cloudwatch_logs_data,
    cloudwatch_logs_event as cloudwatch_logs_event,
    firehose_event as firehose_event,
    kafka_event as kafka_event,
    kinesis_event as kinesis_event,
)
from lambda_events.testing.vpc_lattice import (
    vpc_lattice_event as vpc_lattice_event,
    vpc_lattice_event_v2 as vpc_lattice_event_v2,
)
from lambda_events.testing.windows import (
    dynamodb_time_window_event as dynamodb_time_window_event,
    kinesis_time_window_event as kinesis_time_window_event,
)
from lambda_events.testing.catalog import (
    SAMPLE_FACTORIES as SAMPLE_FACTORIES,
    sample_event as sample_event,
)

__all__ = [
    "FakeCognitoIdentity",
    "FakeLambdaContext",
    "SAMPLE_FACTORIES",
    "activemq_event",
    "alb_event",
    "api_gateway_authorizer_event_v2",
    "api_gateway_proxy_event",
    "api_gateway_proxy_event_v2",
    "api_gateway_request_authorizer_event",
    "api_gateway_token_authorizer_event",
    "api_gateway_websocket_authorizer_event",
    "api_gateway_websocket_event",
    "appsync_authorizer_event",
    "appsync_batch_resolver_event",
    "appsync_cognito_identity",
    "appsync_events_event",
    "appsync_resolver_event",
    "appsync_resolver_template_event",
    "bedrock_agent_api_event",
    "bedrock_agent_function_event",
    "cloudformation_custom_resource_event",
    "cloudfront_request_event",
    "cloudfront_response_event",
    "cloudwatch_alarm_event",
    "cloudwatch_custom_widget_event",
    "cloudwatch_logs_data",
    "cloudwatch_logs_event",
    "codedeploy_lifecycle_hook_event",
    "codepipeline_job_event",
    "cognito_create_auth_challenge_event",
    "cognito_custom_email_sender_event",
    "cognito_custom_message_event",
    "cognito_custom_sms_sender_event",
    "cognito_define_auth_challenge_event",
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_client_credentials_event",
    "cognito_pre_token_generation_event",
    "cognito_pre_token_generation_v2_event",
    "cognito_user_migration_event",
    "cognito_verify_auth_challenge_response_event",
    "config_rule_event",
    "connect_contact_flow_event",
    "documentdb_event",
    "dynamodb_stream_event",
    "dynamodb_time_window_event",
    "eventbridge_event",
    "firehose_event",
    "function_url_event",
    "iot_registry_event",
    "kafka_event",
    "kinesis_event",
    "kinesis_time_window_event",
    "lambda_context",
    "lex_v2_event",
    "rabbitmq_event",
    "s3_batch_operation_event",
    "s3_event",
    "s3_eventbridge_event",
    "s3_notification_key",
    "s3_object_lambda_event",
    "s3_test_event",
    "sample_event",
    "scheduled_event",
    "secrets_manager_rotation_event",
    "ses_event",
    "sns_event",
    "sns_notification",
    "sqs_event",
    "transfer_family_authorizer_event",
    "vpc_lattice_event",
    "vpc_lattice_event_v2",
]
