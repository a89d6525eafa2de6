"""Running arclean over many files: planning, parallel cleaning, resuming, learning and reporting.

The command line (``arclean.cli``) is a thin layer over this package; benchmarks and other
front ends (a datatrove step) use it the same way::

    from arclean.runner import RunOptions, Settings, run
    result = run(RunOptions(["seeds"], Path("cleaned"), Settings(arclean.pipeline("default")), jobs=2))
    print(result.summary())
"""

from arclean.runner.learn import LearnOptions, insert_pass, learn_and_insert
from arclean.runner.plan import Plan, UsageError, plan_inputs
from arclean.runner.results import Message, Stats
from arclean.runner.run import RunOptions, RunResult, clean_stream, default_jobs, run
from arclean.runner.work import FileJob, FileResult, Settings, clean_document, iter_documents, process_file

__all__ = [
    "FileJob",
    "FileResult",
    "LearnOptions",
    "Message",
    "Plan",
    "RunOptions",
    "RunResult",
    "Settings",
    "Stats",
    "UsageError",
    "clean_document",
    "clean_stream",
    "default_jobs",
    "insert_pass",
    "iter_documents",
    "learn_and_insert",
    "plan_inputs",
    "process_file",
    "run",
]
