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
