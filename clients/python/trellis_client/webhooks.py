"""Standard Webhooks signatures (https://www.standardwebhooks.com): HMAC-SHA256 of "id.timestamp.body"."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any, Mapping, Optional, Union

TOLERANCE_SECONDS = 5 * 60


class WebhookVerificationError(Exception):
    """The delivery is not from the holder of the secret, or is too old or too new to accept."""


def _key(secret: Union[str, bytes]) -> bytes:
    if isinstance(secret, bytes):
        return secret
    if secret.startswith("whsec_"):
        secret = secret[len("whsec_") :]
    return base64.b64decode(secret)


def _body_bytes(body: Union[str, bytes]) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body


def sign_webhook(secret: Union[str, bytes], msg_id: str, timestamp: int, body: Union[str, bytes]) -> str:
    """The `webhook-signature` value: "v1," + base64(HMAC-SHA256(key, f"{id}.{timestamp}.{body}"))."""
    signed = f"{msg_id}.{timestamp}.".encode("utf-8") + _body_bytes(body)
    return "v1," + base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest()).decode("ascii")


def verify_webhook(
    secret: Union[str, bytes],
    headers: Mapping[str, str],
    body: Union[str, bytes],
    *,
    tolerance: int = TOLERANCE_SECONDS,
    now: Optional[float] = None,
) -> Any:
    """
    Checks a delivery's `webhook-id`, `webhook-timestamp` and `webhook-signature` headers against the raw
    body (the bytes as received, before any JSON parsing) and returns the parsed JSON payload; raises
    WebhookVerificationError otherwise. A timestamp more than `tolerance` seconds from now either way is
    refused (replays). The signature header may list several space-separated signatures (secret rotation);
    one matching v1 signature is enough.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    msg_id = lower.get("webhook-id")
    timestamp = lower.get("webhook-timestamp")
    signatures = lower.get("webhook-signature")
    if not msg_id or not timestamp or not signatures:
        raise WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header")
    try:
        sent = int(timestamp)
    except ValueError:
        raise WebhookVerificationError("Invalid webhook-timestamp") from None
    current = time.time() if now is None else now
    if sent < current - tolerance:
        raise WebhookVerificationError("Message timestamp too old")
    if sent > current + tolerance:
        raise WebhookVerificationError("Message timestamp too new")
    expected = sign_webhook(secret, msg_id, sent, body).split(",", 1)[1]
    for candidate in signatures.split(" "):
        version, _, signature = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(signature.encode("ascii", "replace"), expected.encode("ascii")):
            return json.loads(_body_bytes(body).decode("utf-8"))
    raise WebhookVerificationError("No matching signature found")
