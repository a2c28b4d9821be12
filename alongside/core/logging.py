"""Keep client text out of logs."""

import logging
import traceback


class ScrubFilter(logging.Filter):
    """Drop exception messages and request objects from log records.

    An exception message can quote the value that failed (a form field, a SQL
    parameter), and that value may be something a client wrote. The type and
    the stack are enough to find a bug.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, exc, tb = record.exc_info
            frames = "".join(traceback.format_tb(tb))
            record.exc_text = f"Traceback (most recent call last):\n{frames}{exc_type.__name__}"
            record.exc_info = None
        if hasattr(record, "request"):
            record.request = None
        return True
