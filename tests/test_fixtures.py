"""Every sample event validates strictly against its type: no missing key, no wrong type, no undeclared key.

Two independent checkers must agree: our own (which reports every problem with its path) and typeguard's
`check_type` (set to check every item of every list, not just the first).
"""

from __future__ import annotations

import json
import typing
from typing import Any, TypeVar

import pytest
from typeguard import CollectionCheckStrategy, TypeCheckError, check_type

from lambda_events import find_event_problems
from lambda_events._typing import get_type_hints, is_typeddict, parameter_default
from tests.fixture_catalog import (
    EVENTBRIDGE_AWS_FOLDER,
    EVENTS_DIR,
    SHARED_EVENTS_DIR,
    Fixture,
    all_fixtures,
    event_files,
    resolve_parent,
    untyped_shared,
)

FIXTURES = all_fixtures()


def typeguard_check(value: Any, expected_type: Any) -> None:
    """Run typeguard strictly over every list item, then over what stands in a generic TypedDict's type
    parameter, which typeguard does not check itself."""
    check_type(value, expected_type, collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS)
    check_type_arguments(value, expected_type, {})


def check_type_arguments(value: Any, expected_type: Any, bindings: dict[Any, Any]) -> None:
    """Typeguard-check each key of `value` whose declared type is a type parameter of `expected_type` (a
    TypedDict, bare or parameterised), against its argument, or its default for a bare generic; nested
    TypedDicts too."""
    cls = typing.get_origin(expected_type) or expected_type
    if not is_typeddict(cls) or not isinstance(value, dict):
        return
    fields: dict[str, Any] = typing.cast("dict[str, Any]", value)
    parameters: tuple[Any, ...] = getattr(cls, "__parameters__", ())
    arguments = typing.get_args(expected_type) or tuple(parameter_default(parameter) for parameter in parameters)
    own: dict[Any, Any] = dict(zip(parameters, (bindings.get(argument, argument) for argument in arguments)))
    for key, hint in get_type_hints(cls).items():
        if key not in fields:
            continue
        if isinstance(hint, TypeVar):
            check_type(fields[key], own[hint], collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS)
        else:
            check_type_arguments(fields[key], hint, own)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_fixture_matches_its_type(fixture: Fixture) -> None:
    event = fixture.event()
    assert find_event_problems(event, fixture.expected_type) == []
    typeguard_check(event, fixture.expected_type)


@pytest.mark.parametrize(
    "fixture", [fixture for fixture in FIXTURES if fixture.embedded], ids=lambda fixture: fixture.name
)
def test_embedded_documents_match_their_types(fixture: Fixture) -> None:
    event = fixture.event()
    for json_path, type_name in fixture.embedded.items():
        parent, key = resolve_parent(event, json_path)
        document = json.loads(parent[key])
        expected_type = getattr(__import__("lambda_events"), type_name)
        assert find_event_problems(document, expected_type) == [], json_path
        typeguard_check(document, expected_type)


@pytest.mark.parametrize(
    "fixture", [fixture for fixture in FIXTURES if fixture.exclude], ids=lambda fixture: fixture.name
)
def test_excluded_keys_exist_and_would_fail(fixture: Fixture) -> None:
    """An exclusion must name a key that is really there and really undeclared, with a reason."""
    raw = fixture.raw()
    for json_path, reason in fixture.exclude.items():
        resolve_parent(raw, json_path)
        assert len(reason) > 20, f"{fixture.name}: give the reason for excluding {json_path}"
    problems = find_event_problems(raw, fixture.expected_type)
    assert {problem.path for problem in problems} == set(fixture.exclude)
    with pytest.raises(TypeCheckError):
        typeguard_check(raw, fixture.expected_type)


def test_every_event_file_is_mapped() -> None:
    on_disk = [path.relative_to(EVENTS_DIR).as_posix() for path in event_files()]
    mapped = [f"{fixture.folder}/{fixture.name}" for fixture in FIXTURES]
    assert set(on_disk) - set(mapped) == set(), "unmapped fixture files"
    assert set(mapped) - set(on_disk) == set(), "mapped fixtures without a file"
    names = [fixture.name for fixture in FIXTURES]
    assert len(names) == len(set(names)), "a file name is used in two folders"
    assert sorted(path.name for path in EVENTS_DIR.glob("*.json")) == ["untyped_shared.json"], "stray files"


def test_every_folder_is_a_source_module() -> None:
    package_dir = EVENTS_DIR.parent.parent / "src" / "lambda_events"
    for folder in EVENTS_DIR.iterdir():
        if folder.is_dir() and folder.name != EVENTBRIDGE_AWS_FOLDER:
            assert (package_dir / "types" / f"{folder.name}.py").is_file(), f"tests/events/{folder.name} has no types module"
    for folder in (EVENTS_DIR / EVENTBRIDGE_AWS_FOLDER).iterdir():
        service_module = package_dir / "eventbridge" / "aws" / f"{folder.name}.py"
        assert service_module.is_file(), f"tests/events/{EVENTBRIDGE_AWS_FOLDER}/{folder.name} has no service module"


def test_every_fixture_names_its_origin() -> None:
    for fixture in FIXTURES:
        origins = ("shared/events/", "written from AWS documentation", "derived from shared/events/")
        assert fixture.origin.startswith(origins), fixture.name


SHARED_EVENTS_ABSENT = (
    "checks that tests/events holds every sample of ../shared/events unchanged (or says why not); runs where "
    "the project's shared folder is beside the checkout, as on the team's machines and in CI. The copies in "
    "tests/events are checked against their types by the other fixture tests everywhere"
)
"""Why the comparison with ../shared/events is skipped in a checkout without it (an sdist, a clone elsewhere)."""


@pytest.mark.skipif(not SHARED_EVENTS_DIR.is_dir(), reason=SHARED_EVENTS_ABSENT)
def test_every_shared_event_is_a_fixture_or_accounted_for() -> None:
    """Each file in ../shared/events is copied unchanged into tests/events, or listed with the reason it is not."""
    untyped = untyped_shared()
    fixtures = {fixture.name: fixture for fixture in FIXTURES}
    for shared_file in sorted(SHARED_EVENTS_DIR.glob("*/*.json")):
        relative = f"{shared_file.parent.name}/{shared_file.name}"
        if relative in untyped:
            assert shared_file.name not in fixtures, f"{relative} is both a fixture and listed as untyped"
            reason = untyped[relative]
            assert len(reason) > 60 and not reason.startswith("pending"), f"{relative}: say why it is not a fixture"
            continue
        assert shared_file.name in fixtures, f"{relative} is neither a fixture nor listed in untyped_shared"
        fixture = fixtures[shared_file.name]
        assert fixture.origin == f"shared/events/{shared_file.parent.name}", relative
        assert fixture.raw() == json.loads(shared_file.read_text(encoding="utf-8")), f"{relative} was changed"
    listed = {f"{path.parent.name}/{path.name}" for path in SHARED_EVENTS_DIR.glob("*/*.json")}
    assert set(untyped) - listed == set(), "untyped_shared lists files that do not exist"
