"""The passes.  Importing this package registers every pass in :data:`arclean.PASSES`.

Each module holds one family; its rule data lives in ``data/`` beside it.
"""

from arclean.passes import (  # noqa: F401  (imported to register)
    chrome,
    diacritics,
    digits,
    elongation,
    invisible,
    letters,
    punctuation,
    tatweel,
    typos,
    unicode,
    whitespace,
)
