// Keeps ever more large BigInts alive: the heap limit counts their digits.
const keep = [];
const big = 2n ** 1000000n;
for (;;) keep.push(big + BigInt(keep.length));
