"""Trellis client for Python: log AI outputs, read review decisions, verify webhooks. Standard library only."""

from .client import Batcher, ReviewTimeoutError, TrellisClient, TrellisError, backoff_delay, parse_retry_after
from .webhooks import WebhookVerificationError, sign_webhook, verify_webhook

__all__ = [
    "Batcher",
    "ReviewTimeoutError",
    "TrellisClient",
    "TrellisError",
    "WebhookVerificationError",
    "backoff_delay",
    "parse_retry_after",
    "sign_webhook",
    "verify_webhook",
]
__version__ = "0.1.0"
