"""Docstring first is allowed."""
from __future__ import (absolute_import, division,
                        print_function)
from __future__ import unicode_literals, with_statement
from __future__ import nested_scopes, generators
x = 1 / 2
print('a', 'b')
