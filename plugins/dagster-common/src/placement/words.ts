/** Numbers as the reasons write them. */

export const minutesInWords = (minutes: number) =>
  `${Number(minutes.toFixed(1)).toLocaleString('en-GB')} min`;

export const mibInWords = (mib: number) => `${mib.toLocaleString('en-GB')} MiB`;

export const gbpInWords = (gbp: number) =>
  gbp < 0.01 ? 'under £0.01' : `£${gbp.toFixed(2)}`;
