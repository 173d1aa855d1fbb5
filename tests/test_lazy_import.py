"""`import lambda_events` creates no event type; using a name loads only the module that defines it."""

from __future__ import annotations

import sys

import pytest

import lambda_events
from scripts.generate_exports import collect_exports, main
from scripts.runtime_check import submodules_loaded_by

MODULE_OF = collect_exports()

# The only source modules allowed to load another: sources delivered inside another source's envelope.
# Every other source module must load alone (private modules of shared sub-structures do not count).
ALLOWED_DEPENDENCIES: dict[str, set[str]] = {
    # A REQUEST authorizer receives the request context of the REST, HTTP or WebSocket request it authorizes.
    "lambda_events.types.api_gateway_authorizer": {
        "lambda_events.types.api_gateway",
        "lambda_events.types.api_gateway_v2",
        "lambda_events.types.api_gateway_websocket",
    },
    # S3 delivers its EventBridge notifications inside the EventBridge envelope.
    "lambda_events.types.s3_eventbridge": {"lambda_events.types.eventbridge"},
    # Lambda sends invocation records to an event bus inside the EventBridge envelope.
    "lambda_events.types.lambda_destination": {"lambda_events.types.eventbridge"},
}


def test_importing_the_package_loads_no_submodule() -> None:
    assert submodules_loaded_by("import lambda_events") == []


def test_using_one_name_loads_only_its_source() -> None:
    assert submodules_loaded_by("from lambda_events import SQSEventDict") == [
        "lambda_events._typing",
        "lambda_events.types",
        "lambda_events.types.sqs",
    ]


def test_using_a_helper_loads_no_type_module() -> None:
    loaded = submodules_loaded_by("from lambda_events import decode_sqs_json")
    assert not [module for module in loaded if module.startswith("lambda_events.types.")]


def test_each_type_module_loads_alone() -> None:
    """No source module imports another, except the declared envelope dependencies."""
    for module_name in sorted(set(MODULE_OF.values())):
        if not module_name.startswith("lambda_events.types."):
            continue
        loaded = submodules_loaded_by(f"import {module_name}")
        expected = {module_name} | ALLOWED_DEPENDENCIES.get(module_name, set())
        sources = {module for module in loaded if module.startswith("lambda_events.types.") and "._" not in module}
        assert sources == expected


def test_dir_and_all_list_every_public_name() -> None:
    assert set(lambda_events.__all__) == set(MODULE_OF)
    assert set(lambda_events.__all__) <= set(dir(lambda_events))


def test_every_public_name_resolves_to_its_module() -> None:
    for name, module_name in MODULE_OF.items():
        value = getattr(lambda_events, name)
        assert getattr(sys.modules[module_name], name) is value


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchEventDict"):
        getattr(lambda_events, "NoSuchEventDict")


def test_generated_exports_are_current() -> None:
    assert main(["--check"]) == 0
