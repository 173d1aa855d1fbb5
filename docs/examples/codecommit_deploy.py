"""A CodeCommit trigger: list the branches a push created or updated, to deploy them."""

from lambda_events import CodeCommitEventDict

BRANCH_PREFIX = "refs/heads/"


def handler(event: CodeCommitEventDict, context: object) -> list[str]:
    branches: list[str] = []
    for record in event["Records"]:
        if record["eventName"] == "TriggerEventTest":
            continue
        for reference in record["codecommit"]["references"]:
            if reference["ref"].startswith(BRANCH_PREFIX) and not reference.get("deleted", False):
                branches.append(
                    f"{reference['ref'][len(BRANCH_PREFIX) :]}@{reference['commit'][:7]}"
                )
    return branches
