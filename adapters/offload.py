"""Answer a Message off the event loop: Slack acks and Discord heartbeats never wait on SQLite."""

import asyncio

from bot.message import Message
from bot.reply import Reply
from bot.router import Router


async def answer(router: Router, message: Message) -> Reply:
    """The router's reply to `message`, computed in a worker thread."""
    return await asyncio.to_thread(router.handle, message)
