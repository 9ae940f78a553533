/**
 * Solves A x = b for a dense n×n matrix (row-major, overwritten) by Gaussian elimination with partial
 * pivoting (Golub & Van Loan, Matrix Computations, alg. 3.4.1).
 */
export function solveDense(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row * n + col] as number) > Math.abs(a[pivot * n + col] as number)) pivot = row;
    }
    if (pivot !== col) {
      for (let k = 0; k < n; k++) swap(a, col * n + k, pivot * n + k);
      swap(x, col, pivot);
    }
    const diagonal = a[col * n + col] as number;
    for (let row = col + 1; row < n; row++) {
      const factor = (a[row * n + col] as number) / diagonal;
      if (factor === 0) continue;
      for (let k = col; k < n; k++)
        a[row * n + k] = (a[row * n + k] as number) - factor * (a[col * n + k] as number);
      x[row] = (x[row] as number) - factor * (x[col] as number);
    }
  }
  return backSubstitute(a, x, n, n);
}

/**
 * Solves A x = b for a banded matrix without pivoting, stable for the nonsingular M-matrices I − Q of
 * absorbing Markov chains (Golub & Van Loan alg. 4.3.1). `band` (overwritten) holds row i's columns
 * i − lower … i + upper at band[i·(lower + upper + 1) + j − i + lower].
 */
export function solveBanded(
  n: number,
  lower: number,
  upper: number,
  band: Float64Array,
  b: Float64Array,
): Float64Array {
  const width = lower + upper + 1;
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    const pivotOffset = col * width - col + lower;
    const diagonal = band[pivotOffset + col] as number;
    const lastRow = Math.min(n - 1, col + lower);
    const lastCol = Math.min(n - 1, col + upper);
    for (let row = col + 1; row <= lastRow; row++) {
      const offset = row * width - row + lower;
      const factor = (band[offset + col] as number) / diagonal;
      if (factor === 0) continue;
      for (let k = col; k <= lastCol; k++) {
        band[offset + k] = (band[offset + k] as number) - factor * (band[pivotOffset + k] as number);
      }
      x[row] = (x[row] as number) - factor * (x[col] as number);
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    const offset = row * width - row + lower;
    let sum = x[row] as number;
    for (let k = row + 1; k <= Math.min(n - 1, row + upper); k++)
      sum -= (band[offset + k] as number) * (x[k] as number);
    x[row] = sum / (band[offset + row] as number);
  }
  return x;
}

function backSubstitute(a: Float64Array, x: Float64Array, n: number, stride: number): Float64Array {
  for (let row = n - 1; row >= 0; row--) {
    let sum = x[row] as number;
    for (let k = row + 1; k < n; k++) sum -= (a[row * stride + k] as number) * (x[k] as number);
    x[row] = sum / (a[row * stride + row] as number);
  }
  return x;
}

function swap(array: Float64Array, i: number, j: number): void {
  const t = array[i] as number;
  array[i] = array[j] as number;
  array[j] = t;
}
