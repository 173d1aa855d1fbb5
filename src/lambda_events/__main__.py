"""`python -m lambda_events`: the same as the `lambda-events` command."""

from lambda_events.cli import main

raise SystemExit(main())
