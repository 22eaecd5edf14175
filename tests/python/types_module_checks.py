import types
def f(): pass
class New(object):
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
class Old:
    def m(self): pass
def g():
    yield 1
checks = [
    ('FunctionType', f, types.FunctionType), ('LambdaType', lambda: 0, types.LambdaType),
    ('MethodType bound', New().m, types.MethodType), ('MethodType unbound', New.m, types.UnboundMethodType),
    ('classmethod', New.c, types.MethodType), ('staticmethod', New.s, types.FunctionType),
    ('BuiltinFunctionType', len, types.BuiltinFunctionType), ('BuiltinMethodType', [].append, types.BuiltinMethodType),
    ('GeneratorType', g(), types.GeneratorType), ('ClassType', Old, types.ClassType),
    ('InstanceType', Old(), types.InstanceType), ('TypeType', New, types.TypeType),
    ('ModuleType', types, types.ModuleType), ('NoneType', None, types.NoneType),
    ('IntType', 1, types.IntType), ('LongType', 1L, types.LongType), ('FloatType', 1.0, types.FloatType),
    ('StringType', '', types.StringType), ('UnicodeType', u'', types.UnicodeType),
    ('StringTypes', u'', types.StringTypes), ('ListType', [], types.ListType), ('TupleType', (), types.TupleType),
    ('DictType', {}, types.DictType), ('DictionaryType', {}, types.DictionaryType),
    ('BooleanType', True, types.BooleanType), ('ComplexType', 1j, types.ComplexType),
    ('SliceType', slice(1), types.SliceType), ('XRangeType', xrange(1), types.XRangeType),
    ('CodeType', f.func_code, types.CodeType), ('FileType', open, types.FileType),
    ('EllipsisType', Ellipsis, types.EllipsisType), ('ObjectType', object(), types.ObjectType),
]
for name, obj, typ in checks:
    print name, isinstance(obj, typ)
print types.IntType is int, types.StringTypes, types.NoneType.__name__
m = types.ModuleType('fake_mod', 'doc string')
m.value = 3
print m.__name__, m.__doc__, m.value, type(m).__name__
import sys
sys.modules['fake_mod'] = m
import fake_mod
print fake_mod.value, fake_mod is m
bound = types.MethodType(lambda self, x: (type(self).__name__, x), New())
print bound(5)
def dispatch(x):
    if isinstance(x, types.StringTypes):
        return 'string'
    if isinstance(x, (types.IntType, types.LongType)):
        return 'integer'
    if isinstance(x, types.FunctionType):
        return 'function'
    return 'other'
print [dispatch(v) for v in ['a', u'b', 1, 2L, f, 1.5]]
print sorted(n for n in dir(types) if n.endswith('Type'))[:8]
