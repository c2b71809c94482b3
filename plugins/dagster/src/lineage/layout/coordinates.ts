import type { LayerOrder } from './layerOrder';
import type { ProperGraph } from './virtualNodes';

const COORD_PASSES = 24;

/** Cross-axis centres of a component's nodes, the lowest border at 0. */
export interface Coordinates {
  coord: Float64Array;
  extent: number;
}

/** What placing one rank reads, writes (coord) and uses as scratch. */
interface PlacementState {
  g: ProperGraph;
  layers: LayerOrder;
  half: Float64Array;
  coord: Float64Array;
  offset: Float64Array;
  target: Float64Array;
  weight: Float64Array;
  blkStart: Int32Array;
  blkW: Float64Array;
  blkS: Float64Array;
}

/** Packs every rank at minimum separation, centred on 0. */
function packLayers(
  layers: LayerOrder,
  half: Float64Array,
  coord: Float64Array,
) {
  const { L, layerStart, order } = layers;
  for (let r = 0; r < L; r++) {
    let x = 0;
    const s = layerStart[r];
    const e = layerStart[r + 1];
    for (let i = s; i < e; i++) {
      const v = order[i];
      if (i > s) x += half[order[i - 1]] + half[v];
      coord[v] = x;
    }
    const shift = x / 2;
    for (let i = s; i < e; i++) coord[order[i]] -= shift;
  }
}

/**
 * Minimises sum w_e * (x_u - x_v)^2 over rank r with its neighbours fixed,
 * exactly, subject to the order and minimum separations.
 */
function placeLayer(st: PlacementState, r: number) {
  const { upStart, upAdj, upW, dnStart, dnAdj, dnW } = st.g;
  const { layerStart, order } = st.layers;
  const { half, coord, offset, target, weight, blkStart, blkW, blkS } = st;
  const s = layerStart[r];
  const len = layerStart[r + 1] - s;
  let off = 0;
  for (let j = 0; j < len; j++) {
    const v = order[s + j];
    if (j > 0) off += half[order[s + j - 1]] + half[v];
    offset[j] = off;
    let sw = 0;
    let sx = 0;
    for (let p = upStart[v]; p < upStart[v + 1]; p++) {
      sw += upW[p];
      sx += upW[p] * coord[upAdj[p]];
    }
    for (let p = dnStart[v]; p < dnStart[v + 1]; p++) {
      sw += dnW[p];
      sx += dnW[p] * coord[dnAdj[p]];
    }
    if (sw === 0) {
      weight[j] = 1e-3;
      target[j] = coord[v] - off;
    } else {
      weight[j] = sw;
      target[j] = sx / sw - off;
    }
  }
  // pool adjacent violators (weighted isotonic regression)
  let nb = 0;
  for (let j = 0; j < len; j++) {
    blkStart[nb] = j;
    blkW[nb] = weight[j];
    blkS[nb] = weight[j] * target[j];
    nb++;
    while (
      nb > 1 &&
      blkS[nb - 2] / blkW[nb - 2] >= blkS[nb - 1] / blkW[nb - 1]
    ) {
      blkW[nb - 2] += blkW[nb - 1];
      blkS[nb - 2] += blkS[nb - 1];
      nb--;
    }
  }
  blkStart[nb] = len;
  for (let b = 0; b < nb; b++) {
    const val = blkS[b] / blkW[b];
    for (let j = blkStart[b]; j < blkStart[b + 1]; j++) {
      coord[order[s + j]] = val + offset[j];
    }
  }
}

/**
 * Coordinate assignment: each rank is packed, then block coordinate descent
 * places ranks alternately forward and backward (see placeLayer).
 */
export function assignCoordinates(
  g: ProperGraph,
  layers: LayerOrder,
  crossSize: Float64Array,
  nodeSep: number,
  edgeSep: number,
): Coordinates {
  const { k, K } = g;
  const { L, maxLayer } = layers;
  const size = new Float64Array(K);
  const half = new Float64Array(K); // half node size + half separation
  for (let v = 0; v < K; v++) {
    if (v < k) {
      size[v] = crossSize[v];
      half[v] = crossSize[v] / 2 + nodeSep / 2;
    } else {
      half[v] = edgeSep / 2;
    }
  }
  const coord = new Float64Array(K);
  packLayers(layers, half, coord);
  if (L > 1) {
    const st: PlacementState = {
      g,
      layers,
      half,
      coord,
      offset: new Float64Array(maxLayer),
      target: new Float64Array(maxLayer),
      weight: new Float64Array(maxLayer),
      blkStart: new Int32Array(maxLayer + 1),
      blkW: new Float64Array(maxLayer),
      blkS: new Float64Array(maxLayer),
    };
    for (let pass = 0; pass < COORD_PASSES; pass++) {
      if (pass % 2 === 0) for (let r = 0; r < L; r++) placeLayer(st, r);
      else for (let r = L - 1; r >= 0; r--) placeLayer(st, r);
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (let v = 0; v < K; v++) {
    const a = coord[v] - size[v] / 2;
    const b = coord[v] + size[v] / 2;
    if (a < min) min = a;
    if (b > max) max = b;
  }
  for (let v = 0; v < K; v++) coord[v] -= min;
  return { coord, extent: max - min };
}
