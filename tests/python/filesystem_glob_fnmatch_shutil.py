import os, glob, fnmatch, shutil
base = '/tmp/pyston_test_filesystem_glob_fnmatch_shutil'
if os.path.exists(base):
    shutil.rmtree(base)
os.makedirs(os.path.join(base, 'src', 'pkg'))
os.makedirs(os.path.join(base, 'docs'))
files = ['src/main.py', 'src/util.py', 'src/pkg/__init__.py', 'src/pkg/data.json', 'docs/readme.txt', 'docs/notes.md', 'setup.py']
for f in files:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write('# %s\n' % f)
rel = lambda paths: sorted(os.path.relpath(p, base) for p in paths)
print rel(glob.glob(os.path.join(base, '*.py')))
print rel(glob.glob(os.path.join(base, 'src', '*.py')))
print rel(glob.glob(os.path.join(base, '*', '*')))
print rel(glob.glob(os.path.join(base, 'src', 'pkg', '*.[jp]*')))
print rel(glob.glob(os.path.join(base, 'nothing*')))
print fnmatch.fnmatch('main.py', '*.py'), fnmatch.fnmatch('main.PY', '*.py'), fnmatch.fnmatchcase('A.txt', 'a.*')
print fnmatch.filter(['a.py', 'b.txt', 'c.py', '.hidden.py'], '*.py'), fnmatch.fnmatch('x1', 'x[0-9]'), fnmatch.fnmatch('xa', 'x[!a]')
print fnmatch.translate('*.py')
matches = []
for root, dirs, names in os.walk(base):
    dirs.sort()
    for n in sorted(fnmatch.filter(names, '*.py')):
        matches.append(os.path.relpath(os.path.join(root, n), base))
print matches
shutil.copy(os.path.join(base, 'setup.py'), os.path.join(base, 'docs', 'setup_copy.py'))
shutil.copytree(os.path.join(base, 'src'), os.path.join(base, 'src_backup'))
shutil.move(os.path.join(base, 'docs', 'notes.md'), os.path.join(base, 'notes_moved.md'))
print sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'docs')))
print open(os.path.join(base, 'src_backup', 'pkg', 'data.json')).read().strip()
shutil.rmtree(base)
print os.path.exists(base)
