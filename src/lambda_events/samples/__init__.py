"""Sample events bundled with the package, one per type, each file named after the type it satisfies.

`lambda-events inspect` with no argument checks them all; they are copies of fixtures in `tests/events/`.
"""
