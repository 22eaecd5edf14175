//! Collections that free only what CPython's reference counting would have freed.
//!
//! CPython frees an object when its last reference goes, except objects in reference cycles (and
//! everything they reach), which wait for the cycle collector (`gc.collect()` or its automatic
//! runs). The runtime's prompt-release collections emulate the first half: after marking from the
//! roots, [`keep_cyclic_garbage`] finds the unreachable objects that lie on a cycle of unreachable
//! objects (a strongly connected component of two or more, or one referring to itself) and marks
//! them and all they reach, so this collection frees, finalizes and clears weak references to the
//! acyclic garbage only.
//!
//! Cost: linear in the unreachable objects and their references (Tarjan's algorithm, iterative,
//! so no native recursion); the graph lives in Rust vectors for this collection only.

use std::collections::HashMap;

use super::mark::Marker;

/// Marks (for this collection) every unreachable object on or reachable from a cycle of
/// unreachable objects. Call after marking from the roots, before weak slots and finalizers.
pub(crate) fn keep_cyclic_garbage(m: &mut Marker) {
    let nodes = m.unmarked();
    let n = nodes.len();
    if n == 0 {
        return;
    }
    let index: HashMap<usize, u32> = nodes
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, i as u32))
        .collect();
    // The unreachable subgraph, as compressed adjacency lists.
    let mut offs: Vec<u32> = Vec::with_capacity(n + 1);
    let mut edges: Vec<u32> = Vec::new();
    let mut buf = Vec::new();
    offs.push(0);
    for &s in &nodes {
        m.children_of(s as *mut u8, &mut buf);
        edges.extend(buf.iter().filter_map(|c| index.get(c).copied()));
        offs.push(edges.len() as u32);
    }
    for i in strongly_cyclic(&offs, &edges) {
        m.mark(nodes[i as usize] as *mut u8);
    }
}

/// The nodes that belong to a cycle: members of a strongly connected component with two or more
/// nodes, or with an edge to itself (Tarjan's algorithm with an explicit call stack).
fn strongly_cyclic(offs: &[u32], edges: &[u32]) -> Vec<u32> {
    const UNSEEN: u32 = u32::MAX;
    let n = offs.len() - 1;
    let mut order = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    let mut calls: Vec<(u32, u32)> = Vec::new();
    let mut counter = 0u32;
    let mut cyclic = Vec::new();
    for root in 0..n as u32 {
        if order[root as usize] != UNSEEN {
            continue;
        }
        macro_rules! enter {
            ($v:expr) => {{
                let v: u32 = $v;
                order[v as usize] = counter;
                low[v as usize] = counter;
                counter += 1;
                stack.push(v);
                on_stack[v as usize] = true;
                calls.push((v, offs[v as usize]));
            }};
        }
        enter!(root);
        while let Some(&(v, e)) = calls.last() {
            let vi = v as usize;
            if e < offs[vi + 1] {
                calls.last_mut().expect("non-empty").1 += 1;
                let w = edges[e as usize];
                let wi = w as usize;
                if order[wi] == UNSEEN {
                    enter!(w);
                } else if on_stack[wi] {
                    low[vi] = low[vi].min(order[wi]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(p, _)) = calls.last() {
                low[p as usize] = low[p as usize].min(low[vi]);
            }
            if low[vi] == order[vi] {
                let start = stack.iter().rposition(|&x| x == v).expect("on stack");
                let scc: Vec<u32> = stack.drain(start..).collect();
                scc.iter().for_each(|&x| on_stack[x as usize] = false);
                let self_loop = || edges[offs[vi] as usize..offs[vi + 1] as usize].contains(&v);
                if scc.len() > 1 || self_loop() {
                    cyclic.extend(scc);
                }
            }
        }
    }
    cyclic
}

#[cfg(test)]
mod tests {
    use super::strongly_cyclic;

    fn graph(n: usize, e: &[(u32, u32)]) -> (Vec<u32>, Vec<u32>) {
        let mut offs = vec![0u32];
        let mut edges = Vec::new();
        for v in 0..n as u32 {
            edges.extend(e.iter().filter(|x| x.0 == v).map(|x| x.1));
            offs.push(edges.len() as u32);
        }
        (offs, edges)
    }

    #[test]
    fn finds_cycles_not_chains() {
        // 0 -> 1 -> 2 -> 0 is a cycle; 2 -> 3 -> 4 a chain hanging off it; 5 refers to itself;
        // 6 -> 7 a plain chain.
        let (o, e) = graph(8, &[(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (5, 5), (6, 7)]);
        let mut c = strongly_cyclic(&o, &e);
        c.sort();
        assert_eq!(c, vec![0, 1, 2, 5]);
    }

    #[test]
    fn long_chain_does_not_recurse() {
        let n = 200_000u32;
        let e: Vec<(u32, u32)> = (0..n - 1).map(|i| (i, i + 1)).chain([(n - 1, 0)]).collect();
        let (o, ed) = graph(n as usize, &e);
        assert_eq!(strongly_cyclic(&o, &ed).len(), n as usize);
    }
}
