class Base { describe() { return 'base'; } static kind() { return 'Base kind'; } }
class Mid extends Base { describe() { return 'mid>' + super.describe(); } static kind() { return 'Mid<' + super.kind(); } }
class Leaf extends Mid { describe() { const f = () => super.describe(); return 'leaf>' + f(); } }
console.log(new Leaf().describe(), Mid.kind(), Leaf.kind());
