import { encode } from 'uqr';

/** Props of QrCode. */
export interface QrCodeProps {
  /** What the code opens: the app's address, or a tel: link. */
  text: string;
  /** Accessible name of the picture. */
  label: string;
}

/** A QR code drawn on the device as SVG: nothing is sent anywhere to make it. */
export function QrCode({ text, label }: QrCodeProps) {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x},${y}h1v1h-1z`;
    }),
  );
  return (
    <svg class="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
