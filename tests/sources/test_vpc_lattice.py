"""Amazon VPC Lattice: the factories of `lambda_events.testing.vpc_lattice`
and the types of `lambda_events.types.vpc_lattice`."""

from __future__ import annotations

from lambda_events import testing as factories
from tests.support import (
    Case,
    bodies,
    factory_test,
    fields,
    methods,
    paths,
)

CASES = [
    Case(
        factories.vpc_lattice_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
        },
        "vpc_lattice",
    ),
    Case(
        factories.vpc_lattice_v2_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
        },
        "vpc_lattice_v2",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
