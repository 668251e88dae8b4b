// Every copy doubles what the program holds: the heap limit stops it with a located error.
let all = [{ text: 'x'.repeat(100), list: [1, 2, 3] }];
for (;;) all = all.concat(structuredClone(all));
