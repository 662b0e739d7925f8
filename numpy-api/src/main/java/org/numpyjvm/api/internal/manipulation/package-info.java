/**
 * NumPy's array-manipulation routines, one class per concept: {@link
 * org.numpyjvm.api.internal.manipulation.Dims} (squeeze, expand_dims, atleast_nd: views),
 * {@link org.numpyjvm.api.internal.manipulation.Joining} and {@link
 * org.numpyjvm.api.internal.manipulation.Block} (concatenate, stack, *stack, block), {@link
 * org.numpyjvm.api.internal.manipulation.Splitting} (split family: views), {@link
 * org.numpyjvm.api.internal.manipulation.Tiling} (tile, repeat, resize), {@link
 * org.numpyjvm.api.internal.manipulation.Rearranging} (flip, rot90: views; roll), {@link
 * org.numpyjvm.api.internal.manipulation.AddRemove} (append, insert, delete, trim_zeros), {@link
 * org.numpyjvm.api.internal.manipulation.Padding} with {@link
 * org.numpyjvm.api.internal.manipulation.PadStats} (pad, every mode), {@link
 * org.numpyjvm.api.internal.manipulation.IndexArithmetic} (unravel_index, ravel_multi_index,
 * tril/triu_indices). {@link org.numpyjvm.api.internal.manipulation.Views} holds the shared
 * stride arithmetic and NumPy's result-layout rules, {@link
 * org.numpyjvm.api.internal.manipulation.AxisCopy} the copy kernel of insert/delete, and {@link
 * org.numpyjvm.api.internal.manipulation.ManipulationNamespace} the dynamic-layer entries.
 *
 * <p>Views and copies follow NumPy exactly (checked with {@code np.shares_memory} in the golden
 * data), and so does the memory layout of new results (C/F contiguity: the inputs' stride order
 * for concatenate and roll, Fortran order for Fortran inputs of insert/delete/pad).
 */
package org.numpyjvm.api.internal.manipulation;
