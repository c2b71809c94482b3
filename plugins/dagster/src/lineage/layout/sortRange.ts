/** Sorts arr[from, to) ascending in place. */
export function sortRange(arr: Int32Array, from: number, to: number) {
  const len = to - from;
  if (len < 2) return;
  if (len <= 24) {
    for (let i = from + 1; i < to; i++) {
      const x = arr[i];
      let j = i - 1;
      while (j >= from && arr[j] > x) {
        arr[j + 1] = arr[j];
        j--;
      }
      arr[j + 1] = x;
    }
    return;
  }
  arr.subarray(from, to).sort();
}
