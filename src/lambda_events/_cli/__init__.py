"""The `lambda-events` command line: `main` parses the arguments, `inspect` checks and decodes one event,
`payloads` finds its nested payloads, `output` prints the findings. Not a public API."""
