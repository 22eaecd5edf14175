#!/usr/bin/env python
# vim: set fileencoding=utf-8 :
a = "café"
b = u"café €"
c = u"😀"
