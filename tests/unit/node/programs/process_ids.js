// process.getuid/geteuid/getgid/getegid/getgroups: synthetic ids (1000), the same as the
// owner fs.Stats reports, never the host's. Node's own values depend on who runs it, so the
// program prints only their types and how they agree.
const fs = require('fs');
const ids = [process.getuid(), process.geteuid(), process.getgid(), process.getegid()];
console.log(ids.map((id) => typeof id), ids[0] === ids[1], ids[2] === ids[3]);
console.log(Array.isArray(process.getgroups()), process.getgroups().includes(process.getegid()));
const st = fs.statSync(__filename);
console.log(st.uid === process.getuid(), st.gid === process.getgid());
console.log(process.getuid.name, process.geteuid.length);
