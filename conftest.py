"""Collection rules for the whole repository."""

import importlib.util

# Optional integrations are doctested only where their engine is installed (`pip install -e '.[datatrove]'`);
# their tests under tests/ skip themselves the same way.
collect_ignore = [] if importlib.util.find_spec("datatrove") else ["arclean/integrations/datatrove.py"]
