#!/usr/bin/env python
# A comment.
"""Module docstring.

Spanning lines.
"""

   # indented comment

def f():
    # comment before the docstring
    """Function docstring."""
        # over-indented comment
    return 1
  # under-indented comment

class C:
    'Class docstring.'
