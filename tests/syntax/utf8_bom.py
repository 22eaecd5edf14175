a = "bom é"
b = u"é"
