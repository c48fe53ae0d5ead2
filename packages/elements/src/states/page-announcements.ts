/**
 * One spoken announcement per problem per page. When the API is down, three widgets show the same
 * error; a screen reader should hear it once, not three times. The first widget that renders a message
 * speaks it (its box keeps `role="alert"` or `role="status"`); the others show the same text silently,
 * until that widget no longer shows it or leaves the page.
 */

interface Rendering {
  owner: object;
  spoken: Set<string>;
}

/** Which widget speaks each message now. */
const speakers = new Map<string, object>();
let rendering: Rendering | undefined;

/**
 * Runs `render` for `owner` (a widget). Messages it no longer shows afterwards are free for another
 * widget to speak.
 */
export function withPageAnnouncements<T>(owner: object, render: () => T): T {
  const previous = rendering;
  const current: Rendering = { owner, spoken: new Set() };
  rendering = current;
  try {
    return render();
  } finally {
    rendering = previous;
    for (const [message, speaker] of speakers) {
      if (speaker === owner && !current.spoken.has(message)) speakers.delete(message);
    }
  }
}

/** Frees every message `owner` speaks, e.g. when it leaves the page. */
export function releasePageAnnouncements(owner: object): void {
  for (const [message, speaker] of speakers) if (speaker === owner) speakers.delete(message);
}

/**
 * Whether the widget being rendered should speak `message`: yes unless another widget on the page
 * already does. Outside {@link withPageAnnouncements} it always speaks.
 */
export function speaksFirst(message: string): boolean {
  if (!rendering) return true;
  const speaker = speakers.get(message);
  if (speaker !== undefined && speaker !== rendering.owner) return false;
  speakers.set(message, rendering.owner);
  rendering.spoken.add(message);
  return true;
}
