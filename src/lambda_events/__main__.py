"""`python -m lambda_events`: the same as the `lambda-events` command."""

from lambda_events._cli.main import main

raise SystemExit(main())
