"""Powertools' `vpc_lattice.py`: a VPC Lattice target (payload version 1) that logs the request body and
answers with text.

Differences:
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging

from lambda_events import LambdaContext, VPCLatticeEventDict, VPCLatticeResponseDict

logger = logging.getLogger(__name__)


def lambda_handler(event: VPCLatticeEventDict, context: LambdaContext) -> VPCLatticeResponseDict:
    """Log the body; answer `200` with a text body."""
    logger.info(event["body"])

    response: VPCLatticeResponseDict = {
        "isBase64Encoded": False,
        "statusCode": 200,
        "headers": {"Content-Type": "application/text"},
        "body": "Event Response to VPC Lattice 🔥🚀🔥",
    }

    return response
