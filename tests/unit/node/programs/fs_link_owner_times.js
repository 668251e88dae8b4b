// lchown and lutimes act on a link itself (a dangling one is there for them); chown and
// utimes follow it and find nothing; the utimes family names uv_fs_utime's syscalls (utime, lutime, futime).
const fs=require("fs"); const p=__dirname+"/dl"; fs.symlinkSync("missing", p); fs.lchownSync(p, 1000, 1000); fs.lutimesSync(p, 1, 1); for (const f of [()=>fs.chownSync(p,1,1), ()=>fs.utimesSync(p,1,1)]) { try { f() } catch (e) { console.log(e.message.replace(__dirname, "<d>")) } } fs.unlinkSync(p); console.log("done")
const fs=require('fs'); for (const f of [()=>fs.lutimesSync('/nope',1,1), ()=>fs.lchownSync('/nope',1,1), ()=>fs.futimesSync(999,1,1), ()=>fs.utimesSync('/nope',1,1)]) try{f()}catch(e){console.log(e.syscall, e.message)}
