"""Answers through a command's or a click's response_url, over connections kept alive.

Bolt's `respond` makes a slack_sdk webhook client per call, and that client opens a new HTTP
session (a TCP connection and, against Slack, a TLS handshake) for each answer. While the
adapter serves, `KeptAliveRespond` stands in for it (set on the request's context by a
middleware): the same message, posted by slack_sdk's webhook client through the adapter's
one session, whose connections to Slack are reused from answer to answer.
"""

from collections.abc import Sequence
from ssl import SSLContext
from typing import Any

import aiohttp
from slack_sdk.webhook import WebhookResponse
from slack_sdk.webhook.async_client import AsyncWebhookClient

_LISTS = ("blocks", "attachments")  # left out when empty, as Bolt leaves them out


def message_of(text: str = "", **fields: Any) -> dict[str, Any]:
    """The body Bolt's `respond(...)` posts for these arguments: the text (empty when none
    is given), then every other field that is set."""
    message: dict[str, Any] = {"text": text}
    for name, value in fields.items():
        if value is None or (name in _LISTS and not value):
            continue
        message[name] = list(value) if isinstance(value, Sequence) and name in _LISTS else value
    return message


class KeptAliveRespond:
    """`respond(...)` for one request, as Bolt's, through a shared session."""

    def __init__(
        self,
        response_url: str,
        session: aiohttp.ClientSession,
        *,
        proxy: str | None = None,
        ssl: SSLContext | None = None,
    ) -> None:
        self.response_url = response_url
        self.client = AsyncWebhookClient(url=response_url, session=session, proxy=proxy, ssl=ssl)

    async def __call__(self, text: str = "", **fields: Any) -> WebhookResponse:
        return await self.client.send_dict(message_of(text, **fields))
