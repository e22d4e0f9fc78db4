/** Waiting on what a rendered note shows, for browser tests. */

/** Polls `check` every 50 ms until it holds; fails after 5 s naming `what`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The names the mentions under `scope` show, in order. */
export function mentionsShown(scope: string): (string | null)[] {
  return [...document.querySelectorAll(`${scope} .note-mention`)].map((element) => element.textContent);
}

/** Waits until the mentions under `scope` read exactly `names`. */
export function waitForMentions(scope: string, ...names: string[]): Promise<void> {
  return waitUntil(
    () => JSON.stringify(mentionsShown(scope)) === JSON.stringify(names),
    `the mentions to read ${names.join(', ')} (they show ${JSON.stringify(mentionsShown(scope))})`,
  );
}
