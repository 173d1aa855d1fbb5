"""Ground Truth annotation consolidation by majority vote: the label most workers chose, with the share of
votes it got as its confidence."""

from collections import Counter
from collections.abc import Sequence

from lambda_events import (
    GroundTruthConsolidatedAnnotationDict,
    GroundTruthConsolidationEventDict,
    GroundTruthDatasetObjectDict,
    decode_ground_truth_annotation,
)


def consolidate(
    event: GroundTruthConsolidationEventDict, annotated: Sequence[GroundTruthDatasetObjectDict]
) -> list[GroundTruthConsolidatedAnnotationDict]:
    name = event["labelAttributeName"]
    labels: list[GroundTruthConsolidatedAnnotationDict] = []
    for item in annotated:
        votes = Counter(
            str(decode_ground_truth_annotation(answer)["crowd-image-classifier"]["label"])
            for answer in item["annotations"]
        )
        label, count = votes.most_common(1)[0]
        content = {name: {"label": label}, f"{name}-metadata": {"votes": count, "confidence": count / sum(votes.values())}}
        labels.append({"datasetObjectId": item["datasetObjectId"], "consolidatedAnnotation": {"content": content}})
    return labels
