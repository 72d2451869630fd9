#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes vectors.json: Merkle tree roots, audit paths and consistency proofs.

An implementation independent of sync/merkletree.cpp, written from RFC 6962 §2.1
(MTH, PATH, PROOF and SUBPROOF) with hashlib only, so that tst_logcommand checks the
C++ code against a second reading of the RFC rather than against itself.

    python3 tests/data/merkle/make_vectors.py > tests/data/merkle/vectors.json
"""
import hashlib
import json
import sys

SIZES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129]


def sha256(data):
    return hashlib.sha256(data).digest()


def leaf_hash(data):
    return sha256(b"\x00" + data)


def node_hash(left, right):
    return sha256(b"\x01" + left + right)


def split(n):
    """The largest power of two smaller than n (n > 1)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


# The functions below take the leaf hashes (D[n] already through leaf_hash), so a
# subtree D[a:b] is the slice leaves[a:b].

def mth(leaves):
    n = len(leaves)
    if n == 0:
        return sha256(b"")
    if n == 1:
        return leaves[0]
    k = split(n)
    return node_hash(mth(leaves[:k]), mth(leaves[k:]))


def path(m, leaves):
    """RFC 6962 §2.1.1 PATH(m, D[n])."""
    n = len(leaves)
    if n == 1:
        return []
    k = split(n)
    if m < k:
        return path(m, leaves[:k]) + [mth(leaves[k:])]
    return path(m - k, leaves[k:]) + [mth(leaves[:k])]


def subproof(m, leaves, b):
    """RFC 6962 §2.1.2 SUBPROOF(m, D[n], b)."""
    n = len(leaves)
    if m == n:
        return [] if b else [mth(leaves)]
    k = split(n)
    if m <= k:
        return subproof(m, leaves[:k], b) + [mth(leaves[k:])]
    return subproof(m - k, leaves[k:], False) + [mth(leaves[:k])]


def proof(m, leaves):
    """RFC 6962 §2.1.2 PROOF(m, D[n]); empty for m = 0 and m = n, which the RFC leaves out."""
    if m == 0 or m == len(leaves):
        return []
    return subproof(m, leaves, True)


# What a verifier can conclude from a proof given with other sizes than its own (and the
# roots of its own): the roots are rebuilt along the recursion of PATH or SUBPROOF for the
# sizes claimed. RFC 9162's verifiers do the same with bit arithmetic, so they accept a
# proof for every claim whose recursion hashes the same way; tst_logcommand checks that
# MerkleTree agrees, claim by claim.

def rebuilt_root(leaf, m, n, hashes):
    """The root PATH(m, D[n]) leads to from `leaf`, or None when it has the wrong length."""
    def sides(m, n):
        if n == 1:
            return []
        k = split(n)
        return sides(m, k) + ["right"] if m < k else sides(m - k, n - k) + ["left"]
    order = sides(m, n)
    if len(order) != len(hashes):
        return None
    r = leaf
    for side, h in zip(order, hashes):
        r = node_hash(r, h) if side == "right" else node_hash(h, r)
    return r


def rebuilt_roots(m, n, old_root, hashes):
    """The (old, new) roots PROOF(m, D[n]) leads to, or None when it has the wrong length.
    The old tree is known to the verifier, so where SUBPROOF lists nothing for it (b true)
    its root stands in."""
    rest = list(hashes)

    def take():
        if not rest:
            raise IndexError
        return rest.pop(0)

    def sub(m, n, b):
        if m == n:
            if b:
                return old_root, old_root
            h = take()
            return h, h
        k = split(n)
        if m <= k:
            old, new = sub(m, k, b)
            return old, node_hash(new, take())
        old, new = sub(m - k, n - k, False)
        left = take()
        return node_hash(left, old), node_hash(left, new)

    try:
        roots = sub(m, n, True)
    except IndexError:
        return None
    return roots if not rest else None


def include_claims(leaves, m, n, hashes, root):
    """[size, accepted] for the same leaf, proof and root claimed in trees of other sizes."""
    claims = []
    for other in sorted({n - 1, n + 1, 2 * n}):
        if other > m and other != n:
            claims.append([other, rebuilt_root(leaves[m], m, other, hashes) == root])
    return claims


def extend_claims(m, n, hashes, old_root, new_root):
    """[old, new, accepted] for the same proof and roots claimed between other sizes. An
    empty old tree is extended by every tree (the RFC leaves it out; MerkleTree's rule)."""
    claims = []
    for old, new in sorted({(m - 1, n), (m + 1, n), (m, n - 1), (m, n + 1), (m, n + 2),
                            (m, 2 * n)}):
        if 0 <= old <= new and (old, new) != (m, n):
            accepted = (not hashes if old == 0
                        else rebuilt_roots(old, new, old_root, hashes) == (old_root, new_root))
            claims.append([old, new, accepted])
    return claims


def indexes(n):
    """First, last, middle, and each power of two below n with its neighbours."""
    chosen = {0, n - 1, n // 2}
    p = 1
    while p < n:
        chosen.update({p - 1, p, p + 1})
        p *= 2
    return sorted(i for i in chosen if 0 <= i < n)


def hexes(hashes):
    return [h.hex() for h in hashes]


def main():
    count = max(SIZES)
    leaves = [leaf_hash(str(i).encode()) for i in range(count)]
    inclusion = []
    consistency = []
    for n in SIZES:
        root = mth(leaves[:n])
        for m in indexes(n):
            hashes = path(m, leaves[:n])
            inclusion.append({"index": m, "size": n, "proof": hexes(hashes),
                              "otherSizes": include_claims(leaves, m, n, hashes, root)})
        for old in SIZES:
            if old <= n:
                hashes = proof(old, leaves[:n])
                consistency.append({"oldSize": old, "newSize": n, "proof": hexes(hashes),
                                    "otherSizes": extend_claims(old, n, hashes,
                                                                mth(leaves[:old]), root)})
    # One object a line: small diffs, and still plain JSON.
    out = sys.stdout
    out.write("{\n")
    out.write(' "leafData": "the UTF-8 bytes of str(i) for leaf i",\n')
    out.write(' "leafHashes": %s,\n' % json.dumps(hexes(leaves)))
    out.write(' "sizes": %s,\n' % json.dumps(SIZES))
    out.write(' "roots": %s,\n' % json.dumps([mth(leaves[:n]).hex() for n in range(count + 1)]))
    for name, items in (("inclusion", inclusion), ("consistency", consistency)):
        out.write(' "%s": [\n' % name)
        out.write(",\n".join("  " + json.dumps(item) for item in items))
        out.write("\n ]%s\n" % ("," if name == "inclusion" else ""))
    out.write("}\n")


if __name__ == "__main__":
    main()
