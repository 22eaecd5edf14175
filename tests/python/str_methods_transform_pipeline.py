raw_records = [
    '  Alice Smith ; alice@EXAMPLE.com ; 555-1234 ',
    'bob jones;BOB@example.org;(555) 987-6543',
    ' CAROL  de la CRUZ;carol@example.net ; 555.222.3333',
    'dave;;',
]
def clean_name(n):
    parts = [p for p in n.strip().split(' ') if p]
    small = set(['de', 'la', 'van', 'der'])
    return ' '.join(p.lower() if p.lower() in small and i else p.capitalize() for i, p in enumerate(parts))
def clean_email(e):
    e = e.strip().lower()
    return e if '@' in e else None
def clean_phone(p):
    digits = ''.join(ch for ch in p if ch.isdigit())
    if len(digits) == 7:
        return '%s-%s' % (digits[:3], digits[3:])
    if len(digits) == 10:
        return '(%s) %s-%s' % (digits[:3], digits[3:6], digits[6:])
    return None
for rec in raw_records:
    name, email, phone = (rec.split(';') + ['', ''])[:3]
    print '%-22s %-22s %s' % (clean_name(name), clean_email(email), clean_phone(phone))
print 'a,b;c d'.replace(',', ' ').replace(';', ' ').split()
title = 'the lord of the rings: the return of the king'
minor = set('the of a an and or in on at to'.split())
words = title.split()
print ' '.join(w if (w in minor and i) else w.capitalize() for i, w in enumerate(words))
slug = '-'.join(''.join(ch for ch in w if ch.isalnum()) for w in title.lower().split())
print slug
print '|'.join(s.center(7, '.') for s in ['a', 'bb', 'ccc'])
print [s.rjust(5, '0') for s in ['1', '22', '333']], [s.zfill(4) for s in ['-1', '+2', '3']]
print 'x=1, y=2, z=3'.split(', '), dict(kv.split('=') for kv in 'x=1, y=2, z=3'.split(', '))
print '  multiple   spaces  '.split(' '), ' '.join('  multiple   spaces  '.split())
print 'tab\tseparated\tvalues'.split('\t'), 'CSV,with,,empty'.split(',')
print 'hello world'.title().swapcase(), 'ABC'.lower().capitalize(), '123abc'.upper()
