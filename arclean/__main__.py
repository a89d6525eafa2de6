"""``python -m arclean`` runs the ``arclean`` command."""

import sys

from arclean.cli import main

sys.exit(main())
