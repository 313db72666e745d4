'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DECK_CHANNEL, isSameDeck, readDeckMessage, type DeckMessage, type DeckRole, type SyncedDeck } from '@/lib/present/sync';

/**
 * Keeps this window's deck in step with the other deck windows of the browser (the presenter view and
 * the audience's full screen) through a BroadcastChannel: a move here is posted, a move there is
 * applied (clamped by `apply`), and a window that opens takes the position of the one already open.
 * Returns whether a window of the other role has been heard from (and not said goodbye).
 */
export function useDeckSync(role: DeckRole, deck: SyncedDeck, apply: (deck: SyncedDeck) => void): boolean {
  const [connected, setConnected] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  // The last state heard or said, so a state applied from the channel is not posted back.
  const synced = useRef<SyncedDeck>(deck);
  const latest = useRef({ deck, apply });
  useLayoutEffect(() => {
    latest.current = { deck, apply };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const open = new BroadcastChannel(DECK_CHANNEL);
    channel.current = open;
    const post = (message: DeckMessage) => open.postMessage(message);
    open.onmessage = (event: MessageEvent) => {
      const message = readDeckMessage(event.data);
      if (!message || message.from === role) return;
      setConnected(message.type !== 'bye');
      if (message.type === 'hello') post({ type: 'state', from: role, deck: latest.current.deck });
      if (message.type === 'state' && !isSameDeck(message.deck, latest.current.deck)) {
        synced.current = message.deck;
        latest.current.apply(message.deck);
      }
    };
    post({ type: 'hello', from: role });
    const bye = () => post({ type: 'bye', from: role });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      open.close();
      channel.current = null;
    };
  }, [role]);

  useEffect(() => {
    if (isSameDeck(deck, synced.current)) return;
    synced.current = deck;
    channel.current?.postMessage({ type: 'state', from: role, deck } satisfies DeckMessage);
  }, [deck, role]);

  return connected;
}
