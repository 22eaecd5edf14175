import string
t = string.Template('Hello $name, you owe $$${amount}. ${name}!')
print t.substitute(name='Ann', amount='12.50')
print t.safe_substitute(name='Bob')
try:
    t.substitute(name='Cy')
except KeyError, e:
    print 'KeyError:', e
try:
    string.Template('bad $').substitute()
except ValueError, e:
    print 'ValueError:', e
print string.Template('$a$b').substitute({'a': 1, 'b': 2}), string.Template('$x').substitute({'x': 'dict'}, x='kw')
print string.ascii_letters, string.ascii_uppercase
print string.hexdigits, string.octdigits, repr(string.whitespace)
print string.join(['a', 'b'], '-'), string.split('a b  c'), string.strip('  x  '), string.replace('aaa', 'a', 'b', 2)
print string.atoi('42'), string.atoi('ff', 16), string.atof('1.5'), string.zfill('7', 3), string.lower('ABC')
print string.capitalize('hello world'), string.swapcase('AbC'), string.find('hello', 'l'), string.count('banana', 'a')
print string.ljust('x', 3) + '|', string.rjust('x', 3), string.center('x', 5, '*'), string.expandtabs('a\tb', 2)
fmt = string.Formatter()
print fmt.format('{0}-{1}', 'a', 'b'), list(fmt.parse('x{0}y{name!r:>5}'))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return string.Formatter.format_field(self, value, spec).upper()
print Upper().format('{0} and {1:>6}', 'abc', 'def')
print string.letters[:5] if hasattr(string, 'letters') else '', string.printable[:10]
print string.translate('hello', string.maketrans('el', 'ip'))
print string.punctuation.count('!'), len(string.printable)
class MyTemplate(string.Template):
    delimiter = '%'
print MyTemplate('%who likes %what').substitute(who='tim', what='kung pao')
