// tools/measure-kdf-costs.js — run with `node tools/measure-kdf-costs.js`; prints the figures
// behind kKdfCosts and kScryptNsPerUnit in engine/node/modules/crypto.cpp.
// Per-digest PBKDF2 block cost and scrypt's per N·r·p cost, interleaved so machine load
// affects every row alike; the minimum of 15 rounds.
const c = require('crypto');
const rows = {md5: [16], sha1: [20], sha256: [32], sha384: [48], sha512: [64]};
const best = {};
const time = (f) => { const t = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - t); };
for (let r = 0; r < 15; r++) {
  for (const [d, [sz]] of Object.entries(rows)) {
    const ns = time(() => c.pbkdf2Sync('password', 'salt', 20000, sz, d)) / 20000;
    best[d] = Math.min(best[d] ?? Infinity, ns);
  }
  const ns = time(() => c.scryptSync('password', 'salt', 64, {N: 16384, r: 8, p: 1})) / (16384 * 8);
  best.scrypt = Math.min(best.scrypt ?? Infinity, ns);
  const k8 = time(() => c.pbkdf2Sync('p', 's', 20000, 512, 'sha512')) / 20000 / 8;
  best.sha512x8 = Math.min(best.sha512x8 ?? Infinity, k8);
}
for (const [k, v] of Object.entries(best)) console.log(k.padEnd(9), v.toFixed(0), 'ns', (v / best.sha512).toFixed(3));
