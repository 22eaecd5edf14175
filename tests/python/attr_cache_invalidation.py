# Attribute access sites inside hot loops while the classes and instances they see change:
# every answer must be what uncached lookup gives (each site's inline cache is keyed on the
# type's version and re-reads the instance dict).


class P(object):
    def __init__(self, x):
        self.x = x

    def m(self):
        return 'P.m'


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append('AttributeError: %s' % e)
    return out


def property_added_mid_loop():
    p = P(1)
    seen = []
    for i in range(120):
        if i == 40:
            P.x = property(lambda self: 'prop')
        if i == 80:
            del P.x
        seen.append(p.x)
        try:
            p.x = i
        except AttributeError as e:
            seen.append(str(e))
    print seen[38:43], seen[-45:-40], seen[-1]
    print p.__dict__


def data_descriptor_added_mid_loop():
    class D(object):
        def __get__(self, o, t):
            return 'D.get'

        def __set__(self, o, v):
            o.__dict__['stored'] = v

    class C(object):
        pass

    c = C()
    out = []
    for i in range(100):
        if i == 50:
            C.a = D()
        c.a = i
        out.append(c.a)
    print out[48:53], c.__dict__['a'], c.__dict__['stored']


def descriptor_class_gains_set():
    # The class attribute's own class becomes a data descriptor later: no version change on C.
    class Desc(object):
        def __get__(self, o, t):
            return 'Desc.get'

    class C(object):
        a = Desc()

    c = C()
    c.__dict__['a'] = 'instance'
    out = []
    for i in range(100):
        if i == 50:
            Desc.__set__ = lambda self, o, v: None
        out.append(c.a)
    print out[48:53]


def getattr_hook_added():
    class C(object):
        pass

    c = C()
    out = []
    for i in range(90):
        if i == 30:
            C.__getattr__ = lambda self, n: 'hook:' + n
        if i == 60:
            del C.__getattr__
        try:
            out.append(c.missing)
        except AttributeError as e:
            out.append(str(e))
    print out[28:33], out[58:63]


def getattribute_added():
    class C(object):
        def __init__(self):
            self.v = 'v'

    c = C()
    out = []
    for i in range(90):
        if i == 30:
            C.__getattribute__ = lambda self, n: 'ga:' + n
        if i == 60:
            del C.__getattribute__
        out.append(c.v)
    print out[28:33], out[58:63]


def setattr_added():
    class C(object):
        pass

    log = []
    c = C()
    for i in range(90):
        if i == 30:
            def sa(self, n, v):
                log.append((n, v))
            C.__setattr__ = sa
        if i == 60:
            del C.__setattr__
        c.v = i
    print c.v, len(log), log[:2], log[-1]


def attribute_deleted_from_instance():
    class C(object):
        x = 'class'

    c = C()
    out = []
    for i in range(100):
        if i % 10 == 0:
            c.x = i
        if i % 10 == 5:
            del c.x
        out.append(c.x)
    print out[:12]


def dict_cleared_and_refilled():
    p = P(0)
    out = []
    for i in range(100):
        if i % 7 == 0:
            p.__dict__.clear()
            for k in 'abcdefghij'[:i % 10]:
                setattr(p, k, k)
            p.x = -i
        out.append(p.x)
        p.x = i
    print out[:15], sorted(p.__dict__)


def class_reassigned():
    class A(object):
        def who(self):
            return 'A'
        tag = 'A.tag'

    class B(object):
        def who(self):
            return 'B'
        tag = 'B.tag'

    o = A()
    out = []
    for i in range(80):
        if i % 20 == 10:
            o.__class__ = B if o.__class__ is A else A
        out.append(o.who() + o.tag)
    print out[8:13], out[28:33]


def dict_replaced():
    p = P(1)
    out = []
    for i in range(80):
        if i == 40:
            p.__dict__ = {'x': 'new dict'}
        out.append(p.x)
        if i < 40:
            p.x = i
    print out[38:43], p.__dict__


def base_dict_changed():
    class Base(object):
        def m(self):
            return 'Base.m'
        k = 'Base.k'

    class Sub(Base):
        pass

    s = Sub()
    out = []
    for i in range(90):
        if i == 30:
            Base.m = lambda self: 'new Base.m'
            Base.k = 'new Base.k'
        if i == 60:
            Sub.m = lambda self: 'Sub.m'
            Sub.k = property(lambda self: 'Sub.k prop')
        out.append((s.m(), s.k))
    print out[29], out[30], out[59], out[60]


def bases_changed():
    class X(object):
        v = 'X.v'

    class Y(object):
        v = 'Y.v'

    class Z(X):
        pass

    z = Z()
    out = []
    for i in range(60):
        if i == 30:
            Z.__bases__ = (Y,)
        out.append(z.v)
    print out[29], out[30]


def mixed_classes_one_site():
    class A(object):
        __slots__ = ('x',)

        def __init__(self):
            self.x = 'A slot'

    class B(object):
        x = property(lambda self: 'B prop')

    class Old:
        def __init__(self):
            self.x = 'Old inst'

    class G(object):
        def __getattr__(self, n):
            return 'G hook'

    import types
    m = types.ModuleType('m')
    m.x = 'module attr'
    objs = [P('P inst'), A(), B(), Old(), G(), m, P('P2')]
    for i in range(60):
        res = read_x(objs)
    print res
    print read_x([object(), 1, 'str', None])


def slots_classes():
    class S(object):
        __slots__ = ('a', 'b')

    s = S()
    out = []
    for i in range(100):
        s.a = i
        if i % 3 == 0:
            s.b = i
        if i % 3 == 1:
            del s.b
        try:
            out.append((s.a, s.b))
        except AttributeError as e:
            out.append(str(e))
    print out[:5]
    try:
        s.c = 1
    except AttributeError as e:
        print e


def old_style_instances():
    class O:
        def m(self):
            return 'O.m'

    o = O()
    out = []
    for i in range(90):
        if i == 30:
            O.m = lambda self: 'new O.m'
        if i == 60:
            o.m = lambda: 'instance m'
        o.y = i
        out.append((o.m(), o.y))
    print out[29], out[30], out[60], out[-1]


def method_shadowed_by_instance():
    p = P(1)
    out = []
    for i in range(80):
        if i == 20:
            p.m = lambda: 'instance m'
        if i == 40:
            del p.m
        if i == 60:
            p.__dict__['m'] = lambda: 'dict m'
        out.append(p.m())
    print out[19], out[20], out[40], out[60]


class Mapping(dict):
    def get(self, k, default=None):
        return 'Mapping.get:' + k


def instance_dict_subclass():
    class C(object):
        pass

    c = C()
    c.y = 1
    out = []
    for i in range(60):
        if i == 30:
            c.__dict__ = Mapping(y=2)
        out.append(c.y)
        c.z = i
    print out[29], out[30], sorted(c.__dict__.items())


def method_descriptor_sites():
    out = []
    lst = []
    for i in range(60):
        lst.append(i)
        out.append(len(lst))
    d = {}
    for i in range(60):
        d.setdefault(i % 5, []).append(i)
    print out[-1], sorted((k, len(v)) for k, v in d.items())


def deleted_class_attribute_errors():
    class C(object):
        a = 1

    c = C()
    out = []
    for i in range(60):
        if i == 30:
            del C.a
        try:
            out.append(c.a)
        except AttributeError as e:
            out.append(str(e))
        try:
            c.m()
        except AttributeError as e:
            out.append(str(e))
    print out[58:62]


def none_and_builtin_methods():
    out = []
    for i in range(60):
        for o in [None, 1, 'ab', [1], (1,)]:
            try:
                out.append(o.__class__.__name__ + ':' + repr(o.__repr__()))
            except AttributeError as e:
                out.append(str(e))
    print out[-5:]


property_added_mid_loop()
data_descriptor_added_mid_loop()
descriptor_class_gains_set()
getattr_hook_added()
getattribute_added()
setattr_added()
attribute_deleted_from_instance()
dict_cleared_and_refilled()
class_reassigned()
dict_replaced()
base_dict_changed()
bases_changed()
mixed_classes_one_site()
slots_classes()
old_style_instances()
method_shadowed_by_instance()
instance_dict_subclass()
method_descriptor_sites()
deleted_class_attribute_errors()
none_and_builtin_methods()
