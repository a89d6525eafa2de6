"""Web chrome removal: the ``chrome`` pass (one page at a time) and ``boilerplate`` (learned from a corpus).

Modules, in the order a line meets them: :mod:`.features` (the line's shape), :mod:`.lexicon`
(phrase tables in ``data/``), :mod:`.evidence` (what the line itself says), :mod:`.rules` (what
its position and neighbours add), :mod:`.chrome` (the pass), :mod:`.boilerplate` (corpus level).
"""

from arclean.passes.chrome.boilerplate import Boilerplate, learn_boilerplate, load_boilerplate
from arclean.passes.chrome.chrome import Chrome

__all__ = ["Boilerplate", "Chrome", "learn_boilerplate", "load_boilerplate"]
