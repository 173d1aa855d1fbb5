"""Amazon SageMaker Ground Truth custom labeling: the factories of
`lambda_events.testing.sagemaker_ground_truth` and the types of `lambda_events.types.sagemaker_ground_truth`."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import strategies as st

from lambda_events import EventDecodeError, decode_ground_truth_annotation
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import Case, factory_test, json_objects

jobs = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20)

CASES = [
    Case(
        factories.sagemaker_ground_truth_pre_annotation_event,
        {"data_object": st.none() | json_objects, "job": jobs, "label_attribute_name": st.none() | jobs},
        "sagemaker_ground_truth_pre_annotation",
    ),
    Case(
        factories.sagemaker_ground_truth_consolidation_event,
        {"job": jobs, "label_attribute_name": st.none() | jobs, "iteration": st.integers(1, 5)},
        "sagemaker_ground_truth_consolidation",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_a_workers_answer_decodes() -> None:
    annotated: Any = fixture_named("groundTruthAnnotatedObject.json").raw()
    answers = [decode_ground_truth_annotation(answer) for answer in annotated["annotations"]]
    assert answers == [{"crowd-image-classifier": {"label": "stop"}}] * 2
    with pytest.raises(EventDecodeError, match="annotationData.content"):
        decode_ground_truth_annotation({"workerId": "w", "annotationData": {"content": "{"}})


@pytest.mark.parametrize(("arguments", "message"), [({"job": "bad job"}, "job"), ({"iteration": 0}, "iteration")])
def test_bad_arguments_are_refused(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        factories.sagemaker_ground_truth_consolidation_event(**arguments)
