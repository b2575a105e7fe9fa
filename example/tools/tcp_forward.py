#!/usr/bin/env python3
"""Tiny TCP forwarder for the dev stack's `dev-ports` service.

Docker does not publish ports of a container attached only to `internal: true`
networks, and PostgreSQL/Redis stay on the internal network in dev too. This process
sits on both networks and forwards 127.0.0.1-published ports to them:

  tcp_forward.py 5432=postgres:5432 6379=redis:6379
  tcp_forward.py --check 5432 6379        (health check: the listeners accept)
"""

import asyncio
import socket
import sys


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


def _handler(host: str, port: int):
    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            up_r, up_w = await asyncio.wait_for(asyncio.open_connection(host, port), timeout=5)
        except (OSError, asyncio.TimeoutError) as err:
            print(f"cannot reach {host}:{port}: {err}", file=sys.stderr, flush=True)
            client_w.close()
            return
        await asyncio.gather(_pipe(client_r, up_w), _pipe(up_r, client_w))

    return handle


async def serve(specs) -> None:
    servers = []
    for spec in specs:
        listen, _, target = spec.partition("=")
        host, _, port = target.rpartition(":")
        servers.append(await asyncio.start_server(_handler(host, int(port)), "0.0.0.0", int(listen)))
        print(f"forwarding :{listen} -> {host}:{port}", flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


def check(ports) -> int:
    for port in ports:
        with socket.create_connection(("127.0.0.1", int(port)), timeout=2):
            pass
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    if args[0] == "--check":
        sys.exit(check(args[1:]))
    asyncio.run(serve(args))
