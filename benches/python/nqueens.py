# N-queens: count every placement by backtracking with sets of attacked columns and diagonals,
# and list the first solutions found by a generator-based search over permutations.
# Usage: nqueens.py [N]   (default N=11; prints the solution count and the first solutions)
import sys


def count_solutions(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            found += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return found

    return place(0)


def solutions(n):
    """Yields each solution as a tuple of column indexes, one per row, in lexicographic order."""
    queens = []

    def extend(row):
        if row == n:
            yield tuple(queens)
            return
        for c in range(n):
            ok = True
            for r, qc in enumerate(queens):
                if qc == c or abs(qc - c) == row - r:
                    ok = False
                    break
            if ok:
                queens.append(c)
                for s in extend(row + 1):
                    yield s
                queens.pop()

    return extend(0)


def board(sol):
    return "/".join(["".join(["Q" if c == q else "." for c in range(len(sol))]) for q in sol])


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    print "%d-queens: %d solutions" % (n, count_solutions(n))
    total = 0
    first = []
    for s in solutions(n):
        total += 1
        if len(first) < 3:
            first.append(s)
    print "generator search found %d" % total
    for s in first:
        print board(s)


main()
