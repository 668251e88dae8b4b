// tools/measure-zlib-costs.js — run with `node tools/measure-zlib-costs.js`; prints the
// figures behind kDeflateCost and kBrotliCost in engine/node/modules/zlib_ops.cpp.
// A compressor's time grows with the bytes it reads and, far more, with the bytes it has to
// write out (incompressible input is mostly literals), so it is modelled as a·in + b·out,
// fitted from a compressible and an incompressible input; a decompressor's as c·out. Default
// levels only. CPU time, rows interleaved so machine load affects each alike; the minimum of 15.
const z = require('zlib');
const crypto = require('crypto');
const size = 1 << 20;
const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(size / 32)).subarray(0, size);
const rand = crypto.randomBytes(size);
// CPU time of this thread's work (µs resolution), so other processes' load does not count.
const time = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) * 1e3; };
const kinds = {
  deflate: [z.deflateSync, z.inflateSync],
  brotli: [z.brotliCompressSync, z.brotliDecompressSync],
};
const best = {};
const keep = (k, ns) => { best[k] = Math.min(best[k] ?? Infinity, ns); };
for (let r = 0; r < 15; r++) {
  for (const [kind, [pack, unpack]] of Object.entries(kinds)) {
    for (const [name, input] of [['text', text], ['random', rand]]) {
      let out;
      keep(`${kind}.${name}.pack`, time(() => { out = pack(input); }));
      best[`${kind}.${name}.out`] = out.length;
      keep(`${kind}.${name}.unpack`, time(() => unpack(out)) / input.length);
    }
  }
}
for (const kind of Object.keys(kinds)) {
  // t_text = a·in + b·out_text, t_random = a·in + b·out_random: two equations, two unknowns.
  const tt = best[`${kind}.text.pack`], tr = best[`${kind}.random.pack`];
  const ot = best[`${kind}.text.out`], or = best[`${kind}.random.out`];
  const b = (tr - tt) / (or - ot), a = (tt - b * ot) / size;
  const c = Math.min(best[`${kind}.text.unpack`], best[`${kind}.random.unpack`]);
  console.log(`${kind}: compress ${a.toFixed(2)} ns per byte in + ${b.toFixed(2)} ns per byte out;` +
              ` decompress ${c.toFixed(2)} ns per byte out`);
}
