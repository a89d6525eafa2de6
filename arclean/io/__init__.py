"""Reading and writing corpora safely: formats, encodings, atomic files and the resume manifest.

Used by the ``arclean`` command (:mod:`arclean.runner`) and reusable on its own, e.g. to stream the
text field of a JSONL shard without touching its other fields.
"""

from arclean.io.atomic import AtomicFile, HashingReader, file_sha256, new_run_id, sweep_parts
from arclean.io.encoding import BinaryInputError, Decoded, InputError, check_encoding, decode, line_encoding
from arclean.io.formats import FORMATS, Format, MissingExtraError, format_of, open_reader, open_writer
from arclean.io.jsonl import MalformedRecord, find_field, iter_lines, replace_field
from arclean.io.manifest import Entry, Manifest, fingerprint

__all__ = [
    "FORMATS",
    "AtomicFile",
    "BinaryInputError",
    "Decoded",
    "Entry",
    "Format",
    "HashingReader",
    "InputError",
    "MalformedRecord",
    "Manifest",
    "MissingExtraError",
    "check_encoding",
    "decode",
    "file_sha256",
    "find_field",
    "fingerprint",
    "format_of",
    "iter_lines",
    "line_encoding",
    "new_run_id",
    "open_reader",
    "open_writer",
    "replace_field",
    "sweep_parts",
]
