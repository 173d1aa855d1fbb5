"""Powertools' `vpc_lattice_v2.py`: a VPC Lattice target (payload version 2) that logs the request body and
answers with text.

Differences:
- `event.body` is `event.get("body")`: version 2 has no `body` key when the request has none.
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging

from lambda_events import LambdaContext, VPCLatticeEventV2Dict, VPCLatticeResponseDict

logger = logging.getLogger(__name__)


def lambda_handler(event: VPCLatticeEventV2Dict, context: LambdaContext) -> VPCLatticeResponseDict:
    """Log the body; answer `200 OK` with a text body."""
    logger.info(event.get("body"))

    response: VPCLatticeResponseDict = {
        "isBase64Encoded": False,
        "statusCode": 200,
        "statusDescription": "200 OK",
        "headers": {"Content-Type": "application/text"},
        "body": "VPC Lattice V2 Event ✨🎉✨",
    }

    return response
