class ValidationError(Exception):
    def __init__(self, field, problem):
        Exception.__init__(self, '%s: %s' % (field, problem))
        self.field = field

def validate(record):
    if not record.get('name'):
        raise ValidationError('name', 'must not be empty')
    if record.get('age', 0) < 0:
        raise ValidationError('age', 'must be non-negative')
    return True

records = [{'name': 'a', 'age': 1}, {'name': '', 'age': 3}, {'name': 'c', 'age': -1}]
for r in records:
    try:
        print validate(r)
    except ValidationError, e:
        print 'invalid', e.field, '->', e
print 'now validating without a handler'
validate({'name': 'z', 'age': -10})
