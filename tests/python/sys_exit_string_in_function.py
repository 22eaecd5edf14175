# sys.exit(main()) pattern: a string return value becomes the exit message on
# stderr and the exit status is 1; 0 or None means success.
import sys
def check(values):
    for v in values:
        if v < 0:
            return 'negative value: %d' % v
    return 0
print check([1, 2, 3]), check([1, -4])
import sys
def main(argv):
    print 'arguments:', len(argv)
    config = {'mode': 'fast'}
    if 'verbose' not in config:
        print >>sys.stderr, 'warning: verbose not set'
    try:
        level = int(config.get('level', 'abc'))
    except ValueError:
        return 'fatal: bad level in config'
    return 0
if __name__ == '__main__':
    sys.exit(main(sys.argv))
