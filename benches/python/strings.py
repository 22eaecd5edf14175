# String building and %-formatting: records formatted with %s/%d/%f/%x, joined, split,
# searched, replaced and case-mapped; a simple rolling hash over the result.
# Usage: strings.py [N]   (default N=200000 records; prints sizes, counts and hashes)
import sys

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def make_records(n):
    lines = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        lines.append("%-8s|%06d|%8.3f|%x|%s" % (name, i, i / 7.0, i * 37, name[::-1].upper()))
    return lines


def string_hash(s):
    h = 0
    for ch in s[:2000]:
        h = (h * 131 + ord(ch)) & 0xffffffff
    return h


def transform(lines):
    out = []
    for line in lines:
        fields = line.split("|")
        name = fields[0].strip()
        num = int(fields[1])
        if num % 3 == 0:
            out.append(name.capitalize() + ":" + fields[3])
        elif name.startswith("d") or name.endswith("o"):
            out.append(fields[4].lower().replace("a", "@") + "/" + fields[2].strip())
        else:
            out.append("<%s %s>" % (name, fields[1].lstrip("0") or "0"))
    return out


def concat_loop(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 500:
            s = s[250:]
    return s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    lines = make_records(n)
    text = "\n".join(lines)
    print "records: %d, text length: %d" % (len(lines), len(text))
    print "first: %r" % lines[0]
    print "last: %r" % lines[-1]
    print "count 'AHPLA': %d, find 'golf    |000102': %d" % (text.count("AHPLA"),
                                                            text.find("golf    |000102"))
    out = transform(lines)
    joined = ",".join(out)
    print "transformed length: %d, hash %d" % (len(joined), string_hash(joined))
    print "sample:", out[1], out[3], out[5]
    words = text.replace("|", " ").split()
    print "words: %d, distinct first letters: %s" % (
        len(words), "".join(sorted(set([w[0] for w in words]))))
    print "tail of concat loop: %s" % concat_loop(n * 3)[-20:]


main()
