"""Handlers written with lambda-events, each a complete
Lambda function (`handler`); the tests run them."""
