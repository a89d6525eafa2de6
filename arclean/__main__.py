"""``python -m arclean`` runs the ``arclean`` command."""

import sys

from arclean.cli import main

if __name__ == "__main__":  # worker processes started by "spawn" import this module too
    sys.exit(main())
