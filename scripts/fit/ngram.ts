/**
 * Fitting the learned layer: L2-regularised logistic (complaint) or least-squares (anger) regression over the
 * hashed n-gram vectors of lib/detect/ngrams.ts, by AdaGrad over the documents in a seeded order. The same data
 * and options always give the same weights: no unseeded randomness, a fixed visiting order, plain float64.
 */
import { BUCKETS } from '../../lib/detect/ngrams';

export interface Doc {
  idx: Int32Array;
  val: Float32Array;
  /** target: 0/1 for a complaint, 0–3 for anger */
  y: number;
  /** sample weight (sources are weighed so the fit sees the mix the detector is judged on) */
  sw: number;
}

export interface NgramFitOptions {
  loss: 'logistic' | 'squared';
  lambda: number;
  epochs: number;
  lr: number;
  seed: number;
}

/** mulberry32: a small seeded PRNG, so the visiting order is the same on every run */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fitNgram(docs: readonly Doc[], o: NgramFitOptions): { w: Float64Array; bias: number } {
  const w = new Float64Array(BUCKETS);
  const g2 = new Float64Array(BUCKETS);
  const totalW = docs.reduce((s, d) => s + d.sw, 0) || 1;
  let bias = o.loss === 'squared' ? docs.reduce((s, d) => s + d.sw * d.y, 0) / totalW : 0;
  let gb = 0;
  const order = docs.map((_, i) => i);
  const rnd = prng(o.seed);
  const eps = 1e-8;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const d = docs[k]!;
      let z = bias;
      for (let t = 0; t < d.idx.length; t++) z += w[d.idx[t]!]! * d.val[t]!;
      const err = (o.loss === 'logistic' ? 1 / (1 + Math.exp(-z)) - d.y : z - d.y) * d.sw;
      for (let t = 0; t < d.idx.length; t++) {
        const b = d.idx[t]!;
        const grad = err * d.val[t]! + o.lambda * w[b]!;
        g2[b]! += grad * grad;
        w[b]! -= (o.lr * grad) / Math.sqrt(g2[b]! + eps);
      }
      gb += err * err;
      bias -= (o.lr * err) / Math.sqrt(gb + eps);
    }
  }
  return { w, bias };
}
