// zlib streams inside pipelines: a file gzipped through pipeline(read, gzip, write, cb),
// gunzipped back with stream/promises' pipeline, and read with `for await` over a gunzip.
const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');
const promises = require('stream/promises');

const lines = [];
for (let i = 0; i < 3000; i++) lines.push(`entry ${i}: ${'x'.repeat(i % 7)}\n`);
const text = lines.join('');
fs.writeFileSync('input.txt', text);

pipeline(fs.createReadStream('input.txt'), zlib.createGzip({ level: 0 }),
         fs.createWriteStream('input.txt.gz'), (err) => {
  console.log('gzip pipeline done:', err, fs.statSync('input.txt.gz').size);
  roundTrip().then(() => iterate());
});

async function roundTrip() {
  await promises.pipeline(fs.createReadStream('input.txt.gz'), zlib.createGunzip(),
                          fs.createWriteStream('back.txt'));
  const back = fs.readFileSync('back.txt', 'utf8');
  console.log('gunzip pipeline done:', back.length, back === text);
}

async function iterate() {
  const gunzip = zlib.createGunzip();
  fs.createReadStream('input.txt.gz', { highWaterMark: 4096 }).pipe(gunzip);
  const sizes = [];
  for await (const chunk of gunzip) sizes.push(chunk.length);
  console.log('for await chunks:', sizes.join(','));
  const broken = zlib.createGunzip();
  pipeline(fs.createReadStream('input.txt'), broken, fs.createWriteStream('never.txt'), (err) => {
    console.log('pipeline error:', err.code, err.message);
  });
}
