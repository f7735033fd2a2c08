"""What an HTTP request must be before Slack's library sees it: signed, then well formed.

The signature is checked on the raw bytes first (Slack signs bytes; a body that is not UTF-8
must not crash the check), then the timestamp, content type and body are parsed. Anything
malformed gets a 4xx and one log line, never a traceback. A slash command Slack sends twice
(same `trigger_id`) is answered once.
"""

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from urllib.parse import parse_qs

# Slack refuses a request older than this; so do we (a replayed request is not answered).
MAX_AGE_SECONDS = 60 * 5
_TYPES = ("application/x-www-form-urlencoded", "application/json")


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """Whether the request may go on; if not, the status and the reason to log."""

    status: int = 200
    reason: str = ""
    trigger_id: str = ""  # a slash command's, for answering it once

    @property
    def ok(self) -> bool:
        return self.status == 200


def _signed(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    base = b"v0:" + timestamp.encode("ascii") + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def check(
    body: bytes,
    headers: dict[str, str],
    *,
    secret: str,
    now: float | None = None,
) -> Verdict:
    """Is this a signed, fresh, well-formed Slack request? `headers` lower-cased."""
    if not secret:
        return Verdict(status=401, reason="no signing secret is configured")
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not timestamp.isascii() or not timestamp.isdigit():
        return Verdict(status=401, reason="missing or non-numeric X-Slack-Request-Timestamp")
    if abs((time.time() if now is None else now) - int(timestamp)) > MAX_AGE_SECONDS:
        return Verdict(status=401, reason="stale X-Slack-Request-Timestamp")
    if not signature or not _signed(secret, timestamp, body, signature):
        return Verdict(status=401, reason="bad X-Slack-Signature")
    kind = headers.get("content-type", "").split(";")[0].strip().casefold()
    if kind not in _TYPES:
        return Verdict(status=415, reason=f"content type {kind or 'none'!r}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return Verdict(status=400, reason="body is not UTF-8")
    if kind == "application/json":
        return _json_object(text, "body")
    form = parse_qs(text, keep_blank_values=True)
    if "payload" in form:  # an interaction: the form carries one JSON object
        verdict = _json_object(form["payload"][0], "payload")
        if verdict.ok:  # a click replayed (same trigger_id) is acted on once
            payload = json.loads(form["payload"][0])
            return Verdict(trigger_id=str(payload.get("trigger_id") or ""))
        return verdict
    if "command" in form:
        return Verdict(trigger_id=(form.get("trigger_id") or [""])[0])
    if "ssl_check" in form:
        return Verdict()
    return Verdict(status=400, reason="form without command or payload")


def _json_object(text: str, what: str) -> Verdict:
    try:
        value = json.loads(text)
    except ValueError:
        return Verdict(status=400, reason=f"{what} is not JSON")
    if not isinstance(value, dict):
        return Verdict(status=400, reason=f"{what} is not a JSON object")
    return Verdict()
