# Python part of the native `_random` module (run by random.rs): `Random`, the Mersenne
# Twister MT19937 exactly as CPython 2.7 uses it (init_genrand(19650218) + init_by_array over
# the seed's 32-bit words, random() from two outputs with 53 bits, getrandbits, jumpahead),
# so seeded sequences equal CPython's. State: 624 words plus the index, as getstate() shows.

_N = 624
_M = 397
_MASK = 0xffffffff


class Random(object):
    def __new__(cls, *args, **kwargs):
        if cls is Random and kwargs:
            raise TypeError('Random() does not take keyword arguments')
        self = object.__new__(cls)
        self._mt = [0] * _N
        self._index = _N + 1
        self.seed(args[0] if args else None)
        return self

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        klen = len(key)
        k = _N if _N > klen else klen
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
            k -= 1
        k = _N - 1
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def seed(self, n=None):
        if n is None:
            import time
            n = long(time.time() * 256)
        if isinstance(n, (int, long)):
            n = abs(n)
        else:
            # CPython takes the hash as an unsigned C long.
            n = hash(n) & 0xFFFFFFFFFFFFFFFF
        key = []
        while n:
            key.append(int(n & _MASK))
            n >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)
        return None

    def _genrand(self):
        mt = self._mt
        if self._index >= _N:
            for kk in range(_N):
                y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % _N] & 0x7fffffff)
                v = mt[(kk + _M) % _N] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908b0df
                mt[kk] = v
            self._index = 0
        y = mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k <= 32:
            return int(self._genrand() >> (32 - k))
        r = 0
        shift = 0
        while k > 0:
            w = self._genrand()
            if k < 32:
                w >>= 32 - k
            r |= w << shift
            shift += 32
            k -= 32
        return long(r)

    def getstate(self):
        return tuple(self._mt) + (self._index,)

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != _N + 1:
            raise ValueError('state vector is the wrong size')
        mt = []
        for x in state[:_N]:
            if not isinstance(x, (int, long)):
                raise TypeError('state vector items must be integers')
            mt.append(int(x & _MASK))
        index = state[_N]
        if not 0 <= index <= _N:
            raise ValueError('invalid state')
        self._mt = mt
        self._index = int(index)

    def jumpahead(self, n):
        if not isinstance(n, (int, long)):
            raise TypeError('jumpahead requires an integer, not %r' % type(n).__name__)
        mt = self._mt
        for i in range(_N - 1, 1, -1):
            j = n % i
            mt[i], mt[j] = mt[j], mt[i]
        for i in range(_N):
            mt[i] = int((mt[i] + i + 1) & _MASK)
        self._index = _N

Random.__module__ = '_random'
