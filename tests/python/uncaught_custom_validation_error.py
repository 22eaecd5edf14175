# A validation routine processes records and the last invalid one escapes uncaught.

class ValidationError(Exception):
    def __init__(self, field, value, reason):
        Exception.__init__(self, field, value, reason)
        self.field = field
    def __str__(self):
        field, value, reason = self.args
        return 'field %r with value %r: %s' % (field, value, reason)

RULES = {
    'age': lambda v: isinstance(v, int) and 0 <= v < 150,
    'name': lambda v: isinstance(v, str) and v.strip() != '',
    'email': lambda v: isinstance(v, str) and v.count('@') == 1,
}

def validate(rec):
    for field in sorted(RULES):
        if field not in rec:
            raise ValidationError(field, None, 'missing')
        if not RULES[field](rec[field]):
            raise ValidationError(field, rec[field], 'invalid')
    return True

records = [
    {'name': 'ann', 'age': 30, 'email': 'ann@x.org'},
    {'name': '', 'age': 30, 'email': 'e@x'},
    {'name': 'bo', 'age': 200, 'email': 'bo@x'},
    {'name': 'cy', 'age': 22},
    {'name': 'di', 'age': 44, 'email': 'di@@x'},
]
good = 0
for i, r in enumerate(records):
    try:
        validate(r)
        good += 1
        print i, 'valid'
    except ValidationError as e:
        print i, 'invalid:', e, '| field =', e.field
print 'good records:', good

strict = [{'name': 'ed', 'age': 5, 'email': 'ed@y'}, {'name': 'fy', 'age': -1, 'email': 'f@y'}]
for r in strict:
    print 'strict check', r['name']
    validate(r)
print 'not reached'
