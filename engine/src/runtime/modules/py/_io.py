# Python part of the native `_io` module (run by io.rs): CPython 2.7's new I/O stack, under the
# stdlib's io.py (which imports these names and registers its ABCs over the base classes).
#
# Layers: FileIO (raw bytes over a descriptor, through the posix module), the buffered objects
# (BufferedReader/Writer/Random over a raw stream, BufferedRWPair over two), TextIOWrapper
# (unicode over a buffered stream: encoding, newline translation, tell/seek cookies), and the
# in-memory BytesIO (str) and StringIO (unicode). open() builds the stack for a mode string.
#
# Invariants: a buffered object's logical position is raw.tell() - unread + unwritten bytes; a
# buffered object that has both read-ahead and pending writes never exists (writes drop the
# read-ahead first, reads flush the writes first). TextIOWrapper keeps a snapshot (decoder flags,
# bytes fed) of the chunk its decoded characters came from, so tell() can rebuild the decoder
# state: its cookie packs start position, decoder flags, bytes to feed, need-EOF and characters
# to skip (the plain byte position when the decoder has no state, as CPython's).
# Messages, return types (long counts and positions) and errors follow CPython 2.7.18's
# Modules/_io. Objects are flushed and closed by __del__, except a raw or buffered stream that
# a wrapper owns (the wrapper closes it, so the collection order cannot lose buffered data).

import posix as _os
import codecs as _codecs
import _weakref

DEFAULT_BUFFER_SIZE = 8192
_CHUNK_SIZE = 8192


class BlockingIOError(IOError):
    def __init__(self, errno, strerror, characters_written=0):
        IOError.__init__(self, errno, strerror)
        if not isinstance(characters_written, (int, long)):
            raise TypeError('an integer is required')
        self.characters_written = characters_written


class UnsupportedOperation(ValueError, IOError):
    pass

UnsupportedOperation.__module__ = 'io'


def _tname(self):
    t = type(self)
    if t.__module__ == '_io':
        return '_io.' + t.__name__
    return t.__name__


def _index(n, what='integer argument expected, got %r'):
    # A size argument: None is -1, ints and longs as they are, objects with __index__.
    if n is None:
        return -1
    if isinstance(n, (int, long)):
        return n
    if hasattr(type(n), '__index__') and not isinstance(n, float):
        return n.__index__()
    raise TypeError("integer argument expected, got '%s'" % type(n).__name__)


def _as_index(n):
    if isinstance(n, (int, long)):
        return n
    if hasattr(type(n), '__index__') and not isinstance(n, float):
        return n.__index__()
    raise TypeError("'%s' object cannot be interpreted as an index" % type(n).__name__)


def _buffer_bytes(b):
    # The bytes of an object with the buffer interface (str, bytearray, memoryview, buffer).
    if isinstance(b, str):
        return b
    if isinstance(b, memoryview):
        return b.tobytes()
    if isinstance(b, (bytearray, buffer)):
        return str(b)
    import array
    if isinstance(b, array.array):
        return b.tostring()
    raise TypeError("'%s' does not have the buffer interface" % type(b).__name__)


def _mark_wrapped(stream):
    # The wrapper closes `stream`; its own __del__ must not close it first.
    try:
        stream._io_wrapped = True
    except (AttributeError, TypeError):
        pass


# --- the abstract bases ----------------------------------------------------------------------

class _IOBase(object):
    """The abstract base class for all I/O classes, acting on streams of
bytes. There is no public constructor.
"""
    _iobase_closed = False
    _io_wrapped = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._iobase_closed:
            try:
                self.flush()
            finally:
                self._iobase_closed = True

    def __del__(self):
        if self._io_wrapped:
            return
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise IOError('File or stream is not seekable.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise IOError('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise IOError('File or stream is not writable.' if msg is None else msg)

    @property
    def closed(self):
        return self._iobase_closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, limit=-1):
        limit = _index(limit)
        peek = getattr(self, 'peek', None)
        res = []
        total = 0
        while limit < 0 or total < limit:
            nreadahead = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    n = ahead.find('\n') + 1 or len(ahead)
                    if limit >= 0:
                        n = min(n, limit - total)
                    nreadahead = n
            b = self.read(nreadahead)
            if not b:
                break
            if not isinstance(b, str):
                raise IOError('read() should have returned a bytes object, not %r'
                              % type(b).__name__)
            res.append(b)
            total += len(b)
            if b.endswith('\n'):
                break
        return ''.join(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    def read(self, n=-1):
        n = _index(n)
        if n < 0:
            return self.readall()
        b = bytearray(n)
        got = self.readinto(b)
        if got is None:
            return None
        del b[got:]
        return str(b)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                if data is None and not chunks:
                    return None
                break
            chunks.append(data)
        return ''.join(chunks)

    def readinto(self, b):
        self._unsupported('readinto')

    def write(self, b):
        self._unsupported('write')


class _BufferedIOBase(_IOBase):
    """Base class for buffered IO objects."""

    def read(self, n=None):
        self._unsupported('read')

    def read1(self, n=None):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        try:
            b[:n] = data
        except TypeError:
            import array
            if not isinstance(b, array.array):
                raise
            b[:n] = array.array('b', data)
        return long(n)


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    def read(self, n=-1):
        self._unsupported('read')

    def readline(self, limit=-1):
        self._unsupported('readline')

    def write(self, s):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# --- FileIO ----------------------------------------------------------------------------------

class FileIO(_RawIOBase):
    """Open a file. The mode can be 'r', 'w' or 'a' for reading (default),
writing or appending. The file will be created if it doesn't exist
when opened for writing or appending; it will be truncated when
opened for writing. Add a '+' to the mode to allow simultaneous
reading and writing."""

    _fd = -1
    _closefd = True
    _readable = False
    _writable = False
    _appending = False
    _seekable_cache = None

    def __init__(self, file, mode='r', closefd=True):
        if self._fd >= 0:
            # Re-initialising an open object closes its descriptor first.
            if self._closefd:
                try:
                    _os.close(self._fd)
                except OSError:
                    pass
            self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        fd = -1
        if isinstance(file, (int, long)):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        elif not isinstance(file, basestring):
            raise TypeError('coercing to Unicode: need string or buffer, %s found'
                            % type(file).__name__)
        if not isinstance(mode, basestring):
            raise TypeError('FileIO() argument 2 must be string, not %s' % type(mode).__name__)
        readable = writable = appending = plus = False
        rwa = False
        for c in mode:
            if c in 'rwa':
                if rwa:
                    raise ValueError('Must have exactly one of read/write/append mode '
                                     'and at most one plus')
                rwa = True
                if c == 'r':
                    readable = True
                elif c == 'w':
                    writable = True
                else:
                    writable = appending = True
            elif c == '+':
                if plus:
                    raise ValueError('Must have exactly one of read/write/append mode '
                                     'and at most one plus')
                readable = writable = plus = True
            elif c == 'b':
                pass
            else:
                raise ValueError('invalid mode: %s' % mode)
        if not rwa:
            raise ValueError('Must have exactly one of read/write/append mode '
                             'and at most one plus')
        if readable and writable:
            flags = _os.O_RDWR
        elif readable:
            flags = _os.O_RDONLY
        else:
            flags = _os.O_WRONLY
        if writable and not appending and not (readable and 'r' in mode):
            flags |= _os.O_CREAT | _os.O_TRUNC
        if appending:
            flags |= _os.O_APPEND | _os.O_CREAT
        self._readable = readable
        self._writable = writable
        self._appending = appending
        self._seekable_cache = None
        if fd >= 0:
            self._closefd = bool(closefd)
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            self._closefd = True
            try:
                fd = _os.open(file, flags, 438)
            except OSError as e:
                raise IOError(e.errno, e.strerror, file)
        try:
            st = _os.fstat(fd)
        except OSError as e:
            if fd != file and self._closefd:
                _os.close(fd)
            raise
        if (st.st_mode & 0o170000) == 0o040000:
            if not isinstance(file, (int, long)):
                _os.close(fd)
            raise IOError(21, 'Is a directory', file)
        self._fd = fd
        self._iobase_closed = False
        self.name = file
        if appending:
            try:
                _os.lseek(fd, 0, 2)
            except OSError:
                pass

    def _check_open(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def __repr__(self):
        if self._fd < 0:
            return '<%s [closed]>' % _tname(self)
        try:
            name = self.name
        except AttributeError:
            return '<%s fd=%d mode=%r>' % (_tname(self), self._fd, self.mode)
        return '<%s name=%r mode=%r>' % (_tname(self), name, self.mode)

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        if self._seekable_cache is None:
            try:
                _os.lseek(self._fd, 0, 1)
                self._seekable_cache = True
            except OSError:
                self._seekable_cache = False
        return self._seekable_cache

    def isatty(self):
        self._check_open()
        return _os.isatty(self._fd)

    def _io_error(self, e):
        return IOError(e.errno, e.strerror)

    def read(self, n=-1):
        self._check_open()
        if not self._readable:
            raise ValueError('File not open for reading')
        n = _index(n)
        if n < 0:
            return self.readall()
        try:
            return _os.read(self._fd, n)
        except OSError as e:
            raise self._io_error(e)

    def readall(self):
        self._check_open()
        chunks = []
        while True:
            try:
                data = _os.read(self._fd, DEFAULT_BUFFER_SIZE)
            except OSError as e:
                raise self._io_error(e)
            if not data:
                break
            chunks.append(data)
        return ''.join(chunks)

    def readinto(self, b):
        self._check_open()
        if not self._readable:
            raise ValueError('File not open for reading')
        if isinstance(b, str) or (isinstance(b, memoryview) and b.readonly):
            raise TypeError('cannot use %s as modifiable buffer' % type(b).__name__)
        try:
            data = _os.read(self._fd, len(b))
        except OSError as e:
            raise self._io_error(e)
        n = len(data)
        b[:n] = data
        return long(n)

    def write(self, b):
        self._check_open()
        if not self._writable:
            raise ValueError('File not open for writing')
        if isinstance(b, unicode):
            b = str(b)
        data = _buffer_bytes(b)
        try:
            return long(_os.write(self._fd, data))
        except OSError as e:
            raise self._io_error(e)

    def seek(self, pos, whence=0):
        self._check_open()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        try:
            return long(_os.lseek(self._fd, pos, whence))
        except OSError as e:
            raise self._io_error(e)

    def tell(self):
        self._check_open()
        try:
            return long(_os.lseek(self._fd, 0, 1))
        except OSError as e:
            raise self._io_error(e)

    def truncate(self, size=None):
        self._check_open()
        if not self._writable:
            raise ValueError('File not open for writing')
        if size is None:
            size = self.tell()
        try:
            _os.ftruncate(self._fd, size)
        except OSError as e:
            raise self._io_error(e)
        return long(size)

    def close(self):
        if self._fd < 0:
            return
        try:
            _RawIOBase.close(self)
        finally:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                try:
                    _os.close(fd)
                except OSError as e:
                    raise self._io_error(e)


# Buffered writers still open at exit are flushed then (CPython's teardown closes them); weak
# references keyed by id, each removed by its callback only while it is still the entry.
_writers = {}
_exit_hook = []


def _flush_writers():
    for r in list(_writers.values()):
        o = r()
        if o is not None:
            try:
                if not o.closed:
                    o.flush()
            except Exception:
                pass


def _track_writer(obj):
    if not _exit_hook:
        _exit_hook.append(True)
        import atexit
        atexit.register(_flush_writers)
    key = id(obj)

    def forget(r, key=key):
        if _writers.get(key) is r:
            del _writers[key]
    _writers[key] = _weakref.ref(obj, forget)


# --- buffered streams ------------------------------------------------------------------------
# The method bodies are shared by the buffered classes (each class takes the ones it supports,
# as CPython's classes share one C implementation without inheriting from each other).

def _buf_init(self, raw, buffer_size):
    buffer_size = _as_index(buffer_size)
    if buffer_size <= 0:
        raise ValueError('buffer size must be strictly positive')
    self.raw = raw
    self.buffer_size = buffer_size
    self._rbuf = ''
    self._rpos = 0
    self._wbuf = []
    self._wlen = 0
    _mark_wrapped(raw)


def _buf_raw(self):
    raw = self.__dict__.get('raw')
    if raw is None:
        raise ValueError('raw stream has been detached')
    return raw


def _buf_unread(self):
    return len(self._rbuf) - self._rpos


def _buf_flush_writes(self):
    if not self._wbuf:
        return
    data = ''.join(self._wbuf)
    self._wbuf = []
    self._wlen = 0
    raw = _buf_raw(self)
    written = 0
    while written < len(data):
        n = raw.write(data[written:])
        if n is None:
            rest = data[written:]
            self._wbuf = [rest]
            self._wlen = len(rest)
            raise BlockingIOError(11, 'write could not complete without blocking', written)
        if n < 0 or n > len(data) - written:
            raise IOError('raw write() returned invalid length %d '
                          '(should have been between 0 and %d)' % (n, len(data) - written))
        written += n


def _buf_drop_reads(self):
    # Moves the raw position back over the unread read-ahead, then forgets it.
    unread = _buf_unread(self)
    self._rbuf = ''
    self._rpos = 0
    if unread:
        _buf_raw(self).seek(-unread, 1)


def _buf_check(self, what):
    raw = _buf_raw(self)
    if raw.closed:
        raise ValueError('%s of closed file' % what)


def _buf_fill(self, n):
    # One raw read of at least the buffer size; False at end of file (or when it would block).
    data = _buf_raw(self).read(max(self.buffer_size, n))
    if not data:
        return False
    if self._rpos:
        self._rbuf = self._rbuf[self._rpos:]
        self._rpos = 0
    self._rbuf += data
    return True


def _buf_take(self, n):
    end = self._rpos + n
    r = self._rbuf[self._rpos:end]
    self._rpos += len(r)
    if self._rpos >= len(self._rbuf):
        self._rbuf = ''
        self._rpos = 0
    return r


def _buf_read(self, n=None):
    n = _index(n)
    if n < -1:
        raise ValueError('read length must be positive or -1')
    _buf_check(self, 'read')
    _buf_flush_writes(self)
    if n == -1:
        chunks = [_buf_take(self, _buf_unread(self))]
        raw = _buf_raw(self)
        while True:
            data = raw.read()
            if data is None:
                if len(chunks) == 1 and not chunks[0]:
                    return None
                break
            if not data:
                break
            chunks.append(data)
        return ''.join(chunks)
    while _buf_unread(self) < n:
        if not _buf_fill(self, n - _buf_unread(self)):
            break
    return _buf_take(self, n)


def _buf_read1(self, n):
    n = _as_index(n)
    if n < 0:
        raise ValueError('read length must be positive')
    _buf_check(self, 'read')
    if n == 0:
        return ''
    _buf_flush_writes(self)
    if not _buf_unread(self):
        _buf_fill(self, 0)
    return _buf_take(self, n)


def _buf_peek(self, n=0):
    _buf_check(self, 'peek')
    _buf_flush_writes(self)
    if not _buf_unread(self):
        _buf_fill(self, 0)
    return self._rbuf[self._rpos:]


def _buf_readline(self, limit=-1):
    limit = _index(limit)
    _buf_check(self, 'readline')
    _buf_flush_writes(self)
    start = self._rpos
    while True:
        i = self._rbuf.find('\n', self._rpos)
        if i >= 0:
            end = i + 1
            break
        if limit >= 0 and _buf_unread(self) >= limit:
            end = len(self._rbuf)
            break
        if not _buf_fill(self, 0):
            end = len(self._rbuf)
            break
    n = end - self._rpos
    if limit >= 0:
        n = min(n, limit)
    return _buf_take(self, n)


def _buf_readinto(self, b):
    data = _buf_read(self, len(b))
    n = len(data)
    b[:n] = data
    return long(n)


def _buf_write(self, b):
    _buf_check(self, 'write')
    if isinstance(b, unicode):
        b = str(b)
    data = _buffer_bytes(b)
    if self._rbuf:
        _buf_drop_reads(self)
    self._wbuf.append(data)
    self._wlen += len(data)
    if self._wlen > self.buffer_size:
        _buf_flush_writes(self)
    return long(len(data))


def _buf_flush(self):
    _buf_check(self, 'flush')
    _buf_flush_writes(self)


def _buf_tell(self):
    raw = _buf_raw(self)
    pos = raw.tell() - _buf_unread(self) + self._wlen
    if pos < 0:
        raise IOError('Raw stream returned invalid position %d' % pos)
    return long(pos)


def _buf_seek(self, pos, whence=0):
    if isinstance(pos, float):
        raise TypeError('an integer is required')
    if whence not in (0, 1, 2):
        raise ValueError('whence must be between 0 and 2, not %d' % whence)
    _buf_check(self, 'seek')
    raw = _buf_raw(self)
    if not raw.seekable():
        raise IOError('File or stream is not seekable.')
    _buf_flush_writes(self)
    if whence == 1:
        pos -= _buf_unread(self)
    self._rbuf = ''
    self._rpos = 0
    n = raw.seek(pos, whence)
    if n < 0:
        raise IOError('Raw stream returned invalid position %d' % n)
    return long(n)


def _buf_truncate(self, pos=None):
    _buf_check(self, 'truncate')
    raw = _buf_raw(self)
    _buf_flush_writes(self)
    if pos is None:
        pos = _buf_tell(self)
    if self._rbuf:
        _buf_drop_reads(self)
    return raw.truncate(pos)


def _buf_close(self):
    raw = _buf_raw(self)
    if raw.closed:
        return
    try:
        self.flush()
    finally:
        raw.close()


def _buf_detach(self):
    raw = _buf_raw(self)
    self.flush()
    self.__dict__['raw'] = None
    try:
        raw._io_wrapped = False
    except (AttributeError, TypeError):
        pass
    return raw


def _buf_repr(self):
    try:
        name = self.name
    except (AttributeError, ValueError):
        return '<%s>' % _tname(self)
    return '<%s name=%r>' % (_tname(self), name)


class _BufferedCommon(_BufferedIOBase):
    # The delegating parts every buffered class has.

    @property
    def closed(self):
        return _buf_raw(self).closed

    @property
    def name(self):
        return _buf_raw(self).name

    @property
    def mode(self):
        return _buf_raw(self).mode

    def fileno(self):
        return _buf_raw(self).fileno()

    def isatty(self):
        return _buf_raw(self).isatty()

    def seekable(self):
        return _buf_raw(self).seekable()

    def readable(self):
        return _buf_raw(self).readable()

    def writable(self):
        return _buf_raw(self).writable()

    close = _buf_close
    detach = _buf_detach
    __repr__ = _buf_repr
    tell = _buf_tell
    seek = _buf_seek


class BufferedReader(_BufferedCommon):
    """Create a new buffered reader using the given readable raw IO object."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise IOError('"raw" argument must be readable.')
        _buf_init(self, raw, buffer_size)

    read = _buf_read
    read1 = _buf_read1
    peek = _buf_peek
    readline = _buf_readline
    readinto = _buf_readinto
    flush = _buf_flush
    truncate = _buf_truncate


class BufferedWriter(_BufferedCommon):
    """A buffer for a writeable sequential RawIO object."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE, max_buffer_size=None):
        if not raw.writable():
            raise IOError('"raw" argument must be writable.')
        _buf_init(self, raw, buffer_size)
        _track_writer(self)

    write = _buf_write
    flush = _buf_flush
    truncate = _buf_truncate


class BufferedRandom(_BufferedCommon):
    """A buffered interface to random access streams."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE, max_buffer_size=None):
        if not raw.seekable():
            raise IOError('"raw" argument must be seekable.')
        if not raw.readable():
            raise IOError('"raw" argument must be readable.')
        if not raw.writable():
            raise IOError('"raw" argument must be writable.')
        _buf_init(self, raw, buffer_size)
        _track_writer(self)

    read = _buf_read
    read1 = _buf_read1
    peek = _buf_peek
    readline = _buf_readline
    readinto = _buf_readinto
    write = _buf_write
    flush = _buf_flush
    truncate = _buf_truncate


class BufferedRWPair(_BufferedIOBase):
    """A buffered reader and writer object together."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, max_buffer_size=None):
        if not reader.readable():
            raise IOError('"reader" argument must be readable.')
        if not writer.writable():
            raise IOError('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, n=None):
        return self.reader.read(n)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, n=0):
        return self.reader.peek(n)

    def read1(self, n):
        return self.reader.read1(n)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


# --- in-memory streams -----------------------------------------------------------------------

class BytesIO(_BufferedIOBase):
    """Create a buffered I/O implementation using an in-memory bytes
buffer, ready for reading and writing."""

    def __init__(self, initial_bytes=None):
        self._buf = ''
        self._parts = []
        self._len = 0
        self._pos = 0
        self._iobase_closed = False
        if initial_bytes is not None:
            self.write(initial_bytes)
            self._pos = 0

    def _check_open(self):
        if self._iobase_closed:
            raise ValueError('I/O operation on closed file.')

    def _value(self):
        if self._parts:
            self._buf += ''.join(self._parts)
            self._parts = []
        return self._buf

    def getvalue(self):
        self._check_open()
        return self._value()

    def read(self, n=None):
        self._check_open()
        n = _index(n)
        buf = self._value()
        if n < 0:
            n = len(buf)
        r = buf[self._pos:self._pos + n]
        self._pos += len(r)
        return r

    read1 = read

    def readline(self, limit=None):
        self._check_open()
        limit = _index(limit)
        buf = self._value()
        i = buf.find('\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if limit >= 0:
            end = min(end, self._pos + limit)
        r = buf[self._pos:end]
        self._pos += len(r)
        return r

    def readlines(self, hint=None):
        self._check_open()
        return _IOBase.readlines(self, hint)

    def readinto(self, b):
        self._check_open()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return long(n)

    def write(self, b):
        self._check_open()
        data = _buffer_bytes(b)
        n = len(data)
        if not n:
            return 0L
        if self._pos == self._len:
            self._parts.append(data)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf += '\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        self._len = max(self._len, self._pos)
        return long(n)

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _as_index(pos)
        if pos < 0 and whence == 0:
            raise ValueError('negative seek value %d' % pos)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._len
        elif whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0:
            pos = 0
        self._pos = pos
        return long(pos)

    def tell(self):
        self._check_open()
        return long(self._pos)

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return long(size)

    def seekable(self):
        self._check_open()
        return True

    readable = writable = seekable

    def flush(self):
        self._check_open()

    def close(self):
        self._iobase_closed = True

    def next(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getstate__(self):
        self._check_open()
        return (self.getvalue(), self._pos, self.__dict__.get('__dict__'))


def _check_newline(newline, fname, argno):
    if newline is not None and not isinstance(newline, basestring):
        raise TypeError('%s() argument %d must be string or None, not %s'
                        % (fname, argno, type(newline).__name__))
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %s' % newline)


def _find_line_end(text, start, translated, universal, readnl, final):
    # The end (exclusive) of the line that starts at `start` in `text`, or -1 when `text` holds
    # no complete line yet (a '\r' at the end of a universal, untranslated buffer may still be
    # followed by '\n' unless `final`).
    if translated:
        i = text.find(u'\n', start)
        return -1 if i < 0 else i + 1
    if universal:
        i = start
        n = len(text)
        while i < n:
            c = text[i]
            if c == u'\n':
                return i + 1
            if c == u'\r':
                if i + 1 < n:
                    return i + 2 if text[i + 1] == u'\n' else i + 1
                return i + 1 if final else -1
            i += 1
        return -1
    i = text.find(readnl, start)
    return -1 if i < 0 else i + len(readnl)


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value=u'', newline=u'\n'):
        _check_newline(newline, '__init__', 2)
        if initial_value is not None and not isinstance(initial_value, unicode):
            raise TypeError('initial_value must be unicode or None, not %s'
                            % type(initial_value).__name__)
        self._readuniversal = newline is None or newline == ''
        self._readtranslate = newline is None
        self._readnl = None if newline is None else unicode(newline)
        self._writenl = None
        if newline:
            self._writenl = unicode(newline)
        self._decoder = None
        if self._readuniversal:
            self._decoder = IncrementalNewlineDecoder(None, self._readtranslate)
        self._buf = u''
        self._parts = []
        self._len = 0
        self._pos = 0
        self._iobase_closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_open(self):
        if self._iobase_closed:
            raise ValueError('I/O operation on closed file')

    def _value(self):
        if self._parts:
            self._buf += u''.join(self._parts)
            self._parts = []
        return self._buf

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        self._check_open()
        if not isinstance(s, unicode):
            raise TypeError("unicode argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._decoder is not None:
            s = self._decoder.decode(s, True)
        if self._writenl is not None and self._writenl != u'\n':
            s = s.replace(u'\n', self._writenl)
        if s:
            if self._pos == self._len:
                self._parts.append(s)
            else:
                buf = self._value()
                if self._pos > len(buf):
                    buf += u'\0' * (self._pos - len(buf))
                self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
            self._pos += len(s)
            self._len = max(self._len, self._pos)
        return long(n)

    def read(self, n=None):
        self._check_open()
        n = _index(n)
        buf = self._value()
        if n < 0:
            n = len(buf)
        r = buf[self._pos:self._pos + n]
        self._pos += len(r)
        return r

    def readline(self, limit=None):
        self._check_open()
        limit = _index(limit)
        buf = self._value()
        end = _find_line_end(buf, self._pos, self._readtranslate, self._readuniversal,
                             self._readnl, True)
        if end < 0:
            end = len(buf)
        if limit >= 0:
            end = min(end, self._pos + limit)
        r = buf[self._pos:end]
        self._pos += len(r)
        return r

    def next(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _as_index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise IOError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return long(pos)

    def tell(self):
        self._check_open()
        return long(self._pos)

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return long(size)

    def seekable(self):
        self._check_open()
        return True

    readable = writable = seekable

    def close(self):
        self._iobase_closed = True

    @property
    def closed(self):
        return self._iobase_closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        if self._decoder is None:
            return None
        return self._decoder.newlines


# --- text ------------------------------------------------------------------------------------

class IncrementalNewlineDecoder(object):
    """Codec used when reading a file in universal newlines mode.  It wraps
another incremental decoder, translating \\r\\n and \\r into \\n.  It also
records the types of newlines encountered.  When used with
translate=False, it ensures that the newline sequence is returned in
one piece."""

    _LF = 1
    _CR = 2
    _CRLF = 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = u'\r' + output
            self.pendingcr = False
        if output.endswith(u'\r') and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count(u'\r\n')
        cr = output.count(u'\r') - crlf
        lf = output.count(u'\n') - crlf
        self.seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace(u'\r\n', u'\n')
            if cr:
                output = output.replace(u'\r', u'\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf = ''
            flag = 0L
        else:
            buf, flag = self.decoder.getstate()
        flag = long(flag) << 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        # As CPython's: a single kind is unicode, the tuples hold str.
        return (None, u'\n', u'\r', ('\r', '\n'), u'\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                ('\r', '\n', '\r\n'))[self.seennl]


class _Utf8Decoder(object):
    # An incremental UTF-8 decoder: a truncated sequence at the end of the input waits for the
    # next call (an error only when final).

    def __init__(self, errors='strict'):
        self.errors = errors
        self.pending = ''

    def decode(self, data, final=False):
        data = self.pending + data
        self.pending = ''
        if not final and data:
            # Hold back an incomplete sequence at the end (at most 3 bytes).
            i = len(data) - 1
            back = 0
            while i >= 0 and back < 3 and 0x80 <= ord(data[i]) < 0xC0:
                i -= 1
                back += 1
            if i >= 0:
                lead = ord(data[i])
                need = 0
                if 0xC2 <= lead < 0xE0:
                    need = 2
                elif 0xE0 <= lead < 0xF0:
                    need = 3
                elif 0xF0 <= lead < 0xF5:
                    need = 4
                if need and len(data) - i < need:
                    self.pending = data[i:]
                    data = data[:i]
        return data.decode('utf-8', self.errors)

    def getstate(self):
        return (self.pending, 0)

    def setstate(self, state):
        self.pending = state[0]

    def reset(self):
        self.pending = ''


class _Stateless(object):
    # An incremental decoder or encoder for a single-byte codec (ascii, latin-1) and the
    # UTF-8 encoder: each call converts its whole input.

    def __init__(self, encoding, errors='strict'):
        self.encoding = encoding
        self.errors = errors

    def decode(self, data, final=False):
        return data.decode(self.encoding, self.errors)

    def encode(self, text, final=False):
        return text.encode(self.encoding, self.errors)

    def getstate(self):
        return ('', 0)

    def setstate(self, state):
        pass

    def reset(self):
        pass


def _get_decoder(encoding, errors):
    name = _codecs.lookup(encoding).name
    if name == 'utf-8':
        return _Utf8Decoder(errors)
    if name in ('ascii', 'iso8859-1'):
        return _Stateless(name, errors)
    return _codecs.getincrementaldecoder(encoding)(errors)


def _get_encoder(encoding, errors):
    name = _codecs.lookup(encoding).name
    if name in ('utf-8', 'ascii', 'iso8859-1'):
        return _Stateless(name, errors)
    return _codecs.getincrementalencoder(encoding)(errors)


def _default_encoding():
    try:
        import locale
        enc = locale.getpreferredencoding()
    except Exception:
        enc = None
    return enc or 'ascii'


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    _buffer = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False):
        for i, (v, what) in enumerate(((encoding, 'encoding'), (errors, 'errors'))):
            if v is not None and not isinstance(v, basestring):
                raise TypeError('__init__() argument %d must be string or None, not %s'
                                % (i + 2, type(v).__name__))
        _check_newline(newline, '__init__', 4)
        if encoding is None:
            encoding = _default_encoding()
        _codecs.lookup(encoding)
        if errors is None:
            errors = 'strict'
        self._buffer = buffer
        self._encoding = str(encoding)
        self._errors = str(errors)
        self._line_buffering = bool(line_buffering)
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = None if newline is None else unicode(newline)
        self._writetranslate = newline != ''
        self._writenl = unicode(newline) if newline else u'\n'
        self._encoder = None
        self._decoder = None
        self._decoded = u''
        self._decoded_used = 0
        self._snapshot = None
        self._seekable = self._telling = buffer.seekable()
        self._has_read1 = hasattr(buffer, 'read1')
        _mark_wrapped(buffer)
        if self._seekable and buffer.writable():
            try:
                if buffer.tell() != 0:
                    self._get_encoder().setstate(0)
            except (AttributeError, IOError, ValueError):
                pass

    # -- state and delegation --

    def _buf(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        return self._buffer

    @property
    def buffer(self):
        return self._buf()

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def closed(self):
        return self._buf().closed

    @property
    def name(self):
        return self._buf().name

    @property
    def newlines(self):
        if self._decoder is None or not hasattr(self._decoder, 'newlines'):
            return None
        return self._decoder.newlines

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return '<%s encoding=%r>' % (_tname(self), self._encoding)
        return '<%s name=%r encoding=%r>' % (_tname(self), name, self._encoding)

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def fileno(self):
        return self._buf().fileno()

    def isatty(self):
        return self._buf().isatty()

    def seekable(self):
        return self._seekable

    def readable(self):
        return self._buf().readable()

    def writable(self):
        return self._buf().writable()

    def flush(self):
        self._buf().flush()
        self._telling = self._seekable

    def close(self):
        buf = self._buf()
        if not buf.closed:
            try:
                self.flush()
            finally:
                buf.close()

    def detach(self):
        buf = self._buf()
        self.flush()
        self._buffer = None
        try:
            buf._io_wrapped = False
        except (AttributeError, TypeError):
            pass
        return buf

    def _get_encoder(self):
        if self._encoder is None:
            self._encoder = _get_encoder(self._encoding, self._errors)
        return self._encoder

    def _get_decoder(self):
        if self._decoder is None:
            if not self._buf().readable():
                raise IOError('not readable')
            d = _get_decoder(self._encoding, self._errors)
            if self._readuniversal:
                d = IncrementalNewlineDecoder(d, self._readtranslate)
            self._decoder = d
        return self._decoder

    # -- writing --

    def write(self, text):
        self._check_open()
        if not isinstance(text, unicode):
            raise TypeError('write() argument 1 must be unicode, not %s' % type(text).__name__)
        buf = self._buf()
        if not buf.writable():
            raise IOError('not writable')
        length = len(text)
        haslf = (self._writetranslate or self._line_buffering) and u'\n' in text
        if haslf and self._writetranslate and self._writenl != u'\n':
            text = text.replace(u'\n', self._writenl)
        data = self._get_encoder().encode(text)
        buf.write(data)
        if self._line_buffering and (haslf or u'\r' in text):
            self.flush()
        self._decoded = u''
        self._decoded_used = 0
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()
        return long(length)

    # -- reading --

    def _read_chunk(self):
        # Decodes one more chunk into the decoded characters; False at end of file.
        decoder = self._get_decoder()
        buf = self._buf()
        if self._telling:
            dec_buffer, dec_flags = decoder.getstate()
        if self._has_read1:
            chunk = buf.read1(_CHUNK_SIZE)
        else:
            chunk = buf.read(_CHUNK_SIZE)
        if chunk is None:
            chunk = ''
        eof = not chunk
        decoded = decoder.decode(chunk, eof)
        if self._pending() and self._telling and self._snapshot is not None:
            # Characters of the earlier chunk are still pending (a line longer than a chunk):
            # keep the older snapshot, extended by the new bytes, and the characters already
            # used, so positions stay relative to the snapshot's start.
            flags, fed = self._snapshot
            self._snapshot = (flags, fed + chunk)
            self._decoded += decoded
        else:
            self._decoded = self._decoded[self._decoded_used:] + decoded
            self._decoded_used = 0
            if self._telling:
                self._snapshot = (dec_flags, dec_buffer + chunk)
        return not eof

    def _take(self, n):
        r = self._decoded[self._decoded_used:self._decoded_used + n]
        self._decoded_used += len(r)
        return r

    def _pending(self):
        return len(self._decoded) - self._decoded_used

    def read(self, n=None):
        self._check_open()
        n = _index(n)
        buf = self._buf()
        if not buf.readable():
            raise IOError('not readable')
        decoder = self._get_decoder()
        if n < 0:
            data = buf.read()
            if data is None:
                data = ''
            result = self._take(self._pending()) + decoder.decode(data, True)
            self._decoded = u''
            self._decoded_used = 0
            self._snapshot = None
            return result
        while self._pending() < n:
            if not self._read_chunk():
                break
        return self._take(n)

    def readline(self, limit=None):
        self._check_open()
        limit = _index(limit)
        if not self._buf().readable():
            raise IOError('not readable')
        self._get_decoder()
        start = self._decoded_used
        eof = False
        while True:
            end = _find_line_end(self._decoded, self._decoded_used, self._readtranslate,
                                 self._readuniversal, self._readnl, eof)
            if end >= 0:
                break
            if limit >= 0 and self._pending() >= limit:
                end = len(self._decoded)
                break
            if eof:
                end = len(self._decoded)
                break
            if not self._read_chunk():
                eof = True
        n = end - self._decoded_used
        if limit >= 0:
            n = min(n, limit)
        return self._take(n)

    def next(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # -- positions --

    def tell(self):
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise IOError('telling position disabled by next() call')
        self.flush()
        buf = self._buf()
        position = buf.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return long(position)
        dec_flags, next_input = self._snapshot
        position -= len(next_input)
        skip = self._decoded_used
        if skip == 0:
            return self._pack(position, dec_flags)
        saved = decoder.getstate()
        try:
            # First a guess from the chunk's bytes-per-character ratio, moved back until the
            # decoder holds no bytes there and has not passed the position; then byte by byte.
            ratio = float(len(next_input)) / max(1, len(self._decoded))
            guess = min(len(next_input), int(ratio * skip))
            back = 1
            while guess > 0:
                decoder.setstate(('', dec_flags))
                n = len(decoder.decode(next_input[:guess]))
                dbuf, flags = decoder.getstate()
                if n <= skip and not dbuf:
                    dec_flags = flags
                    skip -= n
                    break
                if n <= skip:
                    guess -= len(dbuf)
                    back = 1
                else:
                    guess -= back
                    back *= 2
            else:
                guess = 0
                decoder.setstate(('', dec_flags))
            start_pos = position + guess
            start_flags = dec_flags
            if skip == 0:
                return self._pack(start_pos, start_flags)
            fed = 0
            chars = 0
            need_eof = 0
            base_fed = 0
            base_chars = 0
            for i in range(guess, len(next_input)):
                fed += 1
                chars += len(decoder.decode(next_input[i]))
                dbuf, flags = decoder.getstate()
                if not dbuf and chars <= skip:
                    # A point where the decoder holds no bytes: restart from here.
                    start_pos = position + guess + fed
                    start_flags = flags
                    base_fed = fed
                    base_chars = chars
                if chars >= skip:
                    break
            else:
                chars += len(decoder.decode('', True))
                need_eof = 1
                if chars < skip:
                    raise IOError("can't reconstruct logical file position")
            return self._pack(start_pos, start_flags, fed - base_fed, need_eof,
                              skip - base_chars)
        finally:
            decoder.setstate(saved)

    def _pack(self, position, dec_flags=0, bytes_to_feed=0, need_eof=0, chars_to_skip=0):
        return (long(position) | (long(dec_flags) << 64) | (long(bytes_to_feed) << 128) |
                (long(chars_to_skip) << 192) | (long(need_eof) << 256))

    def _unpack(self, cookie):
        mask = (1L << 64) - 1
        return (cookie & mask, (cookie >> 64) & mask, (cookie >> 128) & mask,
                (cookie >> 256) & mask, (cookie >> 192) & mask)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buf().truncate(pos)

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if isinstance(cookie, float):
            raise TypeError('an integer is required')
        buf = self._buf()
        if whence == 1:
            if cookie != 0:
                raise IOError("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise IOError("can't do nonzero end-relative seeks")
            self.flush()
            position = buf.seek(0, 2)
            self._decoded = u''
            self._decoded_used = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            return position
        elif whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        start_pos, dec_flags, bytes_to_feed, need_eof, chars_to_skip = self._unpack(cookie)
        buf.seek(start_pos)
        self._decoded = u''
        self._decoded_used = 0
        self._snapshot = None
        if cookie == 0 and self._decoder is not None:
            self._decoder.reset()
        elif self._decoder is not None or dec_flags or chars_to_skip:
            decoder = self._get_decoder()
            decoder.setstate(('', dec_flags))
            self._snapshot = (dec_flags, '')
        if chars_to_skip:
            chunk = buf.read(bytes_to_feed)
            self._decoded = self._decoder.decode(chunk, bool(need_eof))
            self._snapshot = (dec_flags, chunk)
            if len(self._decoded) < chars_to_skip:
                raise IOError("can't restore logical file position")
            self._decoded_used = chars_to_skip
        if self._encoder is not None:
            try:
                if cookie == 0:
                    self._encoder.reset()
                else:
                    self._encoder.setstate(0)
            except AttributeError:
                pass
        return cookie


# --- open ------------------------------------------------------------------------------------

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True):
    """Open file and return a stream.  Raise IOError upon failure."""
    if not isinstance(file, (basestring, int, long, float)):
        raise TypeError('invalid file: %r' % (file,))
    if not isinstance(mode, basestring):
        raise TypeError('open() argument 2 must be string, not %s' % type(mode).__name__)
    if isinstance(buffering, float):
        raise TypeError('integer argument expected, got float')
    buffering = _as_index(buffering)
    for argno, v in ((4, encoding), (5, errors), (6, newline)):
        if v is not None and not isinstance(v, basestring):
            raise TypeError('open() argument %d must be string or None, not %s'
                            % (argno, type(v).__name__))
    modes = set(mode)
    if modes - set('arwb+tU') or len(mode) > len(modes):
        raise ValueError("invalid mode: '%s'" % mode)
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if 'U' in modes:
        if writing or appending:
            raise ValueError("can't use U and writing mode at once")
        reading = True
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if reading + writing + appending > 1:
        raise ValueError('must have exactly one of read/write/append mode')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary:
        _check_newline(newline, 'open', 6)
    raw = FileIO(file,
                 (reading and 'r' or '') + (writing and 'w' or '') +
                 (appending and 'a' or '') + (updating and '+' or ''),
                 closefd)
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
            try:
                bs = _os.fstat(raw.fileno()).st_blksize
                if bs > 1:
                    buffering = bs
            except (OSError, AttributeError, IndexError):
                pass
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buf = BufferedRandom(raw, buffering)
        elif writing or appending:
            buf = BufferedWriter(raw, buffering)
        elif reading:
            buf = BufferedReader(raw, buffering)
        else:
            raise ValueError('unknown mode: %r' % mode)
        if binary:
            return buf
        text = TextIOWrapper(buf, encoding, errors, newline, line_buffering)
        text.mode = mode
        return text
    except:
        raw._io_wrapped = False
        raw.close()
        raise
