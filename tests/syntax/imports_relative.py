import os
import os.path
import os.path as p, sys
import a.b.c as d, e
from os import path
from os import (path, sep,)
from os import path as p2, sep as s2
from os.path import *
from . import x
from .. import y
from .mod import z as w
from ...a.b import (c, d)
from .... import e
from .a import *
