import subprocess, sys
out = subprocess.check_output(['echo', 'hello from echo'])
print repr(out)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
o, e = p.communicate('piped input\nline 2\n')
print repr(o), e, p.returncode
print subprocess.call(['true']), subprocess.call(['false'])
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError, err:
    print 'CalledProcessError:', err.returncode, err
p = subprocess.Popen('echo $((6 * 7))', shell=True, stdout=subprocess.PIPE)
print repr(p.stdout.read()), p.wait()
p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2; exit 4'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
o, e = p.communicate()
print repr(o), repr(e), p.returncode
p = subprocess.Popen([sys.executable, '-c', 'import sys; print sys.argv[1:]; sys.exit(9)', 'a', 'b'], stdout=subprocess.PIPE)
print repr(p.communicate()[0]), p.returncode
try:
    subprocess.Popen(['/nonexistent/binary/pyston_test'])
except OSError, e:
    print 'OSError:', e.errno
p = subprocess.Popen(['sh', '-c', 'exit 0'])
print p.wait(), p.poll(), p.returncode
lines = subprocess.check_output(['printf', 'b\\na\\nc\\n']).splitlines()
print sorted(lines)
p = subprocess.Popen(['sort'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print p.communicate('pear\napple\nfig\n')[0].split()
print subprocess.PIPE, subprocess.STDOUT
p = subprocess.Popen(['sh', '-c', 'echo both; echo e >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print sorted(p.communicate()[0].split())
