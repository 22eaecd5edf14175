import re
LOG_RE = re.compile(r'''
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+
    \[(?P<date>[^\]]+)\]\s+
    "(?P<method>GET|POST|PUT|DELETE)\s+(?P<path>\S+)\s+HTTP/(?P<ver>[\d.]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)$
''', re.VERBOSE)
lines = [
    '10.0.0.1 [01/Jan/2024:10:00:00] "GET /index.html HTTP/1.1" 200 1024',
    '10.0.0.2 [01/Jan/2024:10:00:05] "POST /api/login HTTP/1.1" 401 -',
    '192.168.1.10 [01/Jan/2024:10:01:00] "GET /images/logo.png HTTP/2.0" 304 0',
    'malformed line here',
    '10.0.0.1 [01/Jan/2024:10:02:00] "DELETE /api/item/7 HTTP/1.1" 204 0',
]
by_status = {}
for line in lines:
    m = LOG_RE.match(line)
    if not m:
        print 'skip:', line
        continue
    d = m.groupdict()
    size = 0 if d['size'] == '-' else int(d['size'])
    by_status.setdefault(d['status'], []).append((d['method'], d['path'], size))
    print d['ip'], d['method'], d['path'], d['status'], size
print sorted(by_status.items())
print re.sub(r'(\d+)\.(\d+)\.(\d+)\.(\d+)', r'\1.\2.x.x', lines[2])
def camel_to_snake(name):
    s1 = re.sub('(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub('([a-z0-9])([A-Z])', r'\1_\2', s1).lower()
print [camel_to_snake(n) for n in ['CamelCase', 'getHTTPResponse', 'simple', 'HTMLParser', 'version2Update']]
def snake_to_camel(name):
    return re.sub(r'_([a-z])', lambda m: m.group(1).upper(), name)
print [snake_to_camel(n) for n in ['snake_case_name', 'already', 'a_b_c']]
template = 'Hello {name}, you have {count} new {item}s'
values = {'name': 'Ann', 'count': 3}
print re.sub(r'\{(\w+)\}', lambda m: str(values.get(m.group(1), '<' + m.group(1) + '>')), template)
print re.findall(r'"([^"]*)"', 'say "hi" and "bye" then ""')
print re.split(r'\s*[,;]\s*|\s+and\s+', 'apples, pears ;plums and cherries')
print bool(re.match(r'^[\w.+-]+@[\w-]+\.[\w.]+$', 'first.last+tag@example.co.uk')), bool(re.match(r'^\d{3}-\d{4}$', '555-12345'))
tokens = re.findall(r'\d+\.\d+|\d+|[A-Za-z_]\w*|==|[-+*/()=<>]', 'x1 = (3.14 * r) + 20 == y')
print tokens
print re.sub(r'\s+', ' ', '  lots   of\t\twhitespace \n here ').strip()
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)', 'Released on 2023-11-05, patched later')
print m.group('year'), m.group('month', 'day'), m.span(), m.start('day'), m.lastgroup
print re.sub(r'(?m)^', '> ', 'line1\nline2'), re.findall(r'(?i)py\w*', 'Python pypy PYSTON java')
