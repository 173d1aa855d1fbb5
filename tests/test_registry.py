"""The registry (`lambda_events/_sources.py`) is complete: every row has the five places a source lives in, and
everything listed elsewhere is generated from it.

A source lives in a types module, a test-event factory, fixtures, a docs page and one registry row; from the
row come its guard, its handler alias and the tables that list it. These tests fail when one is missing, so a
contributor who adds a row learns at once what else to write.
"""

from __future__ import annotations

import importlib
import json
import typing
from pathlib import Path

import pytest

import lambda_events
from lambda_events import testing
from lambda_events._sources import MODULES, SOURCES, Module, Source
from lambda_events.helpers import detection
from scripts.generate_exports import collect_exports
from scripts.generate_exports import main as generate_exports
from tests.fixture_catalog import EVENTS_DIR, MAPPING_FILE_NAME

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "lambda_events"
EXPORTS = collect_exports()


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_every_module_has_its_five_places(module: Module) -> None:
    name = module.name
    assert (PACKAGE / "types" / f"{name}.py").is_file(), "types module"
    assert (PACKAGE / "testing" / f"{name}.py").is_file(), "factory module"
    assert (EVENTS_DIR / name / MAPPING_FILE_NAME).is_file(), "fixtures folder with its mapping"
    assert (ROOT / "docs" / "sources" / f"{name}.md").is_file(), "docs page"
    assert (ROOT / "tests" / "sources" / f"test_{name}.py").is_file(), "tests"


@pytest.mark.parametrize("source", SOURCES, ids=lambda source: source.id)
def test_every_source_has_its_type_guard_alias_factory_and_a_fixture(source: Source) -> None:
    assert EXPORTS[source.event] == f"lambda_events.types.{source.module}"
    guard = getattr(detection, f"is_{source.id}_event")
    assert guard is getattr(lambda_events, guard.__name__)
    alias = getattr(lambda_events, source.handler)
    event_type = getattr(lambda_events, source.event)
    if source.event_parameter:  # a generic alias: the event parameterised with the parameter it passes on
        parameter = getattr(importlib.import_module(f"lambda_events.types.{source.module}"), source.event_parameter)
        assert typing.get_args(alias)[0][0] == event_type[parameter]
        assert typing.get_args(alias[dict[str, str]])[0][0] == event_type[dict[str, str]]
    else:
        assert typing.get_args(alias)[0][0] == typing.ForwardRef(source.event)
    assert getattr(testing, source.factory).__module__ == f"lambda_events.testing.{source.module}"
    mapping = json.loads((EVENTS_DIR / source.module / MAPPING_FILE_NAME).read_text(encoding="utf-8"))
    mapped_types = {entry["type"] for entry in mapping.values()}
    assert source.event in mapped_types, f"no fixture of {source.event} in tests/events/{source.module}/"


def test_the_registry_and_the_detection_literal_agree() -> None:
    assert typing.get_args(lambda_events.EventSource) == tuple(source.id for source in SOURCES)
    assert dict(lambda_events.EVENT_SOURCE_TYPE_NAMES) == {source.id: source.event for source in SOURCES}


def test_every_types_module_is_in_the_registry() -> None:
    registered = {module.name for module in MODULES}
    support = {"__init__", "context"}
    on_disk = {path.stem for path in (PACKAGE / "types").glob("*.py") if not path.stem.startswith("_")}
    assert on_disk - support == registered


def test_every_generated_file_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert generate_exports(["--check"]) == 0, capsys.readouterr().err
