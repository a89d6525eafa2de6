"""Web chrome removal: the ``chrome`` pass (one page at a time) and ``boilerplate`` (learned from a corpus).

Modules, in the order a line meets them: :mod:`.folding` (its folded words and key),
:mod:`.features` (the line's shape), :mod:`.lexicon` (phrase tables in ``data/``),
:mod:`.evidence` (what the line itself says), :mod:`.rules` (what its position and neighbours add),
:mod:`.lines` (cutting lines out of a text), :mod:`.chrome` (the pass), :mod:`.boilerplate` (corpus
level).  See docs/chrome.md.

>>> from arclean.passes.chrome import Chrome
>>> page = ["الرئيسية", "رياضة", "الهلال يفوز بالديربي", "فاز الهلال على النصر بهدفين مساء أمس، وسط حضور جماهيري كبير."]
>>> Chrome()("\\n".join(page)).splitlines()[0]
'الهلال يفوز بالديربي'
"""

from arclean.passes.chrome.boilerplate import Boilerplate, learn_boilerplate, load_boilerplate
from arclean.passes.chrome.chrome import Chrome

__all__ = ["Boilerplate", "Chrome", "learn_boilerplate", "load_boilerplate"]
