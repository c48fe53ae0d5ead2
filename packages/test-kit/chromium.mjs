// How every headless Chromium of this repository starts (tests and screenshots): Debian's chromium as
// root needs --no-sandbox, and without the network flags it keeps reaching for hosts this machine cannot reach.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
