'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import useSWR from 'swr';

export type LiveDataPollProps = {
  /** The datasets the page shows. */
  ids: readonly string[];
  /** Their versions (`/api/datasets/versions`), space-separated, as the server rendered the page. */
  version: string;
  /** What screen readers are told once the page shows new data, in the page's language. */
  updated: string;
};

/** How often an open data page asks whether its data changed, while the tab is visible. */
export const LIVE_DATA_INTERVAL_MS = 5_000;

/**
 * The datasets' current versions, space-separated. The answer is sent `no-cache` with an ETag, so the
 * browser asks again each time and mostly gets a 304.
 */
async function fetchVersion([, ids]: readonly [string, readonly string[]]): Promise<string> {
  const response = await fetch(`/api/datasets/versions?ids=${ids.map(encodeURIComponent).join(',')}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`GET /api/datasets/versions: ${response.status}`);
  const versions = (await response.json()) as Record<string, string>;
  return ids.map((id) => versions[id] ?? '').join(' ');
}

/**
 * Keeps a data page in step with the server's files: polls the datasets' versions and, when they differ
 * from what the page was rendered with, re-renders the page's server components in place
 * (`router.refresh()`: no reload, scroll, focus and client state such as an uploaded preview stay),
 * then says so in a polite live region.
 */
export function LiveDataPoll({ ids, version, updated }: LiveDataPollProps) {
  const router = useRouter();
  const refreshedFor = useRef<string | null>(null);
  useSWR(['live-data', ids] as const, fetchVersion, {
    fallbackData: version,
    refreshInterval: LIVE_DATA_INTERVAL_MS,
    refreshWhenHidden: false,
    refreshWhenOffline: false,
    revalidateOnFocus: true,
    // The next poll is the retry.
    shouldRetryOnError: false,
    onSuccess(current) {
      // Once per new answer: if the page re-rendered from a still newer reading, the next poll settles it.
      if (current === version || current === refreshedFor.current) return;
      refreshedFor.current = current;
      router.refresh();
    },
  });

  // Counts the renders with new data (React's "adjusting state when a prop changes"); each one
  // puts a new node in the live region, so a second update is announced too.
  const [shown, setShown] = useState(version);
  const [updates, setUpdates] = useState(0);
  if (version !== shown) {
    setShown(version);
    setUpdates(updates + 1);
  }
  return (
    <p className="visually-hidden" role="status" data-testid="live-data" data-updates={updates}>
      {updates > 0 ? <span key={updates}>{updated}</span> : null}
    </p>
  );
}
