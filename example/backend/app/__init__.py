"""Example FastAPI backend of the stack-deploy reference stack."""
