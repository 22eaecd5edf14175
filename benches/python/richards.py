# A Richards-style operating-system simulation: a priority scheduler over task control blocks,
# packets passed between an idle task, a worker, two handlers and two devices. Method calls,
# attribute access, linked lists, small objects.
# Usage: richards.py [ROUNDS]   (default ROUNDS=80; prints queue/hold counts and a checksum)
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet(object):
    def __init__(self, ident, kind):
        self.link = None
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE


class TaskControlBlock(object):
    def __init__(self, ident, priority, packets, body):
        self.ident = ident
        self.priority = priority
        self.next = None
        self.queue = None
        for p in packets:
            self.enqueue(p)
        self.packet_pending = self.queue is not None
        self.waiting = self.queue is not None or ident >= DEVICE_A
        self.held = False
        self.body = body

    def enqueue(self, packet):
        packet.link = None
        if self.queue is None:
            self.queue = packet
            return True
        p = self.queue
        while p.link is not None:
            p = p.link
        p.link = packet
        return False

    def blocked(self):
        return self.held or (self.waiting and not self.packet_pending)

    def take_packet(self):
        if self.waiting and self.packet_pending:
            packet = self.queue
            self.queue = packet.link
            packet.link = None
            self.waiting = False
            self.packet_pending = self.queue is not None
            return packet
        return None


class Scheduler(object):
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, tcb):
        self.tasks[tcb.ident] = tcb
        # Keep the list sorted by decreasing priority.
        if self.head is None or tcb.priority > self.head.priority:
            tcb.next = self.head
            self.head = tcb
            return
        t = self.head
        while t.next is not None and t.next.priority >= tcb.priority:
            t = t.next
        tcb.next = t.next
        t.next = tcb

    def run(self):
        t = self.head
        while t is not None:
            if t.blocked():
                t = t.next
            else:
                self.current = t
                t = t.body.step(self, t.take_packet())

    # Operations a task body returns through: each gives the next task to look at.
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, packet):
        t = self.tasks[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        if t.enqueue(packet):
            t.packet_pending = True
            if t.priority > self.current.priority:
                return t
        return self.current


class IdleBody(object):
    def __init__(self, count):
        self.count = count
        self.seed = 12345

    def step(self, sched, packet):
        self.count -= 1
        if self.count == 0:
            return sched.hold()
        self.seed = (self.seed * 1103515245 + 12345) & 0x7fffffff
        if self.seed & 0x100:
            return sched.release(DEVICE_A)
        return sched.release(DEVICE_B)


class WorkerBody(object):
    def __init__(self):
        self.dest = HANDLER_A
        self.letter = 0

    def step(self, sched, packet):
        if packet is None:
            return sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return sched.send(packet)


class HandlerBody(object):
    def __init__(self):
        self.work = []
        self.devices = []

    def step(self, sched, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work.append(packet)
            else:
                self.devices.append(packet)
        if self.work:
            w = self.work[0]
            n = w.datum
            if n >= DATA_SIZE:
                del self.work[0]
                return sched.send(w)
            if self.devices:
                d = self.devices.pop()
                d.datum = w.data[n]
                w.datum = n + 1
                return sched.send(d)
        return sched.wait()


class DeviceBody(object):
    def __init__(self):
        self.pending = None
        self.total = 0

    def step(self, sched, packet):
        if packet is None:
            if self.pending is None:
                return sched.wait()
            p = self.pending
            self.pending = None
            return sched.send(p)
        self.pending = packet
        self.total += packet.datum
        return sched.hold()


def one_round(idle_count):
    s = Scheduler()
    s.add(TaskControlBlock(IDLE, 0, [], IdleBody(idle_count)))
    s.add(TaskControlBlock(WORKER, 1000, [Packet(IDLE, KIND_WORK), Packet(IDLE, KIND_WORK)],
                           WorkerBody()))
    s.add(TaskControlBlock(HANDLER_A, 2000, [Packet(DEVICE_A, KIND_DEVICE) for _ in range(3)],
                           HandlerBody()))
    s.add(TaskControlBlock(HANDLER_B, 3000, [Packet(DEVICE_B, KIND_DEVICE) for _ in range(3)],
                           HandlerBody()))
    dev_a = DeviceBody()
    dev_b = DeviceBody()
    s.add(TaskControlBlock(DEVICE_A, 4000, [], dev_a))
    s.add(TaskControlBlock(DEVICE_B, 5000, [], dev_b))
    s.run()
    return s.queue_count, s.hold_count, dev_a.total, dev_b.total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    totals = [0, 0, 0, 0]
    for r in range(rounds):
        result = one_round(1000 + 10 * (r % 7))
        for i in range(4):
            totals[i] += result[i]
        if r == 0:
            print "round 0: queued %d held %d device sums %d %d" % result
    print "rounds %d: queued %d held %d device sums %d %d" % ((rounds,) + tuple(totals))


main()
