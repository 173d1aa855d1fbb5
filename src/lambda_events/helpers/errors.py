"""The one exception every decoding helper raises on malformed input."""

__all__ = ["EventDecodeError"]


class EventDecodeError(ValueError):
    """A nested payload could not be decoded: bad base64, gzip, JSON or UTF-8, an unknown DynamoDB
    attribute shape, a malformed ARN, or a key the helper needs is missing.

    The message names what was wrong and where (`Records[3].kinesis.data: invalid base64`); the original
    exception, if any, is chained as `__cause__`. It is a `ValueError`, so existing handlers keep working.
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where: str = where
        """The path of the offending value inside the event (`Records[0].body`)."""
        self.problem: str = problem
        """What was wrong with it (`invalid JSON: Expecting value at line 1 column 1`)."""
