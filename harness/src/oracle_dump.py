# The CPython 2.7 side of `pyston-harness ast-parity` (Python 2; embedded in the harness binary).
#
# In: file paths on stdin, one per line; argv may hold "--attributes". Out, on stdout, one frame
# per path, in input order:
#   "OK <n>\n" + n bytes of ast.dump(ast.parse(open(path).read(), path)[, include_attributes]) + "\n"
#   "ERR <class> <lineno or -> <n>\n" + n bytes of the exception message + "\n"
# Each frame is flushed as soon as it is complete, so the harness can read while files are parsed.
import ast
import sys

attributes = '--attributes' in sys.argv[1:]
out = sys.stdout

while True:
    line = sys.stdin.readline()
    if not line:
        break
    path = line[:-1] if line.endswith('\n') else line
    try:
        source = open(path).read()
        text = ast.dump(ast.parse(source, path), include_attributes=attributes)
        out.write('OK %d\n%s\n' % (len(text), text))
    except Exception as e:
        lineno = getattr(e, 'lineno', None) if isinstance(e, SyntaxError) else None
        msg = getattr(e, 'msg', None) if isinstance(e, SyntaxError) else None
        if msg is None:
            msg = str(e)
        if isinstance(msg, unicode):
            msg = msg.encode('utf-8', 'replace')
        out.write('ERR %s %s %d\n%s\n' % (type(e).__name__,
                                          '-' if lineno is None else lineno,
                                          len(msg), msg))
    out.flush()
