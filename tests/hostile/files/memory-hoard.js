// Each push adds 8 MB; nothing bounds the heap, and the wall-time limit is only checked
// between interpreter steps, which are few here.
const hoard = [];
while (true) hoard.push(new Array(1e6).fill(1));
