"""A Secrets Manager rotation function that first checks where the secret's versions stand.

The docs example (`docs/examples/secrets_rotation.py`) dispatches each step through a table; this one makes
the checks the AWS rotation templates make before any step (the token must name a version of the secret; a
version that is already `AWSCURRENT` needs nothing more; any other must be `AWSPENDING`), then branches on
the `Step` literal. Secrets Manager repeats a step after a failure, so each step must be safe to run twice.
"""

from __future__ import annotations

from lambda_events import SecretsManagerEventDict

VERSION_STAGES: dict[str, dict[str, list[str]]] = {
    "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf": {"v1": ["AWSCURRENT"], "v2": ["AWSPENDING"]},
}
"""The version ids of each secret and their staging labels (a real function asks `DescribeSecret`)."""


def handler(event: SecretsManagerEventDict, context: object) -> None:
    """Check the version the token names, then run the step; raising makes Secrets Manager retry it."""
    secret_id, token, step = event["SecretId"], event["ClientRequestToken"], event["Step"]
    versions = VERSION_STAGES[secret_id]
    if token not in versions:
        raise ValueError(f"{token} is not a version of {secret_id}")
    if "AWSCURRENT" in versions[token]:
        return  # finishSecret ran already: the rotation is complete
    if "AWSPENDING" not in versions[token]:
        raise ValueError(f"version {token} of {secret_id} is not pending rotation")
    on_behalf = " (cross-account: pass RotationToken on)" if "RotationToken" in event else ""
    if step == "createSecret":
        print(f"generate a password and put it as version {token}{on_behalf}")
    elif step == "setSecret":
        print("set the pending password in the database")
    elif step == "testSecret":
        print("sign in to the database with the pending password")
    else:  # the checkers narrow `step` to "finishSecret" here
        for stages in versions.values():
            if "AWSCURRENT" in stages:
                stages.remove("AWSCURRENT")
        versions[token] = ["AWSCURRENT"]
        print(f"made version {token} current{on_behalf}")
