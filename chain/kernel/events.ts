/** ABCI events: a type and ordered string attributes (CometBFT 0.37+ carries plain strings). */
export interface EventAttribute {
  key: string;
  value: string;
  /** Indexed for tx_search (CometBFT `index` flag); true unless a module says otherwise. */
  index: boolean;
}

export interface Event {
  type: string;
  attributes: EventAttribute[];
}

export function event(type: string, attrs: Record<string, string> | [string, string][]): Event {
  const entries = Array.isArray(attrs) ? attrs : Object.entries(attrs);
  return { type, attributes: entries.map(([key, value]) => ({ key, value, index: true })) };
}

/** Collects the events of one execution scope; a branch gets its own manager and is merged on success. */
export class EventManager {
  readonly events: Event[] = [];
  emit(e: Event): void {
    this.events.push(e);
  }
  emitAll(list: readonly Event[]): void {
    for (const e of list) this.events.push(e);
  }
}

/** First value of `type.key` among `events` (test and client convenience). */
export function findAttribute(events: readonly Event[], type: string, key: string): string | undefined {
  for (const e of events) if (e.type === type) for (const a of e.attributes) if (a.key === key) return a.value;
  return undefined;
}
