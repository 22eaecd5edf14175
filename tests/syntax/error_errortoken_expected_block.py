if 1:
$ y
