# Generates order_cases.rs: deterministic sequences of dict/set operations run in
# CPython 2.7.18, with the orders they produce. The Rust test (tests.rs) replays the same
# operation text with DictTable/SetTable and compares. Run from this directory:
#   PYENV_VERSION=2.7.18 python2.7 gen_order_cases.py > order_cases.rs
#
# Operation language (one string per operation; keys encoded as in keyenc.py; a key list
# may contain R<a>:<b>:<step> for the ints range(a, b, step) and S<prefix>:<n> for the strs
# prefix0 .. prefix<n-1>):
#   dict: new | set K | del K | pop K (pop with default) | popitem | setdefault K | clear |
#         copy | dictcopy | lit KS (a dict display) | fromkeys KS (from a list) |
#         fromkeysd (dict.fromkeys(d)) | fromkeyss (dict.fromkeys(set(d))) |
#         updlist KS (update from pairs) | upddict KS (update from a dict built by d2[k] =) |
#         setmany KS | popmany KS | snap
#   set:  new | add K | discard K | pop | clear | copy | fromlist KS | fromdict KS |
#         or/ror/and/rand/sub/rsub/xor/rxor KS (s = s OP set(KS) / set(KS) OP s) |
#         ior/iand/isub/ixor KS | interlist KS | difflist KS | diffupdlist KS | updlist KS |
#         upddict KS | xordict KS | diffdict KS | addmany KS | discmany KS | snap
# Outputs: "snap <keys>" (or "snap n=<len> fnv=<fnv1a64 of the joined keys>" above 64
# keys), "popitem <key>", "pop <key>" ("empty" when there was nothing to pop).
import random
import sys
from keyenc import enc

assert sys.maxint == 2**63 - 1 and not sys.flags.hash_randomization


def expand(tokens):
    out = []
    for t in tokens:
        if t.startswith('R'):
            a, b, c = map(int, t[1:].split(':'))
            out.extend(range(a, b, c))
        elif t.startswith('S'):
            p, n = t[1:].split(':')
            out.extend('%s%d' % (p, i) for i in range(int(n)))
        else:
            out.append(dec(t))
    return out


def dec(t):
    # Decode a key encoding (subset used in ops: i, f, s, u, tuples).
    v, rest = dec1(t)
    assert rest == '', t
    return v


def dec1(t):
    import struct
    c = t[0]
    if c == '(':
        items = []
        t = t[1:]
        while True:
            if t[0] == ')':
                return tuple(items), t[1:]
            if t[0] == ',':
                t = t[1:]
                continue
            v, t = dec1(t)
            items.append(v)
    n = 1
    while n < len(t) and t[n] not in ',)':
        n += 1
    body, rest = t[1:n], t[n:]
    if c == 'i':
        return int(body), rest
    if c == 'f':
        return struct.unpack('<d', struct.pack('<Q', int(body, 16)))[0], rest
    if c == 's':
        return body.decode('hex'), rest
    if c == 'u':
        return u''.join(unichr(int(body[i:i + 6], 16)) for i in range(0, len(body), 6)), rest
    raise ValueError(t)


def fnv(text):
    h = 0xcbf29ce484222325
    for ch in text:
        h = ((h ^ ord(ch)) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def snap(keys):
    encs = [enc(k) for k in keys]
    if len(encs) <= 64:
        return 'snap ' + ','.join(encs)
    return 'snap n=%d fnv=%016x' % (len(encs), fnv(','.join(encs)))


def mkdict(keys):
    d = {}
    for k in keys:
        d[k] = None
    return d


def run_dict(ops):
    d = {}
    out = []
    for op in ops:
        parts = op.split()
        name, args = parts[0], parts[1:]
        if name == 'new':
            d = {}
        elif name == 'set':
            d[dec(args[0])] = None
        elif name == 'del':
            del d[dec(args[0])]
        elif name == 'pop':
            d.pop(dec(args[0]), None)
        elif name == 'popitem':
            out.append('popitem ' + (enc(d.popitem()[0]) if d else 'empty'))
        elif name == 'setdefault':
            d.setdefault(dec(args[0]))
        elif name == 'clear':
            d.clear()
        elif name == 'copy':
            d = d.copy()
        elif name == 'dictcopy':
            d = dict(d)
        elif name == 'lit':
            d = eval('{' + ''.join('%r: None, ' % (k,) for k in expand(args)) + '}')
        elif name == 'fromkeys':
            d = dict.fromkeys(expand(args))
        elif name == 'fromkeysd':
            d = dict.fromkeys(d)
        elif name == 'fromkeyss':
            d = dict.fromkeys(set(d))
        elif name == 'updlist':
            d.update([(k, None) for k in expand(args)])
        elif name == 'upddict':
            d.update(mkdict(expand(args)))
        elif name == 'setmany':
            for k in expand(args):
                d[k] = None
        elif name == 'popmany':
            for k in expand(args):
                d.pop(k, None)
        elif name == 'snap':
            out.append(snap(d.keys()))
        else:
            raise ValueError(op)
    return out


def run_set(ops):
    s = set()
    out = []
    for op in ops:
        parts = op.split()
        name, args = parts[0], parts[1:]
        if name == 'new':
            s = set()
        elif name == 'add':
            s.add(dec(args[0]))
        elif name == 'discard':
            s.discard(dec(args[0]))
        elif name == 'pop':
            out.append('pop ' + (enc(s.pop()) if s else 'empty'))
        elif name == 'clear':
            s.clear()
        elif name == 'copy':
            s = s.copy()
        elif name == 'fromlist':
            s = set(expand(args))
        elif name == 'fromdict':
            s = set(mkdict(expand(args)))
        elif name == 'or':
            s = s | set(expand(args))
        elif name == 'ror':
            s = set(expand(args)) | s
        elif name == 'and':
            s = s & set(expand(args))
        elif name == 'rand':
            s = set(expand(args)) & s
        elif name == 'sub':
            s = s - set(expand(args))
        elif name == 'rsub':
            s = set(expand(args)) - s
        elif name == 'xor':
            s = s ^ set(expand(args))
        elif name == 'rxor':
            s = set(expand(args)) ^ s
        elif name == 'ior':
            s |= set(expand(args))
        elif name == 'iand':
            s &= set(expand(args))
        elif name == 'isub':
            s -= set(expand(args))
        elif name == 'ixor':
            s ^= set(expand(args))
        elif name == 'interlist':
            s = s.intersection(expand(args))
        elif name == 'difflist':
            s = s.difference(expand(args))
        elif name == 'diffupdlist':
            s.difference_update(expand(args))
        elif name == 'updlist':
            s.update(expand(args))
        elif name == 'upddict':
            s.update(mkdict(expand(args)))
        elif name == 'xordict':
            s.symmetric_difference_update(mkdict(expand(args)))
        elif name == 'diffdict':
            s = s.difference(mkdict(expand(args)))
        elif name == 'addmany':
            for k in expand(args):
                s.add(k)
        elif name == 'discmany':
            for k in expand(args):
                s.discard(k)
        elif name == 'snap':
            out.append(snap(list(s)))
        else:
            raise ValueError(op)
    return out


# Key pools for random scenarios: colliding ints (multiples of 8, 32, 1024), -1/-2 (equal
# hashes), 2**64 (hash 1), floats equal to ints, str/unicode equal pairs, tuples.
POOL = ([0, 1, 2, 3, 5, 7, 8, 9, 16, 17, 24, 32, 33, 64, 96, 128, 1024, 2048, 4096, -1, -2,
         -8, -9, 2**64, -2**64, 2**63, 2**62, 2**100, 1.0, 2.5, -0.5, 8.0, 1e100, 'a', 'b',
         'ab', 'ba', 'spam', 'eggs', '', 'x' * 20, u'a', u'\xe9', u'\U0001f600', (1, 2),
         (2, 1), (), ('a', 1), ((1,), 2), (8, 16)]
        + range(40, 60) + [i * 256 for i in range(1, 12)])


def rand_keys(rng, n):
    return [enc(rng.choice(POOL)) for _ in range(n)]


def random_dict_ops(rng):
    ops = []
    live = []
    for _ in range(rng.randint(10, 60)):
        r = rng.random()
        if r < 0.45:
            k = rng.choice(POOL)
            ops.append('set ' + enc(k))
        elif r < 0.6:
            ops.append('pop ' + enc(rng.choice(POOL)))
        elif r < 0.65:
            ops.append('popitem')
        elif r < 0.68:
            ops.append('setdefault ' + enc(rng.choice(POOL)))
        elif r < 0.7:
            ops.append(rng.choice(['copy', 'dictcopy', 'fromkeysd', 'fromkeyss']))
        elif r < 0.72:
            ops.append('lit ' + ' '.join(rand_keys(rng, rng.randint(0, 20))))
        elif r < 0.74:
            ops.append('fromkeys ' + ' '.join(rand_keys(rng, rng.randint(0, 20))))
        elif r < 0.77:
            ops.append('updlist ' + ' '.join(rand_keys(rng, rng.randint(0, 10))))
        elif r < 0.8:
            ops.append('upddict ' + ' '.join(rand_keys(rng, rng.randint(0, 10))))
        elif r < 0.81:
            ops.append('clear')
        else:
            ops.append('snap')
    ops.append('snap')
    return ops


SET_LIST_OPS = ['fromlist', 'fromdict', 'or', 'ror', 'and', 'rand', 'sub', 'rsub', 'xor',
                'rxor', 'ior', 'iand', 'isub', 'ixor', 'interlist', 'difflist',
                'diffupdlist', 'updlist', 'upddict', 'xordict', 'diffdict']


def random_set_ops(rng):
    ops = []
    for _ in range(rng.randint(10, 60)):
        r = rng.random()
        if r < 0.4:
            ops.append('add ' + enc(rng.choice(POOL)))
        elif r < 0.55:
            ops.append('discard ' + enc(rng.choice(POOL)))
        elif r < 0.6:
            ops.append('pop')
        elif r < 0.62:
            ops.append('copy')
        elif r < 0.78:
            ops.append(rng.choice(SET_LIST_OPS) + ' ' +
                       ' '.join(rand_keys(rng, rng.randint(0, 25))))
        elif r < 0.79:
            ops.append('clear')
        else:
            ops.append('snap')
    ops.append('snap')
    return ops


def fixed_dict_cases():
    c = []
    c.append(('dict_ints_growth', ['setmany R0:10000:1', 'snap', 'popmany R0:10000:3', 'snap',
                                   'setmany R20000:23000:7', 'snap', 'copy', 'snap']))
    c.append(('dict_strs_growth', ['setmany Sk:3000', 'snap', 'popmany Sk:2000', 'snap',
                                   'dictcopy', 'snap', 'fromkeysd', 'snap', 'fromkeyss',
                                   'snap']))
    c.append(('dict_colliding', ['setmany R0:4096:64', 'snap', 'popmany R0:4096:128', 'snap',
                                 'setmany R1:200:8', 'snap']))
    c.append(('dict_negative_big', ['setmany R-50000:50000:997', 'snap', 'set i18446744073709551616',
                                    'set i-1', 'set i-2', 'set i1', 'snap']))
    pops = ['setmany R0:40:1', 'popmany R0:40:5'] + ['popitem'] * 20 + ['snap'] + \
        ['set i%d' % i for i in range(100, 140, 3)] + ['popitem'] * 5 + ['snap']
    c.append(('dict_popitem_finger', pops))
    c.append(('dict_popitem_slot0', ['set i0', 'set i8', 'set i16', 'popitem', 'popitem',
                                     'set i3', 'popitem', 'popitem', 'set i24', 'set i32',
                                     'popitem', 'snap', 'popitem', 'snap']))
    c.append(('dict_clear', ['setmany R0:100:1', 'clear', 'set i5', 'set i13', 'snap']))
    c.append(('dict_fromkeys_dummies', ['setmany R0:30:1', 'popmany R0:25:1', 'fromkeysd',
                                        'snap', 'setmany R100:130:1', 'popmany R100:125:1',
                                        'fromkeyss', 'snap']))
    for n in [0, 1, 5, 6, 7, 8, 10, 11, 12, 16, 21, 22, 40, 100, 700]:
        c.append(('dict_lit_%d' % n, ['lit R0:%d:1' % n, 'snap', 'set i1000', 'snap',
                                      'lit S:%d' % n, 'snap']))
        c.append(('dict_fromkeys_%d' % n, ['fromkeys R%d:0:-1' % n, 'snap']))
    c.append(('dict_shrink', ['setmany R0:1000:1', 'popmany R0:998:1', 'setmany R5000:5300:1',
                              'snap']))
    c.append(('dict_update_merge', ['setmany R0:20:1', 'popmany R0:20:2',
                                    'upddict R100:160:3', 'snap', 'updlist R200:260:7',
                                    'snap']))
    return c


def fixed_set_cases():
    c = []
    c.append(('set_ints_growth', ['addmany R0:10000:1', 'snap', 'discmany R0:10000:3', 'snap',
                                  'copy', 'snap', 'pop', 'pop', 'pop', 'snap']))
    c.append(('set_strs_growth', ['addmany Sk:3000', 'snap', 'discmany Sk:2000', 'snap',
                                  'copy', 'snap']))
    big = 'R0:3000:1'
    for op in SET_LIST_OPS:
        c.append(('set_big_' + op, ['addmany R0:5000:2', 'discmany R0:1000:3',
                                    op + ' ' + big, 'snap']))
        c.append(('set_small_' + op, ['addmany R0:64:8', op + ' R0:2000:4', 'snap']))
    c.append(('set_pop_finger', ['addmany R0:50:1'] + ['pop'] * 30 + ['addmany R200:230:1'] +
              ['pop'] * 10 + ['snap']))
    c.append(('set_diffupd_shed', ['addmany R0:200:1', 'diffupdlist R0:190:1', 'snap',
                                   'addmany R1000:1010:1', 'snap']))
    return c


def main():
    cases = []
    for name, ops in fixed_dict_cases():
        cases.append((name, 'dict', ops, run_dict(ops)))
    for name, ops in fixed_set_cases():
        cases.append((name, 'set', ops, run_set(ops)))
    for seed in range(200):
        rng = random.Random(seed)
        ops = random_dict_ops(rng)
        cases.append(('dict_random_%d' % seed, 'dict', ops, run_dict(ops)))
    for seed in range(200):
        rng = random.Random(1000 + seed)
        ops = random_set_ops(rng)
        cases.append(('set_random_%d' % seed, 'set', ops, run_set(ops)))
    print '// Generated by gen_order_cases.py under CPython 2.7.18 (see its header); do not edit.'
    print '// (name, "dict" | "set", operations, outputs)'
    print '#[rustfmt::skip]'
    print 'pub const ORDER_CASES: &[(&str, &str, &[&str], &[&str])] = &['
    for name, kind, ops, outs in cases:
        print '    ("%s", "%s",' % (name, kind)
        print '     &[%s],' % ', '.join('"%s"' % o for o in ops)
        print '     &[%s]),' % ', '.join('"%s"' % o for o in outs)
    print '];'


main()
