# Python part of the native `cStringIO` module (run by cstringio.rs): in-memory byte files.
# StringIO() gives a writable OutputType object, StringIO(s) a read-only InputType one.

class _Base(object):
    def __init__(self):
        self._buf = ''
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def getvalue(self, use_pos=None):
        self._check()
        if use_pos:
            return self._buf[:self._pos]
        return self._buf

    def read(self, n=-1):
        self._check()
        if n is None or n < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + n]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        i = self._buf.find('\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end if end > self._pos else self._pos
        return r

    def readlines(self, sizehint=0):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
        return lines

    def seek(self, pos, mode=0):
        self._check()
        if mode == 1:
            pos += self._pos
        elif mode == 2:
            pos += len(self._buf)
        self._pos = max(0, pos)

    def tell(self):
        self._check()
        return self._pos

    def reset(self):
        self._check()
        self._pos = 0

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise IOError(22, 'Invalid argument')
        self._buf = self._buf[:size]
        self._pos = min(self._pos, size)

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def __iter__(self):
        self._check()
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class InputType(_Base):
    def __init__(self, s=''):
        _Base.__init__(self)
        if isinstance(s, unicode):
            s = s.encode('ascii')
        elif not isinstance(s, str):
            try:
                s = buffer(s)[:]
            except Exception:
                raise TypeError('expected read buffer, %s found' % type(s).__name__)
        self._buf = s
InputType.__name__ = 'StringI'
InputType.__module__ = 'cStringIO'


class OutputType(_Base):
    softspace = 0
    def write(self, s):
        self._check()
        if isinstance(s, unicode):
            s = s.encode('ascii')
        elif not isinstance(s, str):
            s = str(s)
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + '\0' * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)
OutputType.__name__ = 'StringO'
OutputType.__module__ = 'cStringIO'


def StringIO(*args):
    if len(args) > 1:
        raise TypeError('StringIO() takes at most 1 argument (%d given)' % len(args))
    if args:
        return InputType(args[0])
    return OutputType()
