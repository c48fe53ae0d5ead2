import { PNG } from 'pngjs';

/**
 * The two icons Teams asks for, drawn here so the package needs no binary files: a 192 px colour icon
 * (a white bar chart on the accent colour) and a 32 px outline icon (white on transparent).
 */
export function appIcons(): { color: Buffer; outline: Buffer } {
  return {
    color: draw(192, [31, 95, 173, 255], [255, 255, 255, 255]),
    outline: draw(32, [0, 0, 0, 0], [255, 255, 255, 255]),
  };
}

type Rgba = [number, number, number, number];

function draw(size: number, background: Rgba, mark: Rgba): Buffer {
  const png = new PNG({ width: size, height: size });
  // Three bars of rising height, like the meter: at 25 %, 45 % and 65 % across.
  const bars = [0.25, 0.45, 0.65].map((left, index) => ({ left, top: 0.6 - index * 0.15 }));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = x / size;
      const v = y / size;
      const inBar = bars.some(({ left, top }) => u >= left && u < left + 0.12 && v >= top && v < 0.8);
      png.data.set(inBar ? mark : background, (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}
