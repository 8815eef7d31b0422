"""Request bodies as discord.py sends them: JSON, or multipart with payload_json and files[n]."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web


@dataclass
class UploadedFile:
    index: int
    filename: str
    data: bytes
    content_type: str


@dataclass
class Body:
    json: Any = None
    files: list[UploadedFile] = field(default_factory=list)
    malformed: bool = False


async def read_body(request: web.Request) -> Body:
    if not request.can_read_body:
        return Body()
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("multipart/"):
        return await _read_multipart(request)
    raw = await request.read()
    if not raw:
        return Body()
    try:
        return Body(json=json.loads(raw))
    except ValueError:
        return Body(malformed=True)


async def _read_multipart(request: web.Request) -> Body:
    body = Body()
    reader = await request.multipart()
    while True:
        part = await reader.next()
        if part is None:
            break
        if not isinstance(part, aiohttp.BodyPartReader):
            continue
        name = part.name or ""
        data = await part.read(decode=False)
        if name == "payload_json":
            try:
                body.json = json.loads(data)
            except ValueError:
                body.malformed = True
        elif name.startswith("files[") and name.endswith("]"):
            try:
                index = int(name[6:-1])
            except ValueError:
                body.malformed = True
                continue
            body.files.append(
                UploadedFile(
                    index,
                    part.filename or f"file{index}",
                    bytes(data),
                    part.headers.get("Content-Type", "application/octet-stream"),
                )
            )
        elif name == "file":
            body.files.append(
                UploadedFile(
                    len(body.files), part.filename or "file", bytes(data), "application/octet-stream"
                )
            )
    return body
