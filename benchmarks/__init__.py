"""Benchmarks: arclean's passes and presets against peer packages, on the same input, in one run.

Run ``python -m benchmarks.run`` (``--quick`` for a smoke run, ``--cli`` for the command line end to
end); docs/benchmarks.md has the latest results and what each comparison means.
"""
