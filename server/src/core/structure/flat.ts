import type { Provision } from '../types';

/**
 * The document order (pre-order) list of a document's provisions, remembered per root with the number of
 * top-level children it was made for: flatten (index.ts) makes and reads it, and the parser leaves the list
 * it built in passing (a provision is added under one on the current path, so the order of adding is the
 * pre-order), which spares flatten a walk over the tree it has just built.
 */
export const flattened = new WeakMap<Provision, { children: number; list: Provision[] }>();
