# A state machine that ends the program with sys.exit(3) when it reaches an error state.
import sys

TRANSITIONS = {
    ('idle', 'coin'): 'ready',
    ('ready', 'push'): 'vending',
    ('ready', 'refund'): 'idle',
    ('vending', 'done'): 'idle',
    ('idle', 'kick'): 'broken',
}

def run(events):
    state = 'idle'
    history = [state]
    for ev in events:
        nxt = TRANSITIONS.get((state, ev))
        if nxt is None:
            print '  ignored %r in state %s' % (ev, state)
            continue
        state = nxt
        history.append(state)
        if state == 'broken':
            print '  machine broke after', len(history) - 1, 'transitions'
            print '  history:', ' -> '.join(history)
            sys.stdout.flush()
            sys.exit(3)
    return state, history

print run(['coin', 'push', 'done'])
print run(['push', 'coin', 'refund', 'coin', 'coin', 'push', 'done'])
try:
    run(['kick'])
except SystemExit as e:
    print 'caught SystemExit code', e.code
print run(['coin', 'refund', 'kick', 'coin'])
print 'not reached'
