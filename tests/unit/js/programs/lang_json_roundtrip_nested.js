const data = { users: [{ id: 1, tags: ['a'], meta: { active: true, score: 9.5 } }, { id: 2, tags: [], meta: null }], total: 2 };
const text = JSON.stringify(data);
console.log(text);
const back = JSON.parse(text);
console.log(back.users[0].meta.score, back.users[1].meta, JSON.stringify(back) === text);
console.log(JSON.stringify(data, null, 2).split('\n').length, JSON.stringify({ d: typeof data.total }));
