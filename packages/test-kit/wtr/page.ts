/**
 * Browser-side helpers for what only the DevTools protocol can do: Windows contrast themes, the
 * reader's own font size, and real screenshots. Import from test files as `@leerbudget/test-kit/page`.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Switches Chromium's `forced-colors` media feature (Windows contrast themes) on or off. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('lb-forced-colors', { active });
}

/** Sets the browser's default font size (the reader's own setting); 16 is Chromium's default. */
export async function setBrowserFontSize(pixels: number): Promise<void> {
  await executeServerCommand('lb-font-size', { pixels });
}

/** A real screenshot of one element's box (what the reader sees, forced colours included), as pixels. */
export async function screenshotPixels(element: Element): Promise<ImageData> {
  const box = element.getBoundingClientRect();
  const clip = { x: box.left, y: box.top, width: Math.max(1, box.width), height: Math.max(1, box.height) };
  const base64 = await executeServerCommand<string, unknown>('lb-screenshot', { clip });
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}
