"""One representative event per source id of `detect_event_source`, made by the factories from the registry's
sample arguments: what `lambda-events sample SOURCE` prints, and a ready set of events for tests that run over
every source."""

from __future__ import annotations

import copy
import importlib
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Optional, cast

from lambda_events._sources import SOURCES, Source
from lambda_events.testing._scenario import Seed

if TYPE_CHECKING:
    from lambda_events.helpers.detection import EventSource

__all__ = ["SAMPLE_FACTORIES", "sample_event"]

_Sample = Callable[[Seed, Optional[datetime]], object]


def _sample(source: Source) -> _Sample:
    """A function `(seed, at)` that calls the source's factory with a fresh copy of its sample arguments (an
    event may hold an argument itself, as `eventbridge_event` holds its `detail`), `seed` and `at`."""
    module = importlib.import_module(f"lambda_events.testing.{source.module}")
    factory = cast("Callable[..., object]", getattr(module, source.factory))
    arguments = source.sample or {}
    return lambda seed, at: factory(**copy.deepcopy(arguments), seed=seed, at=at)


SAMPLE_FACTORIES: Mapping[EventSource, _Sample] = MappingProxyType(
    {cast("EventSource", source.id): _sample(source) for source in SOURCES}
)
"""For each source id, a function `(seed, at)` that makes one representative event of that source."""


def sample_event(source: EventSource, *, seed: Seed = None, at: Optional[datetime] = None) -> object:
    """A representative event of `source` (an id of `detect_event_source`), made by its factory.

    Raises `KeyError` for an id that is not a source.
    """
    return SAMPLE_FACTORIES[source](seed, at)
