"""Register WEBHOOK_URL with Telegram (run by hand once: `docker compose run --rm bot python3 -m bot.set_webhook`).

The bot itself never calls Telegram on startup.
"""

import sys

import httpx

from .config import settings


def main() -> None:
    if not settings.webhook_url.startswith("https://"):
        sys.exit("WEBHOOK_URL must be an https:// URL")
    url = f"{settings.api_base_url}/bot{settings.token}/setWebhook"
    res = httpx.post(url, json={"url": settings.webhook_url, "secret_token": settings.webhook_secret}, timeout=10.0)
    print(res.status_code, res.text)
    sys.exit(0 if res.status_code == 200 else 1)


if __name__ == "__main__":
    main()
