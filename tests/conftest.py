"""Test-wide settings: hypothesis checks answers, not speed, so its per-example deadline is off (a loaded
machine must not fail a correct test; speed is measured in `bench/`)."""

from hypothesis import settings

settings.register_profile("lambda-events", deadline=None)
settings.load_profile("lambda-events")
