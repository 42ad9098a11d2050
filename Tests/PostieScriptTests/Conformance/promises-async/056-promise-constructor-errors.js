try { new Promise() } catch (e) { console.log(e.name + ': ' + e.message) }
try { new Promise(5) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Promise(() => {}) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(typeof Promise.prototype.then, Promise.length, Promise.name)
console.log(Object.prototype.toString.call(Promise.resolve()), Promise.resolve() instanceof Promise)
