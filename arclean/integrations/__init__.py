"""Adapters that run arclean inside other data-processing engines.

Each submodule imports its engine, so nothing here is imported by ``import arclean``: import the
one you need, e.g. ``from arclean.integrations.datatrove import ArcleanFormatter``
(``pip install 'arclean[datatrove]'``).
"""
