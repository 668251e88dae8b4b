// Entries of ever new WeakMaps pile up on one key that stays alive: each costs heap, so the
// run stops at the heap limit instead of eating the machine's memory.
const key = {};
for (;;) new WeakMap().set(key, 1);
