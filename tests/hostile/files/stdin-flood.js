// More input than a run reads (16 MiB): the run stops with a located limit message instead
// of holding the host's memory.
process.stdin.on('data', (d) => console.log(d.length));
