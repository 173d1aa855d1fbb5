"""AWS services' own events as EventBridge delivers them: one module per service, named after its `source`.

`aws.ec2` is `lambda_events.eventbridge.aws.ec2`, `aws.autoscaling` is `...autoscaling`; CloudTrail's records
of API calls and console sign-ins (any service) are in `...cloudtrail`. Import the module of the service
your handler reacts to; nothing here is re-exported from `lambda_events` or from this package, so a handler
pays only for the types it uses. The conventions every module follows are in `lambda_events.eventbridge`.
"""
