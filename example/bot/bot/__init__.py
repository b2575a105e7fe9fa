"""Example Telegram webhook bot of the stack-deploy reference stack."""
