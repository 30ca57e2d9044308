// Works out the print edition's readings on the reader's figures, away from the page's thread.
import { bookReadings, type BookItem } from '../lib/book-readings';

self.onmessage = (event: MessageEvent<{ items: BookItem[]; profile: unknown; currency: unknown }>) => {
  const { items, profile, currency } = event.data;
  self.postMessage(bookReadings(items, profile, currency));
};
