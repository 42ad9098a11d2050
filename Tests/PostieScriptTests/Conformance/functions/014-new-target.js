function F() { return new.target === F ? 'with new' : typeof new.target }
console.log(new F() instanceof F, F())
function G() { this.t = new.target && new.target.name }
console.log(new G().t)
function H() { const arrow = () => new.target; return arrow() }
console.log(typeof H(), new H() instanceof H)
function Strict() { if (!new.target) return new Strict(); this.ok = 1 }
console.log(Strict().ok)
