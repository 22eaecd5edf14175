# Python part of the native `signal` module (run by signal.rs). Handlers are recorded (signal,
# getsignal) but the interpreter does not deliver OS signals to Python code; SIGINT's default
# handler raises KeyboardInterrupt when called.

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
SIGHUP = 1; SIGINT = 2; SIGQUIT = 3; SIGILL = 4; SIGTRAP = 5; SIGABRT = 6; SIGIOT = 6
SIGBUS = 7; SIGFPE = 8; SIGKILL = 9; SIGUSR1 = 10; SIGSEGV = 11; SIGUSR2 = 12; SIGPIPE = 13
SIGALRM = 14; SIGTERM = 15; SIGCHLD = 17; SIGCLD = 17; SIGCONT = 18; SIGSTOP = 19
SIGTSTP = 20; SIGTTIN = 21; SIGTTOU = 22; SIGURG = 23; SIGXCPU = 24; SIGXFSZ = 25
SIGVTALRM = 26; SIGPROF = 27; SIGWINCH = 28; SIGIO = 29; SIGPOLL = 29; SIGPWR = 30
SIGSYS = 31; SIGRTMIN = 34; SIGRTMAX = 64
ITIMER_REAL = 0; ITIMER_VIRTUAL = 1; ITIMER_PROF = 2


class ItimerError(IOError):
    pass


def default_int_handler(*args):
    raise KeyboardInterrupt

_handlers = {SIGINT: default_int_handler, SIGPIPE: SIG_IGN}


def signal(signalnum, handler):
    if not isinstance(signalnum, (int, long)):
        raise TypeError('an integer is required')
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if signalnum in (SIGKILL, SIGSTOP):
        raise RuntimeError(22, 'Invalid argument')
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum):
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return _handlers.get(signalnum, SIG_DFL)


def alarm(seconds):
    return 0


def pause():
    return None


def set_wakeup_fd(fd):
    return -1


def siginterrupt(signalnum, flag):
    return None
