"""``python -m articleclean``: the same as the ``articleclean`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
