a = '\x1'
from __future__ import unicode_literals
