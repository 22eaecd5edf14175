import sys
print
print 1
print 1,
print 1, 2
print 1, 2,
print "a" "b", 'c'
print >>sys.stderr
print >>sys.stderr, "x"
print >>sys.stderr, "x", "y",
print >> sys.stdout, (1, 2)
print(1)
print(1, 2)
print (1), 2
print()
