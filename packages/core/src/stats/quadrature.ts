/** Nodes and weights of an n-point Gauss–Legendre rule on [a, b]. */
export interface QuadratureRule {
  nodes: Float64Array;
  weights: Float64Array;
}

const cache = new Map<number, QuadratureRule>();

// Newton iteration on the Legendre three-term recurrence (Golub & Welsch 1969 give the same rule).
function legendreOnUnitInterval(n: number): QuadratureRule {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    const w = 2 / ((1 - x * x) * derivative * derivative);
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = w;
    weights[n - 1 - i] = w;
  }
  return { nodes, weights };
}

export function gaussLegendre(n: number, a: number, b: number): QuadratureRule {
  let unit = cache.get(n);
  if (!unit) {
    unit = legendreOnUnitInterval(n);
    cache.set(n, unit);
  }
  const half = (b - a) / 2;
  const mid = (a + b) / 2;
  return {
    nodes: unit.nodes.map((x) => mid + half * x),
    weights: unit.weights.map((w) => half * w),
  };
}
