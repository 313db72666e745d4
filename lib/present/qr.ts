import QRCode from 'qrcode';

/** A QR code of `url` as SVG markup, black on white whatever the theme (scanners want the contrast), drawn here without any network. */
export function getQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
