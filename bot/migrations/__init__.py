"""Alembic migrations of the state database (`openai-bot migrate` runs them)."""
