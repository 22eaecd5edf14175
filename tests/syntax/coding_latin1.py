# -*- coding: latin-1 -*-
# café in a comment
a = "café"
b = u"café"
c = r"é\n"
d = ur"ÿé"
