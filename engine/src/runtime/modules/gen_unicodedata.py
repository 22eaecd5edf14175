# Generates unicodedata_tables.rs (the Unicode 5.2.0 database and its Unicode 3.2.0 variant as
# CPython 2.7.18's `unicodedata` reports them) from CPython 2.7.18 itself:
#   PYENV_VERSION=2.7.18 python2.7 gen_unicodedata.py > unicodedata_tables.rs && rustfmt --edition 2021 unicodedata_tables.rs
# (about two minutes; the committed file is the rustfmt-formatted output).
#
# Every fact comes from asking CPython's unicodedata module about each code point:
# - a property record per code point (category, bidirectional, combining, east_asian_width,
#   mirrored, decimal, digit, numeric, and the four normalization quick-check answers), found in
#   a two-level table;
# - the decomposition string per code point (two-level table into a flat array of
#   header + code points, the header being prefix tag | length << 8);
# - for ucd_3_2_0 (whose normalize never takes the quick-check shortcut: its records have no
#   quick-check bits): ranges where its record or decomposition differs from 5.2.0, and the
#   single-character normalization corrections (NFD of a character that is not its decomposition);
# - the canonical composition pairs (first, second) -> composite;
# - for the unit test: FNV-1a checksums per 4096 code points of a line of every answer, and a
#   sample of those lines.
# The quick check "normalize(F, s) returns s itself" is observed as `normalize(F, c + u'a') is s`.
import sys, struct, unicodedata

U = unicodedata
OLD = unicodedata.ucd_3_2_0
assert sys.maxunicode == 0x10FFFF and U.unidata_version == '5.2.0'
NCP = 0x110000
FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')

CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Zs', 'Zl', 'Zp',
              'Cc', 'Cf', 'Cs', 'Co', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc',
              'Sk', 'So', 'Lm', 'Lo']
BIDIS = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS',
         'NSM', 'BN', 'B', 'S', 'WS', 'ON']
WIDTHS = ['F', 'H', 'W', 'Na', 'A', 'N']
PREFIXES = ['', '<noBreak>', '<compat>', '<super>', '<fraction>', '<sub>', '<font>', '<circle>',
            '<wide>', '<vertical>', '<square>', '<isolated>', '<final>', '<initial>', '<medial>',
            '<small>', '<narrow>']
NAMELESS = ('Cn', 'Cc', 'Cs', 'Co')

numerics = [None]
numeric_index = {}


def numeric_id(v):
    if v is None:
        return 0
    key = struct.pack('>d', v)
    if key not in numeric_index:
        numeric_index[key] = len(numerics)
        numerics.append(v)
    return numeric_index[key]


def record_of(db, c, quick):
    u = unichr(c)
    dec = db.decimal(u, None)
    dig = db.digit(u, None)
    qc = 0
    if quick:
        s = u + u'a'
        for bit, form in enumerate(FORMS):
            if db.normalize(form, s) is s:
                qc |= 1 << bit
    return (CATEGORIES.index(db.category(u)), BIDIS.index(db.bidirectional(u)),
            db.combining(u), WIDTHS.index(db.east_asian_width(u)), db.mirrored(u),
            -1 if dec is None else dec, -1 if dig is None else dig,
            numeric_id(db.numeric(u, None)), qc)


decomps = [()]
decomp_offsets = [0]
decomp_index = {}
decomp_data = [0]


def decomp_id(s):
    if not s:
        return 0
    parts = s.split()
    prefix = 0
    if parts[0].startswith('<'):
        prefix = PREFIXES.index(parts.pop(0))
    cps = tuple(int(p, 16) for p in parts)
    assert ' '.join([PREFIXES[prefix]] * bool(prefix) + ['%04X' % x for x in cps]) == s
    key = (prefix, cps)
    if key not in decomp_index:
        decomp_index[key] = len(decomp_data)
        decomp_data.append(prefix | len(cps) << 8)
        decomp_data.extend(cps)
    return decomp_index[key]


records = []
record_index = {}


def record_id(r):
    if r not in record_index:
        record_index[r] = len(records)
        records.append(r)
    return record_index[r]


rec52 = [0] * NCP
dec52 = [0] * NCP
old_pairs = [None] * NCP
for c in xrange(NCP):
    u = unichr(c)
    rec52[c] = record_id(record_of(U, c, True))
    dec52[c] = decomp_id(U.decomposition(u))
    r_old = record_of(OLD, c, False)
    d_old = decomp_id(OLD.decomposition(u))
    if (r_old[:-1], d_old) != (records[rec52[c]][:-1], dec52[c]):
        old_pairs[c] = (record_id(r_old), d_old)
    # Every character has a name exactly when its category says it is assigned and not a
    # control, surrogate or private-use character; the Rust side relies on this.
    for db in (U, OLD):
        assert (db.name(u, None) is not None) == (db.category(u) not in NAMELESS), hex(c)

old_ranges = []
for c in xrange(NCP):
    p = old_pairs[c]
    if p is None:
        continue
    if old_ranges and old_ranges[-1][1] == c - 1 and tuple(old_ranges[-1][2:]) == p:
        old_ranges[-1][1] = c
    else:
        old_ranges.append([c, c, p[0], p[1]])


def full_decomp(db, c, compat):
    s = db.decomposition(unichr(c))
    if not s or (s.startswith('<') and not compat):
        return [c]
    out = []
    for p in s.split():
        if not p.startswith('<'):
            out.extend(full_decomp(db, int(p, 16), compat))
    return out


# Normalization corrections of ucd_3_2_0: a character whose NFD is one other character that its
# own decomposition does not give.
corrections = []
for c in xrange(NCP):
    if 0xAC00 <= c <= 0xD7A3:
        continue
    n = OLD.normalize('NFD', unichr(c))
    if [ord(x) for x in n] != full_decomp(OLD, c, False):
        assert len(n) == 1, hex(c)
        corrections.append((c, ord(n)))
assert len(corrections) < 20

# Canonical composition pairs: a two-character canonical decomposition whose character NFC keeps.
compositions = []
for c in xrange(NCP):
    s = U.decomposition(unichr(c))
    if s and not s.startswith('<') and len(s.split()) == 2 and U.normalize('NFC', unichr(c)) == unichr(c):
        a, b = [int(p, 16) for p in s.split()]
        compositions.append((a, b, c))
compositions.sort()


def split_bins(t):
    """(shift, index1, index2) with t[c] == index2[(index1[c >> shift] << shift) + (c & mask)],
    choosing the shift that makes the two arrays smallest."""
    best = None
    for shift in range(3, 12):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for i in xrange(0, len(t), size):
            blk = tuple(t[i:i + size])
            if blk not in blocks:
                blocks[blk] = len(blocks)
                index2.extend(blk)
            index1.append(blocks[blk])
        cost = len(index1) * (1 if len(blocks) < 256 else 2) + len(index2) * (1 if max(t) < 256 else 2)
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


def int_type(values):
    m = max(values)
    return 'u8' if m < 256 else 'u16' if m < 65536 else 'u32'


def emit_array(name, values, doc, fmt='%d', per_line=None):
    ty = int_type(values)
    print '/// %s' % doc
    print 'pub const %s: [%s; %d] = [' % (name, ty, len(values))
    width = per_line or (24 if ty == 'u8' else 16)
    for i in xrange(0, len(values), width):
        print '    ' + ', '.join(fmt % v for v in values[i:i + width]) + ','
    print '];'


def hexs(s):
    return ' '.join('%X' % ord(x) for x in s)


def line(db, c):
    """Everything the database says about c, as the unit test formats it."""
    u = unichr(c)
    num = db.numeric(u, None)
    dec = db.decimal(u, None)
    dig = db.digit(u, None)
    return '%X|%s|%s|%d|%s|%d|%s|%s|%s|%s|%s|%s|%s|%s|%s\n' % (
        c, db.category(u), db.bidirectional(u), db.combining(u), db.east_asian_width(u),
        db.mirrored(u), '-' if dec is None else dec, '-' if dig is None else dig,
        '-' if num is None else struct.pack('>d', num).encode('hex'),
        db.decomposition(u), db.name(u, '-'),
        hexs(db.normalize('NFC', u)), hexs(db.normalize('NFD', u)),
        hexs(db.normalize('NFKC', u)), hexs(db.normalize('NFKD', u)))


def fnv(data, h=0xcbf29ce484222325):
    for ch in data:
        h = ((h ^ ord(ch)) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


CHECK_BLOCK = 4096
checksums = {}
for name, db in (('NEW', U), ('OLD', OLD)):
    sums = []
    for b in xrange(0, NCP, CHECK_BLOCK):
        h = 0xcbf29ce484222325
        for c in xrange(b, b + CHECK_BLOCK):
            h = fnv(line(db, c), h)
        sums.append(h)
    checksums[name] = sums

print '// GENERATED by gen_unicodedata.py under CPython 2.7.18 (Unicode %s); do not edit.' % U.unidata_version
print '//   PYENV_VERSION=2.7.18 python2.7 gen_unicodedata.py > unicodedata_tables.rs'
print '//! The Unicode 5.2.0 database (and its 3.2.0 differences) read by `unicodedata.rs`; the'
print '//! comment at the top of gen_unicodedata.py says what each table holds.'
print
print '#![allow(clippy::unreadable_literal)]'
print
print 'pub const CATEGORY_NAMES: [&str; %d] = [%s];' % (len(CATEGORIES), ', '.join('"%s"' % x for x in CATEGORIES))
print 'pub const BIDI_NAMES: [&str; %d] = [%s];' % (len(BIDIS), ', '.join('"%s"' % x for x in BIDIS))
print 'pub const WIDTH_NAMES: [&str; %d] = [%s];' % (len(WIDTHS), ', '.join('"%s"' % x for x in WIDTHS))
print 'pub const DECOMP_PREFIXES: [&str; %d] = [%s];' % (len(PREFIXES), ', '.join('"%s"' % x for x in PREFIXES))
print '/// The categories that have no character names.'
print 'pub const NAMELESS: [u8; %d] = [%s];' % (len(NAMELESS), ', '.join(str(CATEGORIES.index(x)) for x in NAMELESS))
print
print '/// The distinct `numeric` values; index 0 is "none".'
print 'pub const NUMERIC_VALUES: [f64; %d] = [' % len(numerics)
print '    0.0,'
for v in numerics[1:]:
    print '    %r,' % v
print '];'
print
print '/// One property record: category, bidirectional, combining, east_asian_width (indexes into'
print '/// the name tables), mirrored, decimal (-1: none), digit (-1: none), numeric (index into'
print '/// `NUMERIC_VALUES`), quick-check bits (1 << i: `normalize(FORMS[i], s)` may return `s`'
print '/// when every character of `s` has the bit, for NFC, NFD, NFKC, NFKD).'
print '#[derive(Clone, Copy, Debug, PartialEq, Eq)]'
print 'pub struct Record(pub u8, pub u8, pub u8, pub u8, pub u8, pub i8, pub i8, pub u16, pub u8);'
print 'pub const RECORDS: [Record; %d] = [' % len(records)
for r in records:
    print '    Record(%s),' % ', '.join(str(x) for x in r)
print '];'
print
shift, i1, i2 = split_bins(rec52)
print 'pub const RECORD_SHIFT: u32 = %d;' % shift
emit_array('RECORD_INDEX1', i1, 'Block number of each `1 << RECORD_SHIFT` code points.')
emit_array('RECORD_INDEX2', i2, 'Record index of each code point, block by block.')
print
shift, i1, i2 = split_bins(dec52)
print 'pub const DECOMP_SHIFT: u32 = %d;' % shift
emit_array('DECOMP_INDEX1', i1, 'Block number of each `1 << DECOMP_SHIFT` code points.')
emit_array('DECOMP_INDEX2', i2, 'Offset in `DECOMP_DATA` of each code point, block by block.')
emit_array('DECOMP_DATA', decomp_data, 'Decompositions: header (prefix | length << 8), then the code points; offset 0 is none.', '0x%X', 12)
print
print '/// ucd_3_2_0: (first, last, record, decomposition offset) where it differs from 5.2.0.'
print 'pub const OLD_RANGES: [(u32, u32, u16, u16); %d] = [' % len(old_ranges)
for a, b, r, d in old_ranges:
    print '    (0x%X, 0x%X, %d, %d),' % (a, b, r, d)
print '];'
print '/// ucd_3_2_0 normalization corrections: (character, what NFD turns it into).'
print 'pub const OLD_CORRECTIONS: [(u32, u32); %d] = [' % len(corrections)
for a, b in corrections:
    print '    (0x%X, 0x%X),' % (a, b)
print '];'
print '/// Canonical compositions (first, second, composite), sorted.'
print 'pub const COMPOSITIONS: [(u32, u32, u32); %d] = [' % len(compositions)
for a, b, c in compositions:
    print '    (0x%X, 0x%X, 0x%X),' % (a, b, c)
print '];'
print
print '/// For the unit test: FNV-1a 64 of the lines (see `line` in gen_unicodedata.py) of each'
print '/// %d code points, for unicodedata (NEW) and ucd_3_2_0 (OLD).' % CHECK_BLOCK
print '#[cfg(test)]'
print 'pub const CHECK_BLOCK: u32 = %d;' % CHECK_BLOCK
for name in ('NEW', 'OLD'):
    print '#[cfg(test)]'
    print 'pub const CHECKSUMS_%s: [u64; %d] = [' % (name, len(checksums[name]))
    for i in xrange(0, len(checksums[name]), 4):
        print '    ' + ', '.join('0x%016x' % v for v in checksums[name][i:i + 4]) + ','
    print '];'
samples = [0x0, 0x41, 0xBD, 0xC5, 0x1E9B, 0x2160, 0x3405, 0x9FCB, 0x9FCC, 0xAC00, 0xD7A3, 0xF951,
           0xFDFA, 0xFB01, 0x1D15E, 0x2F868, 0x10FFFF, 0x0344, 0x0F73, 0x2126, 0x212B, 0x0660,
           0x00B2, 0x2460, 0x5146, 0x1F100, 0x0F0B, 0x20000]
print '/// For the unit test: the lines of a few code points, (unicodedata, ucd_3_2_0).'
print '#[cfg(test)]'
print 'pub const SAMPLE_LINES: [(&str, &str); %d] = [' % len(samples)
for c in samples:
    print '    (%s, %s),' % tuple('"%s"' % line(db, c).rstrip('\n').encode('string_escape') for db in (U, OLD))
print '];'
