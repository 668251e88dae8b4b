class Resource {
  static async create(name) { const r = new Resource(name); await r.init(); return r; }
  constructor(name) { this.name = name; this.ready = false; }
  async init() { await null; this.ready = true; }
}
Resource.create('db').then(r => console.log(r, r.ready));
console.log('creating');
