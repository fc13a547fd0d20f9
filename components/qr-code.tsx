import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';

export interface QrCodeProps {
  /** What the code holds (here an `sms:` URI). */
  value: string;
  /** Accessible name of the image. */
  label: string;
  /**
   * Rendered width and height in CSS pixels. By default about 3 px per module (what phone
   * cameras read comfortably off a laptop screen), between 160 and 320 px.
   */
  size?: number;
}

/**
 * Turns the module matrix into one SVG path: a 1x1 square per dark module. Pure, so it is
 * tested on its own; built as a path string for Preact, never as markup (no innerHTML).
 */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/**
 * A QR code drawn as SVG from uqr's matrix. Dark on white in both colour schemes: phone
 * cameras read dark-on-light codes most reliably.
 */
export function QrCode({ value, label, size }: QrCodeProps) {
  // Low error correction gives the most room for a long prefilled message.
  const qr = useMemo(() => encode(value, { ecc: 'L', border: 2 }), [value]);
  const pixels = size ?? Math.min(320, Math.max(160, qr.size * 3));
  return (
    <svg
      class="which-soc-qr"
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qrPath(qr.data)} fill="#000" />
    </svg>
  );
}
