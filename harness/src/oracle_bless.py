# The CPython 2.7 side of `pyston-harness bless` (Python 2; embedded in the harness binary).
#
# In: file names on stdin, one per line, relative to the current directory. Out, on stdout, three
# frames per file, in input order:
#   1. what `print ast.dump(ast.parse(open(F).read(), F))` does,
#   2. the same with include_attributes=True,
#   each as "RESULT <exit status> <n stdout> <n stderr>\n" + stdout bytes + stderr bytes + "\n",
#   where an uncaught exception's stderr is what CPython's C code wrote to fd 2 while parsing,
#   then what CPython prints for it as a script's top-level error (sys.__excepthook__ with no
#   traceback: `  File ..., line N`, source line, caret, message);
#   3. whether `python2.7 F` compiles F: "COMPILES\n" or "FAILS\n". The file is compiled exactly as
#   the script runner does (execfile reads it through the file tokenizer), and a trace function
#   stops it at the module's first frame, before any of its code runs. For FAILS the harness runs
#   `python2.7 F` itself to record its exact report and exit status.
#
# This script must not use `from __future__` imports: execfile would inherit them.
import ast
import os
import sys
import StringIO

out = sys.stdout


def frame(status, stdout, stderr):
    out.write('RESULT %d %d %d\n%s%s\n' % (status, len(stdout), len(stderr), stdout, stderr))


def parse_capturing_fd2(source, path):
    """ast.parse(source, path), capturing what CPython's C code writes straight to file
    descriptor 2 meanwhile (`s_push: parser stack overflow`).
    Returns (tree or None, exc_info or None, captured bytes)."""
    sys.stderr.flush()
    saved = os.dup(2)
    capture = os.tmpfile()
    os.dup2(capture.fileno(), 2)
    tree, error = None, None
    try:
        tree = ast.parse(source, path)
    except Exception:
        error = sys.exc_info()
    os.dup2(saved, 2)
    os.close(saved)
    capture.seek(0)
    written = capture.read()
    capture.close()
    return tree, error, written


def dump(path, attributes):
    source = open(path).read()
    tree, error, c_stderr = parse_capturing_fd2(source, path)
    if error is None:
        try:
            text = ast.dump(tree, include_attributes=attributes)
        except Exception:
            error = sys.exc_info()
    if error is not None:
        kind, value = error[:2]
        saved = sys.stderr
        sys.stderr = StringIO.StringIO()
        try:
            sys.__excepthook__(kind, value, None)
            report = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        if isinstance(report, unicode):
            report = report.encode('utf-8')
        frame(1, '', c_stderr + report)
        return
    frame(0, text + '\n', '')


class Stop(Exception):
    pass


def compiles(path):
    def tracer(f, event, arg):
        if event == 'call' and f.f_code.co_filename == path:
            raise Stop()
        return None
    sys.settrace(tracer)
    try:
        execfile(path, {'__name__': '__main__', '__builtins__': __builtins__})
    except Stop:
        return True
    except BaseException:
        return False
    finally:
        sys.settrace(None)
    # The trace function never fired: impossible for a module that compiled.
    return False


while True:
    line = sys.stdin.readline()
    if not line:
        break
    path = line[:-1] if line.endswith('\n') else line
    dump(path, False)
    dump(path, True)
    out.write('COMPILES\n' if compiles(path) else 'FAILS\n')
    out.flush()
